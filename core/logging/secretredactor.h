#pragma once

#include <QReadWriteLock>
#include <QString>
#include <QStringList>

// Remembers secret values (API keys, tokens) and blanks them out of any text: log lines,
// reports, raw HTTP responses. Secrets shorter than 6 characters are ignored, since blanking
// them would mangle ordinary words.
//
// instance() is a deliberate exception to "no singletons" (STYLE.md): the Qt message handler
// has no context pointer, so FileLogger can only reach the registry through a process-wide
// object, and every secret a SecretStore sees must be blanked there. Everything else takes a
// SecretRedactor & through its constructor (defaulting to instance()), and tests use their own.
// Owning thread: none; every method is thread-safe.
class SecretRedactor
{
public:
    SecretRedactor() = default;
    SecretRedactor(const SecretRedactor &) = delete;
    SecretRedactor &operator=(const SecretRedactor &) = delete;

    static SecretRedactor &instance();
    static QString placeholder() { return QStringLiteral("[redacted]"); }

    // Registers a secret; returns false when it is too short to be registered. A secret stays
    // registered for the life of the process: an old key may still show up in a late log line.
    bool addSecret(const QString &secret);
    int secretCount() const;

    // Every registered secret (and its percent-encoded form, as it appears in URLs) in text
    // replaced by "[redacted]".
    QString redact(QString text) const;

    static constexpr int minimumLength = 6;

private:
    mutable QReadWriteLock m_lock;
    QStringList m_secrets; // longest first, so a secret that contains another goes whole
};

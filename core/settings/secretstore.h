#pragma once

#include "util/error.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>

class SecretRedactor;

// API keys and tokens per provider id ("openai", "suno", "pexels", "luma", "telegram").
// A read takes the environment variable ARTIST_STUDIO_<PROVIDER>_API_KEY first (headless use,
// cron, tests), else the system keychain through QtKeychain (service "artist-studio", key =
// provider id). Without a Secret Service on the D-Bus session bus the store runs on the
// Environment backend: reads come from the environment only and writes fail with a message
// that says which variable to set. Every secret read or written is registered with the
// SecretRedactor so it never reaches a log line or a report.
// Owning thread: the thread it lives on (the GUI thread, or the main thread of a headless command),
// which must run an event loop: QtKeychain jobs are started and finish there. read/write/remove
// may be called from any thread; their futures finish on the owning thread.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend
    {
        Keychain,
        Environment
    };
    Q_ENUM(Backend)
    enum class SecretSource
    {
        None,
        Environment,
        Keychain
    };
    Q_ENUM(SecretSource)

    // Picks Keychain when a Secret Service is reachable, else Environment.
    explicit SecretStore(SecretRedactor &redactor, QObject *parent = nullptr);
    // A fixed backend: Environment for headless runs that must never touch a keychain.
    SecretStore(Backend backend, SecretRedactor &redactor, QObject *parent = nullptr);
    ~SecretStore() override;

    Backend backend() const { return m_backend; }
    // One translated sentence for the settings dialog explaining where keys are kept.
    QString backendDescription() const;

    // The secret, or NotFound (with the variable to set), or the keychain's error.
    QFuture<Result<QString>> read(const QString &provider);
    // Stores the secret in the keychain; fails on the Environment backend.
    QFuture<Result<void>> write(const QString &provider, const QString &secret);
    // Deletes the keychain entry; removing a missing entry succeeds.
    QFuture<Result<void>> remove(const QString &provider);

    // Environment when the variable is set; Keychain when this store has seen an entry in the
    // keychain (call read() first, e.g. when the settings dialog opens); else None.
    SecretSource sourceOf(const QString &provider) const;

    // "openai" -> "ARTIST_STUDIO_OPENAI_API_KEY"
    static QString environmentVariable(const QString &provider);
    static QStringList knownProviders();
    static QString serviceName() { return QStringLiteral("artist-studio"); }
    // Session bus reachable and org.freedesktop.secrets (or KWallet) registered or activatable.
    static bool isSecretServiceAvailable();

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    Error invalidProvider(const QString &provider) const;
    QString environmentSecret(const QString &provider) const;
    void setKnownInKeychain(const QString &provider, bool known);
    Error keychainError(int code, const QString &detail, const QString &provider) const;

    SecretRedactor &m_redactor;
    const Backend m_backend;
    mutable QMutex m_mutex; // guards m_knownInKeychain: sourceOf() may run on any thread
    QHash<QString, bool> m_knownInKeychain;
};

#include "logging/secretredactor.h"

#include <QUrl>

#include <algorithm>

SecretRedactor &SecretRedactor::instance()
{
    static SecretRedactor redactor;
    return redactor;
}

bool SecretRedactor::addSecret(const QString &secret)
{
    if (secret.size() < minimumLength)
        return false;
    QStringList forms{secret};
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    if (encoded != secret)
        forms.append(encoded);

    QWriteLocker lock(&m_lock);
    for (const QString &form : std::as_const(forms)) {
        if (!m_secrets.contains(form))
            m_secrets.append(form);
    }
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return true;
}

int SecretRedactor::secretCount() const
{
    QReadLocker lock(&m_lock);
    return int(m_secrets.size());
}

QString SecretRedactor::redact(QString text) const
{
    QReadLocker lock(&m_lock);
    for (const QString &secret : m_secrets)
        text.replace(secret, placeholder());
    return text;
}

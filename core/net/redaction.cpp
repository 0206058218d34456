#include "redaction.h"

#include <QUrlQuery>

namespace Redaction {

QString redactSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, kMask);
    }
    return text;
}

bool isSensitiveHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" ||
           lower == "set-cookie" || lower.contains("key") || lower.contains("token") ||
           lower.contains("secret");
}

QString redactedUrl(const QUrl &url, const QStringList &secrets)
{
    QUrl copy = url;
    copy.setUserInfo({});
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto &[key, value] : items) {
            if (isSensitiveHeader(key.toUtf8()))
                value = kMask;
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return redactSecrets(copy.toString(), secrets);
}

} // namespace Redaction

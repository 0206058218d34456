#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

// Keeps secrets (API keys, bot tokens) out of logs, reports and recorded exchanges.
// Thread: stateless, any thread.
namespace Redaction {

inline constexpr QLatin1String kMask{"[redacted]"};

// Every occurrence of every non-empty secret replaced by kMask.
QString redactSecrets(QString text, const QStringList &secrets);

// Headers whose value is a credential: Authorization, Proxy-Authorization, Cookie, and any
// header whose name mentions "key", "token" or "secret" (x-api-key, api-key, x-goog-api-key…).
bool isSensitiveHeader(const QByteArray &name);

// The URL for a log line: no user info, credential-looking query values masked, secrets masked.
QString redactedUrl(const QUrl &url, const QStringList &secrets);

} // namespace Redaction

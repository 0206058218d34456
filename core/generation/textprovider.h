#pragma once

#include "generation/artistbrief.h"
#include "util/error.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One request/response pair with a provider, kept for the creation report.
// Secrets never appear here: providers redact before recording.
struct ProviderExchange
{
    QString step;       // "author", "repair", "fallback json_object", ...
    QString request;    // the request body (prompt) as sent
    QString response;   // the raw response body
    int httpStatus = 0; // 0 for local providers
    qint64 elapsedMs = 0;
};

// The outcome of authoring one artist profile.
struct AuthoringResult
{
    QJsonObject profile; // the profile JSON in ArtistJson's format (no id/version yet)
    QString provider;    // "local", "openai"
    QString model;       // model name, or the local author's version
    QList<ProviderExchange> exchanges;
    QStringList
        filledDefaults; // field paths the studio filled in because the provider left them out
    qint64 elapsedMs = 0;
};

// A text provider writes artist profiles (and, in later issues, briefs and lyrics).
// Implementations are thread-safe: authorArtist() may be called from any thread and returns
// at once; the work runs on the studio pool (local) or the network thread (remote).
// Cancelling the returned future stops the work as soon as possible.
class TextProvider
{
public:
    virtual ~TextProvider() = default;
    virtual QString id() const = 0; // "local", "openai"
    virtual QString model() const = 0;
    virtual QFuture<Result<AuthoringResult>> authorArtist(const ArtistBrief &brief) = 0;
};

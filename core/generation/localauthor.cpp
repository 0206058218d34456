#include "localauthor.h"

#include "domain/artistjson.h"
#include "generation/authorvocabulary.h"
#include "generation/profilecomposer.h"
#include "logging/logcategories.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QJsonObject briefToJson(const ArtistBrief &brief, quint64 seed)
{
    return {
        {QStringLiteral("genre"), brief.genre},
        {QStringLiteral("country"), brief.country},
        {QStringLiteral("mood"), brief.mood},
        // As a string: a JSON number cannot hold every 64-bit seed exactly.
        {QStringLiteral("seed"), QString::number(seed)},
    };
}

} // namespace

LocalAuthor::LocalAuthor(QThreadPool *pool)
    : m_pool(pool ? pool : QThreadPool::globalInstance())
{}

QString LocalAuthor::id() const
{
    return QString::fromLatin1(kId);
}

QString LocalAuthor::model() const
{
    return QString::fromLatin1(kModel);
}

Result<Artist> LocalAuthor::compose(const ArtistBrief &brief, quint64 seed)
{
    ProfileComposer composer(AuthorVocabulary::instance(), brief, seed);
    Result<Artist> artist = composer.compose();
    if (artist.ok())
        artist.value().providers.textModel = QString::fromLatin1(kModel);
    return artist;
}

Result<AuthoringResult> LocalAuthor::author(const ArtistBrief &brief, quint64 seed)
{
    QElapsedTimer timer;
    timer.start();
    const Result<Artist> artist = compose(brief, seed);
    if (!artist.ok())
        return artist.error();

    QJsonObject profile = ArtistJson::toJson(artist.value());
    // Identity and timestamps belong to the store, not to the author.
    for (const char *key : {"id", "version", "createdAt", "updatedAt", "lastRunAt"})
        profile.remove(QLatin1String(key));

    AuthoringResult result;
    result.profile = profile;
    result.provider = QString::fromLatin1(kId);
    result.model = QString::fromLatin1(kModel);
    ProviderExchange exchange;
    exchange.step = QStringLiteral("author");
    exchange.request =
        QString::fromUtf8(QJsonDocument(briefToJson(brief, seed)).toJson(QJsonDocument::Indented));
    exchange.response = QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Indented));
    exchange.elapsedMs = timer.elapsed();
    result.exchanges.append(exchange);
    result.elapsedMs = timer.elapsed();
    return result;
}

QFuture<Result<AuthoringResult>> LocalAuthor::authorArtist(const ArtistBrief &brief)
{
    const quint64 seed = brief.seed.value_or(QRandomGenerator::global()->generate64());
    if (!brief.seed)
        qCDebug(lcGeneration) << "local author: no seed in the brief, drew" << seed;
    return QtConcurrent::run(m_pool, [brief, seed](QPromise<Result<AuthoringResult>> &promise) {
        if (promise.isCanceled())
            return;
        Result<AuthoringResult> result = author(brief, seed);
        if (promise.isCanceled())
            return; // a cancelled job reports nothing, not even a finished profile
        promise.addResult(std::move(result));
    });
}

#include "artistservice.h"

#include "domain/artistjson.h"
#include "domain/artistvalidator.h"
#include "logging/logcategories.h"
#include "logging/secretredactor.h"
#include "services/artistcreation.h"
#include "storage/artistrepository.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "storage/reportrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr qsizetype kMaxStageNameLength = 80;

Error invalid(const QString &what, const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.field.isEmpty() ? issue.message
                                           : issue.field + QStringLiteral(": ") + issue.message);
    return Error(ErrorCode::InvalidInput, what + u'\n' + lines.join(u'\n'));
}

Error storageClosed(const DbConnection &connection)
{
    return Error(ErrorCode::Storage,
                 QCoreApplication::translate("ArtistService", "Cannot open the database: %1")
                     .arg(connection.errorString()));
}

} // namespace

struct ArtistService::CreationJob
{
    std::shared_ptr<QPromise<Result<CreatedArtist>>> promise;
    std::shared_ptr<ArtistCreation> creation;
    QFuture<Result<AuthoringResult>> authoring; // touched on the service's thread only
    ArtistBrief brief;
};

ArtistService::ArtistService(std::shared_ptr<Database> database, const DataDir &dataDir,
                             TextProviderFactory providerFactory, QObject *parent)
    : ArtistService(std::move(database), dataDir, std::move(providerFactory),
                    SecretRedactor::instance(), parent)
{}

ArtistService::ArtistService(std::shared_ptr<Database> database, const DataDir &dataDir,
                             TextProviderFactory providerFactory, SecretRedactor &redactor,
                             QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_dataDir(dataDir)
    , m_providerFactory(std::move(providerFactory))
    , m_redactor(redactor)
{
    m_pool.setObjectName(QStringLiteral("ArtistService pool"));
    // SQLite takes one writer at a time; a few threads keep reads flowing beside it.
    m_pool.setMaxThreadCount(std::max(2, std::min(4, QThread::idealThreadCount())));
}

ArtistService::~ArtistService()
{
    m_pool.waitForDone();
}

template<typename R> QFuture<R> ArtistService::runOnPool(std::function<R(QSqlDatabase db)> work)
{
    return QtConcurrent::run(&m_pool, [database = m_database, work = std::move(work)]() -> R {
        DbConnection connection(*database);
        if (!connection.isOpen())
            return storageClosed(connection);
        return work(connection.database());
    });
}

template<typename R>
void ArtistService::whenDone(const QFuture<R> &future, std::function<void(const R &)> onSuccess)
{
    auto *watcher = new QFutureWatcher<R>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [watcher, onSuccess = std::move(onSuccess)] {
                const QFuture<R> done = watcher->future();
                if (!done.isCanceled() && done.resultCount() > 0) {
                    const R result = done.result();
                    if (result.ok())
                        onSuccess(result);
                }
                watcher->deleteLater();
            });
    watcher->setFuture(future);
}

QFuture<Result<CreatedArtist>> ArtistService::createArtist(const ArtistBrief &brief,
                                                           const QString &providerId)
{
    auto job = std::make_shared<CreationJob>();
    job->promise = std::make_shared<QPromise<Result<CreatedArtist>>>();
    job->promise->start();
    job->brief = brief;
    if (!job->brief.seed) // drawn here so the report can reproduce the profile
        job->brief.seed = QRandomGenerator::global()->generate64();
    job->creation =
        std::make_shared<ArtistCreation>(m_database, m_dataDir, m_redactor, job->brief, providerId);
    const QFuture<Result<CreatedArtist>> future = job->promise->future();

    // A cancel of the returned future reaches the provider's job.
    auto *watcher = new QFutureWatcher<Result<CreatedArtist>>(this);
    connect(watcher, &QFutureWatcherBase::canceled, this, [job] {
        if (job->authoring.isValid())
            job->authoring.cancel();
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const QFuture<Result<CreatedArtist>> done = watcher->future();
        if (!done.isCanceled() && done.resultCount() > 0 && done.result().ok())
            Q_EMIT artistsChanged({done.result().value().artist.id});
        watcher->deleteLater();
    });
    watcher->setFuture(future);

    if (!m_providerFactory) {
        startAuthoring(job, Error(ErrorCode::Internal,
                                  QCoreApplication::translate("ArtistService",
                                                              "No text provider is set up.")));
        return future;
    }
    m_providerFactory(providerId)
        .then(this,
              [this, job](Result<std::shared_ptr<TextProvider>> provider) {
                  startAuthoring(job, std::move(provider));
              })
        .onCanceled(this, [job] {
            job->promise->addResult(Error(
                ErrorCode::Cancelled,
                QCoreApplication::translate("ArtistService", "The text provider was not set up.")));
            job->promise->finish();
        });
    return future;
}

void ArtistService::startAuthoring(const std::shared_ptr<CreationJob> &job,
                                   Result<std::shared_ptr<TextProvider>> provider)
{
    const auto promise = job->promise;
    if (promise->isCanceled()) {
        promise->finish();
        return;
    }
    if (!provider.ok() || !provider.value()) {
        const Error error =
            provider.ok()
                ? Error(ErrorCode::Internal, QCoreApplication::translate(
                                                 "ArtistService", "The text provider is missing."))
                : provider.error();
        m_pool.start([job, error] {
            job->promise->addResult(job->creation->fail(error));
            job->promise->finish();
        });
        return;
    }
    // The provider object stays alive until its answer has been handled.
    std::shared_ptr<TextProvider> keepAlive = provider.value();
    job->authoring = keepAlive->authorArtist(job->brief);
    job->authoring
        .then(&m_pool,
              [job, keepAlive](Result<AuthoringResult> authored) {
                  const auto promise = job->promise;
                  Result<CreatedArtist> created =
                      job->creation->finish(authored, [promise] { return promise->isCanceled(); });
                  promise->addResult(std::move(created));
                  promise->finish();
              })
        .onCanceled([job] {
            // The provider stopped: cancelled by the caller, or it gave up.
            job->promise->addResult(
                Error(ErrorCode::Cancelled,
                      QCoreApplication::translate("ArtistService", "The creation was cancelled.")));
            job->promise->finish();
        });
}

QFuture<Result<QList<ArtistSummary>>> ArtistService::listArtists(bool includeArchived)
{
    return runOnPool<Result<QList<ArtistSummary>>>([includeArchived](QSqlDatabase db) {
        return ArtistRepository(db).summaries(includeArchived);
    });
}

QFuture<Result<Artist>> ArtistService::loadArtist(const QString &id)
{
    return runOnPool<Result<Artist>>(
        [id](QSqlDatabase db) { return ArtistRepository(db).find(id); });
}

QFuture<Result<Artist>> ArtistService::saveArtist(const Artist &artist, const QString &reason)
{
    QFuture<Result<Artist>> future =
        runOnPool<Result<Artist>>([artist, reason](QSqlDatabase db) -> Result<Artist> {
            const ValidationIssues issues = ArtistValidator::validate(artist);
            if (!issues.isEmpty())
                return invalid(QCoreApplication::translate("ArtistService",
                                                           "The profile was not saved because:"),
                               issues);
            return ArtistRepository(db).update(artist, ChangeSource::Operator, reason);
        });
    whenDone<Result<Artist>>(
        future, [this](const Result<Artist> &saved) { Q_EMIT artistsChanged({saved->id}); });
    return future;
}

QFuture<Result<Artist>> ArtistService::importArtistFile(const QString &path)
{
    QFuture<Result<Artist>> future =
        runOnPool<Result<Artist>>([path](QSqlDatabase db) -> Result<Artist> {
            const QString shown = QFileInfo(path).fileName();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error(ErrorCode::NotFound,
                             QCoreApplication::translate("ArtistService", "Cannot read %1: %2")
                                 .arg(path, file.errorString()));
            // Never read a huge file into memory just to refuse it.
            if (file.size() > ArtistJson::kMaxDocumentBytes)
                return Error(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "ArtistService",
                                 "%1 was not imported: it is %2 bytes; an artist profile "
                                 "is at most %3 bytes.")
                                 .arg(shown)
                                 .arg(file.size())
                                 .arg(ArtistJson::kMaxDocumentBytes));
            ValidationIssues issues;
            Result<Artist> parsed =
                ArtistJson::fromBytes(file.read(ArtistJson::kMaxDocumentBytes + 1), &issues);
            if (parsed.ok())
                issues += ArtistValidator::validate(parsed.value());
            if (!parsed.ok() || !issues.isEmpty()) {
                if (issues.isEmpty())
                    issues.append({QString(), parsed.error().message});
                return invalid(
                    QCoreApplication::translate("ArtistService", "%1 was not imported because:")
                        .arg(shown),
                    issues);
            }
            Artist artist = parsed.value();
            ArtistRepository artists(db);
            if (!artist.id.isEmpty()) {
                const Result<Artist> existing = artists.find(artist.id);
                if (existing.ok())
                    artist.id.clear(); // the same artist is already here: import as a new one
                else if (existing.error().code != ErrorCode::NotFound)
                    return existing.error();
            }
            artist.version = 0;
            return artists.insert(artist, ChangeSource::Import,
                                  QStringLiteral("Imported from %1").arg(shown));
        });
    whenDone<Result<Artist>>(
        future, [this](const Result<Artist> &imported) { Q_EMIT artistsChanged({imported->id}); });
    return future;
}

QFuture<Result<void>> ArtistService::exportArtist(const QString &id, const QString &path)
{
    return runOnPool<Result<void>>([id, path](QSqlDatabase db) -> Result<void> {
        const Result<Artist> artist = ArtistRepository(db).find(id);
        if (!artist.ok())
            return artist.error();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error(ErrorCode::Storage,
                         QCoreApplication::translate("ArtistService", "Cannot write %1: %2")
                             .arg(path, file.errorString()));
        file.write(ArtistJson::toBytes(artist.value()));
        if (!file.commit())
            return Error(ErrorCode::Storage,
                         QCoreApplication::translate("ArtistService", "Cannot save %1: %2")
                             .arg(path, file.errorString()));
        return {};
    });
}

QFuture<Result<Artist>> ArtistService::duplicateArtist(const QString &id)
{
    QFuture<Result<Artist>> future =
        runOnPool<Result<Artist>>([id](QSqlDatabase db) -> Result<Artist> {
            ArtistRepository artists(db);
            const Result<Artist> original = artists.find(id);
            if (!original.ok())
                return original.error();
            Artist copy = original.value();
            copy.id.clear();
            copy.version = 0;
            copy.archived = false;
            copy.lastRunAt = QDateTime();
            const QString suffix = QStringLiteral(" (copy)");
            copy.identity.stageName =
                copy.identity.stageName.left(kMaxStageNameLength - suffix.size()) + suffix;
            return artists.insert(
                copy, ChangeSource::Operator,
                QStringLiteral("Duplicated from %1").arg(original->identity.stageName));
        });
    whenDone<Result<Artist>>(
        future, [this](const Result<Artist> &copy) { Q_EMIT artistsChanged({copy->id}); });
    return future;
}

QFuture<Result<void>> ArtistService::setArchived(const QString &id, bool archived)
{
    QFuture<Result<void>> future = runOnPool<Result<void>>(
        [id, archived](QSqlDatabase db) { return ArtistRepository(db).setArchived(id, archived); });
    whenDone<Result<void>>(future,
                           [this, id](const Result<void> &) { Q_EMIT artistsChanged({id}); });
    return future;
}

QFuture<Result<void>> ArtistService::deleteArtist(const QString &id)
{
    QFuture<Result<void>> future =
        runOnPool<Result<void>>([id](QSqlDatabase db) { return ArtistRepository(db).remove(id); });
    whenDone<Result<void>>(future, [this, id](const Result<void> &) {
        Q_EMIT artistRemoved(id);
        Q_EMIT artistsChanged({id});
    });
    return future;
}

QFuture<Result<QList<ArtistVersion>>> ArtistService::versions(const QString &id)
{
    return runOnPool<Result<QList<ArtistVersion>>>(
        [id](QSqlDatabase db) { return ArtistRepository(db).versions(id); });
}

QFuture<Result<QList<ReportEntry>>> ArtistService::reports(const QString &artistId)
{
    return runOnPool<Result<QList<ReportEntry>>>(
        [artistId](QSqlDatabase db) { return ReportRepository(db).forArtist(artistId); });
}

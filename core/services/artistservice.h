#pragma once

#include "domain/artist.h"
#include "domain/artistsummary.h"
#include "domain/artistversion.h"
#include "domain/reportentry.h"
#include "generation/artistbrief.h"
#include "generation/textprovider.h"
#include "settings/datadir.h"
#include "util/error.h"

#include <QFuture>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>

class Database;
class SecretRedactor;

// Builds the text provider for a provider id ("local", "openai"). Asynchronous because a remote
// provider's key may come from the keychain; NotFound/InvalidInput for an unknown id or a
// missing key. Called on the service's thread.
using TextProviderFactory =
    std::function<QFuture<Result<std::shared_ptr<TextProvider>>>(const QString &providerId)>;

// What a successful creation gives back: the stored artist (version 1) and its indexed report.
struct CreatedArtist
{
    Artist artist;
    ReportEntry report;
};

// The artist use cases shared by the GUI and the headless commands: create with a text
// provider, list, load, save, import, export, duplicate, archive, delete, history, reports.
// Every DB or file operation runs on the service's own thread pool with its own DbConnection
// and comes back as a QFuture; nothing here blocks the calling thread. artistsChanged() and
// artistRemoved() follow every successful write.
// Thread: lives on the thread that created it (GUI or CLI main thread), which runs an event loop.
class ArtistService : public QObject
{
    Q_OBJECT

public:
    ArtistService(std::shared_ptr<Database> database, const DataDir &dataDir,
                  TextProviderFactory providerFactory, QObject *parent = nullptr);
    // For tests: a redactor of their own instead of SecretRedactor::instance().
    ArtistService(std::shared_ptr<Database> database, const DataDir &dataDir,
                  TextProviderFactory providerFactory, SecretRedactor &redactor,
                  QObject *parent = nullptr);
    ~ArtistService() override; // waits for the service's pool to finish its jobs

    // Provider -> strict parse -> validation -> stored as version 1 -> creation report written
    // and indexed. Invalid output: InvalidInput listing the issues, a failed report, nothing
    // stored. A brief without a seed gets one drawn here, so the report can reproduce it.
    // Cancelling the future stops the provider; nothing is stored after a cancel.
    QFuture<Result<CreatedArtist>> createArtist(const ArtistBrief &brief,
                                                const QString &providerId);

    QFuture<Result<QList<ArtistSummary>>> listArtists(bool includeArchived);
    QFuture<Result<Artist>> loadArtist(const QString &id);
    // Validates first (InvalidInput listing every issue); then saves the next version.
    // artist.version must be the stored one, else Conflict.
    QFuture<Result<Artist>> saveArtist(const Artist &artist, const QString &reason);
    // A profile file: parsed strictly and validated; refused with every reason and nothing
    // written when anything is wrong. An id that already exists gets a fresh one.
    QFuture<Result<Artist>> importArtistFile(const QString &path);
    QFuture<Result<void>> exportArtist(const QString &id, const QString &path);
    // A new artist (new id, version 1) with " (copy)" after the stage name.
    QFuture<Result<Artist>> duplicateArtist(const QString &id);
    QFuture<Result<void>> setArchived(const QString &id, bool archived);
    QFuture<Result<void>> deleteArtist(const QString &id);
    QFuture<Result<QList<ArtistVersion>>> versions(const QString &id);
    QFuture<Result<QList<ReportEntry>>> reports(const QString &artistId);

    QThreadPool *pool() { return &m_pool; }

Q_SIGNALS:
    void artistsChanged(const QStringList &ids);
    void artistRemoved(const QString &id);

private:
    struct CreationJob;

    void startAuthoring(const std::shared_ptr<CreationJob> &job,
                        Result<std::shared_ptr<TextProvider>> provider);
    template<typename R> QFuture<R> runOnPool(std::function<R(QSqlDatabase db)> work);
    // Calls onSuccess on the service's thread when the future finishes with an ok result.
    template<typename R>
    void whenDone(const QFuture<R> &future, std::function<void(const R &)> onSuccess);

    std::shared_ptr<Database> m_database;
    DataDir m_dataDir;
    TextProviderFactory m_providerFactory;
    SecretRedactor &m_redactor;
    QThreadPool m_pool;
};

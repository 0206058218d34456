#include "domain/artistjson.h"
#include "generation/localauthor.h"
#include "logging/filelogger.h"
#include "logging/logcategories.h"
#include "logging/secretredactor.h"
#include "services/artistservice.h"
#include "settings/secretstore.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "storage/reportrepository.h"
#include "testenvironment.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A provider the test scripts: a fixed answer, or a job that hangs until cancelled.
class FakeProvider : public TextProvider
{
public:
    std::function<Result<AuthoringResult>(const ArtistBrief &)> answer;
    bool hang = false;
    QFuture<Result<AuthoringResult>> hanging;
    std::shared_ptr<QPromise<Result<AuthoringResult>>> promise;

    QString id() const override { return u"openai"_s; }
    QString model() const override { return u"fake-model"_s; }
    QFuture<Result<AuthoringResult>> authorArtist(const ArtistBrief &brief) override
    {
        if (hang) {
            promise = std::make_shared<QPromise<Result<AuthoringResult>>>();
            promise->start();
            hanging = promise->future();
            return hanging;
        }
        return QtFuture::makeReadyFuture(answer(brief));
    }
};

template<typename T> T await(QFuture<T> future)
{
    QDeadlineTimer deadline(30000);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents(); // deliver the service's queued signals
    return future.result();
}

QJsonObject withoutMetadata(const Artist &artist)
{
    QJsonObject json = ArtistJson::toJson(artist);
    for (const char *key : {"id", "version", "createdAt", "updatedAt", "lastRunAt"})
        json.remove(QLatin1String(key));
    return json;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T> QString errorText(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

// The use cases the Artists pane and `artist …` commands run: what the operator sees stored,
// reported, refused and emitted.
class TestArtistService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::optional<DataDir> m_dataDir;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<FakeProvider> m_fake;
    std::unique_ptr<ArtistService> m_service;

    TextProviderFactory factory()
    {
        return [this](const QString &id) -> QFuture<Result<std::shared_ptr<TextProvider>>> {
            std::shared_ptr<TextProvider> provider;
            if (id == u"local"_s)
                provider = std::make_shared<LocalAuthor>();
            else if (id == u"fake"_s)
                provider = m_fake;
            if (!provider)
                return QtFuture::makeReadyFuture(Result<std::shared_ptr<TextProvider>>(
                    Error(ErrorCode::InvalidInput, u"Unknown text provider "_s + id)));
            return QtFuture::makeReadyFuture(Result<std::shared_ptr<TextProvider>>(provider));
        };
    }

    static ArtistBrief brief(quint64 seed = 7)
    {
        ArtistBrief b;
        b.genre = u"techno"_s;
        b.country = u"DE"_s;
        b.seed = seed;
        return b;
    }

    Artist createLocal(quint64 seed = 7)
    {
        const Result<CreatedArtist> created =
            await(m_service->createArtist(brief(seed), u"local"_s));
        if (!created.ok())
            qFatal("creation failed: %s", qPrintable(created.error().message));
        return created->artist;
    }

    int artistCount()
    {
        const Result<QList<ArtistSummary>> list = await(m_service->listArtists(true));
        return list.ok() ? int(list->size()) : -1;
    }

    QList<ReportEntry> recentReports()
    {
        DbConnection connection(*m_database);
        const Result<QList<ReportEntry>> reports =
            ReportRepository(connection.database()).recent(50);
        return reports.ok() ? reports.value() : QList<ReportEntry>();
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        Result<DataDir> dataDir = DataDir::resolve(m_env->dataDir());
        QVERIFY(dataDir.ok());
        m_dataDir = dataDir.value();
        Result<std::shared_ptr<Database>> database = Database::open(m_dataDir->databasePath());
        QVERIFY2(database.ok(), qPrintable(errorText(database)));
        m_database = database.value();
        m_fake = std::make_shared<FakeProvider>();
        m_service = std::make_unique<ArtistService>(m_database, *m_dataDir, factory());
    }

    void cleanup()
    {
        m_service.reset();
        m_database.reset();
        m_env.reset();
    }

    void createWithLocalAuthorStoresArtistAndReport()
    {
        QSignalSpy changed(m_service.get(), &ArtistService::artistsChanged);
        const Result<CreatedArtist> created = await(m_service->createArtist(brief(), u"local"_s));
        QVERIFY2(created.ok(), qPrintable(errorText(created)));
        const Artist &artist = created->artist;
        QVERIFY(!artist.id.isEmpty());
        QCOMPARE(artist.version, 1);
        QCOMPARE(artist.music.primaryGenre, u"techno"_s);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toStringList(), QStringList{artist.id});

        const Result<Artist> loaded = await(m_service->loadArtist(artist.id));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), artist);
        const Result<QList<ArtistVersion>> versions = await(m_service->versions(artist.id));
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 1);
        QCOMPARE(toString(versions->first().source), u"creation"_s);

        const Result<QList<ReportEntry>> reports = await(m_service->reports(artist.id));
        QVERIFY(reports.ok());
        QCOMPARE(reports->size(), 1);
        QCOMPARE(reports->first(), created->report);
        const QJsonObject report =
            QJsonDocument::fromJson(readAll(m_dataDir->absolutePath(reports->first().jsonPath)))
                .object();
        QCOMPARE(report.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(report.value(u"brief"_s).toObject().value(u"seed"_s).toString(), u"7"_s);
        QCOMPARE(report.value(u"model"_s).toString(), u"local-author-1"_s);
        QVERIFY(QFileInfo::exists(m_dataDir->absolutePath(reports->first().markdownPath)));
    }

    void invalidProviderOutputStoresNothing()
    {
        m_fake->answer = [](const ArtistBrief &b) -> Result<AuthoringResult> {
            Result<AuthoringResult> good = LocalAuthor::author(b, *b.seed);
            AuthoringResult result = good.value();
            QJsonObject identity = result.profile.value(u"identity"_s).toObject();
            identity.insert(u"stageName"_s, QString());
            result.profile.insert(u"identity"_s, identity);
            QJsonObject music = result.profile.value(u"music"_s).toObject();
            music.insert(u"tempoMinBpm"_s, u"fast"_s);
            result.profile.insert(u"music"_s, music);
            result.provider = u"openai"_s;
            return result;
        };
        QSignalSpy changed(m_service.get(), &ArtistService::artistsChanged);
        const Result<CreatedArtist> created = await(m_service->createArtist(brief(), u"fake"_s));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
        QVERIFY2(created.error().message.contains(u"music.tempoMinBpm"_s),
                 qPrintable(created.error().message));
        QCOMPARE(artistCount(), 0);
        QCOMPARE(changed.count(), 0);

        const QList<ReportEntry> reports = recentReports();
        QCOMPARE(reports.size(), 1);
        QVERIFY(reports.first().artistId.isEmpty());
        const QJsonObject report =
            QJsonDocument::fromJson(readAll(m_dataDir->absolutePath(reports.first().jsonPath)))
                .object();
        QCOMPARE(report.value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(!report.value(u"validation"_s).toObject().value(u"issues"_s).toArray().isEmpty());
    }

    void providerErrorGetsAFailedReport()
    {
        m_fake->answer = [](const ArtistBrief &) -> Result<AuthoringResult> {
            return Error(ErrorCode::Unauthorized, u"The API key was refused (HTTP 401)."_s);
        };
        const Result<CreatedArtist> created = await(m_service->createArtist(brief(), u"fake"_s));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, ErrorCode::Unauthorized);
        QCOMPARE(artistCount(), 0);
        QCOMPARE(recentReports().size(), 1);

        const Result<CreatedArtist> unknown = await(m_service->createArtist(brief(), u"nope"_s));
        QVERIFY(!unknown.ok());
        QCOMPARE(recentReports().size(), 2);
    }

    void cancelStoresNothing()
    {
        m_fake->hang = true;
        QFuture<Result<CreatedArtist>> future = m_service->createArtist(brief(), u"fake"_s);
        QTRY_VERIFY(m_fake->hanging.isValid());
        future.cancel();
        QTRY_VERIFY(m_fake->hanging.isCanceled()); // the cancel reached the provider
        m_fake->promise->finish();
        QTRY_VERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
        QCOMPARE(artistCount(), 0);
    }

    void importRefusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{\"identity\": ") << u"JSON"_s;
        QTest::newRow("bad UTF-8")
            << QByteArray("{\"identity\":{\"stageName\":\"\xff\xfe\"}}") << u"UTF-8"_s;
        QTest::newRow("10 MB string") << (QByteArray("{\"identity\":{\"stageName\":\"") +
                                          QByteArray(10 * 1024 * 1024, 'a') + QByteArray("\"}}"))
                                      << u"bytes"_s;
        QTest::newRow("wrong types and unknown fields")
            << QByteArray("{\"format\":\"artist-studio.artist\",\"formatVersion\":1,"
                          "\"identity\":{\"stageName\":42},\"music\":{\"energy\":\"max\"},"
                          "\"evil\":true}")
            << u"evil"_s;
    }

    void importRefusesBadFiles()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, reason);
        const QString path = m_env->path(u"import.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        QSignalSpy changed(m_service.get(), &ArtistService::artistsChanged);
        const Result<Artist> imported = await(m_service->importArtistFile(path));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, ErrorCode::InvalidInput);
        QVERIFY2(imported.error().message.contains(reason), qPrintable(imported.error().message));
        QCOMPARE(artistCount(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void exportImportRoundTrip()
    {
        const Artist original = createLocal(11);
        const QString path = m_env->path(u"export.json"_s);
        const Result<void> exported = await(m_service->exportArtist(original.id, path));
        QVERIFY2(exported.ok(), qPrintable(errorText(exported)));

        // The artist is still here: the import becomes a new artist with the same profile.
        const Result<Artist> copy = await(m_service->importArtistFile(path));
        QVERIFY2(copy.ok(), qPrintable(errorText(copy)));
        QVERIFY(copy->id != original.id);
        QCOMPARE(withoutMetadata(copy.value()), withoutMetadata(original));
        const Result<QList<ArtistVersion>> versions = await(m_service->versions(copy->id));
        QCOMPARE(toString(versions->first().source), u"import"_s);

        // Gone from the roster: the import brings it back under its own id.
        QVERIFY(await(m_service->deleteArtist(original.id)).ok());
        const Result<Artist> back = await(m_service->importArtistFile(path));
        QVERIFY(back.ok());
        QCOMPARE(back->id, original.id);
        QCOMPARE(withoutMetadata(back.value()), withoutMetadata(original));
    }

    void saveCreatesAVersionWithADiff()
    {
        Artist artist = createLocal();
        artist.identity.stageName = u"Renamed"_s;
        const Result<Artist> saved = await(m_service->saveArtist(artist, u"new name"_s));
        QVERIFY2(saved.ok(), qPrintable(errorText(saved)));
        QCOMPARE(saved->version, 2);
        const Result<QList<ArtistVersion>> versions = await(m_service->versions(artist.id));
        QCOMPARE(versions->size(), 2);
        const ArtistVersion &latest = versions->first();
        QCOMPARE(latest.version, 2);
        QCOMPARE(latest.reason, u"new name"_s);
        QCOMPARE(latest.diff.size(), 1);
        QCOMPARE(latest.diff.first().toObject().value(u"field"_s).toString(),
                 u"identity.stageName"_s);

        Artist broken = saved.value();
        broken.identity.stageName.clear();
        broken.music.tempoMinBpm = 10;
        const Result<Artist> refused = await(m_service->saveArtist(broken, u"oops"_s));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(u"identity.stageName"_s));
        QVERIFY(refused.error().message.contains(u"music.tempoMinBpm"_s));
        QCOMPARE(await(m_service->loadArtist(artist.id))->version, 2);
    }

    void duplicateArchiveDelete()
    {
        const Artist artist = createLocal();
        const Result<Artist> copy = await(m_service->duplicateArtist(artist.id));
        QVERIFY(copy.ok());
        QVERIFY(copy->id != artist.id);
        QCOMPARE(copy->identity.stageName, artist.identity.stageName + u" (copy)"_s);
        QCOMPARE(copy->version, 1);

        QSignalSpy changed(m_service.get(), &ArtistService::artistsChanged);
        QSignalSpy removed(m_service.get(), &ArtistService::artistRemoved);
        QVERIFY(await(m_service->setArchived(artist.id, true)).ok());
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(await(m_service->listArtists(false))->size(), 1);
        QCOMPARE(await(m_service->listArtists(true))->size(), 2);

        QVERIFY(await(m_service->deleteArtist(artist.id)).ok());
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), artist.id);
        const Result<Artist> gone = await(m_service->loadArtist(artist.id));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        QCOMPARE(artistCount(), 1);
    }

    void apiKeyFromEnvironmentNeverReachesDisk()
    {
        const QString key = u"sk-envkey-5be1c0ffee77d00d4242"_s;
        qputenv("ARTIST_STUDIO_OPENAI_API_KEY", key.toUtf8());
        SecretStore store(SecretStore::Backend::Environment, SecretRedactor::instance());
        auto logger = std::make_unique<FileLogger>(m_dataDir->logsDir(), 1024 * 1024, 2,
                                                   SecretRedactor::instance());

        // A careless provider: logs the key, sends it in the prompt, echoes it in the profile.
        class KeyedProvider : public FakeProvider
        {
        public:
            explicit KeyedProvider(QString key)
                : m_key(std::move(key))
            {}
            QFuture<Result<AuthoringResult>> authorArtist(const ArtistBrief &b) override
            {
                qCWarning(lcGeneration) << "sending request with key" << m_key;
                AuthoringResult result = LocalAuthor::author(b, *b.seed).value();
                result.provider = u"openai"_s;
                result.exchanges.first().request = u"Authorization: Bearer "_s + m_key;
                QJsonObject identity = result.profile.value(u"identity"_s).toObject();
                identity.insert(u"backstory"_s, u"Signed with "_s + m_key);
                result.profile.insert(u"identity"_s, identity);
                return QtFuture::makeReadyFuture(Result<AuthoringResult>(result));
            }
            QString m_key;
        };
        ArtistService service(m_database, *m_dataDir, [&store](const QString &) {
            return store.read(u"openai"_s)
                .then([](Result<QString> secret) -> Result<std::shared_ptr<TextProvider>> {
                    if (!secret.ok())
                        return secret.error();
                    return std::shared_ptr<TextProvider>(
                        std::make_shared<KeyedProvider>(secret.value()));
                });
        });
        const Result<CreatedArtist> created = await(service.createArtist(brief(), u"openai"_s));
        QVERIFY2(created.ok(), qPrintable(errorText(created)));
        QVERIFY(!created->artist.identity.backstory.contains(key));
        QVERIFY(!created->report.jsonPath.isEmpty());
        logger.reset();
        qunsetenv("ARTIST_STUDIO_OPENAI_API_KEY");

        int filesChecked = 0;
        bool sawRedactedLog = false;
        QDirIterator it(m_dataDir->root(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = readAll(path);
            QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(u"key found in "_s + path));
            ++filesChecked;
            if (path.endsWith(FileLogger::fileName()))
                sawRedactedLog = bytes.contains("sending request with key");
        }
        QVERIFY(sawRedactedLog); // the log line was written, without the key
        QVERIFY2(filesChecked >= 4,
                 qPrintable(QString::number(filesChecked))); // db, log, report json + md
    }
};

QTEST_GUILESS_MAIN(TestArtistService)
#include "tst_artistservice.moc"

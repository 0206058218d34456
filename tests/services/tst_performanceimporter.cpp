// A distributor's report imported as the operator would: validated row by row, all or nothing
// unless bad rows are skipped, matched to artists, and turned into series and decayed scores.
#include "services/performanceimporter.h"
#include "services/performancestore.h"
#include "storage/artistrepository.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPerformanceImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
    QString m_artistA;
    QString m_artistB;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_env->path(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }
    QString addArtist(const QString &stageName)
    {
        DbConnection connection(*m_db);
        Artist artist;
        artist.identity.stageName = stageName;
        artist.music.primaryGenre = u"synthwave"_s;
        artist.audience.targetCountries = {u"DE"_s};
        auto stored = ArtistRepository(connection.database())
                          .insert(artist, ChangeSource::Operator, u"test"_s);
        return stored.ok() ? stored->id : QString();
    }
    Result<ImportReport> import(const QString &path, bool skipBadRows = false)
    {
        DbConnection connection(*m_db);
        ImportOptions options;
        options.skipBadRows = skipBadRows;
        return PerformanceImporter(connection.database()).importFile(path, options);
    }
    qint64 totalStreams(const QString &artistId)
    {
        DbConnection connection(*m_db);
        auto series = PerformanceStore(connection.database()).artistSeries(artistId);
        qint64 total = 0;
        for (const PerformancePoint &point : series.value())
            total += point.streams;
        return total;
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        auto opened = Database::open(m_env->path(u"studio.sqlite"_s));
        QVERIFY(opened.ok());
        m_db = opened.value();
        m_artistA = addArtist(u"Neon Aurel"_s);
        m_artistB = addArtist(u"Velvet Static"_s);
        QVERIFY(!m_artistA.isEmpty() && !m_artistB.isEmpty());
    }
    void cleanup()
    {
        m_db.reset();
        m_env.reset();
    }

    void reportIsImportedAndMatchedToArtists()
    {
        // Mixed-case headers in another order; artist by stage name; the ISRC-only line of
        // the second report is matched through the first report's ISRC.
        const QString first =
            write(u"first.csv"_s, "Date,Release,ISRC,Country,Store,Streams,Revenue,Artist\n"
                                  "2024-05-01,Chrome Rain,DE-A12-24-00001,DE,Spotify,1000,3.5,"
                                  "neon aurel\n"
                                  "2024-05-02,Chrome Rain,DEA122400001,FR,Deezer,500,1.25,"
                                  "Neon Aurel\n"
                                  "2024-05-02,Static Bloom,,DE,spotify,200,0.5,Velvet Static\n");
        auto report = import(first);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(report->committed);
        QCOMPARE(report->rowsAccepted, 3);
        QCOMPARE(totalStreams(m_artistA), 1500);
        QCOMPARE(totalStreams(m_artistB), 200);

        const QString second = write(u"second.csv"_s, "isrc,date,streams,revenue\n"
                                                      "DEA122400001,2024-05-03,300,0.9\n");
        QVERIFY(import(second)->committed);
        QCOMPARE(totalStreams(m_artistA), 1800);

        DbConnection connection(*m_db);
        PerformanceStore store(connection.database());
        auto release = store.releaseSeries(u"DE-A12-24-00001"_s);
        QVERIFY(release.ok());
        QCOMPARE(release->size(), 3); // one point per day
        QCOMPARE(release->at(1).day, QDate(2024, 5, 2));
        QCOMPARE(release->at(1).streams, 500);
        QCOMPARE(release->at(1).revenue, 1.25);
        auto byTitle = store.releaseSeries(u"Static Bloom"_s);
        QCOMPARE(byTitle->size(), 1);
    }

    void badRowsKeepTheWholeFileOutUnlessSkipped()
    {
        const QString path = write(u"bad.csv"_s, "date,release,country,streams,revenue\n"
                                                 "2024-05-01,Chrome Rain,DE,1000,3.5\n"
                                                 "2024-13-01,Chrome Rain,DE,10,0.1\n"
                                                 "2024-05-02,,DE,10,0.1\n"
                                                 "2024-05-02,Chrome Rain,XX,-4,abc\n"
                                                 "2024-05-03,Chrome Rain,DE,20,0.2\n");
        auto report = import(path);
        QVERIFY(report.ok());
        QVERIFY(!report->committed);
        QCOMPARE(report->rowsRejected, 3);
        QCOMPARE(report->rejected.first().line, 3);
        QCOMPARE(report->rejected.first().column, u"date"_s);
        QCOMPARE(report->rejected.at(1).line, 4);
        QCOMPARE(report->rejected.at(1).column, u"release"_s);
        // Line 5 has three problems, each listed, the row counted once.
        QCOMPARE(report->rejected.size(), 5);
        DbConnection connection(*m_db);
        PerformanceStore store(connection.database());
        QVERIFY(store.releaseSeries(u"Chrome Rain"_s)->isEmpty());

        auto skipped = import(path, true);
        QVERIFY(skipped->committed);
        QCOMPARE(skipped->rowsAccepted, 2);
        QCOMPARE(store.releaseSeries(u"Chrome Rain"_s)->size(), 2);

        // Importing the same file again replaces it: no doubled rows.
        QVERIFY(import(path, true)->committed);
        QCOMPARE(store.releaseSeries(u"Chrome Rain"_s)->size(), 2);
        QCOMPARE(store.releaseSeries(u"Chrome Rain"_s)->first().streams, 1000);
    }

    void unreadableFilesImportNothing()
    {
        auto missing = import(m_env->path(u"nope.csv"_s));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        auto noRelease = import(write(u"h.csv"_s, "date,country,streams\n2024-05-01,DE,3\n"));
        QVERIFY(!noRelease.ok());
        QCOMPARE(noRelease.error().code, ErrorCode::InvalidInput);
        QVERIFY(noRelease.error().message.contains(u"release or isrc"_s));
    }

    void scoreDecaysWithTheHalfLife()
    {
        // A: 1000 streams on the latest day; B: 1000 streams 30 days earlier. Half-life 30
        // days: B counts half.
        const QString path = write(u"decay.csv"_s, "date,release,streams,revenue,artist_id\n"
                                                   "2024-06-30,A1,1000,4," +
                                                       m_artistA.toUtf8() +
                                                       "\n"
                                                       "2024-05-31,B1,1000,4," +
                                                       m_artistB.toUtf8() + "\n");
        QVERIFY(import(path)->committed);
        DbConnection connection(*m_db);
        auto scores = PerformanceStore(connection.database()).scores(30);
        QVERIFY(scores.ok());
        QCOMPARE(scores->size(), 2);
        QCOMPARE(scores->first().artistId, m_artistA);
        QCOMPARE(scores->first().score, 1.0);
        QVERIFY(qAbs(scores->at(1).decayedStreams - 500) < 1e-6);
        QVERIFY(qAbs(scores->at(1).score - 0.5) < 1e-9);
        QVERIFY(qAbs(scores->at(1).decayedRevenue - 2) < 1e-9);
        // A longer half-life forgets more slowly.
        auto slow = PerformanceStore(connection.database()).scores(60);
        QVERIFY(slow->at(1).score > 0.7);
    }
};

QTEST_GUILESS_MAIN(TestPerformanceImporter)
#include "tst_performanceimporter.moc"

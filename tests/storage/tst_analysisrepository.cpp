#include "storage/analysisrepository.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace {

using Versions = QMap<QString, QString>;

const Versions kVersions = {{QStringLiteral("tempo"), QStringLiteral("qm-tempo-1")},
                            {QStringLiteral("key"), QStringLiteral("chroma-1")}};
const QDateTime kMtime(QDate(2024, 5, 6), QTime(9, 0, 0, 125), Qt::UTC);

Analysis sampleAnalysis(const QString &hash, double bpm = 128.0)
{
    Analysis a;
    a.contentHash = hash;
    a.durationS = 4.5;
    a.sampleRate = 44100;
    a.channels = 2;
    a.bpm = bpm;
    a.bpmConfidence = 0.8;
    a.bpmAlternatives = {{bpm, 0.8}, {bpm / 2, 0.2}};
    a.beats = {0.1, 0.57, 1.04};
    a.key = QStringLiteral("A minor");
    a.keyConfidence = 0.7;
    a.keyRunnerUp = QStringLiteral("C major");
    a.loudnessLufs = -14.2;
    a.truePeakDbtp = -1.1;
    a.sections = {{0, 2, QStringLiteral("A"), 0.5}, {2, 4.5, QStringLiteral("B"), 1.0}};
    a.mostEnergeticSection = 1;
    a.energy = 0.6;
    a.waveform = {{1024, {-0.5f, -0.25f}, {0.5f, 0.25f}, {0.3f, 0.1f}}};
    a.fingerprint = QByteArray("\x01\x02\x03fingerprint", 14);
    a.analyzerVersions = kVersions;
    return a;
}

AnalysisRecord record(const QString &path, const Analysis &analysis, qint64 size = 1000,
                      const QDateTime &mtime = kMtime)
{
    AnalysisRecord r;
    r.path = path;
    r.size = size;
    r.mtime = mtime;
    r.analysis = analysis;
    return r;
}

int rows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestAnalysisRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void migrationCreatesTheCacheTables();
    void storedAnalysisRoundTrips();
    void pathSizeAndMtimeMapToTheHash_data();
    void pathSizeAndMtimeMapToTheHash();
    void staleAnalyzerVersionsAreAMiss_data();
    void staleAnalyzerVersionsAreAMiss();
    void restoringReplacesTheAnalysisAndKeepsCorrections();
    void mappingOnlyRecordPointsANewPathAtStoredContent();
    void failingBatchStoresNothing();
    void refusesRecordsWithoutPathOrHash();
    void correctionsAreStoredReplacedAndCleared();
    void correctionOfUnknownContentIsNotFound();
    void recentIsNewestFirstAndLimited();

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
};

void TestAnalysisRepository::init()
{
    m_env = std::make_unique<TestEnvironment>();
    auto opened = Database::open(m_env->path(QStringLiteral("studio.sqlite")));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_db = opened.value();
}

void TestAnalysisRepository::cleanup()
{
    m_db.reset();
    m_env.reset();
}

void TestAnalysisRepository::migrationCreatesTheCacheTables()
{
    QVERIFY(m_db->schemaVersion() >= 3);
    DbConnection connection(*m_db);
    const QStringList tables = connection.database().tables();
    for (const char *table : {"analyses", "analysis_files", "analysis_corrections"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
}

void TestAnalysisRepository::storedAnalysisRoundTrips()
{
    DbConnection connection(*m_db);
    AnalysisRepository repository(connection.database(), kVersions);
    const Analysis stored = sampleAnalysis(QStringLiteral("aaaa"));
    QVERIFY(repository.storeBatch({record(QStringLiteral("/music/a.wav"), stored)}).ok());

    const auto found = repository.find(QStringLiteral("aaaa"));
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
    QCOMPARE(found->contentHash, stored.contentHash);
    QCOMPARE(found->durationS, stored.durationS);
    QCOMPARE(found->bpm, stored.bpm);
    QCOMPARE(found->bpmAlternatives, stored.bpmAlternatives);
    QCOMPARE(found->beats, stored.beats);
    QCOMPARE(found->key, stored.key);
    QCOMPARE(found->keyRunnerUp, stored.keyRunnerUp);
    QCOMPARE(found->loudnessLufs, stored.loudnessLufs);
    QVERIFY(std::isnan(found->loudnessRangeLu)); // "not measured" stays not measured
    QCOMPARE(found->sections, stored.sections);
    QCOMPARE(found->waveform, stored.waveform);
    QCOMPARE(found->fingerprint, stored.fingerprint);
    QCOMPARE(found->analyzerVersions, stored.analyzerVersions);

    // The sort columns hold the same values as the JSON.
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("SELECT bpm, key, loudness_lufs, duration_s FROM analyses")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toDouble(), 128.0);
    QCOMPARE(query.value(1).toString(), QStringLiteral("A minor"));
    QCOMPARE(query.value(2).toDouble(), -14.2);
    QCOMPARE(query.value(3).toDouble(), 4.5);

    QCOMPARE(repository.find(QStringLiteral("bbbb")).error().code, ErrorCode::NotFound);
}

void TestAnalysisRepository::pathSizeAndMtimeMapToTheHash_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QDateTime>("mtime");
    QTest::addColumn<bool>("hit");

    const QString path = QStringLiteral("/music/a.wav");
    QTest::newRow("unchanged") << path << qint64(1000) << kMtime << true;
    QTest::newRow("size changed") << path << qint64(1001) << kMtime << false;
    QTest::newRow("mtime changed") << path << qint64(1000) << kMtime.addSecs(1) << false;
    QTest::newRow("touched by a millisecond")
        << path << qint64(1000) << kMtime.addMSecs(1) << false;
    QTest::newRow("other path") << QStringLiteral("/music/b.wav") << qint64(1000) << kMtime
                                << false;
}

void TestAnalysisRepository::pathSizeAndMtimeMapToTheHash()
{
    QFETCH(QString, path);
    QFETCH(qint64, size);
    QFETCH(QDateTime, mtime);
    QFETCH(bool, hit);

    DbConnection connection(*m_db);
    AnalysisRepository repository(connection.database(), kVersions);
    QVERIFY(repository
                .storeBatch({record(QStringLiteral("/music/a.wav"),
                                    sampleAnalysis(QStringLiteral("aaaa")), 1000, kMtime)})
                .ok());
    const auto hash = repository.hashForFile(path, size, mtime);
    QCOMPARE(hash.has_value(), hit);
    if (hit)
        QCOMPARE(*hash, QStringLiteral("aaaa"));
}

void TestAnalysisRepository::staleAnalyzerVersionsAreAMiss_data()
{
    QTest::addColumn<Versions>("current");
    QTest::addColumn<bool>("found");

    QTest::newRow("same versions") << kVersions << true;
    QTest::newRow("no versions given: never stale") << Versions() << true;
    QTest::newRow("tempo analyzer upgraded")
        << Versions{{QStringLiteral("tempo"), QStringLiteral("qm-tempo-2")},
                    {QStringLiteral("key"), QStringLiteral("chroma-1")}}
        << false;
    QTest::newRow("key analyzer upgraded")
        << Versions{{QStringLiteral("tempo"), QStringLiteral("qm-tempo-1")},
                    {QStringLiteral("key"), QStringLiteral("chroma-2")}}
        << false;
    // An analyzer the stored result lacks skipped that stream (too short): not a reason to redo.
    QTest::newRow("engine has an analyzer the stored result lacks")
        << Versions{{QStringLiteral("tempo"), QStringLiteral("qm-tempo-1")},
                    {QStringLiteral("key"), QStringLiteral("chroma-1")},
                    {QStringLiteral("structure"), QStringLiteral("novelty-1")}}
        << true;
    QTest::newRow("analyzer retired")
        << Versions{{QStringLiteral("key"), QStringLiteral("chroma-1")}} << true;
}

void TestAnalysisRepository::staleAnalyzerVersionsAreAMiss()
{
    QFETCH(Versions, current);
    QFETCH(bool, found);

    DbConnection connection(*m_db);
    QVERIFY(AnalysisRepository(connection.database())
                .storeBatch({record(QStringLiteral("/music/a.wav"),
                                    sampleAnalysis(QStringLiteral("aaaa")))})
                .ok());
    AnalysisRepository repository(connection.database(), current);
    const auto result = repository.find(QStringLiteral("aaaa"));
    QCOMPARE(result.ok(), found);
    if (!found)
        QCOMPARE(result.error().code, ErrorCode::NotFound);
    QCOMPARE(AnalysisRepository::isStale(kVersions, current), !found);
}

void TestAnalysisRepository::restoringReplacesTheAnalysisAndKeepsCorrections()
{
    DbConnection connection(*m_db);
    AnalysisRepository repository(connection.database(), kVersions);
    QVERIFY(repository
                .storeBatch({record(QStringLiteral("/music/a.wav"),
                                    sampleAnalysis(QStringLiteral("aaaa"), 120.0))})
                .ok());
    AnalysisCorrection correction;
    correction.bpm = 60.0;
    QVERIFY(repository.setCorrection(QStringLiteral("aaaa"), correction).ok());

    QVERIFY(repository
                .storeBatch({record(QStringLiteral("/music/a.wav"),
                                    sampleAnalysis(QStringLiteral("aaaa"), 121.0))})
                .ok());
    QCOMPARE(repository.find(QStringLiteral("aaaa"))->bpm, 121.0);
    QCOMPARE(repository.correction(QStringLiteral("aaaa"))->bpm, std::optional<double>(60.0));
    QCOMPARE(rows(connection.database(), QStringLiteral("analyses")), 1);
    QCOMPARE(rows(connection.database(), QStringLiteral("analysis_files")), 1);
}

void TestAnalysisRepository::mappingOnlyRecordPointsANewPathAtStoredContent()
{
    DbConnection connection(*m_db);
    AnalysisRepository repository(connection.database(), kVersions);
    QVERIFY(repository
                .storeBatch({record(QStringLiteral("/music/a.wav"),
                                    sampleAnalysis(QStringLiteral("aaaa"), 120.0))})
                .ok());

    // A copy of the same content elsewhere: only the mapping is written.
    Analysis sameContent;
    sameContent.contentHash = QStringLiteral("aaaa");
    AnalysisRecord copy = record(QStringLiteral("/backup/a.wav"), sameContent, 1000, kMtime);
    copy.mappingOnly = true;
    QVERIFY(repository.storeBatch({copy}).ok());

    QCOMPARE(repository.hashForFile(QStringLiteral("/backup/a.wav"), 1000, kMtime),
             std::optional<QString>(QStringLiteral("aaaa")));
    QCOMPARE(repository.find(QStringLiteral("aaaa"))->bpm, 120.0); // not overwritten
    QCOMPARE(rows(connection.database(), QStringLiteral("analysis_files")), 2);
}

void TestAnalysisRepository::failingBatchStoresNothing()
{
    DbConnection connection(*m_db);
    AnalysisRepository repository(connection.database(), kVersions);
    // The last record maps a path to content that was never stored: the foreign key fails, and
    // the whole batch (the good analyses before it too) is rolled back.
    Analysis unknown;
    unknown.contentHash = QStringLiteral("ffff");
    AnalysisRecord dangling = record(QStringLiteral("/music/z.wav"), unknown);
    dangling.mappingOnly = true;
    const auto stored = repository.storeBatch(
        {record(QStringLiteral("/music/a.wav"), sampleAnalysis(QStringLiteral("aaaa"))),
         record(QStringLiteral("/music/b.wav"), sampleAnalysis(QStringLiteral("bbbb"))), dangling});
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, ErrorCode::Storage);
    QCOMPARE(rows(connection.database(), QStringLiteral("analyses")), 0);
    QCOMPARE(rows(connection.database(), QStringLiteral("analysis_files")), 0);
    QVERIFY(!repository.hashForFile(QStringLiteral("/music/a.wav"), 1000, kMtime));

    // The same batch without the bad record goes through as a whole.
    QVERIFY(
        repository
            .storeBatch(
                {record(QStringLiteral("/music/a.wav"), sampleAnalysis(QStringLiteral("aaaa"))),
                 record(QStringLiteral("/music/b.wav"), sampleAnalysis(QStringLiteral("bbbb")))})
            .ok());
    QCOMPARE(rows(connection.database(), QStringLiteral("analyses")), 2);
}

void TestAnalysisRepository::refusesRecordsWithoutPathOrHash()
{
    DbConnection connection(*m_db);
    AnalysisRepository repository(connection.database(), kVersions);
    const auto noHash =
        repository.storeBatch({record(QStringLiteral("/music/a.wav"), sampleAnalysis({}))});
    QCOMPARE(noHash.error().code, ErrorCode::InvalidInput);
    const auto noPath = repository.storeBatch({record({}, sampleAnalysis(QStringLiteral("a")))});
    QCOMPARE(noPath.error().code, ErrorCode::InvalidInput);
    QCOMPARE(rows(connection.database(), QStringLiteral("analyses")), 0);
}

void TestAnalysisRepository::correctionsAreStoredReplacedAndCleared()
{
    DbConnection connection(*m_db);
    AnalysisRepository repository(connection.database(), kVersions);
    QVERIFY(repository
                .storeBatch({record(QStringLiteral("/music/a.wav"),
                                    sampleAnalysis(QStringLiteral("aaaa")))})
                .ok());
    QVERIFY(repository.correction(QStringLiteral("aaaa"))->isEmpty());

    AnalysisCorrection half;
    half.bpm = 64.0;
    half.correctedAt = kMtime;
    QVERIFY(repository.setCorrection(QStringLiteral("aaaa"), half).ok());
    QCOMPARE(repository.correction(QStringLiteral("aaaa")).value(), half);

    AnalysisCorrection key;
    key.key = QStringLiteral("C major");
    QVERIFY(repository.setCorrection(QStringLiteral("aaaa"), key).ok());
    const auto replaced = repository.correction(QStringLiteral("aaaa"));
    QVERIFY(!replaced->bpm);
    QCOMPARE(replaced->key, QStringLiteral("C major"));
    QVERIFY(replaced->correctedAt.isValid()); // defaults to now

    // The measurement itself is untouched.
    QCOMPARE(repository.find(QStringLiteral("aaaa"))->key, QStringLiteral("A minor"));

    QVERIFY(repository.setCorrection(QStringLiteral("aaaa"), AnalysisCorrection()).ok());
    QVERIFY(repository.correction(QStringLiteral("aaaa"))->isEmpty());
    QCOMPARE(rows(connection.database(), QStringLiteral("analysis_corrections")), 0);
}

void TestAnalysisRepository::correctionOfUnknownContentIsNotFound()
{
    DbConnection connection(*m_db);
    AnalysisRepository repository(connection.database(), kVersions);
    AnalysisCorrection correction;
    correction.bpm = 90;
    QCOMPARE(repository.setCorrection(QStringLiteral("nope"), correction).error().code,
             ErrorCode::NotFound);
}

void TestAnalysisRepository::recentIsNewestFirstAndLimited()
{
    DbConnection connection(*m_db);
    AnalysisRepository repository(connection.database(), kVersions);
    QVERIFY(repository
                .storeBatch({record(QStringLiteral("/music/old.wav"),
                                    sampleAnalysis(QStringLiteral("aaaa"), 100)),
                             record(QStringLiteral("/music/mid.wav"),
                                    sampleAnalysis(QStringLiteral("bbbb"), 110)),
                             record(QStringLiteral("/music/new.wav"),
                                    sampleAnalysis(QStringLiteral("cccc"), 120))})
                .ok());
    // One batch shares one timestamp: set distinct ones as if analyzed on three days.
    QSqlQuery query(connection.database());
    const QStringList hashes = {QStringLiteral("aaaa"), QStringLiteral("bbbb"),
                                QStringLiteral("cccc")};
    for (int i = 0; i < hashes.size(); ++i) {
        query.prepare(QStringLiteral("UPDATE analyses SET analyzed_at = ? WHERE content_hash = ?"));
        query.addBindValue(kMtime.addDays(i).toString(Qt::ISODateWithMs));
        query.addBindValue(hashes.at(i));
        QVERIFY(query.exec());
    }
    AnalysisCorrection correction;
    correction.bpm = 60.0;
    QVERIFY(repository.setCorrection(QStringLiteral("cccc"), correction).ok());

    const auto recent = repository.recent(2);
    QVERIFY(recent.ok());
    QCOMPARE(recent->size(), 2);
    QCOMPARE(recent->at(0).path, QStringLiteral("/music/new.wav"));
    QCOMPARE(recent->at(1).path, QStringLiteral("/music/mid.wav"));
    QVERIFY(recent->at(0).fromCache);
    QCOMPARE(recent->at(0).analysis->bpm, 120.0);
    QCOMPARE(recent->at(0).effectiveBpm(), 60.0);
    QVERIFY(recent->at(1).correction.isEmpty());
    QCOMPARE(repository.recent(10)->size(), 3);
}

QTEST_GUILESS_MAIN(TestAnalysisRepository)
#include "tst_analysisrepository.moc"

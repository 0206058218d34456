#include "storage/database.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"
#include "trends/prototypeimporter.h"
#include "trends/trendstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDate kDay(2024, 5, 6);

const QByteArray kCountry = R"({"name": "Germany", "region": "Europe", "languages": ["de"],
    "population": 83200000, "market_size": 0.7})";

const QByteArray kDaily = R"({
    "streaming_stats": {"total_streams": 5000000, "track_count": 200},
    "genre_popularity": {"pop": 0.3, "synthwave": 0.1, "techno": 0.25},
    "demographics": {"age_groups": {"18-24": 0.4}, "gender": {"female": 0.5}},
    "audio_feature_trends": {
        "tempo": {"mean": 121.5, "min": 70, "max": 180},
        "energy": {"mean": 0.66, "min": 0.1, "max": 0.98},
        "acousticness": {"mean": 0.2, "min": 0, "max": 1}
    }})";

const QByteArray kGenre = R"({
    "popularity": {"stream_share": 0.12, "growth_rate": 0.08, "rank": 4},
    "audio_features": {"tempo": {"mean": 108, "std": 6.5}, "valence": {"mean": 0.4, "std": 0.1}},
    "related_genres": ["retrowave"], "top_artists": ["The Midnight"]})";

} // namespace

class TestPrototypeImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsTheLayout();
    void badFileIsReportedWithPathAndImportsNothing_data();
    void badFileIsReportedWithPathAndImportsNothing();
    void skipBadRowsImportsTheOtherFiles();
    void cancelImportsNothing();
    void reimportReplaces();
    void folderWithoutTheLayoutIsAnError();

private:
    void put(const QString &relative, const QByteArray &content);
    void writeGoodFolder();
    Result<ImportReport> import(const ImportOptions &options = {});
    qint64 rows(const QString &table);

    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
    QString m_folder;
};

void TestPrototypeImporter::init()
{
    m_env = std::make_unique<TestEnvironment>();
    auto opened = Database::open(m_env->path(u"studio.sqlite"_s));
    QVERIFY(opened.ok());
    m_db = opened.value();
    m_folder = m_env->path(u"country_profiles_data"_s);
}

void TestPrototypeImporter::cleanup()
{
    m_db.reset();
    m_env.reset();
}

void TestPrototypeImporter::put(const QString &relative, const QByteArray &content)
{
    const QString path = m_folder + u'/' + relative;
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

void TestPrototypeImporter::writeGoodFolder()
{
    put(u"countries/DE.json"_s, kCountry);
    put(u"daily_profiles/2024-05-06/DE.json"_s, kDaily);
    put(u"genre_trends/2024-05-06/DE-synthwave.json"_s, kGenre);
    put(u"genre_trends/2024-05-06/FR-hip-hop.json"_s, R"({"popularity": {"stream_share": 0.3}})");
    put(u"audience_trends/2024-05-06/DE-young.json"_s, "not read at all");
    put(u"README.md"_s, "# notes");
}

Result<ImportReport> TestPrototypeImporter::import(const ImportOptions &options)
{
    DbConnection connection(*m_db);
    return PrototypeImporter(connection.database()).importFolder(m_folder, options);
}

qint64 TestPrototypeImporter::rows(const QString &table)
{
    DbConnection connection(*m_db);
    QSqlQuery query(connection.database());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestPrototypeImporter::importsTheLayout()
{
    writeGoodFolder();
    auto report = import();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(report->committed);
    QCOMPARE(report->rowsRead, qint64(4));
    QCOMPARE(report->rowsAccepted, qint64(4));
    QCOMPARE(report->observationsWritten, qint64(4)); // tempo+energy daily, tempo+valence genre

    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    const auto countries = store.countries();
    QCOMPARE(countries->size(), 2);
    QCOMPARE(countries->at(0).code, u"DE"_s);
    QCOMPARE(countries->at(0).region, u"Europe"_s);
    QCOMPARE(countries->at(0).languages, QStringList{u"de"_s});
    QCOMPARE(countries->at(0).marketWeight, 0.7);
    QCOMPARE(countries->at(1).name, u"France"_s); // no countries/FR.json: the ISO name

    const auto daily = store.series({u"DE"_s, u""_s, u""_s}, TrendFeature::Tempo, kDay, kDay);
    QCOMPARE(daily->size(), 1);
    QCOMPARE(daily->at(0).mean, 121.5);
    QCOMPARE(daily->at(0).min, 70.0);
    QCOMPARE(daily->at(0).max, 180.0);
    QCOMPARE(daily->at(0).sampleSize, qint64(200));
    QCOMPARE(daily->at(0).weight, 5000000.0);
    const auto genre =
        store.series({u"DE"_s, u"synthwave"_s, u""_s}, TrendFeature::Tempo, kDay, kDay);
    QCOMPARE(genre->at(0).mean, 108.0);
    QCOMPARE(genre->at(0).stddev, 6.5);
    QCOMPARE(genre->at(0).sampleSize, qint64(1)); // no count in the file: weighs as one

    // The daily profile ranks the shares; the genre file adds growth and its own rank.
    const auto shares = store.genreShares(u"DE"_s, kDay, kDay);
    QCOMPARE(shares->size(), 3);
    QCOMPARE(shares->at(0).genre, u"pop"_s);
    QCOMPARE(shares->at(0).rank, 1);
    QCOMPARE(shares->at(2).genre, u"synthwave"_s);
    QCOMPARE(shares->at(2).share, 0.12);
    QCOMPARE(shares->at(2).growth, std::optional<double>(0.08));
    QCOMPARE(shares->at(2).rank, 4);
    const auto french = store.genreShares(u"FR"_s, kDay, kDay);
    QCOMPARE(french->size(), 1);
    QCOMPARE(french->at(0).genre, u"hip-hop"_s);
}

void TestPrototypeImporter::badFileIsReportedWithPathAndImportsNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reason");
    QTest::newRow("malformed JSON")
        << u"daily_profiles/2024-05-07/DE.json"_s
        << QByteArray(R"({"audio_feature_trends": {"tempo": )") << QString() << u"not valid JSON"_s;
    QTest::newRow("not an object") << u"countries/FR.json"_s << QByteArray("[1, 2]") << QString()
                                   << u"expected a JSON object"_s;
    QTest::newRow("mean is text") << u"daily_profiles/2024-05-07/DE.json"_s
                                  << QByteArray(
                                         R"({"audio_feature_trends": {"tempo": {"mean": "fast"}}})")
                                  << u"audio_feature_trends.tempo.mean"_s << u"expected a number"_s;
    QTest::newRow("mean missing") << u"genre_trends/2024-05-07/DE-pop.json"_s
                                  << QByteArray(R"({"audio_features": {"tempo": {"std": 2}}})")
                                  << u"audio_features.tempo.mean"_s << u"missing"_s;
    QTest::newRow("min above max")
        << u"daily_profiles/2024-05-07/DE.json"_s
        << QByteArray(R"({"audio_feature_trends": {"energy": {"mean": 0.5, "min": 0.9,
                                                               "max": 0.2}}})")
        << u"audio_feature_trends.energy"_s << u"min is above max"_s;
    QTest::newRow("share above 1") << u"daily_profiles/2024-05-07/DE.json"_s
                                   << QByteArray(R"({"genre_popularity": {"pop": 3}})")
                                   << u"genre_popularity.pop"_s << u"from 0 to 1"_s;
    QTest::newRow("market weight")
        << u"countries/FR.json"_s << QByteArray(R"({"market_size": 2500000000})")
        << u"market_size"_s << u"from 0 to 1"_s;
    QTest::newRow("date folder") << u"daily_profiles/May 7/DE.json"_s << kDaily << QString()
                                 << u"not an ISO date"_s;
    QTest::newRow("country code") << u"daily_profiles/2024-05-07/UK.json"_s << kDaily << QString()
                                  << u"ISO 3166-1"_s;
    QTest::newRow("genre file name") << u"genre_trends/2024-05-07/DE_pop.json"_s << kGenre
                                     << QString() << u"DE-synthwave.json"_s;
    QTest::newRow("empty profile")
        << u"daily_profiles/2024-05-07/DE.json"_s << QByteArray("{}") << QString() << u"neither"_s;
}

void TestPrototypeImporter::badFileIsReportedWithPathAndImportsNothing()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    QFETCH(QString, reason);
    writeGoodFolder();
    put(file, content);
    auto report = import();
    QVERIFY(report.ok());
    QVERIFY(!report->committed);
    QCOMPARE(report->rowsRejected, qint64(1));
    QCOMPARE(report->rejected.size(), 1);
    QCOMPARE(report->rejected.at(0).file, file);
    QCOMPARE(report->rejected.at(0).column, key);
    QVERIFY2(report->rejected.at(0).reason.contains(reason),
             qPrintable(report->rejected.at(0).reason));
    for (const QString &table : {u"import_sources"_s, u"countries"_s, u"trend_observations"_s,
                                 u"genre_popularity"_s, u"trend_aggregates"_s})
        QCOMPARE(rows(table), qint64(0));
}

void TestPrototypeImporter::skipBadRowsImportsTheOtherFiles()
{
    writeGoodFolder();
    put(u"daily_profiles/2024-05-07/DE.json"_s, "{ broken");
    ImportOptions options;
    options.skipBadRows = true;
    auto report = import(options);
    QVERIFY(report.ok());
    QVERIFY(report->committed);
    QCOMPARE(report->rowsAccepted, qint64(4));
    QCOMPARE(report->rowsRejected, qint64(1));
    QCOMPARE(rows(u"trend_observations"_s), qint64(4));
    QCOMPARE(rows(u"countries"_s), qint64(2));
}

void TestPrototypeImporter::cancelImportsNothing()
{
    writeGoodFolder();
    int polls = 0;
    ImportOptions options;
    options.cancelled = [&] { return ++polls == 3; }; // after two files were written
    auto report = import(options);
    QVERIFY(!report.ok());
    QCOMPARE(int(report.error().code), int(ErrorCode::Cancelled));
    for (const QString &table : {u"import_sources"_s, u"countries"_s, u"trend_observations"_s})
        QCOMPARE(rows(table), qint64(0));
}

void TestPrototypeImporter::reimportReplaces()
{
    writeGoodFolder();
    QVERIFY(import()->committed);
    const qint64 observations = rows(u"trend_observations"_s);
    const qint64 aggregates = rows(u"trend_aggregates"_s);
    put(u"daily_profiles/2024-05-06/DE.json"_s,
        R"({"audio_feature_trends": {"tempo": {"mean": 99, "min": 70, "max": 180}}})");
    QVERIFY(import()->committed);
    QCOMPARE(rows(u"import_sources"_s), qint64(1));
    QCOMPARE(rows(u"trend_observations"_s), observations - 1); // energy is gone
    QCOMPARE(rows(u"trend_aggregates"_s), aggregates - 4);
    DbConnection connection(*m_db);
    const auto window = TrendStore(connection.database())
                            .rollingWindow({u"DE"_s, u""_s, u""_s}, TrendFeature::Tempo, 7, kDay);
    QCOMPARE(window->value().mean, 99.0);
}

void TestPrototypeImporter::folderWithoutTheLayoutIsAnError()
{
    put(u"notes/readme.json"_s, "{}");
    auto report = import();
    QVERIFY(!report.ok());
    QCOMPARE(int(report.error().code), int(ErrorCode::InvalidInput));
    QVERIFY(report.error().message.contains(u"daily_profiles"_s));
    QCOMPARE(rows(u"import_sources"_s), qint64(0));
}

QTEST_GUILESS_MAIN(TestPrototypeImporter)
#include "tst_prototypeimporter.moc"

#include "storage/database.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"
#include "trends/chartcsvimporter.h"
#include "trends/trendstore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader = "country,date,rank,streams,track,artist,genre,tempo,key,mode,energy,"
                           "danceability,valence,loudness,duration_ms\n";

// One valid chart row with the given country, date, streams, genre and tempo.
QByteArray row(const char *country, const char *date, int streams, const char *genre, double tempo,
               int key = 9, int mode = 0)
{
    return QByteArray(country) + ',' + date + ",1," + QByteArray::number(streams) +
           ",Track,Artist," + genre + ',' + QByteArray::number(tempo) + ',' +
           QByteArray::number(key) + ',' + QByteArray::number(mode) + ",0.5,0.6,0.4,-7.5,200000\n";
}

} // namespace

class TestChartCsvImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void headerIsMatchedCaseInsensitivelyAndMissingColumnsAreNamed();
    void missingRequiredColumnIsAnError();
    void everyBadValueIsReportedWithItsLine_data();
    void everyBadValueIsReportedWithItsLine();
    void oneBadRowImportsNothingByDefault();
    void skipBadRowsImportsTheRest();
    void rowsAggregateStreamsWeighted();
    void cancelImportsNothing_data();
    void cancelImportsNothing();
    void reimportReplacesAndMergeKeepsBoth();
    void hostileFilesLeaveTheDatabaseUnchanged_data();
    void hostileFilesLeaveTheDatabaseUnchanged();

private:
    QString write(const QString &name, const QByteArray &content);
    Result<ImportReport> import(const QString &path, const ImportOptions &options = {});
    qint64 rows(const QString &table);

    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
};

void TestChartCsvImporter::init()
{
    m_env = std::make_unique<TestEnvironment>();
    auto opened = Database::open(m_env->path(u"studio.sqlite"_s));
    QVERIFY(opened.ok());
    m_db = opened.value();
}

void TestChartCsvImporter::cleanup()
{
    m_db.reset();
    m_env.reset();
}

QString TestChartCsvImporter::write(const QString &name, const QByteArray &content)
{
    const QString path = m_env->path(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

Result<ImportReport> TestChartCsvImporter::import(const QString &path, const ImportOptions &options)
{
    DbConnection connection(*m_db);
    return ChartCsvImporter(connection.database()).importFile(path, options);
}

qint64 TestChartCsvImporter::rows(const QString &table)
{
    DbConnection connection(*m_db);
    QSqlQuery query(connection.database());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestChartCsvImporter::headerIsMatchedCaseInsensitivelyAndMissingColumnsAreNamed()
{
    const QString path = write(u"charts.csv"_s, " Country ,DATE, Tempo,Chart Position\n"
                                                "de,2024-05-06,120,1\n"
                                                "DE,2024-05-06,130,2\n");
    auto report = import(path);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(report->committed);
    QCOMPARE(report->rowsRead, qint64(2));
    QCOMPARE(report->rowsAccepted, qint64(2));
    QCOMPARE(report->missingColumns,
             (QStringList{u"rank"_s, u"streams"_s, u"track"_s, u"artist"_s, u"genre"_s, u"key"_s,
                          u"mode"_s, u"energy"_s, u"danceability"_s, u"valence"_s, u"loudness"_s,
                          u"duration_ms"_s}));
    QCOMPARE(report->ignoredColumns, QStringList{u"Chart Position"_s});
    DbConnection connection(*m_db);
    const auto series = TrendStore(connection.database())
                            .series({u"DE"_s, u""_s, u""_s}, TrendFeature::Tempo, QDate(2024, 5, 6),
                                    QDate(2024, 5, 6));
    QCOMPARE(series->size(), 1);
    QCOMPARE(series->at(0).mean, 125.0); // no streams: every entry counts once
    QCOMPARE(series->at(0).weight, 0.0);
    QCOMPARE(rows(u"trend_observations"_s), qint64(1)); // tempo only
}

void TestChartCsvImporter::missingRequiredColumnIsAnError()
{
    const QString path = write(u"charts.csv"_s, "country,tempo\nDE,120\n");
    auto report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(int(report.error().code), int(ErrorCode::InvalidInput));
    QVERIFY2(report.error().message.contains(u"no date column"_s),
             qPrintable(report.error().message));
    QCOMPARE(rows(u"import_sources"_s), qint64(0));
}

void TestChartCsvImporter::everyBadValueIsReportedWithItsLine_data()
{
    QTest::addColumn<QByteArray>("badRow");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");
    const QByteArray ok = row("DE", "2024-05-06", 100, "pop", 120);
    auto with = [&](int field, const QByteArray &value) {
        QList<QByteArray> fields = ok.trimmed().split(',');
        fields[field] = value;
        return fields.join(',') + '\n';
    };
    QTest::newRow("country") << with(0, "XX") << u"country"_s << u"ISO 3166-1"_s;
    QTest::newRow("global chart") << with(0, "global") << u"country"_s << u"ISO 3166-1"_s;
    QTest::newRow("no country") << with(0, "") << u"country"_s << u"missing"_s;
    QTest::newRow("date") << with(1, "06/05/2024") << u"date"_s << u"ISO date"_s;
    QTest::newRow("impossible date") << with(1, "2024-02-30") << u"date"_s << u"ISO date"_s;
    QTest::newRow("rank") << with(2, "0") << u"rank"_s << u"from 1"_s;
    QTest::newRow("streams") << with(3, "-5") << u"streams"_s << u"from 0"_s;
    QTest::newRow("tempo low") << with(7, "12") << u"tempo"_s << u"30 to 300"_s;
    QTest::newRow("tempo text") << with(7, "fast") << u"tempo"_s << u"30 to 300"_s;
    QTest::newRow("key") << with(8, "12") << u"key"_s << u"-1 (no key) to 11"_s;
    QTest::newRow("mode") << with(9, "2") << u"mode"_s << u"0 (minor) or 1"_s;
    QTest::newRow("energy") << with(10, "1.5") << u"energy"_s << u"0 to 1"_s;
    QTest::newRow("danceability") << with(11, "nan") << u"danceability"_s << u"0 to 1"_s;
    QTest::newRow("valence") << with(12, "-0.1") << u"valence"_s << u"0 to 1"_s;
    QTest::newRow("loudness") << with(13, "9") << u"loudness"_s << u"-60 to 5"_s;
    QTest::newRow("duration") << with(14, "0") << u"duration_ms"_s << u"above 0"_s;
    QTest::newRow("field count") << QByteArray("DE,2024-05-06\n") << QString() << u"2 fields"_s;
}

void TestChartCsvImporter::everyBadValueIsReportedWithItsLine()
{
    QFETCH(QByteArray, badRow);
    QFETCH(QString, column);
    QFETCH(QString, reason);
    // A quoted track name spanning two lines moves the bad row to line 5.
    const QByteArray content = kHeader + row("DE", "2024-05-06", 100, "pop", 120) +
                               "DE,2024-05-06,2,100,\"Two\nLines\",A,pop,121,1,1,0.5,0.5,0.5,-8,"
                               "180000\n" +
                               badRow + row("FR", "2024-05-06", 100, "pop", 125);
    auto report = import(write(u"charts.csv"_s, content));
    QVERIFY(report.ok());
    QCOMPARE(report->rowsRead, qint64(4));
    QCOMPARE(report->rowsRejected, qint64(1));
    QCOMPARE(report->rejected.size(), 1);
    const RejectedRow &rejected = report->rejected.first();
    QCOMPARE(rejected.line, qint64(5));
    QCOMPARE(rejected.column, column);
    QVERIFY2(rejected.reason.contains(reason), qPrintable(rejected.reason));
}

void TestChartCsvImporter::oneBadRowImportsNothingByDefault()
{
    const QByteArray content = kHeader + row("DE", "2024-05-06", 100, "pop", 120) +
                               row("DE", "2024-05-06", 100, "pop", 999) +
                               row("FR", "2024-05-06", 100, "rock", 100);
    auto report = import(write(u"charts.csv"_s, content));
    QVERIFY(report.ok());
    QVERIFY(!report->committed);
    QCOMPARE(report->sourceId, qint64(0));
    QCOMPARE(report->rowsAccepted, qint64(2));
    QCOMPARE(report->rejected,
             (QList<RejectedRow>{
                 {QString(), 3, u"tempo"_s, u"\"999\" is not a tempo from 30 to 300 BPM."_s}}));
    for (const QString &table :
         {u"import_sources"_s, u"trend_observations"_s, u"genre_popularity"_s,
          u"key_mode_distribution"_s, u"trend_aggregates"_s, u"countries"_s})
        QCOMPARE(rows(table), qint64(0));
}

void TestChartCsvImporter::skipBadRowsImportsTheRest()
{
    const QByteArray content = kHeader + row("DE", "2024-05-06", 100, "pop", 120) +
                               row("SE", "2024-05-06", 100, "pop", 999) +
                               row("FR", "2024-05-06", 100, "rock", 100);
    ImportOptions options;
    options.skipBadRows = true;
    auto report = import(write(u"charts.csv"_s, content), options);
    QVERIFY(report.ok());
    QVERIFY(report->committed);
    QVERIFY(report->sourceId > 0);
    QCOMPARE(report->rowsRejected, qint64(1));
    // DE and FR, each as a country total and a genre: 4 groups of 7 features.
    QCOMPARE(report->groupsWritten, qint64(4));
    QCOMPARE(rows(u"trend_observations"_s), qint64(4 * 7));
    QCOMPARE(rows(u"countries"_s), qint64(2)); // SE's only row was rejected
    DbConnection connection(*m_db);
    const auto sources = TrendStore(connection.database()).sources();
    QCOMPARE(sources->size(), 1);
    QCOMPARE(sources->at(0).kind, u"csv"_s);
    QCOMPARE(sources->at(0).rowsAccepted, qint64(2));
    QCOMPARE(sources->at(0).rowsRejected, qint64(1));
}

void TestChartCsvImporter::rowsAggregateStreamsWeighted()
{
    const QByteArray content = kHeader + row("DE", "2024-05-06", 300, "pop", 100, 9, 0) +
                               row("DE", "2024-05-06", 100, "pop", 140, 9, 0) +
                               row("DE", "2024-05-06", 600, "techno", 130, 0, 1) +
                               row("DE", "2024-05-13", 500, "pop", 110, 2, 1) +
                               row("DE", "2024-05-13", 500, "techno", 128);
    auto report = import(write(u"charts.csv"_s, content));
    QVERIFY(report.ok() && report->committed);

    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    const QDate first(2024, 5, 6);
    const auto pop = store.series({u"DE"_s, u"pop"_s, u""_s}, TrendFeature::Tempo, first, first);
    QCOMPARE(pop->size(), 1);
    QCOMPARE(pop->at(0).mean, 110.0); // (100 * 300 + 140 * 100) / 400
    QCOMPARE(pop->at(0).weight, 400.0);
    QCOMPARE(pop->at(0).sampleSize, qint64(2));
    QCOMPARE(pop->at(0).min, 100.0);
    QCOMPARE(pop->at(0).max, 140.0);
    QVERIFY(std::abs(pop->at(0).stddev - std::sqrt(300.0)) < 1e-9); // 0.75*100 + 0.25*900 - 0
    const auto all = store.series({u"DE"_s, u""_s, u""_s}, TrendFeature::Tempo, first, first);
    QCOMPARE(all->at(0).mean, 122.0); // (30000 + 14000 + 78000) / 1000
    const auto duration =
        store.series({u"DE"_s, u""_s, u""_s}, TrendFeature::DurationS, first, first);
    QCOMPARE(duration->at(0).mean, 200.0); // milliseconds become seconds
    const auto major = store.series({u"DE"_s, u""_s, u""_s}, TrendFeature::Mode, first, first);
    QCOMPARE(major->at(0).mean, 0.6); // 600 of 1000 streams in major

    const auto shares = store.genreShares(u"DE"_s, first, first.addDays(7));
    QCOMPARE(shares->size(), 4);
    QCOMPARE(shares->at(0).genre, u"techno"_s);
    QCOMPARE(shares->at(0).share, 0.6);
    QCOMPARE(shares->at(0).rank, 1);
    QCOMPARE(shares->at(1).share, 0.4);
    QVERIFY(!shares->at(1).growth);
    QCOMPARE(shares->at(3).genre, u"techno"_s); // second week: 0.5 each, by name after pop
    QVERIFY(shares->at(3).growth && std::abs(*shares->at(3).growth - (0.5 / 0.6 - 1)) < 1e-12);

    const auto keys = store.keyModeDistribution(u"DE"_s, u""_s, first, first);
    QCOMPARE(keys->size(), 2);
    QCOMPARE(keys->at(0).key, 0);
    QCOMPARE(keys->at(0).mode, 1);
    QCOMPARE(keys->at(1).key, 9);
    QCOMPARE(keys->at(1).count, qint64(2));
    QVERIFY(std::abs(keys->at(1).share - 2.0 / 3) < 1e-12);
    // A 30-day window over both weeks of pop, read from the aggregates.
    const auto window = store.rollingWindow({u"DE"_s, u"pop"_s, u""_s}, TrendFeature::Tempo, 30,
                                            QDate(2024, 5, 13));
    QCOMPARE(window->value().sampleSize, qint64(3));
    QCOMPARE(window->value().mean, 110.0); // (100*300 + 140*100 + 110*500) / 900 = 110
}

void TestChartCsvImporter::cancelImportsNothing_data()
{
    QTest::addColumn<int>("cancelAtPoll");
    QTest::newRow("while reading") << 1;
    QTest::newRow("while writing") << 4; // 2 polls while reading 3,000 rows, 1 per batch written
}

void TestChartCsvImporter::cancelImportsNothing()
{
    QFETCH(int, cancelAtPoll);
    QByteArray content = kHeader;
    for (int i = 0; i < 3000; ++i)
        content += row(i % 2 ? "DE" : "FR",
                       qPrintable(QDate(2024, 1, 1).addDays(i % 300).toString(Qt::ISODate)),
                       100 + i, i % 3 ? "pop" : "rock", 80 + i % 100);
    int polls = 0;
    ImportOptions options;
    options.cancelled = [&] { return ++polls >= cancelAtPoll; };
    auto report = import(write(u"charts.csv"_s, content), options);
    QVERIFY(!report.ok());
    QCOMPARE(int(report.error().code), int(ErrorCode::Cancelled));
    QCOMPARE(polls, cancelAtPoll);
    for (const QString &table :
         {u"import_sources"_s, u"trend_observations"_s, u"trend_aggregates"_s, u"countries"_s})
        QCOMPARE(rows(table), qint64(0));
}

void TestChartCsvImporter::reimportReplacesAndMergeKeepsBoth()
{
    const QString path = write(u"charts.csv"_s, kHeader + row("DE", "2024-05-06", 100, "pop", 120));
    QVERIFY(import(path)->committed);
    const qint64 observations = rows(u"trend_observations"_s);
    const qint64 aggregates = rows(u"trend_aggregates"_s);
    auto again = import(path);
    QVERIFY(again->committed);
    QCOMPARE(rows(u"import_sources"_s), qint64(1));
    QCOMPARE(rows(u"trend_observations"_s), observations);
    QCOMPARE(rows(u"trend_aggregates"_s), aggregates);

    ImportOptions merge;
    merge.replace = false;
    QVERIFY(import(path, merge)->committed);
    QCOMPARE(rows(u"import_sources"_s), qint64(2));
    QCOMPARE(rows(u"trend_observations"_s), 2 * observations);
    DbConnection connection(*m_db);
    const auto window =
        TrendStore(connection.database())
            .rollingWindow({u"DE"_s, u""_s, u""_s}, TrendFeature::Tempo, 1, QDate(2024, 5, 6));
    QCOMPARE(window->value().sampleSize, qint64(2)); // both imports count
}

void TestChartCsvImporter::hostileFilesLeaveTheDatabaseUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20);
    QTest::newRow("binary named .csv") << png << u"binary"_s;
    QTest::newRow("10 MB field") << kHeader + "DE,2024-05-06,1,1,\"" +
                                        QByteArray(10 * 1024 * 1024, 'a') + "\"\n"
                                 << u"line 2"_s;
    QTest::newRow("unterminated quote at EOF")
        << kHeader + row("DE", "2024-05-06", 100, "pop", 120) + "DE,2024-05-07,1,1,\"open"
        << u"line 3"_s;
    QTest::newRow("invalid UTF-8") << kHeader + "DE,2024-05-06,1,1,Caf\xE9,A,pop,120,1,1,0.5,0.5,"
                                                "0.5,-8,1000\n"
                                   << u"UTF-8"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
}

void TestChartCsvImporter::hostileFilesLeaveTheDatabaseUnchanged()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    // An earlier good import under the same name must survive the failed re-import.
    const QString path = write(u"charts.csv"_s, kHeader + row("DE", "2024-05-06", 100, "pop", 120));
    QVERIFY(import(path)->committed);
    const qint64 observations = rows(u"trend_observations"_s);
    QVERIFY(!write(u"charts.csv"_s, content).isEmpty() || content.isEmpty());
    auto report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(int(report.error().code), int(ErrorCode::InvalidInput));
    QVERIFY2(report.error().message.contains(mentions), qPrintable(report.error().message));
    QVERIFY2(report.error().message.contains(u"Nothing was imported"_s),
             qPrintable(report.error().message));
    QCOMPARE(rows(u"import_sources"_s), qint64(1));
    QCOMPARE(rows(u"trend_observations"_s), observations);
}

QTEST_GUILESS_MAIN(TestChartCsvImporter)
#include "tst_chartcsvimporter.moc"

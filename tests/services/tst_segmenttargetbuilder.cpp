// SegmentTargetBuilder over a small chart CSV imported the way the operator imports one: what
// evolution sees of a market (current means, their 90-day change, shares, keys, relations).
#include "services/segmenttargetbuilder.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"
#include "trends/chartcsvimporter.h"
#include "trends/trendstore.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// 22 weekly charts of DE from Monday 2024-01-01 (week i = 2024-01-01 + 7i), last 2024-05-27.
// Each week: 2 synthwave entries (tempo 110 + 0.4 i BPM, energy 0.6, A minor), 3 pop entries
// (120 BPM, energy 0.85, C major) and i/4 darksynth entries (114 BPM, energy 0.65): darksynth's
// share rises, synthwave gets faster.
QByteArray chartCsv()
{
    QByteArray csv = "Country,DATE,rank,streams,track,artist,Genre,tempo,key,mode,energy\n";
    const QDate first(2024, 1, 1);
    for (int week = 0; week < 22; ++week) {
        const QByteArray date = first.addDays(7 * week).toString(Qt::ISODate).toLatin1();
        int rank = 1;
        auto row = [&](const char *genre, double tempo, int key, int mode, double energy) {
            csv += "DE," + date + ',' + QByteArray::number(rank++) + ",1000,t,a," + genre + ',' +
                   QByteArray::number(tempo, 'f', 2) + ',' + QByteArray::number(key) + ',' +
                   QByteArray::number(mode) + ',' + QByteArray::number(energy) + '\n';
        };
        for (int i = 0; i < 2; ++i)
            row("synthwave", 110 + 0.4 * week, 9, 0, 0.6);
        for (int i = 0; i < 3; ++i)
            row("pop", 120, 0, 1, 0.85);
        for (int i = 0; i < week / 4; ++i)
            row("darksynth", 114, 2, 0, 0.65);
    }
    return csv;
}

const QDate kAsOf(2024, 6, 10); // after the last chart: the builder finds 2024-05-27 itself

} // namespace

class TestSegmentTargetBuilder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        auto opened = Database::open(m_env->path(u"studio.sqlite"_s));
        QVERIFY(opened.ok());
        m_db = opened.value();
        DbConnection connection(*m_db);
        QByteArray data = chartCsv();
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ImportOptions options;
        options.label = u"charts.csv"_s;
        auto report = ChartCsvImporter(connection.database()).importDevice(&buffer, options);
        QVERIFY2(report.ok() && report->committed,
                 qPrintable(report.ok() ? QString() : report.error().message));
    }
    void cleanup()
    {
        m_db.reset();
        m_env.reset();
    }

    void genreSegmentHasCurrentMeansAndTheirChange()
    {
        DbConnection connection(*m_db);
        SegmentTargetBuilder builder(connection.database());
        auto latest = builder.latestData(u"DE"_s, kAsOf);
        QVERIFY(latest.ok());
        QCOMPARE(latest.value(), QDate(2024, 5, 27));

        auto target = builder.build({u"DE"_s, u"Synthwave"_s, {}}, kAsOf);
        QVERIFY(target.ok());
        QCOMPARE(target->segment.genre, u"synthwave"_s);
        // Last 30 days: weeks 17..21 (mean week 19); 90 days earlier: weeks 4..8 (mean 6).
        QVERIFY(target->tempo.known);
        QCOMPARE(qRound(target->tempo.mean * 100), qRound((110 + 0.4 * 19) * 100));
        QCOMPARE(qRound(target->tempo.change90d * 100), qRound(0.4 * 13 * 100));
        QVERIFY(target->energy.known);
        QVERIFY(qAbs(target->energy.mean - 0.6) < 1e-9);
        QVERIFY(qAbs(target->energy.change90d) < 1e-9);
        QVERIFY(!target->danceability.known); // the CSV has no such column
        QVERIFY(target->modeShare.known);
        QVERIFY(qAbs(target->modeShare.mean) < 1e-9); // every synthwave entry is minor
        QCOMPARE(target->keyShares.keys(), QList<QString>{u"A minor"_s});
        QVERIFY(qAbs(target->keyShares.value(u"A minor"_s) - 1.0) < 1e-9);
        // 2 of 5 + week/4 entries (about 0.21), equal streams: its share fell as darksynth came.
        QVERIFY(target->genreShare > 0.15 && target->genreShare < 0.3);
        QVERIFY(target->genreShareChange90d < 0);
    }

    void countryWideSegmentHasGenreSharesAndMarketWeight()
    {
        DbConnection connection(*m_db);
        {
            TrendStore store(connection.database());
            auto source =
                store.beginSource(u"prototype"_s, u"countries"_s, TrendStore::SourceMode::Replace);
            QVERIFY(source.ok());
            TrendCountry de;
            de.code = u"DE"_s;
            de.name = u"Germany"_s;
            de.marketWeight = 0.7;
            QVERIFY(store.upsertCountries({de}, source.value()).ok());
        }
        SegmentTargetBuilder builder(connection.database());
        auto target = builder.build({u"DE"_s, {}, {}}, kAsOf);
        QVERIFY(target.ok());
        QCOMPARE(target->marketWeight, 0.7);
        QCOMPARE(target->genreShares.size(), 3);
        double sum = 0;
        for (double share : target->genreShares)
            sum += share;
        QVERIFY(qAbs(sum - 1) < 1e-6);
        QVERIFY(target->genreShares.value(u"pop"_s) > target->genreShares.value(u"synthwave"_s));
        // Both keys of the country, shares of entries.
        QVERIFY(target->keyShares.contains(u"C major"_s));
        QVERIFY(target->keyShares.contains(u"D minor"_s));

        auto darksynth = builder.build({u"DE"_s, u"darksynth"_s, {}}, kAsOf);
        QVERIFY(darksynth.ok());
        QVERIFY(darksynth->genreShareChange90d > 0.05); // rising: the planner may propose it
    }

    void artistSegmentsAreItsCountriesGenresAndRelations()
    {
        Artist artist;
        artist.music.primaryGenre = u"synthwave"_s;
        artist.audience.targetCountries = {u"DE"_s, u"FR"_s}; // FR has no trend data
        DbConnection connection(*m_db);
        auto targets = SegmentTargetBuilder(connection.database()).forArtist(artist, kAsOf);
        QVERIFY(targets.ok());
        QStringList labels;
        for (const SegmentTarget &target : targets.value())
            labels.append(target.segment.label());
        QCOMPARE(targets->size(), 4); // DE, then its three genres by share
        QCOMPARE(targets->first().segment, (TrendSegment{u"DE"_s, {}, {}}));
        const auto find = [&](const QString &genre) {
            for (const SegmentTarget &target : targets.value())
                if (target.segment.genre == genre)
                    return target;
            return SegmentTarget();
        };
        // Related by sound: synthwave (117.6 BPM, 0.60) ~ darksynth (114, 0.65); pop (120,
        // 0.85) is too energetic for either.
        QCOMPARE(find(u"synthwave"_s).relatedGenres, QStringList{u"darksynth"_s});
        QCOMPARE(find(u"darksynth"_s).relatedGenres, QStringList{u"synthwave"_s});
        QVERIFY(find(u"pop"_s).relatedGenres.isEmpty());
    }

    void withoutCountryDataTheGlobalMarketStandsIn()
    {
        Artist artist;
        artist.music.primaryGenre = u"synthwave"_s;
        artist.audience.targetCountries = {u"JP"_s};
        DbConnection connection(*m_db);
        SegmentTargetBuilder builder(connection.database());
        auto targets = builder.forArtist(artist, kAsOf);
        QVERIFY(targets.ok());
        QCOMPARE(targets->size(), 1);
        QVERIFY(targets->first().segment.country.isEmpty());
        QCOMPARE(targets->first().marketWeight, 1.0);
        QVERIFY(targets->first().tempo.known);

        // Before any chart: nothing at all.
        auto early = builder.forArtist(artist, QDate(2023, 6, 1));
        QVERIFY(early.ok());
        QVERIFY(early->isEmpty());
    }

    void namesRelateByAWholeWord()
    {
        QVERIFY(SegmentTargetBuilder::namesRelated(u"deep house"_s, u"House"_s));
        QVERIFY(SegmentTargetBuilder::namesRelated(u"synth-pop"_s, u"k-pop"_s));
        QVERIFY(!SegmentTargetBuilder::namesRelated(u"synthwave"_s, u"darkwave"_s));
        QVERIFY(!SegmentTargetBuilder::namesRelated(u"pop"_s, u"pop"_s));
        QCOMPARE(SegmentTargetBuilder::keyName(9, 0), u"A minor"_s);
        QCOMPARE(SegmentTargetBuilder::keyName(6, 1), u"F# major"_s);
    }
};

QTEST_GUILESS_MAIN(TestSegmentTargetBuilder)
#include "tst_segmenttargetbuilder.moc"

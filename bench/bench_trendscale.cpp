// Issue 5's query benchmark (docs/trends-benchmark.md): segment query latency on 10 years x 250
// countries x 20 genres of weekly data, and the time from choosing a segment in the Trends pane
// to its chart being painted (target: under 100 ms).
//
//   build/<dir>/bench/bench_trendscale [--dir DIR] [--runs N] [--features N] [--rebuild]
//
// The database is built once into DIR (default /tmp/artist-studio-trendscale) and reused. Every
// figure is the median of N runs (default 7); the machine load is printed at start and end.
#include "services/trendservice.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "trendchartview.h"
#include "trends/trendforecast.h"
#include "trends/trendstatistics.h"
#include "trends/trendstore.h"
#include "trendscale/trendscaledata.h"
#include "trendselectionpanel.h"
#include "trendspane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll()).trimmed();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + u" ms"_s;
}

template<typename T> T wait(const QFuture<T> &future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return future.result();
}

// Spins the event loop until `done` or the timeout; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The three kinds of segment, each run on a different country or genre so that no answer is
// the previous one's.
struct SegmentKind
{
    const char *name;
    std::function<TrendSegment(int run)> segment;
};

QList<SegmentKind> segmentKinds()
{
    const QStringList codes = TrendScaleData::countryCodes();
    const QStringList genres = TrendScaleData::genreNames();
    return {
        {"country + genre",
         [=](int run) {
             return TrendSegment{
                 codes[(37 * run + 81) % codes.size()], genres[(3 * run + 17) % genres.size()], {}};
         }},
        {"country (all genres)",
         [=](int run) {
             return TrendSegment{codes[(53 * run + 131) % codes.size()], {}, {}};
         }},
        {"global (one genre, 250 countries pooled)",
         [=](int run) {
             return TrendSegment{{}, genres[(7 * run + 5) % genres.size()], {}};
         }},
    };
}

struct PaneTiming
{
    QList<double> chart;   // selection -> chartUpdated
    QList<double> painted; // selection -> chart view grabbed (painted)
    QList<double> rest;    // selection -> the pane idle (other tabs updated where they changed)
};

// Selects `segment` in the pane the way a user does (genre, then the country list), waits for
// the chart, paints it, then waits for the other tabs' queries so the next run starts idle.
bool selectAndPaint(TrendsPane &pane, const TrendSegment &segment, PaneTiming *timing)
{
    int charts = 0;
    QMetaObject::Connection a =
        QObject::connect(&pane, &TrendsPane::chartUpdated, [&] { ++charts; });
    auto shows = [&] {
        const auto &primary = pane.primaryChart();
        return charts > 0 && primary && primary->segment.country == segment.country &&
               primary->segment.genre == segment.genre;
    };
    QElapsedTimer timer;
    timer.start();
    // Countries first: a new country reloads the genre list.
    pane.selectionPanel()->setCheckedCountries({segment.country});
    pane.selectionPanel()->setGenre(segment.genre);
    const bool ok = spinUntil(shows);
    if (ok) {
        timing->chart.append(elapsedMs(timer));
        const QPixmap painted = pane.chartView()->grab();
        timing->painted.append(elapsedMs(timer));
        if (painted.isNull())
            std::fprintf(stderr, "the chart view painted nothing\n");
        spinUntil([&] { return pane.isIdle(); }); // the other tabs, if the selection changed them
        timing->rest.append(elapsedMs(timer));
    }
    QObject::disconnect(a);
    return ok;
}

// A synthetic series of `count` points `stepDays` apart: slow rise, yearly cycle, noise.
TrendSeries syntheticSeries(int count, int stepDays)
{
    TrendSeries series;
    const QDate first(2016, 1, 4);
    for (int i = 0; i < count; ++i) {
        TrendPoint point;
        point.period = first.addDays(qint64(i) * stepDays);
        const double day = double(i) * stepDays;
        point.mean = 110 + 0.002 * day + 3 * std::sin(day * 2 * M_PI / 365.25) +
                     4 * ((i * 7919) % 1000) / 1000.0;
        series.append(point);
    }
    return series;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dirOption(u"dir"_s, u"Cache directory of the database."_s, u"DIR"_s,
                                       u"/tmp/artist-studio-trendscale"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure (median)."_s, u"N"_s, u"7"_s);
    const QCommandLineOption featuresOption(u"features"_s, u"Features filled (1 = tempo)."_s,
                                            u"N"_s, u"1"_s);
    const QCommandLineOption rebuildOption(u"rebuild"_s, u"Rebuild the database."_s);
    const QCommandLineOption noPaneOption(u"no-pane"_s, u"Skip the Trends pane figures."_s);
    parser.addOptions({dirOption, runsOption, featuresOption, rebuildOption, noPaneOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTextStream out(stdout);
    out << "bench_trendscale: load average at start: " << loadAverage() << Qt::endl;

    auto built = TrendScaleData::ensure(
        parser.value(dirOption), parser.value(featuresOption).toInt(), parser.isSet(rebuildOption));
    if (!built) {
        std::fprintf(stderr, "%s\n", qPrintable(built.error().message));
        return 1;
    }
    out << "database " << built->databasePath << ": " << built->observations
        << " trend_observations (" << TrendScaleData::kCountries << " countries x ("
        << TrendScaleData::kGenres << " genres + total) x " << TrendScaleData::kWeeks << " weeks x "
        << built->features.size() << " feature(s)), " << built->genreShares
        << " genre_popularity rows, " << built->databaseBytes / (1024 * 1024) << " MiB; "
        << (built->reused ? u"reused from the cache"_s
                          : u"built in %1 s with direct prepared INSERTs in one transaction "
                            "(not TrendStore), trend_aggregates left empty"_s.arg(
                                double(built->milliseconds) / 1000, 0, 'f', 1))
        << Qt::endl;

    out << "statistics alone (Theil-Sen + Mann-Kendall, forecast with backtest), median of " << runs
        << ":" << Qt::endl;
    for (const auto &[name, count, step] :
         {std::tuple{"weekly, 10 years", 520, 7}, std::tuple{"daily, 10 years", 3653, 1}}) {
        const TrendSeries series = syntheticSeries(count, step);
        QList<double> slopeTimes;
        QList<double> forecastTimes;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const TrendSlope slope = TrendStatistics::slope(series);
            slopeTimes.append(elapsedMs(timer));
            timer.restart();
            const TrendForecast forecast = TrendForecaster::forecast(series);
            forecastTimes.append(elapsedMs(timer));
            if (!slope.available || forecast.method == ForecastMethod::None)
                return 1;
        }
        out << "  " << name << " (" << count << " points): slope " << ms(median(slopeTimes))
            << ", forecast " << ms(median(forecastTimes)) << Qt::endl;
    }

    auto database = Database::open(built->databasePath);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    const QList<SegmentKind> kinds = segmentKinds();
    const TrendFeature feature = TrendFeature::Tempo;

    out << "store query alone (TrendStore::series, all 10 years), median of " << runs << ":"
        << Qt::endl;
    {
        DbConnection connection(**database);
        TrendStore store(connection.database());
        for (const SegmentKind &kind : kinds) {
            QList<double> times;
            qsizetype points = 0;
            for (int run = 0; run < runs; ++run) {
                QElapsedTimer timer;
                timer.start();
                const auto series =
                    store.series(kind.segment(run), feature, QDate(1, 1, 1), QDate(9999, 12, 31));
                times.append(elapsedMs(timer));
                if (!series) {
                    std::fprintf(stderr, "%s\n", qPrintable(series.error().message));
                    return 1;
                }
                points = series->size();
            }
            out << "  " << kind.name << ": " << points << " points, " << ms(median(times))
                << Qt::endl;
        }
    }

    TrendService service(*database, nullptr, nullptr);
    out << "TrendService::series end to end (store + moving average + slope + change + "
           "forecast), median of "
        << runs << ":" << Qt::endl;
    for (const SegmentKind &kind : kinds) {
        QList<double> times;
        QString method;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto chart = wait(service.series(kind.segment(run), feature));
            times.append(elapsedMs(timer));
            if (!chart) {
                std::fprintf(stderr, "%s\n", qPrintable(chart.error().message));
                return 1;
            }
            method = chart->forecast.reason.section(u':', 0, 0);
        }
        out << "  " << kind.name << ": " << ms(median(times)) << " (" << method << ")" << Qt::endl;
    }

    if (!parser.isSet(noPaneOption)) {
        // The GUI-thread share of the pane's time: the chart view alone, fed one ready chart.
        const auto chart = wait(service.series(kinds[0].segment(0), feature));
        if (!chart)
            return 1;
        TrendChartLine line;
        line.label = chart->segment.label();
        line.points = chart->series;
        line.movingAverage = chart->movingAverage;
        line.movingAveragePeriods = chart->movingAveragePeriods;
        line.forecast = chart->forecast;
        TrendChartView view;
        view.resize(930, 560);
        view.show();
        QList<double> setTimes;
        QList<double> paintTimes;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            view.setLines(feature, {line});
            setTimes.append(elapsedMs(timer));
            timer.restart();
            const QPixmap painted = view.grab();
            paintTimes.append(elapsedMs(timer));
            view.setLines(feature, {});
            QCoreApplication::processEvents();
        }
        out << "chart view alone (GUI thread, 930x560, one 520-point line with moving average and "
               "forecast), median of "
            << runs << ": setLines " << ms(median(setTimes)) << ", paint (grab) "
            << ms(median(paintTimes)) << Qt::endl;
    }

    if (!parser.isSet(noPaneOption)) {
        TrendsPane pane(&service);
        pane.resize(1200, 760);
        pane.show();
        QElapsedTimer timer;
        timer.start();
        int heat = 0;
        QObject::connect(&pane, &TrendsPane::heatTableUpdated, [&] { ++heat; });
        if (!spinUntil([&] { return pane.hasLoaded() && pane.primaryChart() && heat > 0; })) {
            std::fprintf(stderr, "the pane did not load\n");
            return 1;
        }
        out << "Trends pane (offscreen, 1200x760, period \"All data\"): first chart and country "
               "table after opening: "
            << ms(elapsedMs(timer)) << Qt::endl;
        out << "  selecting a segment -> chartUpdated / chart painted (grab) / pane idle (the "
               "country table and genre shares follow the period and country only), median of "
            << runs << ":" << Qt::endl;
        for (const SegmentKind &kind : kinds) {
            PaneTiming timing;
            for (int run = 0; run < runs; ++run) {
                if (!selectAndPaint(pane, kind.segment(run), &timing)) {
                    std::fprintf(stderr, "no chart for %s\n", kind.name);
                    return 1;
                }
            }
            out << "  " << kind.name << ": " << ms(median(timing.chart)) << " / "
                << ms(median(timing.painted)) << " / " << ms(median(timing.rest)) << Qt::endl;
        }
    }
    out << "load average at end: " << loadAverage() << Qt::endl;
    return 0;
}

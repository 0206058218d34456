// Trend figures for docs/trends.md ("Measured"): chart CSV import speed and peak memory for
// 1,000,000 rows, and the time of one chart query (series + moving average + forecast + slope +
// emerging status, as TrendService::series computes it) on a weekly 2-year and a daily 10-year
// series, plus the global segment over every country of the big import.
//
//   build/<dir>/bench/bench_trends [ROWS]       (default 1000000)
//
// Peak memory is VmHWM from /proc/self/status, read before and after the import (writing the CSV
// streams to disk, so the mark before the import is the process' baseline).
#include "services/trendservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCountries = 20;
constexpr int kGenres = 10;
constexpr int kWeeks = 104;
const char *const kCountryCodes[kCountries] = {"US", "GB", "DE", "FR", "BR", "JP", "SE",
                                               "KR", "ES", "IT", "NL", "PL", "MX", "CA",
                                               "AU", "IN", "NO", "DK", "FI", "AT"};
const char *const kGenreNames[kGenres] = {"pop",  "hip-hop", "rock", "techno", "synthwave",
                                          "funk", "indie",   "r&b",  "latin",  "jazz"};

qint64 vmHwmKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

template<typename T> T wait(const QFuture<T> &future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return future.result();
}

// Rows spread evenly over countries x genres x weeks: about 48 entries per (country, genre,
// week) at 1,000,000 rows.
bool writeWeekly(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(7);
    QByteArray buffer = "country,date,rank,streams,track,artist,genre,tempo,key,mode,energy,"
                        "danceability,valence,loudness,duration_ms\n";
    const qint64 groups = qint64(kCountries) * kGenres * kWeeks;
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 group = i % groups;
        const int week = int(group / (kCountries * kGenres));
        const int country = int(group % kCountries);
        const int genre = int((group / kCountries) % kGenres);
        const QByteArray date =
            QDate(2023, 1, 2).addDays(7 * week).toString(Qt::ISODate).toLatin1();
        buffer +=
            QByteArray(kCountryCodes[country]) + ',' + date + ',' +
            QByteArray::number(i / groups + 1) + ',' +
            QByteArray::number(rng.bounded(1000, 5000000)) + ",Track " + QByteArray::number(i) +
            ",Artist " + QByteArray::number(i % 997) + ',' + kGenreNames[genre] + ',' +
            QByteArray::number(90 + 5 * genre + week * 0.05 + rng.generateDouble() * 20, 'f', 1) +
            ',' + QByteArray::number(rng.bounded(12)) + ',' + QByteArray::number(rng.bounded(2)) +
            ',' + QByteArray::number(rng.generateDouble(), 'f', 3) + ',' +
            QByteArray::number(rng.generateDouble(), 'f', 3) + ',' +
            QByteArray::number(rng.generateDouble(), 'f', 3) + ',' +
            QByteArray::number(-14 + rng.generateDouble() * 10, 'f', 2) + ',' +
            QByteArray::number(rng.bounded(120000, 300000)) + '\n';
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    return file.write(buffer) == buffer.size();
}

// One segment, one entry a day for ten years, a slow trend plus a yearly cycle and noise.
bool writeDaily(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(11);
    QByteArray csv = "country,date,streams,genre,tempo\n";
    const QDate first(2015, 1, 1);
    for (int day = 0; day < 3653; ++day)
        csv += "NZ," + first.addDays(day).toString(Qt::ISODate).toLatin1() + ',' +
               QByteArray::number(rng.bounded(1000, 100000)) + ",synthwave," +
               QByteArray::number(110 + day * 0.002 + 3 * std::sin(day * 2 * M_PI / 365.25) +
                                      rng.generateDouble() * 4,
                                  'f', 2) +
               '\n';
    return file.write(csv) == csv.size();
}

// Median wall time of `runs` chart queries, in ms; `points` gets the series length.
double chartQueryMs(TrendService &service, const TrendSegment &segment, int runs, int *points,
                    QString *method)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto chart = wait(service.series(segment, TrendFeature::Tempo));
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!chart) {
            std::fprintf(stderr, "query failed: %s\n", qPrintable(chart.error().message));
            return -1;
        }
        *points = int(chart->series.size());
        *method = chart->forecast.reason.section(u':', 0, 0);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(u"studio.sqlite"_s));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    TrendService service(*database, nullptr, nullptr);
    QTextStream out(stdout);

    const QString weekly = dir.filePath(u"charts.csv"_s);
    QElapsedTimer timer;
    timer.start();
    if (!writeWeekly(weekly, rows))
        return 1;
    out << "bench_trends: " << rows << " rows, " << kCountries << " countries x " << kGenres
        << " genres x " << kWeeks << " weeks, " << QFile(weekly).size() / (1024 * 1024)
        << " MiB CSV written in " << timer.elapsed() << " ms" << Qt::endl;

    const qint64 hwmBefore = vmHwmKb();
    timer.restart();
    const auto report = wait(service.importTrends(weekly, TrendImportFormat::Csv));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 hwmAfter = vmHwmKb();
    if (!report || !report->committed) {
        std::fprintf(stderr, "import failed: %s\n",
                     report ? "rows rejected" : qPrintable(report.error().message));
        return 1;
    }
    out << "import: " << report->rowsAccepted << " rows in " << QString::number(seconds, 'f', 2)
        << " s = " << qint64(double(report->rowsAccepted) / seconds) << " rows/s; "
        << report->groupsWritten << " groups, " << report->observationsWritten << " observations"
        << Qt::endl;
    out << "peak memory (VmHWM): " << hwmBefore / 1024 << " MiB before the import, "
        << hwmAfter / 1024 << " MiB after (+" << (hwmAfter - hwmBefore) / 1024 << " MiB)"
        << Qt::endl;
    out << "database: " << QFile(dir.filePath(u"studio.sqlite"_s)).size() / (1024 * 1024) << " MiB"
        << Qt::endl;

    const QString daily = dir.filePath(u"daily.csv"_s);
    if (!writeDaily(daily))
        return 1;
    timer.restart();
    const auto dailyReport = wait(service.importTrends(daily, TrendImportFormat::Csv));
    if (!dailyReport || !dailyReport->committed)
        return 1;
    out << "daily 10-year import: " << dailyReport->rowsAccepted << " rows in " << timer.elapsed()
        << " ms" << Qt::endl;

    struct Query
    {
        const char *name;
        TrendSegment segment;
    };
    const Query queries[] = {
        {"weekly 2 years (DE techno)", {u"DE"_s, u"techno"_s, {}}},
        {"weekly 2 years (DE, all genres)", {u"DE"_s, {}, {}}},
        {"weekly 2 years, global (20 countries pooled)", {{}, u"techno"_s, {}}},
        {"daily 10 years (NZ synthwave)", {u"NZ"_s, u"synthwave"_s, {}}},
    };
    out << "chart query = series + moving average + forecast + slope + change, median of 5:"
        << Qt::endl;
    for (const Query &query : queries) {
        int points = 0;
        QString method;
        const double ms = chartQueryMs(service, query.segment, 5, &points, &method);
        out << "  " << query.name << ": " << points << " points, " << QString::number(ms, 'f', 1)
            << " ms (" << method << ")" << Qt::endl;
    }
    return 0;
}

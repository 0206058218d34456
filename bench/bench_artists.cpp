// Roster figures for issue 2, printed (never asserted):
//   1. creating N artists with the local author through ArtistService (stored + report written)
//   2. GUI cold start, offscreen, with N artists until the Artists table is painted
//   3. `artist-studio artist list --json` over N artists
// Usage: bench_artists [N=10000] [RUNS=5]. Medians over RUNS fresh processes for 2 and 3.
#include "services/artistservice.h"
#include "services/studio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureSynchronizer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

QString figures(const QList<double> &values)
{
    QStringList all;
    for (double v : values)
        all << QString::number(v, 'f', 0);
    return QStringLiteral("median %1 ms (runs: %2)")
        .arg(median(values), 0, 'f', 0)
        .arg(all.join(u", "));
}

// Peak resident memory of a finished child, from its own report is not portable; we measure time.
double timeProcess(const QString &program, const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitCode() == 0 ? ms : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    const QString dataDir = dir.filePath(QStringLiteral("data"));

    out << "bench_artists: " << count << " artists, " << runs << " runs, "
        << QThread::idealThreadCount() << " cores" << Qt::endl;
    {
        auto studio = Studio::open({dataDir, false, true});
        if (!studio) {
            out << studio.error().message << Qt::endl;
            return 1;
        }
        static const QStringList genres = {u"techno"_qs,  u"pop"_qs,     u"synthwave"_qs,
                                           u"hip-hop"_qs, u"ambient"_qs, u"rock"_qs};
        static const QStringList countries = {u"DE"_qs, u"US"_qs, u"JP"_qs, u"BR"_qs, u"FR"_qs};
        QElapsedTimer clock;
        clock.start();
        QFutureSynchronizer<Result<CreatedArtist>> all;
        int failed = 0;
        for (int i = 0; i < count; ++i) {
            ArtistBrief brief{
                genres[i % genres.size()], countries[i % countries.size()], {}, quint64(i)};
            all.addFuture((*studio)->artists().createArtist(brief, u"local"_qs));
            // keep the queue bounded; let continuations run on this thread
            if (i % 200 == 199) {
                for (const auto &f : all.futures()) {
                    while (!f.isFinished())
                        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
                    failed += f.result().ok() ? 0 : 1;
                }
                all.clearFutures();
            }
        }
        for (const auto &f : all.futures()) {
            while (!f.isFinished())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            failed += f.result().ok() ? 0 : 1;
        }
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        out << "create+store " << count
            << " artists (local author, DB, reports): " << QString::number(ms / 1000, 'f', 2)
            << " s total, " << QString::number(ms * 1000 / count, 'f', 0) << " us/artist, failed "
            << failed << Qt::endl;
    }

    const QString coldStart =
        QCoreApplication::applicationDirPath() + QStringLiteral("/bench_gui_coldstart");
    QList<double> wall, inside;
    for (int i = 0; i < runs; ++i) {
        QByteArray output;
        wall << timeProcess(coldStart, {dataDir}, &output);
        const QList<QByteArray> parts = output.trimmed().split(' ');
        if (parts.size() == 3 && parts[0] == "painted")
            inside << parts[1].toDouble();
        if (i == 0)
            out << "GUI cold start: table painted with " << (parts.size() == 3 ? parts[2] : "?")
                << " rows" << Qt::endl;
    }
    out << "GUI cold start (process start -> table painted, wall): " << figures(wall) << Qt::endl;
    out << "GUI cold start (main() -> table painted):               " << figures(inside)
        << Qt::endl;

    QList<double> list;
    QByteArray listOutput;
    for (int i = 0; i < runs; ++i)
        list << timeProcess(QStringLiteral(STUDIO_APP_BINARY),
                            {u"--data-dir"_qs, dataDir, u"artist"_qs, u"list"_qs, u"--json"_qs},
                            &listOutput);
    out << "artist list --json (" << listOutput.size() / 1024 << " KiB): " << figures(list)
        << Qt::endl;
    return 0;
}

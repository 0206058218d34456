// Analysis figures for issue 3, printed (never asserted):
//   speed     full analysis of a 44.1 kHz stereo track vs decoding alone (one thread; wall and
//             thread CPU time, medians), for WAV, FLAC and MP3 (when libsndfile encodes it)
//   memory    peak resident memory (VmHWM) of a child process analyzing a long FLAC file
//   jobs      throughput of a batch on a QThreadPool with 1 and 2 threads
//   accuracy  tempo Accuracy1/Accuracy2 and key on the synthesized corpus and on General MIDI
//             songs rendered by fluidsynth, ours next to aubio tempo, bpm (bpm-tools) and
//             soundstretch -bpm; held-out MIDI variants (ours only); loudness offset error, ours
//             next to ffmpeg ebur128
// The sections are in bench/analysis/ (sections.h); this file parses the options.
// Usage: bench_analysis [--sections speed,memory,jobs,accuracy] [--runs 5] [--speed-seconds 300]
//                       [--long-minutes 60[,180]] [--batch 8] [--corpus 48]
// scripts/bench-analysis.sh installs the peers and runs this; docs/analysis-benchmark.md has
// the figures.
#include "benchsupport.h"
#include "sections.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>

using namespace bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "studio.*.debug=false");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Analysis speed, memory and accuracy figures."));
    parser.addHelpOption();
    const QCommandLineOption sectionsOption(
        QStringLiteral("sections"), QStringLiteral("speed,memory,jobs,accuracy"),
        QStringLiteral("list"), QStringLiteral("speed,memory,jobs,accuracy"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per median."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption speedOption(QStringLiteral("speed-seconds"),
                                         QStringLiteral("Length of the speed track."),
                                         QStringLiteral("s"), QStringLiteral("300"));
    const QCommandLineOption longOption(QStringLiteral("long-minutes"),
                                        QStringLiteral("Long files for the memory figure."),
                                        QStringLiteral("list"), QStringLiteral("60"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Files in the jobs batch."),
                                         QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"),
                                          QStringLiteral("Tracks in the accuracy corpus."),
                                          QStringLiteral("n"), QStringLiteral("48"));
    const QCommandLineOption childOption(QStringLiteral("child-memory"),
                                         QStringLiteral("(internal) analyze FILE, print VmHWM."),
                                         QStringLiteral("file"));
    parser.addOptions({sectionsOption, runsOption, speedOption, longOption, batchOption,
                       corpusOption, childOption});
    parser.process(app);
    if (parser.isSet(childOption))
        return childMemory(parser.value(childOption));

    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "cannot create a temporary directory\n";
        return 1;
    }
    const QStringList sections = parser.value(sectionsOption).split(QLatin1Char(','));
    const int runs = std::max(1, parser.value(runsOption).toInt());
    machine();
    if (sections.contains(QStringLiteral("speed")))
        speed(dir.path(), parser.value(speedOption).toDouble(), runs);
    if (sections.contains(QStringLiteral("memory"))) {
        QList<int> minutes;
        for (const QString &m : parser.value(longOption).split(QLatin1Char(',')))
            minutes << m.toInt();
        memory(dir.path(), minutes);
    }
    if (sections.contains(QStringLiteral("jobs")))
        jobs(dir.path(), parser.value(batchOption).toInt(), std::min(runs, 3));
    if (sections.contains(QStringLiteral("accuracy")))
        accuracy(dir.path(), parser.value(corpusOption).toInt());
    return 0;
}

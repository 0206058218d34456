// jobs section: throughput of a batch on a QThreadPool with 1 and 2 threads.
#include "analysis/analysisengine.h"
#include "benchsupport.h"
#include "sections.h"
#include "testcorpus.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>
#include <QtConcurrent>

#include <cmath>

namespace bench {

void jobs(const QString &dir, int batch, int runs)
{
    out << "\n== jobs: " << batch
        << " files of 60 s (44.1 kHz stereo FLAC) on a QThreadPool, medians of " << runs
        << " runs ==\n";
    QStringList files;
    const QList<TestCorpus::Track> tracks = TestCorpus::corpus(batch, 60);
    for (const TestCorpus::Track &track : tracks) {
        const QString file = dir + QStringLiteral("/batch-%1.flac").arg(files.size());
        if (writeSound(file, TestCorpus::render(track), track.sampleRate, track.channels,
                       SF_FORMAT_FLAC | SF_FORMAT_PCM_16))
            files << file;
    }
    double single = NAN;
    for (int threads : {1, 2}) {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        QList<double> walls;
        QList<double> cpus;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer clock;
            clock.start();
            const double cpu = processCpuSeconds();
            QtConcurrent::blockingMap(&pool, files, [](const QString &file) {
                (void)AnalysisEngine().analyzeFile(file);
            });
            cpus << processCpuSeconds() - cpu;
            walls << double(clock.nsecsElapsed()) / 1e9;
        }
        const double wall = median(walls);
        const double cpu = median(cpus);
        if (threads == 1)
            single = wall;
        // cpu / wall is how many cores the batch got: on a shared machine, fewer than `threads`
        // means the scheduler gave them to someone else, not that the jobs waited on each other.
        out << QStringLiteral("%1 job(s): %2 s, %3 files/s, %4x realtime overall, speed-up %5; "
                              "cpu %6 s, cores used %7\n")
                   .arg(threads)
                   .arg(wall, 0, 'f', 2)
                   .arg(files.size() / wall, 0, 'f', 2)
                   .arg(files.size() * 60 / wall, 0, 'f', 0)
                   .arg(single / wall, 0, 'f', 2)
                   .arg(cpu, 0, 'f', 2)
                   .arg(cpu / wall, 0, 'f', 2);
        out.flush();
    }
    for (const QString &file : files)
        QFile::remove(file);
}

} // namespace bench

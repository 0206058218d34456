// memory section: peak resident memory of a child process analyzing a long FLAC.
#include "analysis/analysisengine.h"
#include "benchsupport.h"
#include "sections.h"
#include "testcorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace bench {

// Child mode: analyze one file and report the peak resident memory before and after.
int childMemory(const QString &file)
{
    const qint64 before = peakResidentKib();
    QElapsedTimer clock;
    clock.start();
    auto result = AnalysisEngine().analyzeFile(file);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const qint64 after = peakResidentKib();
    if (!result) {
        out << "error " << result.error().message << "\n";
        return 1;
    }
    out << "hwm_kib " << before << " " << after << " seconds " << seconds << " duration "
        << result->durationS << " bpm " << result->bpm << "\n";
    return 0;
}

void memory(const QString &dir, const QList<int> &minutesList)
{
    out << "\n== memory: peak resident set (VmHWM) of a child analyzing a long 44.1 kHz stereo "
           "FLAC ==\n";
    // Two different minutes of music, alternated: the file is written as it is rendered.
    QList<QList<float>> minutes;
    for (quint32 seed : {7u, 8u}) {
        TestCorpus::Track track;
        track.bpm = 124;
        track.seed = seed;
        track.gainDb = -1;
        track.durationS = 60;
        track.style = seed == 7 ? TestCorpus::Style::FourOnTheFloor : TestCorpus::Style::Breakbeat;
        minutes << TestCorpus::render(track);
    }
    for (int total : minutesList) {
        const QString file = dir + QStringLiteral("/long-%1min.flac").arg(total);
        QElapsedTimer clock;
        clock.start();
        {
            SoundWriter writer(file, 44100, 2, SF_FORMAT_FLAC | SF_FORMAT_PCM_16);
            for (int m = 0; m < total && writer.ok(); ++m)
                writer.write(minutes.at(m % 2));
        }
        out << total << " min: written in " << clock.elapsed() / 1000 << " s ("
            << QFileInfo(file).size() / (1024 * 1024) << " MiB); ";
        out.flush();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child-memory"), file});
        child.waitForFinished(-1);
        const QString report = QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed();
        const QStringList f = report.split(QLatin1Char(' '));
        if (f.value(0) != u"hwm_kib" || f.size() < 6) {
            out << "child failed: " << report << "\n";
        } else {
            const double before = f.at(1).toDouble() / 1024, after = f.at(2).toDouble() / 1024;
            const double secs = f.at(4).toDouble();
            out << QStringLiteral("peak %1 MiB (process before analysis %2 MiB, growth %3 MiB); "
                                  "analyzed in %4 s = %5x realtime\n")
                       .arg(after, 0, 'f', 1)
                       .arg(before, 0, 'f', 1)
                       .arg(after - before, 0, 'f', 1)
                       .arg(secs, 0, 'f', 1)
                       .arg(total * 60 / secs, 0, 'f', 0);
        }
        out.flush();
        QFile::remove(file);
    }
}

} // namespace bench

// The accuracy floors on the second half of the corpus: General MIDI songs rendered by
// fluidsynth (tests/support/midicorpus.h), so real sampled instruments and drum kits.
#include "analysis/analysisengine.h"
#include "analysis/keyanalyzer.h"
#include "analysis/tempoanalyzer.h"
#include "midicorpus.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

bool within(double measured, double truth, double tolerance = 0.04)
{
    return std::isfinite(measured) && std::abs(measured / truth - 1.0) <= tolerance;
}

} // namespace

class TestMidiAccuracy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renderedMidiMeetsFloors()
    {
        QVERIFY2(!MidiCorpus::soundFont().isEmpty(),
                 "fluid-soundfont-gm is missing: run scripts/setup-debian.sh");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const AnalysisEngine engine([] {
            std::vector<std::unique_ptr<Analyzer>> analyzers;
            analyzers.push_back(std::make_unique<TempoAnalyzer>());
            analyzers.push_back(std::make_unique<KeyAnalyzer>());
            return analyzers;
        });
        const QList<MidiCorpus::Track> tracks = MidiCorpus::corpus(24);
        int accuracy1 = 0;
        int accuracy2 = 0;
        double keyScore = 0;
        QList<double> confidences;
        for (const MidiCorpus::Track &track : tracks) {
            const QString midi = dir.filePath(track.name + u".mid"_qs);
            const QString wav = dir.filePath(track.name + u".wav"_qs);
            QFile file(midi);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(MidiCorpus::standardMidiFile(track));
            file.close();
            const QString failure = MidiCorpus::render(midi, wav);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            const auto result = engine.analyzeFile(wav);
            QVERIFY2(result.ok(), qPrintable(track.name));
            const bool a1 = within(result->bpm, track.bpm);
            bool a2 = a1;
            for (double factor : {2.0, 0.5, 3.0, 1.0 / 3.0})
                a2 = a2 || within(result->bpm, track.bpm * factor);
            confidences.append(result->bpmConfidence);
            accuracy1 += a1 ? 1 : 0;
            accuracy2 += a2 ? 1 : 0;
            const bool keyRight = result->key == track.keyName();
            keyScore += keyRight ? 1.0 : 0.0; // exact only: a stricter score than MIREX
            if (!a1 || !keyRight) {
                QString alternatives;
                for (const TempoCandidate &c : result->bpmAlternatives)
                    alternatives +=
                        QStringLiteral(" %1 (%2)").arg(c.bpm, 0, 'f', 1).arg(c.score, 0, 'f', 2);
                qInfo("%s: measured %.2f BPM, %s;%s", qPrintable(track.name), result->bpm,
                      qPrintable(result->key), qPrintable(alternatives));
            }
        }
        const double n = double(tracks.size());
        qInfo("rendered MIDI: tempo Accuracy1 %.1f%%, Accuracy2 %.1f%%, keys exact %.1f%% over %d",
              100.0 * accuracy1 / n, 100.0 * accuracy2 / n, 100.0 * keyScore / n, int(n));
        std::sort(confidences.begin(), confidences.end());
        qInfo("tempo confidence: lowest %.2f, median %.2f", confidences.constFirst(),
              confidences.at(confidences.size() / 2));
        // music is trusted (white noise reads about 0.25: tst_badinput)
        QVERIFY(confidences.at(confidences.size() / 2) >= 0.7);
        QVERIFY(accuracy1 / n >= 0.90);
        QVERIFY(accuracy2 / n >= 0.98);
        QVERIFY(keyScore / n >= 0.85);
    }
};

QTEST_GUILESS_MAIN(TestMidiAccuracy)
#include "tst_midiaccuracy.moc"

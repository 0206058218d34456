#include "analysis/keyanalyzer.h"
#include "analysis/tempoanalyzer.h"
#include "analyzewith.h"
#include "testcorpus.h"

#include <QTest>

#include <array>
#include <cmath>
#include <memory>
#include <vector>

namespace {

struct Measured
{
    double bpm = NAN;
    QString key;                 // the default profile
    QList<QString> keyByProfile; // Krumhansl, Temperley, Edma
};

constexpr std::array<KeyProfiles::Profile, 3> kProfiles = {
    KeyProfiles::Profile::Krumhansl, KeyProfiles::Profile::Temperley, KeyProfiles::Profile::Edma};

// Tempo and the default key in one engine run, then each key profile alone.
Measured analyze(const TestCorpus::Track &track, const QList<float> &audio)
{
    std::vector<std::unique_ptr<Analyzer>> analyzers;
    analyzers.push_back(std::make_unique<TempoAnalyzer>());
    analyzers.push_back(std::make_unique<KeyAnalyzer>());
    const Analysis result =
        analyzeWith(std::move(analyzers), audio, track.sampleRate, track.channels);
    Measured m{result.bpm, result.key, {}};
    for (KeyProfiles::Profile profile : kProfiles)
        m.keyByProfile.append(analyzeWith(std::make_unique<KeyAnalyzer>(profile), audio,
                                          track.sampleRate, track.channels)
                                  .key);
    return m;
}

bool within(double measured, double truth, double tolerance = 0.04)
{
    return std::isfinite(measured) && std::abs(measured / truth - 1.0) <= tolerance;
}

// MIREX key score: 1 exact, 0.5 perfect fifth (either way, same mode), 0.3 relative,
// 0.2 parallel, 0 otherwise.
double mirexScore(const QString &measured, int tonic, bool minor)
{
    const QStringList parts = measured.split(QLatin1Char(' '));
    if (parts.size() != 2)
        return 0;
    int pc = -1;
    for (int i = 0; i < 12; ++i)
        if (TestCorpus::tonicName(i) == parts.at(0))
            pc = i;
    const bool mMinor = parts.at(1) == QLatin1String("minor");
    if (pc < 0)
        return 0;
    const int diff = ((pc - tonic) % 12 + 12) % 12;
    if (mMinor == minor && diff == 0)
        return 1.0;
    if (mMinor == minor && (diff == 7 || diff == 5))
        return 0.5;
    if (!minor && mMinor && diff == 9)
        return 0.3; // relative minor of a major key
    if (minor && !mMinor && diff == 3)
        return 0.3; // relative major of a minor key
    if (mMinor != minor && diff == 0)
        return 0.2;
    return 0;
}

} // namespace

// The accuracy floors on the synthesized corpus (tests/support/testcorpus.h).
class TestAccuracy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusMeetsFloors()
    {
        const QList<TestCorpus::Track> tracks = TestCorpus::corpus(48, 20);
        int accuracy1 = 0;
        int accuracy2 = 0;
        double keyScore = 0;
        std::array<double, 3> profileScores{};
        int exactKeys = 0;
        for (const TestCorpus::Track &track : tracks) {
            const Measured m = analyze(track, TestCorpus::render(track));
            const bool a1 = within(m.bpm, track.bpm);
            bool a2 = a1;
            for (double factor : {2.0, 0.5, 3.0, 1.0 / 3.0})
                a2 = a2 || within(m.bpm, track.bpm * factor);
            accuracy1 += a1 ? 1 : 0;
            accuracy2 += a2 ? 1 : 0;
            const double k = mirexScore(m.key, track.tonic, track.minor);
            keyScore += k;
            exactKeys += k == 1.0 ? 1 : 0;
            for (size_t p = 0; p < kProfiles.size(); ++p)
                profileScores[p] +=
                    mirexScore(m.keyByProfile.at(qsizetype(p)), track.tonic, track.minor);
            if (!a1 || k < 1.0)
                qInfo("%s: measured %.2f BPM, %s", qPrintable(track.name), m.bpm,
                      qPrintable(m.key));
        }
        const double n = double(tracks.size());
        qInfo("tempo Accuracy1 %.1f%%, Accuracy2 %.1f%% over %d tracks", 100.0 * accuracy1 / n,
              100.0 * accuracy2 / n, int(n));
        qInfo("key MIREX score %.3f, exact %d/%d", keyScore / n, exactKeys, int(n));
        for (size_t p = 0; p < kProfiles.size(); ++p)
            qInfo("key MIREX score with the %s profile: %.3f",
                  qPrintable(KeyProfiles::profileName(kProfiles[p])), profileScores[p] / n);
        QVERIFY(accuracy1 / n >= 0.90);
        QVERIFY(accuracy2 / n >= 0.98);
        QVERIFY(keyScore / n >= 0.85);
    }
};

QTEST_GUILESS_MAIN(TestAccuracy)
#include "tst_accuracy.moc"

#include "domain/analysisjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

Analysis sample()
{
    Analysis a;
    a.contentHash = u"ab12"_s.repeated(16);
    a.durationS = 187.25;
    a.sampleRate = 44100;
    a.channels = 2;
    a.bpm = 128.02;
    a.bpmConfidence = 0.87;
    a.bpmAlternatives = {{128.02, 0.8}, {64.01, 0.15}, {85.35, 0.05}};
    a.beats = {0.12, 0.589, 1.058};
    a.variableTempo = true;
    a.key = u"A minor"_s;
    a.keyConfidence = 0.64;
    a.keyRunnerUp = u"C major"_s;
    a.loudnessLufs = -9.4;
    a.loudnessRangeLu = 5.2;
    a.truePeakDbtp = -0.3;
    a.samplePeakDbfs = -0.5;
    a.silenceStartS = 0.25;
    a.silenceEndS = 1.5;
    a.clippedSamples = 42;
    a.dcOffset = -0.0012;
    a.sections = {{0, 30.5, u"intro"_s, 0.4}, {30.5, 90, u"A"_s, 1.0}, {90, 187.25, u"B"_s, 0.7}};
    a.mostEnergeticSection = 1;
    a.energy = 0.81;
    a.danceability = 0.66;
    a.valence = 0.3;
    a.arousal = 0.75;
    a.onsetDensity = 3.5;
    a.spectralCentroidHz = 2210.5;
    a.onsets = {0.1, 0.35};
    WaveformLevel level;
    level.framesPerColumn = 16384;
    level.min = {-0.5f, -0.25f};
    level.max = {0.5f, 0.123456789f};
    level.rms = {0.3f, 0.1f};
    a.waveform = {level};
    a.fingerprint = QByteArray("\x01\x00\xff binary", 10);
    a.analyzerVersions = {{u"loudness"_s, u"ebur128-1"_s}, {u"tempo"_s, u"qm-tempo-1"_s}};
    return a;
}

void compare(const Analysis &x, const Analysis &y)
{
    QCOMPARE(x.contentHash, y.contentHash);
    QCOMPARE(x.durationS, y.durationS);
    QCOMPARE(x.sampleRate, y.sampleRate);
    QCOMPARE(x.channels, y.channels);
    QCOMPARE(x.bpm, y.bpm);
    QCOMPARE(x.bpmConfidence, y.bpmConfidence);
    QCOMPARE(x.bpmAlternatives, y.bpmAlternatives);
    QCOMPARE(x.beats, y.beats);
    QCOMPARE(x.variableTempo, y.variableTempo);
    QCOMPARE(x.key, y.key);
    QCOMPARE(x.keyConfidence, y.keyConfidence);
    QCOMPARE(x.keyRunnerUp, y.keyRunnerUp);
    QCOMPARE(x.loudnessLufs, y.loudnessLufs);
    QCOMPARE(x.loudnessRangeLu, y.loudnessRangeLu);
    QCOMPARE(x.truePeakDbtp, y.truePeakDbtp);
    QCOMPARE(x.samplePeakDbfs, y.samplePeakDbfs);
    QCOMPARE(x.silenceStartS, y.silenceStartS);
    QCOMPARE(x.silenceEndS, y.silenceEndS);
    QCOMPARE(x.clippedSamples, y.clippedSamples);
    QCOMPARE(x.dcOffset, y.dcOffset);
    QCOMPARE(x.sections, y.sections);
    QCOMPARE(x.mostEnergeticSection, y.mostEnergeticSection);
    QCOMPARE(x.energy, y.energy);
    QCOMPARE(x.danceability, y.danceability);
    QCOMPARE(x.valence, y.valence);
    QCOMPARE(x.arousal, y.arousal);
    QCOMPARE(x.onsetDensity, y.onsetDensity);
    QCOMPARE(x.spectralCentroidHz, y.spectralCentroidHz);
    QCOMPARE(x.onsets, y.onsets);
    QCOMPARE(x.waveform, y.waveform);
    QCOMPARE(x.fingerprint, y.fingerprint);
    QCOMPARE(x.analyzerVersions, y.analyzerVersions);
}

} // namespace

class TestAnalysisJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullRoundTripThroughText()
    {
        const Analysis a = sample();
        const QByteArray text =
            QJsonDocument(AnalysisJson::toJson(a, u"/music/track.flac"_s)).toJson();
        const auto back = AnalysisJson::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        compare(*back, a);
    }

    void summaryHasTheHeadlessKeys()
    {
        const QJsonObject o =
            AnalysisJson::toJson(sample(), u"t.wav"_s, AnalysisJson::Detail::Summary);
        const QStringList keys = {u"file"_s,
                                  u"duration_s"_s,
                                  u"sample_rate"_s,
                                  u"channels"_s,
                                  u"bpm"_s,
                                  u"bpm_confidence"_s,
                                  u"bpm_alternatives"_s,
                                  u"beats"_s,
                                  u"key"_s,
                                  u"key_confidence"_s,
                                  u"key_runner_up"_s,
                                  u"loudness_lufs"_s,
                                  u"loudness_range_lu"_s,
                                  u"true_peak_dbtp"_s,
                                  u"sample_peak_dbfs"_s,
                                  u"silence_start_s"_s,
                                  u"silence_end_s"_s,
                                  u"clipped_samples"_s,
                                  u"sections"_s,
                                  u"energy"_s,
                                  u"danceability"_s,
                                  u"valence"_s,
                                  u"arousal"_s,
                                  u"fingerprint"_s,
                                  u"analyzer_versions"_s};
        for (const QString &key : keys)
            QVERIFY2(o.contains(key), qPrintable(key));
        QCOMPARE(o.value(u"file"_s).toString(), u"t.wav"_s);
        QCOMPARE(o.value(u"beats"_s).toInt(), 3); // a count in the summary
        QCOMPARE(o.value(u"key"_s).toString(), u"A minor"_s);
        const QJsonObject section = o.value(u"sections"_s).toArray().at(1).toObject();
        QCOMPARE(section.value(u"start_s"_s).toDouble(), 30.5);
        QCOMPARE(section.value(u"label"_s).toString(), u"A"_s);
        QVERIFY(!o.contains(u"waveform"_s));
        QVERIFY(!o.contains(u"beat_times"_s));
        QCOMPARE(QByteArray::fromBase64(o.value(u"fingerprint"_s).toString().toLatin1()),
                 sample().fingerprint);
        QCOMPARE(o.value(u"analyzer_versions"_s).toObject().value(u"tempo"_s).toString(),
                 u"qm-tempo-1"_s);
    }

    void notMeasuredIsNullAndBack()
    {
        Analysis a; // everything NaN
        a.durationS = 3;
        const QJsonObject o = AnalysisJson::toJson(a, u"silence.wav"_s);
        QVERIFY(o.value(u"loudness_lufs"_s).isNull());
        QVERIFY(o.value(u"bpm"_s).isNull());
        // and the document stays valid JSON text
        const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QVERIFY(text.contains("\"loudness_lufs\":null"));
        const auto back = AnalysisJson::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back.ok());
        QVERIFY(std::isnan(back->loudnessLufs));
        QVERIFY(std::isnan(back->energy));
        QCOMPARE(back->durationS, 3.0);
    }

    void rejectsWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("bpm as text") << QByteArray(R"({"bpm":"fast"})") << u"bpm"_s;
        QTest::newRow("negative duration") << QByteArray(R"({"duration_s":-1})") << u"duration_s"_s;
        QTest::newRow("fractional rate")
            << QByteArray(R"({"sample_rate":44100.5})") << u"sample_rate"_s;
        QTest::newRow("sections not an array") << QByteArray(R"({"sections":{}})") << u"sections"_s;
        QTest::newRow("section without times")
            << QByteArray(R"({"sections":[{"label":"A"}]})") << u"sections"_s;
        QTest::newRow("bad base64") << QByteArray(R"({"fingerprint":"@@@"})") << u"fingerprint"_s;
        QTest::newRow("ragged waveform")
            << QByteArray(
                   R"({"waveform":[{"frames_per_column":1024,"min":[0],"max":[],"rms":[]}]})")
            << u"waveform"_s;
        QTest::newRow("section index out of range")
            << QByteArray(R"({"most_energetic_section":3})") << u"most_energetic_section"_s;
        QTest::newRow("a failed file's line")
            << QByteArray(R"({"file":"x","error":"corrupt"})") << u"error"_s;
    }
    void rejectsWrongTypes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        const auto result = AnalysisJson::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(result.error().message.contains(key), qPrintable(result.error().message));
    }

    void refusesNewerFormat()
    {
        const auto result = AnalysisJson::fromJson(QJsonObject{{u"format_version"_s, 99}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::IncompatibleData);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisJson)
#include "tst_analysisjson.moc"

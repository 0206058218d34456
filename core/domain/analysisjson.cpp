#include "domain/analysisjson.h"

#include <QJsonArray>

#include <cmath>
#include <optional>

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

template<typename T> QJsonArray numbers(const QList<T> &values)
{
    QJsonArray array;
    for (T value : values)
        array.append(number(double(value)));
    return array;
}

// Reads one document; the first problem found is kept and reported.
class Reader
{
public:
    explicit Reader(const QJsonObject &object)
        : m_object(object)
    {}

    std::optional<Error> error;

    void fail(const QString &key, const QString &what)
    {
        if (!error)
            error = Error(ErrorCode::InvalidInput,
                          QStringLiteral("Analysis JSON: \"%1\" %2.").arg(key, what));
    }

    void readDouble(const QString &key, double &out, bool nonNegative = false)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        if (value.isNull()) {
            out = NAN;
            return;
        }
        if (!value.isDouble())
            return fail(key, QStringLiteral("must be a number or null"));
        if (nonNegative && value.toDouble() < 0)
            return fail(key, QStringLiteral("must not be negative"));
        out = value.toDouble();
    }
    template<typename Int> void readInt(const QString &key, Int &out, double min)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        const double d = value.toDouble(NAN);
        if (!value.isDouble() || d != std::floor(d) || d < min || d > 9.0e15)
            return fail(key, QStringLiteral("must be a whole number of at least %1").arg(min));
        out = Int(d);
    }
    void readString(const QString &key, QString &out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isString())
            return fail(key, QStringLiteral("must be a string"));
        out = value.toString();
    }
    void readBool(const QString &key, bool &out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isBool())
            return fail(key, QStringLiteral("must be true or false"));
        out = value.toBool();
    }
    std::optional<QJsonArray> array(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isArray()) {
            fail(key, QStringLiteral("must be an array"));
            return std::nullopt;
        }
        return value.toArray();
    }
    template<typename T> void readNumbers(const QString &key, QList<T> &out)
    {
        const auto values = array(key);
        if (!values)
            return;
        out.clear();
        out.reserve(values->size());
        for (const QJsonValue &value : *values) {
            if (!value.isDouble() && !value.isNull())
                return fail(key, QStringLiteral("must hold only numbers"));
            out.append(T(value.isNull() ? NAN : value.toDouble()));
        }
    }
    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
};

} // namespace

namespace AnalysisJson {

QJsonObject toJson(const Analysis &a, const QString &file, Detail detail)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("format_version"), kFormatVersion);
    o.insert(QStringLiteral("content_hash"), a.contentHash);
    o.insert(QStringLiteral("duration_s"), number(a.durationS));
    o.insert(QStringLiteral("sample_rate"), a.sampleRate);
    o.insert(QStringLiteral("channels"), a.channels);

    o.insert(QStringLiteral("bpm"), number(a.bpm));
    o.insert(QStringLiteral("bpm_confidence"), number(a.bpmConfidence));
    QJsonArray alternatives;
    for (const TempoCandidate &candidate : a.bpmAlternatives)
        alternatives.append(QJsonObject{{QStringLiteral("bpm"), number(candidate.bpm)},
                                        {QStringLiteral("score"), number(candidate.score)}});
    o.insert(QStringLiteral("bpm_alternatives"), alternatives);
    o.insert(QStringLiteral("beats"), a.beats.size());
    o.insert(QStringLiteral("variable_tempo"), a.variableTempo);

    o.insert(QStringLiteral("key"), a.key);
    o.insert(QStringLiteral("key_confidence"), number(a.keyConfidence));
    o.insert(QStringLiteral("key_runner_up"), a.keyRunnerUp);

    o.insert(QStringLiteral("loudness_lufs"), number(a.loudnessLufs));
    o.insert(QStringLiteral("loudness_range_lu"), number(a.loudnessRangeLu));
    o.insert(QStringLiteral("true_peak_dbtp"), number(a.truePeakDbtp));
    o.insert(QStringLiteral("sample_peak_dbfs"), number(a.samplePeakDbfs));
    o.insert(QStringLiteral("silence_start_s"), number(a.silenceStartS));
    o.insert(QStringLiteral("silence_end_s"), number(a.silenceEndS));
    o.insert(QStringLiteral("clipped_samples"), double(a.clippedSamples));
    o.insert(QStringLiteral("dc_offset"), number(a.dcOffset));

    QJsonArray sections;
    for (const Section &section : a.sections)
        sections.append(QJsonObject{{QStringLiteral("start_s"), number(section.startS)},
                                    {QStringLiteral("end_s"), number(section.endS)},
                                    {QStringLiteral("label"), section.label},
                                    {QStringLiteral("energy"), number(section.energy)}});
    o.insert(QStringLiteral("sections"), sections);
    o.insert(QStringLiteral("most_energetic_section"), a.mostEnergeticSection);

    o.insert(QStringLiteral("energy"), number(a.energy));
    o.insert(QStringLiteral("danceability"), number(a.danceability));
    o.insert(QStringLiteral("valence"), number(a.valence));
    o.insert(QStringLiteral("arousal"), number(a.arousal));
    o.insert(QStringLiteral("onset_density"), number(a.onsetDensity));
    o.insert(QStringLiteral("spectral_centroid_hz"), number(a.spectralCentroidHz));

    o.insert(QStringLiteral("fingerprint"), QString::fromLatin1(a.fingerprint.toBase64()));
    QJsonObject versions;
    for (auto it = a.analyzerVersions.cbegin(); it != a.analyzerVersions.cend(); ++it)
        versions.insert(it.key(), it.value());
    o.insert(QStringLiteral("analyzer_versions"), versions);

    if (detail == Detail::Full) {
        o.insert(QStringLiteral("beat_times"), numbers(a.beats));
        o.insert(QStringLiteral("onset_times"), numbers(a.onsets));
        QJsonArray levels;
        for (const WaveformLevel &level : a.waveform)
            levels.append(QJsonObject{{QStringLiteral("frames_per_column"), level.framesPerColumn},
                                      {QStringLiteral("min"), numbers(level.min)},
                                      {QStringLiteral("max"), numbers(level.max)},
                                      {QStringLiteral("rms"), numbers(level.rms)}});
        o.insert(QStringLiteral("waveform"), levels);
    }
    return o;
}

Result<Analysis> fromJson(const QJsonObject &object)
{
    Analysis a;
    Reader r(object);
    if (object.contains(QStringLiteral("error")))
        r.fail(QStringLiteral("error"), QStringLiteral("is set: this file failed to analyze"));
    if (object.value(QStringLiteral("format_version")).toInt(kFormatVersion) > kFormatVersion)
        return Error(ErrorCode::IncompatibleData,
                     QStringLiteral("Analysis JSON is from a newer version of the studio."));

    r.readString(QStringLiteral("content_hash"), a.contentHash);
    r.readDouble(QStringLiteral("duration_s"), a.durationS, true);
    r.readInt(QStringLiteral("sample_rate"), a.sampleRate, 0);
    r.readInt(QStringLiteral("channels"), a.channels, 0);

    r.readDouble(QStringLiteral("bpm"), a.bpm, true);
    r.readDouble(QStringLiteral("bpm_confidence"), a.bpmConfidence, true);
    if (const auto alternatives = r.array(QStringLiteral("bpm_alternatives"))) {
        for (const QJsonValue &value : *alternatives) {
            const QJsonObject item = value.toObject();
            if (!value.isObject() || !item.value(QStringLiteral("bpm")).isDouble()) {
                r.fail(QStringLiteral("bpm_alternatives"),
                       QStringLiteral("must hold objects with a numeric \"bpm\""));
                break;
            }
            a.bpmAlternatives.append({item.value(QStringLiteral("bpm")).toDouble(),
                                      item.value(QStringLiteral("score")).toDouble()});
        }
    }
    r.readNumbers(QStringLiteral("beat_times"), a.beats);
    r.readBool(QStringLiteral("variable_tempo"), a.variableTempo);

    r.readString(QStringLiteral("key"), a.key);
    r.readDouble(QStringLiteral("key_confidence"), a.keyConfidence, true);
    r.readString(QStringLiteral("key_runner_up"), a.keyRunnerUp);

    r.readDouble(QStringLiteral("loudness_lufs"), a.loudnessLufs);
    r.readDouble(QStringLiteral("loudness_range_lu"), a.loudnessRangeLu);
    r.readDouble(QStringLiteral("true_peak_dbtp"), a.truePeakDbtp);
    r.readDouble(QStringLiteral("sample_peak_dbfs"), a.samplePeakDbfs);
    r.readDouble(QStringLiteral("silence_start_s"), a.silenceStartS, true);
    r.readDouble(QStringLiteral("silence_end_s"), a.silenceEndS, true);
    r.readInt(QStringLiteral("clipped_samples"), a.clippedSamples, 0);
    r.readDouble(QStringLiteral("dc_offset"), a.dcOffset);

    if (const auto sections = r.array(QStringLiteral("sections"))) {
        for (const QJsonValue &value : *sections) {
            const QJsonObject item = value.toObject();
            if (!value.isObject() || !item.value(QStringLiteral("start_s")).isDouble() ||
                !item.value(QStringLiteral("end_s")).isDouble()) {
                r.fail(QStringLiteral("sections"),
                       QStringLiteral("must hold objects with numeric \"start_s\" and \"end_s\""));
                break;
            }
            Section section;
            section.startS = item.value(QStringLiteral("start_s")).toDouble();
            section.endS = item.value(QStringLiteral("end_s")).toDouble();
            section.label = item.value(QStringLiteral("label")).toString();
            section.energy = item.value(QStringLiteral("energy")).toDouble();
            a.sections.append(section);
        }
    }
    r.readInt(QStringLiteral("most_energetic_section"), a.mostEnergeticSection, -1);
    if (a.mostEnergeticSection >= a.sections.size())
        r.fail(QStringLiteral("most_energetic_section"), QStringLiteral("is not a section index"));

    r.readDouble(QStringLiteral("energy"), a.energy);
    r.readDouble(QStringLiteral("danceability"), a.danceability);
    r.readDouble(QStringLiteral("valence"), a.valence);
    r.readDouble(QStringLiteral("arousal"), a.arousal);
    r.readDouble(QStringLiteral("onset_density"), a.onsetDensity, true);
    r.readDouble(QStringLiteral("spectral_centroid_hz"), a.spectralCentroidHz, true);
    r.readNumbers(QStringLiteral("onset_times"), a.onsets);

    if (const auto levels = r.array(QStringLiteral("waveform"))) {
        for (const QJsonValue &value : *levels) {
            if (!value.isObject()) {
                r.fail(QStringLiteral("waveform"), QStringLiteral("must hold objects"));
                break;
            }
            Reader levelReader(value.toObject());
            WaveformLevel level;
            levelReader.readInt(QStringLiteral("frames_per_column"), level.framesPerColumn, 1);
            levelReader.readNumbers(QStringLiteral("min"), level.min);
            levelReader.readNumbers(QStringLiteral("max"), level.max);
            levelReader.readNumbers(QStringLiteral("rms"), level.rms);
            if (levelReader.error)
                r.fail(QStringLiteral("waveform"), levelReader.error->message);
            else if (level.min.size() != level.max.size() || level.min.size() != level.rms.size())
                r.fail(QStringLiteral("waveform"),
                       QStringLiteral("has min/max/rms columns of different lengths"));
            a.waveform.append(level);
        }
    }

    QString fingerprint;
    r.readString(QStringLiteral("fingerprint"), fingerprint);
    if (!fingerprint.isEmpty()) {
        auto decoded = QByteArray::fromBase64Encoding(fingerprint.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            r.fail(QStringLiteral("fingerprint"), QStringLiteral("is not valid base64"));
        else
            a.fingerprint = *decoded;
    }
    const QJsonValue versions = object.value(QStringLiteral("analyzer_versions"));
    if (versions.isObject()) {
        const QJsonObject map = versions.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            a.analyzerVersions.insert(it.key(), it.value().toString());
    } else if (!versions.isUndefined() && !versions.isNull()) {
        r.fail(QStringLiteral("analyzer_versions"), QStringLiteral("must be an object"));
    }

    if (r.error)
        return *r.error;
    return a;
}

} // namespace AnalysisJson

#include "analysisexporter.h"

#include "domain/analysisjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace {
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// Plain C-locale numbers: a CSV must read the same in every spreadsheet locale.
QString number(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QString();
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}
} // namespace

QByteArray AnalysisExporter::toCsv(const QList<TrackAnalysis> &tracks)
{
    const QStringList header = {QStringLiteral("file"),
                                QStringLiteral("duration_s"),
                                QStringLiteral("bpm"),
                                QStringLiteral("bpm_measured"),
                                QStringLiteral("bpm_confidence"),
                                QStringLiteral("key"),
                                QStringLiteral("key_measured"),
                                QStringLiteral("key_confidence"),
                                QStringLiteral("loudness_lufs"),
                                QStringLiteral("loudness_range_lu"),
                                QStringLiteral("true_peak_dbtp"),
                                QStringLiteral("energy"),
                                QStringLiteral("danceability"),
                                QStringLiteral("valence"),
                                QStringLiteral("arousal"),
                                QStringLiteral("corrected"),
                                QStringLiteral("error")};
    QString out = header.join(u',') + QStringLiteral("\r\n");
    for (const TrackAnalysis &track : tracks) {
        QStringList fields;
        fields << csvField(track.path);
        if (track.analysis) {
            const Analysis &a = *track.analysis;
            fields << number(a.durationS, 3) << number(track.effectiveBpm(), 2) << number(a.bpm, 2)
                   << number(a.bpmConfidence, 3) << csvField(track.effectiveKey())
                   << csvField(a.key) << number(a.keyConfidence, 3) << number(a.loudnessLufs, 2)
                   << number(a.loudnessRangeLu, 2) << number(a.truePeakDbtp, 2)
                   << number(a.energy, 3) << number(a.danceability, 3) << number(a.valence, 3)
                   << number(a.arousal, 3)
                   << (track.correction.isEmpty() ? QStringLiteral("no") : QStringLiteral("yes"))
                   << QString();
        } else {
            for (int i = 1; i < header.size() - 1; ++i)
                fields << QString();
            fields << csvField(track.error);
        }
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray AnalysisExporter::toJson(const QList<TrackAnalysis> &tracks)
{
    QJsonArray array;
    for (const TrackAnalysis &track : tracks) {
        if (!track.analysis) {
            array.append(QJsonObject{{QStringLiteral("file"), track.path},
                                     {QStringLiteral("error"), track.error}});
            continue;
        }
        QJsonObject object =
            AnalysisJson::toJson(*track.analysis, track.path, AnalysisJson::Detail::Summary);
        if (track.correction.isEmpty()) {
            object.insert(QStringLiteral("correction"), QJsonValue(QJsonValue::Null));
        } else {
            QJsonObject correction;
            correction.insert(QStringLiteral("bpm"), track.correction.bpm
                                                         ? QJsonValue(*track.correction.bpm)
                                                         : QJsonValue(QJsonValue::Null));
            correction.insert(QStringLiteral("key"), track.correction.key.isEmpty()
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(track.correction.key));
            correction.insert(
                QStringLiteral("corrected_at"),
                track.correction.correctedAt.isValid()
                    ? QJsonValue(track.correction.correctedAt.toUTC().toString(Qt::ISODate))
                    : QJsonValue(QJsonValue::Null));
            object.insert(QStringLiteral("correction"), correction);
        }
        object.insert(QStringLiteral("bpm_effective"), jsonNumber(track.effectiveBpm()));
        object.insert(QStringLiteral("key_effective"), track.effectiveKey());
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QFuture<Result<void>> AnalysisExporter::write(const QList<TrackAnalysis> &tracks, Format format,
                                              const QString &path)
{
    return QtConcurrent::run([tracks, format, path]() -> Result<void> {
        const QByteArray bytes = format == Format::Csv ? toCsv(tracks) : toJson(tracks);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{ErrorCode::Storage,
                         tr("Cannot write %1: %2").arg(path, file.errorString())};
        if (file.write(bytes) != bytes.size() || !file.commit())
            return Error{ErrorCode::Storage,
                         tr("Cannot write %1: %2").arg(path, file.errorString())};
        return {};
    });
}

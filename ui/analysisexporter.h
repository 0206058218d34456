#pragma once

#include "domain/trackanalysis.h"
#include "util/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>

// Exports of the Analysis pane's table. CSV: a header row, then one row per file with the
// effective and the measured tempo and key side by side. JSON: an array of the objects of
// `artist-studio analyze --json` (AnalysisJson, summary detail) with the operator's
// "correction" ({bpm, key, corrected_at}, or null) and the effective "bpm_effective" /
// "key_effective"; a failed file is {file, error}.
// Thread: the builders are stateless (any thread); write() builds and saves on a pool thread.
class AnalysisExporter
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisExporter)

public:
    enum class Format
    {
        Csv,
        Json,
    };

    static QByteArray toCsv(const QList<TrackAnalysis> &tracks);
    static QByteArray toJson(const QList<TrackAnalysis> &tracks);
    // Builds the export and writes it with QSaveFile (temp name + rename), off the GUI thread.
    static QFuture<Result<void>> write(const QList<TrackAnalysis> &tracks, Format format,
                                       const QString &path);
};

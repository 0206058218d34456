#pragma once

#include "trends/importreport.h"
#include "util/error.h"

#include <QSqlDatabase>
#include <QString>

class QIODevice;

// Importer 1 of issue 5: a chart + audio-features CSV, one row per chart entry
// (country, date, rank, streams, track, artist, genre, tempo, key, mode, energy, danceability,
// valence, loudness, duration_ms; names matched case-insensitively, only country and date
// required). Every row is validated; valid rows are folded into per-(country, genre, date)
// sums as they stream past (memory grows with the groups, never with the rows), then written
// in one transaction as observations (streams-weighted when streams are known), genre shares
// and key/mode counts. Without skipBadRows one bad row means nothing is written; cancel
// writes nothing. See docs/trends.md.
// Thread: the calling thread (a worker holding a DbConnection).
class ChartCsvImporter
{
public:
    // `sourceKind` names the import source: csv, or sample / audio-folder for the importers that
    // generate chart rows and reuse this one's validation and aggregation.
    explicit ChartCsvImporter(QSqlDatabase db, QString sourceKind = QStringLiteral("csv"));

    // Error: the file cannot be read as a chart CSV (missing, binary, broken quoting, no
    // country/date column), cancellation, or a database failure; nothing was written then.
    // A report with committed == false: rows were rejected and skipBadRows was off.
    Result<ImportReport> importFile(const QString &path, const ImportOptions &options = {});
    // The same from an open device; options.label names the import (required).
    Result<ImportReport> importDevice(QIODevice *device, const ImportOptions &options);

private:
    QSqlDatabase m_db;
    QString m_sourceKind;
};

#pragma once

#include "trends/importreport.h"
#include "util/error.h"

#include <QSqlDatabase>
#include <QString>

class QIODevice;

// Imports a distributor's sales/streams report (CSV: date, release or isrc, country, store,
// streams, revenue; optional artist or artist_id) into the performance table. Header names
// are matched case-insensitively; every row is validated and rejected with its line number.
// Without skipBadRows one bad row means nothing is written; re-importing a file replaces it.
// Rows are matched to an artist by artist_id, else by stage name, else by earlier rows of the
// same ISRC or release. See docs/trends.md, "Performance feedback".
// Thread: the calling thread (a worker holding a DbConnection).
class PerformanceImporter
{
public:
    explicit PerformanceImporter(QSqlDatabase db);

    // Error: the file cannot be read as a report (missing, broken CSV, required columns
    // missing), cancellation, or a database failure; nothing was written then. A report with
    // committed == false: rows were rejected and skipBadRows was off.
    Result<ImportReport> importFile(const QString &path, const ImportOptions &options = {});
    Result<ImportReport> importDevice(QIODevice *device, const ImportOptions &options);

private:
    QSqlDatabase m_db;
};

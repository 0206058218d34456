#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// One reason a row (CSV) or a file (prototype folder) was rejected. Thread: value type.
struct RejectedRow
{
    QString file;    // the file, for folder imports; empty for a single CSV
    qint64 line = 0; // 1-based line of the CSV record; 0 for a whole file
    QString column;  // the offending column or JSON key; empty when it is the row itself
    QString reason;  // for the operator

    bool operator==(const RejectedRow &) const = default;
};

// What an import did. `committed` is false when nothing was written: without skipBadRows a
// single rejected row keeps the whole file out. Thread: value type.
struct ImportReport
{
    static constexpr int kMaxListed = 1000; // rejections listed; rowsRejected counts them all

    QString label;       // the file or folder
    qint64 sourceId = 0; // the import_sources row; 0 when nothing was committed
    bool committed = false;
    qint64 rowsRead = 0; // data rows (CSV records after the header, or files)
    qint64 rowsAccepted = 0;
    qint64 rowsRejected = 0;
    QList<RejectedRow> rejected; // at most kMaxListed, in file order
    QStringList missingColumns;  // optional columns the header lacks
    QStringList ignoredColumns;  // header columns the importer does not know
    qint64 groupsWritten = 0;    // (country, genre, period) groups stored
    qint64 observationsWritten = 0;

    // Records a problem; a row with several problems is counted once by the caller.
    void addRejection(RejectedRow row)
    {
        if (rejected.size() < kMaxListed)
            rejected.append(std::move(row));
    }
};

// How an importer is driven: options plus progress and cancellation from the caller's job.
// Thread: value type; the callbacks run on the importing thread.
struct ImportOptions
{
    bool skipBadRows = false; // import everything but the rejected rows
    bool replace = true;      // replace an earlier import with the same label; else merge
    QString label;            // names the import source; empty: the file's absolute path
    std::function<void(qint64 done, qint64 total)> progress; // bytes or files
    std::function<bool()> cancelled;                         // polled between rows
};

#pragma once

#include <QDateTime>
#include <QString>

// One indexed report (creation report, run report): the files live under the data dir's
// reports/ folder, the DB keeps this row pointing at them. Thread: value type.
struct ReportEntry
{
    qint64 id = 0;    // 0 until stored
    QString artistId; // empty when the report belongs to no (or a deleted) artist
    QString kind;     // "creation", "run", ...
    QDateTime createdAt;
    QString title;
    QString jsonPath;     // relative to the data dir, e.g. "reports/2024-05-01_x.json"
    QString markdownPath; // relative to the data dir
    bool operator==(const ReportEntry &) const = default;
};

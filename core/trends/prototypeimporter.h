#pragma once

#include "trends/importreport.h"
#include "util/error.h"

#include <QSqlDatabase>
#include <QString>

// Importer 2 of issue 5: the Python prototype's country_profiles_data folder.
//   countries/{CC}.json                      name, region, languages, market weight
//   daily_profiles/{date}/{CC}.json          audio_feature_trends (mean/min/max per feature),
//                                            genre_popularity {genre: share}, streaming_stats
//   genre_trends/{date}/{CC}-{genre}.json    popularity {stream_share, growth_rate, rank},
//                                            audio_features {feature: {mean, std}}
// Other folders (audience_trends, historical_aggregates) are not imported. Every file is
// parsed strictly; a rejected file is reported with its path and reason. Same transactional
// rules as the CSV importer: without skipBadRows one bad file means nothing is written;
// cancel writes nothing. The formats are spelled out in docs/trends.md.
// Thread: the calling thread (a worker holding a DbConnection).
class PrototypeImporter
{
public:
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    explicit PrototypeImporter(QSqlDatabase db);

    // Error: not a prototype folder, cancellation, or a database failure (nothing written).
    // A report with committed == false: files were rejected and skipBadRows was off.
    Result<ImportReport> importFolder(const QString &path, const ImportOptions &options = {});

private:
    QSqlDatabase m_db;
};

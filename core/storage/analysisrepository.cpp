#include "analysisrepository.h"

#include "domain/analysisjson.h"
#include "logging/logcategories.h"
#include "storage/scopedtransaction.h"
#include "storage/sqlvalue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace {

Error storageError(const QString &what, const QSqlQuery &query)
{
    return Error(ErrorCode::Storage,
                 QCoreApplication::translate("AnalysisRepository", "Could not %1: %2")
                     .arg(what, query.lastError().text()));
}

Error notAnalyzed(const QString &hash)
{
    return Error(
        ErrorCode::NotFound,
        QCoreApplication::translate("AnalysisRepository", "No current analysis of content %1.")
            .arg(hash.left(12)));
}

QVariant optionalNumber(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant(QMetaType(QMetaType::Double));
}

QString versionsJson(const QMap<QString, QString> &versions)
{
    QJsonObject object;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> versionsFrom(const QString &json)
{
    QMap<QString, QString> versions;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        versions.insert(it.key(), it.value().toString());
    return versions;
}

Result<Analysis> analysisFrom(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject())
        return Error(
            ErrorCode::Storage,
            QCoreApplication::translate("AnalysisRepository", "A stored analysis is unreadable: %1")
                .arg(parseError.errorString()));
    return AnalysisJson::fromJson(document.object());
}

AnalysisCorrection correctionFrom(const QSqlQuery &query, int first)
{
    AnalysisCorrection correction;
    if (!query.value(first).isNull())
        correction.bpm = query.value(first).toDouble();
    correction.key = query.value(first + 1).toString();
    correction.correctedAt = SqlValue::toDateTime(query.value(first + 2));
    return correction;
}

} // namespace

AnalysisRepository::AnalysisRepository(QSqlDatabase db, QMap<QString, QString> currentVersions)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::forDatabase(m_db))
    , m_currentVersions(std::move(currentVersions))
{}

bool AnalysisRepository::isStale(const QMap<QString, QString> &stored,
                                 const QMap<QString, QString> &current)
{
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const auto now = current.constFind(it.key());
        if (now != current.cend() && now.value() != it.value())
            return true;
    }
    return false;
}

std::optional<QString> AnalysisRepository::hashForFile(const QString &path, qint64 size,
                                                       const QDateTime &mtime)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT content_hash FROM analysis_files WHERE path = ? AND size = ? AND mtime = ?"));
    query.addBindValue(path);
    query.addBindValue(size);
    query.addBindValue(SqlValue::fromDateTime(mtime));
    if (!query.exec()) {
        qCWarning(lcDb) << "analysis file lookup failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

Result<Analysis> AnalysisRepository::find(const QString &contentHash)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT analysis_json, analyzer_versions FROM analyses WHERE content_hash = ?"));
    query.addBindValue(contentHash);
    if (!query.exec())
        return storageError(
            QCoreApplication::translate("AnalysisRepository", "read the stored analysis"), query);
    if (!query.next())
        return notAnalyzed(contentHash);
    if (isStale(versionsFrom(query.value(1).toString()), m_currentVersions)) {
        qCDebug(lcDb) << "stale analysis of" << contentHash.left(12);
        return notAnalyzed(contentHash);
    }
    auto analysis = analysisFrom(query.value(0).toString());
    if (!analysis) {
        // An unreadable row is a miss: the file is analyzed again and the row replaced.
        qCWarning(lcDb) << "unreadable analysis of" << contentHash.left(12) << ":"
                        << analysis.error().message;
        return notAnalyzed(contentHash);
    }
    Analysis result = std::move(analysis).value();
    result.contentHash = contentHash;
    return result;
}

Result<void> AnalysisRepository::storeAnalysis(const Analysis &analysis, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO analyses (content_hash, analysis_json, analyzer_versions, analyzed_at, "
        "duration_s, bpm, key, loudness_lufs) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (content_hash) DO UPDATE SET analysis_json = excluded.analysis_json, "
        "analyzer_versions = excluded.analyzer_versions, analyzed_at = excluded.analyzed_at, "
        "duration_s = excluded.duration_s, bpm = excluded.bpm, key = excluded.key, "
        "loudness_lufs = excluded.loudness_lufs"));
    const QJsonObject json = AnalysisJson::toJson(analysis, QString(), AnalysisJson::Detail::Full);
    query.addBindValue(analysis.contentHash);
    query.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    query.addBindValue(versionsJson(analysis.analyzerVersions));
    query.addBindValue(SqlValue::fromDateTime(now));
    query.addBindValue(optionalNumber(analysis.durationS));
    query.addBindValue(optionalNumber(analysis.bpm));
    query.addBindValue(SqlValue::fromOptionalText(analysis.key));
    query.addBindValue(optionalNumber(analysis.loudnessLufs));
    if (!query.exec())
        return storageError(QCoreApplication::translate("AnalysisRepository", "store an analysis"),
                            query);
    return {};
}

Result<void> AnalysisRepository::storeMapping(const AnalysisRecord &record, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO analysis_files (path, size, mtime, content_hash, last_seen_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET size = excluded.size, "
        "mtime = excluded.mtime, content_hash = excluded.content_hash, "
        "last_seen_at = excluded.last_seen_at"));
    query.addBindValue(record.path);
    query.addBindValue(record.size);
    query.addBindValue(SqlValue::fromDateTime(record.mtime));
    query.addBindValue(record.analysis.contentHash);
    query.addBindValue(SqlValue::fromDateTime(now));
    if (!query.exec())
        return storageError(
            QCoreApplication::translate("AnalysisRepository", "remember where %1 is")
                .arg(record.path),
            query);
    return {};
}

Result<void> AnalysisRepository::storeBatch(const QList<AnalysisRecord> &records)
{
    if (records.isEmpty())
        return {};
    for (const AnalysisRecord &record : records) {
        if (record.path.isEmpty() || record.analysis.contentHash.isEmpty())
            return Error(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("AnalysisRepository",
                                            "An analysis record needs a path and a content hash."));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ScopedTransaction transaction(m_db);
    for (const AnalysisRecord &record : records) {
        if (!record.mappingOnly) {
            if (auto stored = storeAnalysis(record.analysis, now); !stored)
                return stored.error();
        }
        if (auto mapped = storeMapping(record, now); !mapped)
            return mapped.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcDb) << "stored" << records.size() << "analysis records";
    return {};
}

Result<AnalysisCorrection> AnalysisRepository::correction(const QString &contentHash)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT bpm, key, corrected_at FROM analysis_corrections WHERE content_hash = ?"));
    query.addBindValue(contentHash);
    if (!query.exec())
        return storageError(QCoreApplication::translate("AnalysisRepository", "read a correction"),
                            query);
    if (!query.next())
        return AnalysisCorrection();
    return correctionFrom(query, 0);
}

Result<void> AnalysisRepository::setCorrection(const QString &contentHash,
                                               const AnalysisCorrection &correction)
{
    ScopedTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM analyses WHERE content_hash = ?"));
    query.addBindValue(contentHash);
    if (!query.exec())
        return storageError(
            QCoreApplication::translate("AnalysisRepository", "look up the analysis"), query);
    if (!query.next())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("AnalysisRepository",
                                                 "This file has not been analyzed yet; analyze "
                                                 "it before correcting its tempo or key."));
    query.finish();

    if (correction.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM analysis_corrections WHERE content_hash = ?"));
        query.addBindValue(contentHash);
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO analysis_corrections (content_hash, bpm, key, corrected_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (content_hash) DO UPDATE SET bpm = excluded.bpm, "
            "key = excluded.key, corrected_at = excluded.corrected_at"));
        query.addBindValue(contentHash);
        query.addBindValue(correction.bpm ? QVariant(*correction.bpm)
                                          : QVariant(QMetaType(QMetaType::Double)));
        query.addBindValue(SqlValue::fromOptionalText(correction.key));
        query.addBindValue(SqlValue::fromDateTime(correction.correctedAt.isValid()
                                                      ? correction.correctedAt
                                                      : QDateTime::currentDateTimeUtc()));
    }
    if (!query.exec())
        return storageError(
            QCoreApplication::translate("AnalysisRepository", "store the correction"), query);
    return transaction.commit();
}

Result<QList<TrackAnalysis>> AnalysisRepository::recent(int limit)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT f.path, a.content_hash, a.analysis_json, c.bpm, c.key, c.corrected_at "
        "FROM analysis_files f JOIN analyses a ON a.content_hash = f.content_hash "
        "LEFT JOIN analysis_corrections c ON c.content_hash = a.content_hash "
        "ORDER BY a.analyzed_at DESC, f.last_seen_at DESC, f.path LIMIT ?"));
    query.addBindValue(qMax(0, limit));
    if (!query.exec())
        return storageError(
            QCoreApplication::translate("AnalysisRepository", "list the recent analyses"), query);
    QList<TrackAnalysis> tracks;
    while (query.next()) {
        TrackAnalysis track;
        track.path = query.value(0).toString();
        track.fromCache = true;
        auto analysis = analysisFrom(query.value(2).toString());
        if (analysis) {
            track.analysis = std::move(analysis).value();
            track.analysis->contentHash = query.value(1).toString();
        } else {
            track.error = analysis.error().message;
        }
        if (!query.value(5).isNull())
            track.correction = correctionFrom(query, 3);
        tracks.append(std::move(track));
    }
    return tracks;
}

#include "artistcreation.h"

#include "domain/artistjson.h"
#include "domain/artistvalidator.h"
#include "logging/logcategories.h"
#include "logging/secretredactor.h"
#include "reports/creationreportwriter.h"
#include "storage/artistrepository.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "storage/reportrepository.h"
#include "storage/scopedtransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace {

QString issuesText(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.field.isEmpty() ? issue.message
                                           : issue.field + QStringLiteral(": ") + issue.message);
    return lines.join(QStringLiteral("; "));
}

// A provider that echoes a key into the profile must not get it into the database.
QJsonValue redactValue(const QJsonValue &value, const SecretRedactor &redactor)
{
    if (value.isString())
        return redactor.redact(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(redactValue(item, redactor));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object.insert(it.key(), redactValue(it.value(), redactor));
        return object;
    }
    return value;
}

} // namespace

ArtistCreation::ArtistCreation(std::shared_ptr<Database> database, const DataDir &dataDir,
                               SecretRedactor &redactor, const ArtistBrief &brief,
                               QString providerId)
    : m_database(std::move(database))
    , m_dataDir(dataDir)
    , m_redactor(redactor)
    , m_brief(brief)
    , m_providerId(std::move(providerId))
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    m_timer.start();
}

Result<ReportEntry> ArtistCreation::writeReport(CreationReport &report)
{
    report.brief = m_brief;
    report.startedAt = m_startedAt;
    report.finishedAt = QDateTime::currentDateTimeUtc();
    report.totalMs = m_timer.elapsed();
    if (report.provider.isEmpty())
        report.provider = m_providerId;
    const CreationReportWriter writer(m_dataDir, m_redactor);
    return writer.write(report);
}

Result<CreatedArtist> ArtistCreation::failWith(CreationReport report, const Error &error)
{
    report.ok = false;
    report.error = error;
    Result<ReportEntry> written = writeReport(report);
    if (written.ok()) {
        DbConnection connection(*m_database);
        ReportRepository reports(connection.database());
        if (const Result<qint64> id = reports.add(written.value()); !id.ok())
            qCWarning(lcServices) << "failed creation report not indexed:" << id.error().message;
    } else {
        qCWarning(lcServices) << "failed creation report not written:" << written.error().message;
    }
    return error;
}

Result<CreatedArtist> ArtistCreation::fail(const Error &error)
{
    return failWith(CreationReport(), error);
}

Result<CreatedArtist> ArtistCreation::finish(const Result<AuthoringResult> &authored,
                                             const std::function<bool()> &cancelled)
{
    if (!authored.ok())
        return fail(authored.error());
    const AuthoringResult &answer = authored.value();

    CreationReport report;
    report.provider = answer.provider;
    report.model = answer.model;
    report.exchanges = answer.exchanges;
    report.filledDefaults = answer.filledDefaults;
    report.authoringMs = answer.elapsedMs;

    QJsonObject profile = redactValue(answer.profile, m_redactor).toObject();
    report.profile = profile;
    ValidationIssues issues;
    Result<Artist> parsed = ArtistJson::fromJson(profile, &issues);
    if (parsed.ok())
        issues += ArtistValidator::validate(parsed.value());
    if (!parsed.ok() || !issues.isEmpty()) {
        report.issues = issues;
        if (parsed.ok())
            report.stageName = parsed->identity.stageName;
        return failWith(report,
                        Error(ErrorCode::InvalidInput,
                              QCoreApplication::translate(
                                  "ArtistCreation", "The %1 text provider wrote a profile that is "
                                                    "not valid: %2")
                                  .arg(report.provider, issuesText(issues))));
    }

    Artist artist = parsed.value();
    artist.id.clear(); // a new artist always gets a fresh id, whatever the provider wrote
    artist.version = 0;
    artist.archived = false;
    artist.lastRunAt = QDateTime();
    if (cancelled())
        return Error(ErrorCode::Cancelled,
                     QCoreApplication::translate("ArtistCreation", "The creation was cancelled."));

    DbConnection connection(*m_database);
    if (!connection.isOpen())
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("ArtistCreation", "Cannot open the database: %1")
                         .arg(connection.errorString()));
    ScopedTransaction transaction(connection.database());
    ArtistRepository artists(connection.database());
    Result<Artist> stored = artists.insert(
        artist, ChangeSource::Creation,
        QStringLiteral("Created by the %1 text provider (%2)").arg(report.provider, report.model));
    if (!stored.ok())
        return failWith(report, stored.error());

    report.ok = true;
    report.artistId = stored->id;
    report.stageName = stored->identity.stageName;
    report.profile = ArtistJson::toJson(stored.value());
    // Files first, then the row that points at them, in the artist's transaction.
    Result<ReportEntry> written = writeReport(report);
    ReportEntry entry;
    if (written.ok()) {
        entry = written.value();
        ReportRepository reports(connection.database());
        const Result<qint64> id = reports.add(entry);
        if (id.ok())
            entry.id = id.value();
        else
            qCWarning(lcServices) << "creation report not indexed:" << id.error().message;
    } else {
        // The artist is what the operator asked for; a missing report is logged, not fatal.
        qCWarning(lcServices) << "creation report not written:" << written.error().message;
    }
    if (cancelled()) {
        transaction.rollback();
        if (written.ok()) { // no report for an artist that was never stored
            QFile::remove(m_dataDir.absolutePath(entry.jsonPath));
            QFile::remove(m_dataDir.absolutePath(entry.markdownPath));
        }
        return Error(ErrorCode::Cancelled,
                     QCoreApplication::translate("ArtistCreation", "The creation was cancelled."));
    }
    if (const Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    qCDebug(lcServices) << "artist created:" << stored->id;
    return CreatedArtist{stored.value(), entry};
}

#pragma once

#include "reports/creationreport.h"
#include "services/artistservice.h"

#include <QElapsedTimer>
#include <QPromise>

class Database;
class SecretRedactor;

// The pool-side half of ArtistService::createArtist: turns a provider's answer into a stored
// artist plus an indexed creation report, or into a failed report and an error.
// Thread: one instance per creation, its finish() runs on a pool thread.
class ArtistCreation
{
public:
    ArtistCreation(std::shared_ptr<Database> database, const DataDir &dataDir,
                   SecretRedactor &redactor, const ArtistBrief &brief, QString providerId);

    // Stores the artist unless `cancelled` says stop before the commit; writes the report.
    Result<CreatedArtist> finish(const Result<AuthoringResult> &authored,
                                 const std::function<bool()> &cancelled);
    // A failure before or during authoring (no provider, no key, network): failed report only.
    Result<CreatedArtist> fail(const Error &error);

private:
    Result<CreatedArtist> failWith(CreationReport report, const Error &error);
    Result<ReportEntry> writeReport(CreationReport &report);

    std::shared_ptr<Database> m_database;
    DataDir m_dataDir;
    SecretRedactor &m_redactor;
    ArtistBrief m_brief;
    QString m_providerId;
    QDateTime m_startedAt;
    QElapsedTimer m_timer;
};

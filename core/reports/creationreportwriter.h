#pragma once

#include "domain/reportentry.h"
#include "reports/creationreport.h"
#include "settings/datadir.h"
#include "util/error.h"

#include <QStringList>

class SecretRedactor;

// Writes a creation report as JSON and Markdown under <reports>/creation/, named
// <yyyyMMdd-HHmmss>-<artist-slug>-<id8>.json/.md, each through QSaveFile. Every string goes
// through the SecretRedactor and the explicitly given secrets first, so a key can never land
// in a report. Returns the ReportEntry to index (paths relative to the data dir).
// Thread: stateless apart from its configuration; write() may run on any thread.
class CreationReportWriter
{
public:
    explicit CreationReportWriter(const DataDir &dataDir);
    CreationReportWriter(const DataDir &dataDir, SecretRedactor &redactor);

    // Secrets to blank out in addition to the redactor's (e.g. a key a provider was given).
    void setExtraSecrets(const QStringList &secrets) { m_extraSecrets = secrets; }

    Result<ReportEntry> write(const CreationReport &report) const;

    static QString slug(const QString &text); // "Neon Pulse (copy)" -> "neon-pulse-copy"
    static QString toMarkdown(const CreationReport &report);

private:
    QString redact(const QString &text) const;

    DataDir m_dataDir;
    SecretRedactor &m_redactor;
    QStringList m_extraSecrets;
};

#pragma once

#include "domain/validationissue.h"
#include "generation/artistbrief.h"
#include "generation/textprovider.h"
#include "util/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// What happened when one artist was created (or failed to be): the brief and seed, the provider,
// every prompt and raw answer, validation, filled-in defaults, timings and the outcome.
// Written to disk by CreationReportWriter. Thread: value type.
struct CreationReport
{
    ArtistBrief brief; // with the seed actually used
    QString provider;  // "local", "openai"
    QString model;
    QList<ProviderExchange> exchanges;
    ValidationIssues issues;    // empty when the profile was valid
    QStringList filledDefaults; // field paths the studio filled in
    QJsonObject profile;        // the profile as stored (or as received, when it failed)

    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 authoringMs = 0; // time the provider took
    qint64 totalMs = 0;     // authoring + validation + storing

    QString artistId; // empty when nothing was stored
    QString stageName;
    bool ok = false;
    Error error; // set when !ok

    QString statusText() const; // "ok" / "failed"
    QJsonObject toJson() const;
    // The same report with every string passed through `redact` (secrets blanked).
    CreationReport mapped(const std::function<QString(const QString &)> &redact) const;
};

// Stable names of error codes for reports and the CLI ("invalid_input", "cancelled").
QString errorCodeName(ErrorCode code);

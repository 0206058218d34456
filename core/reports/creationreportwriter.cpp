#include "creationreportwriter.h"

#include "logging/logcategories.h"
#include "logging/secretredactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace {

Result<void> saveFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(
            ErrorCode::Storage,
            QCoreApplication::translate("CreationReportWriter", "Cannot write the report %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(data);
    if (!file.commit())
        return Error(
            ErrorCode::Storage,
            QCoreApplication::translate("CreationReportWriter", "Cannot save the report %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString tableCell(QString text)
{
    text.replace(u'|', QStringLiteral("\\|"));
    text.replace(u'\n', u' ');
    return text;
}

// A fence longer than any run of backticks inside, so a response cannot close it early.
QString fenced(const QString &text, const QString &language)
{
    int longest = 0;
    int run = 0;
    for (const QChar ch : text) {
        run = ch == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), u'`');
    QString body = text;
    if (!body.endsWith(u'\n'))
        body += u'\n';
    return fence + language + u'\n' + body + fence + u'\n';
}

QString looksLikeJson(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u'{') || trimmed.startsWith(u'[') ? QStringLiteral("json")
                                                                : QString();
}

// The value at a dotted field path of the profile, shown next to each filled default.
QString valueAt(const QJsonObject &profile, const QString &path)
{
    QJsonValue value = profile;
    for (const QString &part : path.split(u'.'))
        value = value.toObject().value(part);
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return QString();
    if (value.isDouble() || value.isBool() || value.isNull())
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

CreationReportWriter::CreationReportWriter(const DataDir &dataDir)
    : CreationReportWriter(dataDir, SecretRedactor::instance())
{}

CreationReportWriter::CreationReportWriter(const DataDir &dataDir, SecretRedactor &redactor)
    : m_dataDir(dataDir)
    , m_redactor(redactor)
{}

QString CreationReportWriter::redact(const QString &text) const
{
    QString result = m_redactor.redact(text);
    for (const QString &secret : m_extraSecrets) {
        if (!secret.isEmpty())
            result.replace(secret, SecretRedactor::placeholder());
    }
    return result;
}

QString CreationReportWriter::slug(const QString &text)
{
    QString result;
    bool dash = false;
    for (const QChar ch : text.normalized(QString::NormalizationForm_KD)) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128) {
            if (dash && !result.isEmpty())
                result += u'-';
            result += ch.toLower();
            dash = false;
        } else if (!ch.isMark()) {
            dash = true;
        }
    }
    return result.left(48);
}

QString CreationReportWriter::toMarkdown(const CreationReport &report)
{
    QString md;
    const QString name =
        report.stageName.isEmpty() ? QStringLiteral("(no artist)") : report.stageName;
    md += QStringLiteral("# Creation report: %1\n\n").arg(name);
    md += QStringLiteral("- **Status:** %1\n").arg(report.statusText());
    if (!report.ok)
        md += QStringLiteral("- **Error:** %1 (%2)\n")
                  .arg(report.error.message, errorCodeName(report.error.code));
    if (!report.artistId.isEmpty())
        md += QStringLiteral("- **Artist id:** `%1`\n").arg(report.artistId);
    md += QStringLiteral("- **Provider:** %1, model `%2`\n").arg(report.provider, report.model);
    md += QStringLiteral("- **Started:** %1\n").arg(report.startedAt.toUTC().toString(Qt::ISODate));
    md += QStringLiteral("- **Time:** %1 ms in total, %2 ms authoring\n\n")
              .arg(report.totalMs)
              .arg(report.authoringMs);

    md += QStringLiteral("## Brief\n\n| Field | Value |\n|---|---|\n");
    md += QStringLiteral("| Genre | %1 |\n").arg(tableCell(report.brief.genre));
    md += QStringLiteral("| Country | %1 |\n").arg(tableCell(report.brief.country));
    md += QStringLiteral("| Mood | %1 |\n").arg(tableCell(report.brief.mood));
    md += QStringLiteral("| Seed | %1 |\n\n")
              .arg(report.brief.seed ? QString::number(*report.brief.seed) : QStringLiteral("—"));

    md += QStringLiteral("## Validation\n\n");
    if (report.issues.isEmpty()) {
        md += QStringLiteral("The profile passed validation.\n\n");
    } else {
        md += QStringLiteral("| Field | Problem |\n|---|---|\n");
        for (const ValidationIssue &issue : report.issues)
            md += QStringLiteral("| `%1` | %2 |\n")
                      .arg(tableCell(issue.field.isEmpty() ? QStringLiteral("(document)")
                                                           : issue.field),
                           tableCell(issue.message));
        md += u'\n';
    }

    md += QStringLiteral("## Filled-in defaults\n\n");
    if (report.filledDefaults.isEmpty()) {
        md += QStringLiteral("None: the provider wrote every field.\n\n");
    } else {
        md += QStringLiteral("| Field | Value filled in |\n|---|---|\n");
        for (const QString &field : report.filledDefaults)
            md += QStringLiteral("| `%1` | %2 |\n")
                      .arg(tableCell(field), tableCell(valueAt(report.profile, field)));
        md += u'\n';
    }

    md += QStringLiteral("## Prompts and responses\n\n");
    if (report.exchanges.isEmpty())
        md += QStringLiteral("No exchange with the provider was recorded.\n\n");
    for (qsizetype i = 0; i < report.exchanges.size(); ++i) {
        const ProviderExchange &exchange = report.exchanges.at(i);
        md += QStringLiteral("### %1. %2").arg(i + 1).arg(exchange.step);
        if (exchange.httpStatus != 0)
            md += QStringLiteral(" (HTTP %1)").arg(exchange.httpStatus);
        md += QStringLiteral(" — %1 ms\n\n**Request**\n\n").arg(exchange.elapsedMs);
        md += fenced(exchange.request, looksLikeJson(exchange.request));
        md += QStringLiteral("\n**Response**\n\n");
        md += fenced(exchange.response, looksLikeJson(exchange.response));
        md += u'\n';
    }
    return md;
}

Result<ReportEntry> CreationReportWriter::write(const CreationReport &original) const
{
    const CreationReport report =
        original.mapped([this](const QString &text) { return redact(text); });

    const QString folder = m_dataDir.reportsDir() + QStringLiteral("/creation");
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("CreationReportWriter",
                                                 "Cannot create the report folder %1.")
                         .arg(QDir::toNativeSeparators(folder)));

    const QDateTime finished =
        report.finishedAt.isValid() ? report.finishedAt : QDateTime::currentDateTimeUtc();
    QString name = slug(report.stageName);
    if (name.isEmpty())
        name = report.ok ? QStringLiteral("artist")
                         : QStringLiteral("failed-") + slug(report.brief.genre);
    const QString id8 =
        (report.artistId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                   : report.artistId)
            .left(8);
    const QString stem =
        QStringLiteral("%1/%2-%3-%4")
            .arg(folder, finished.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), name,
                 id8);
    QString base = stem;
    for (int n = 2; QFileInfo::exists(base + QStringLiteral(".json")); ++n)
        base = stem + QStringLiteral("-%1").arg(n);

    // Rendered from redacted fields, then redacted once more as a whole: a secret split
    // across fields or escaped differently still cannot slip through.
    const QString json =
        redact(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    const QString markdown = redact(toMarkdown(report));

    const QString jsonPath = base + QStringLiteral(".json");
    const QString markdownPath = base + QStringLiteral(".md");
    if (const Result<void> saved = saveFile(jsonPath, json.toUtf8()); !saved.ok())
        return saved.error();
    if (const Result<void> saved = saveFile(markdownPath, markdown.toUtf8()); !saved.ok())
        return saved.error();
    qCDebug(lcReports) << "creation report written:" << jsonPath;

    ReportEntry entry;
    entry.artistId = report.artistId;
    entry.kind = QStringLiteral("creation");
    entry.createdAt = finished;
    entry.title = report.ok ? QStringLiteral("Created %1").arg(report.stageName)
                            : QStringLiteral("Failed creation (%1, %2): %3")
                                  .arg(report.brief.genre, report.brief.country,
                                       report.error.message.left(120));
    entry.jsonPath = m_dataDir.relativePath(jsonPath);
    entry.markdownPath = m_dataDir.relativePath(markdownPath);
    return entry;
}

#include "logging/secretredactor.h"
#include "reports/creationreportwriter.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// Every creation leaves a report an operator can read (Markdown) and a tool can parse (JSON),
// and no API key ever lands in one.
class TestCreationReportWriter : public QObject
{
    Q_OBJECT

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static CreationReport sampleReport(const QString &secret)
    {
        CreationReport report;
        report.brief.genre = u"synthwave"_s;
        report.brief.country = u"DE"_s;
        report.brief.mood = u"melancholic"_s;
        report.brief.seed = 18446744073709551557ULL; // does not fit a JSON number
        report.provider = u"openai"_s;
        report.model = u"gpt-test"_s;
        report.exchanges.append(
            {u"author"_s, u"{\"messages\":[{\"content\":\"key is "_s + secret + u"\"}]}"_s,
             u"```json\n{\"identity\":{\"stageName\":\"Neon | Pulse\"}}\n```"_s, 200, 812});
        report.issues.append({u"music.tempoMinBpm"_s, u"Tempo must be between 40 and 250 BPM."_s});
        report.filledDefaults = {u"music.lyricsLanguage"_s, u"music.tempoMaxBpm"_s};
        report.profile = QJsonObject{
            {u"music"_s, QJsonObject{{u"lyricsLanguage"_s, u"de"_s}, {u"tempoMaxBpm"_s, 118}}}};
        report.startedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 5), Qt::UTC);
        report.finishedAt = report.startedAt.addMSecs(900);
        report.authoringMs = 812;
        report.totalMs = 900;
        report.artistId = u"0f8e1c2a-1111-2222-3333-444455556666"_s;
        report.stageName = u"Neon Pulse"_s;
        report.ok = true;
        return report;
    }

private Q_SLOTS:
    void writesParseableJsonAndMarkdown()
    {
        TestEnvironment env;
        const Result<DataDir> dataDir = DataDir::resolve(env.dataDir());
        QVERIFY(dataDir.ok());
        SecretRedactor redactor;
        CreationReportWriter writer(dataDir.value(), redactor);

        const Result<ReportEntry> entry = writer.write(sampleReport(u"harmless-text"_s));
        QVERIFY(entry.ok());
        QCOMPARE(entry->kind, u"creation"_s);
        QCOMPARE(entry->artistId, u"0f8e1c2a-1111-2222-3333-444455556666"_s);
        QVERIFY(entry->jsonPath.startsWith(u"reports/creation/"_s));
        QVERIFY2(entry->jsonPath.endsWith(u"-neon-pulse-0f8e1c2a.json"_s),
                 qPrintable(entry->jsonPath));
        QVERIFY(entry->markdownPath.endsWith(u"-neon-pulse-0f8e1c2a.md"_s));
        QVERIFY(entry->title.contains(u"Neon Pulse"_s));

        QJsonParseError error;
        const QJsonDocument json =
            QJsonDocument::fromJson(readAll(dataDir->absolutePath(entry->jsonPath)), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = json.object();
        QCOMPARE(root.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(root.value(u"brief"_s).toObject().value(u"seed"_s).toString(),
                 u"18446744073709551557"_s);
        QCOMPARE(root.value(u"provider"_s).toString(), u"openai"_s);
        QCOMPARE(root.value(u"exchanges"_s).toArray().size(), 1);
        QCOMPARE(root.value(u"validation"_s).toObject().value(u"issues"_s).toArray().size(), 1);
        QCOMPARE(root.value(u"filledDefaults"_s).toArray().size(), 2);
        QCOMPARE(root.value(u"timings"_s).toObject().value(u"totalMs"_s).toInt(), 900);

        const QString markdown =
            QString::fromUtf8(readAll(dataDir->absolutePath(entry->markdownPath)));
        QVERIFY(markdown.startsWith(u"# Creation report: Neon Pulse"_s));
        QVERIFY(markdown.contains(u"## Filled-in defaults"_s));
        QVERIFY(markdown.contains(u"| `music.lyricsLanguage` | de |"_s));
        QVERIFY(markdown.contains(u"| `music.tempoMaxBpm` | 118 |"_s));
        QVERIFY(markdown.contains(u"music.tempoMinBpm"_s));
        // The response holds a ``` fence, so the report fences it with four backticks.
        QVERIFY(markdown.contains(u"````\n```json"_s));
        QVERIFY(!QFileInfo::exists(dataDir->absolutePath(entry->jsonPath) + u".tmp"_s));
    }

    void secretsNeverReachTheFiles_data()
    {
        QTest::addColumn<bool>("registered"); // with the redactor, or given to the writer
        QTest::newRow("registered with the redactor") << true;
        QTest::newRow("given explicitly") << false;
    }

    void secretsNeverReachTheFiles()
    {
        QFETCH(bool, registered);
        TestEnvironment env;
        const Result<DataDir> dataDir = DataDir::resolve(env.dataDir());
        QVERIFY(dataDir.ok());
        const QString secret = u"sk-test-9f8e7d6c5b4a39281706"_s;
        SecretRedactor redactor;
        CreationReportWriter writer(dataDir.value(), redactor);
        if (registered)
            QVERIFY(redactor.addSecret(secret));
        else
            writer.setExtraSecrets({secret});

        CreationReport report = sampleReport(secret);
        report.ok = false;
        report.error = Error(ErrorCode::Unauthorized, u"The key "_s + secret + u" was refused."_s);
        report.profile.insert(u"note"_s, secret);
        const Result<ReportEntry> entry = writer.write(report);
        QVERIFY(entry.ok());

        const QByteArray json = readAll(dataDir->absolutePath(entry->jsonPath));
        const QByteArray markdown = readAll(dataDir->absolutePath(entry->markdownPath));
        QVERIFY(!json.isEmpty());
        QVERIFY(!markdown.isEmpty());
        QVERIFY(!json.contains(secret.toUtf8()));
        QVERIFY(!markdown.contains(secret.toUtf8()));
        QVERIFY(!entry->title.contains(secret));
        QVERIFY(json.contains("[redacted]"));
        QVERIFY(markdown.contains("[redacted]"));
    }

    void failedCreationGetsAReport()
    {
        TestEnvironment env;
        const Result<DataDir> dataDir = DataDir::resolve(env.dataDir());
        QVERIFY(dataDir.ok());
        SecretRedactor redactor;
        CreationReportWriter writer(dataDir.value(), redactor);
        CreationReport report;
        report.brief.genre = u"drum & bass"_s;
        report.brief.country = u"GB"_s;
        report.provider = u"local"_s;
        report.error = Error(ErrorCode::InvalidInput, u"Stage name is required."_s);

        const Result<ReportEntry> first = writer.write(report);
        const Result<ReportEntry> second = writer.write(report);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first->artistId.isEmpty());
        QVERIFY(first->jsonPath.contains(u"-failed-drum-bass-"_s));
        QVERIFY(first->jsonPath != second->jsonPath); // never overwrites an older report
        const QJsonObject root =
            QJsonDocument::fromJson(readAll(dataDir->absolutePath(first->jsonPath))).object();
        QCOMPARE(root.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(root.value(u"error"_s).toObject().value(u"code"_s).toString(), u"invalid_input"_s);
        const QString markdown =
            QString::fromUtf8(readAll(dataDir->absolutePath(first->markdownPath)));
        QVERIFY(markdown.contains(u"Stage name is required."_s));
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("spaces") << u"Neon Pulse (copy)"_s << u"neon-pulse-copy"_s;
        QTest::newRow("accents") << u"Zoé Café"_s << u"zoe-cafe"_s;
        QTest::newRow("path characters") << u"../../etc/passwd"_s << u"etc-passwd"_s;
        QTest::newRow("only symbols") << u"!!!"_s << QString();
    }

    void slugs()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(CreationReportWriter::slug(text), slug);
    }
};

QTEST_GUILESS_MAIN(TestCreationReportWriter)
#include "tst_creationreportwriter.moc"

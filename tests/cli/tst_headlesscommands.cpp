// The headless commands end to end: the real artist-studio binary in a QProcess, on a fresh data
// dir, checked by what a cron job or script would see (exit code, stdout JSON, files).
#include "domain/artistjson.h"
#include "fakehttpserver.h"
#include "generation/localauthor.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

class TestHeadlessCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    Run studio(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = m_env;
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(STUDIO_APP_BINARY),
                      QStringList{QStringLiteral("--data-dir"), dataDir()} + arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString createArtist(const QString &genre, const QString &country)
    {
        const Run run = studio({u"artist"_qs, u"create"_qs, u"--genre"_qs, genre, u"--country"_qs,
                                country, u"--seed"_qs, u"11"_qs, u"--json"_qs});
        return run.json().object().value(u"id"_qs).toString();
    }
    int artistCount()
    {
        return int(
            studio({u"artist"_qs, u"list"_qs, u"--all"_qs, u"--json"_qs}).json().array().size());
    }

private Q_SLOTS:
    void init()
    {
        QDir(dataDir()).removeRecursively();
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("ARTIST_STUDIO_DATA_DIR"));
        m_env.remove(QStringLiteral("ARTIST_STUDIO_OPENAI_API_KEY"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent"));
    }

    void versionAndHelp()
    {
        const Run version = studio({u"--version"_qs});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("artist-studio " STUDIO_VERSION));
        const Run help = studio({u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("artist create"));
    }

    void createPrintsTheStoredProfile()
    {
        const Run created = studio({u"artist"_qs, u"create"_qs, u"--genre"_qs, u"synthwave"_qs,
                                    u"--country"_qs, u"DE"_qs, u"--mood"_qs, u"melancholic"_qs,
                                    u"--seed"_qs, u"42"_qs, u"--json"_qs});
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.err.isEmpty(), created.err.constData()); // stderr is for errors only
        const QJsonObject profile = created.json().object();
        const QString id = profile.value(u"id"_qs).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(profile.value(u"version"_qs).toInt(), 1);
        QCOMPARE(profile.value(u"music"_qs).toObject().value(u"primaryGenre"_qs).toString(),
                 u"synthwave"_qs);

        // show --json is the profile as stored: the very same document
        const Run shown = studio({u"artist"_qs, u"show"_qs, id, u"--json"_qs});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json(), created.json());

        // and the creation left a report
        QDir reports(dataDir() + u"/reports/creation"_qs);
        QCOMPARE(reports.entryList({u"*.json"_qs}, QDir::Files).size(), 1);
        QCOMPARE(reports.entryList({u"*.md"_qs}, QDir::Files).size(), 1);
    }

    void listShowsEveryArtist()
    {
        const QString first = createArtist(u"techno"_qs, u"DE"_qs);
        const QString second = createArtist(u"k-pop"_qs, u"KR"_qs);
        const Run list = studio({u"artist"_qs, u"list"_qs, u"--json"_qs});
        QCOMPARE(list.exitCode, 0);
        QStringList ids;
        for (const QJsonValue &row : list.json().array())
            ids << row.toObject().value(u"id"_qs).toString();
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.contains(first) && ids.contains(second));

        const Run text = studio({u"artist"_qs, u"list"_qs});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(first.toUtf8()));
        QVERIFY(text.out.contains("KR"));
    }

    void exportImportRoundTrip()
    {
        const QString id = createArtist(u"lo-fi"_qs, u"JP"_qs);
        const QString file = m_dir.filePath(u"export.json"_qs);
        const Run exported = studio({u"artist"_qs, u"export"_qs, id, file});
        QCOMPARE(exported.exitCode, 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject original = QJsonDocument::fromJson(written.readAll()).object();

        const Run imported = studio({u"artist"_qs, u"import"_qs, file, u"--json"_qs});
        QCOMPARE(imported.exitCode, 0);
        QJsonObject copy = imported.json().object();
        QVERIFY(copy.value(u"id"_qs).toString() != id); // the original still exists
        for (const QString &section : {u"identity"_qs, u"music"_qs, u"audience"_qs, u"behaviour"_qs,
                                       u"releaseStrategy"_qs, u"providers"_qs})
            QCOMPARE(copy.value(section), original.value(section));
        QCOMPARE(artistCount(), 2);
    }

    void invalidImportIsRefusedWithExitCode3()
    {
        createArtist(u"rock"_qs, u"GB"_qs);
        const QString file = m_dir.filePath(u"bad.json"_qs);
        QFile bad(file);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"identity":{"stageName":42},"music":{"tempoMinBpm":"fast"},"hack":1})");
        bad.close();
        const Run run = studio({u"artist"_qs, u"import"_qs, file});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("identity.stageName"), run.err.constData());
        QVERIFY(run.err.contains("music.tempoMinBpm"));
        QCOMPARE(artistCount(), 1); // nothing written
    }

    void errorsHaveTheirExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("usage: no subcommand") << QStringList{u"artist"_qs} << 2;
        QTest::newRow("usage: unknown option") << QStringList{u"--nope"_qs} << 2;
        QTest::newRow("usage: create without country")
            << QStringList{u"artist"_qs, u"create"_qs, u"--genre"_qs, u"pop"_qs} << 2;
        QTest::newRow("runtime: unknown id")
            << QStringList{u"artist"_qs, u"show"_qs, u"00000000-0000-0000-0000-000000000000"_qs}
            << 1;
        QTest::newRow("runtime: missing import file")
            << QStringList{u"artist"_qs, u"import"_qs, u"/nonexistent/a.json"_qs} << 1;
        QTest::newRow("validation: bad country")
            << QStringList{u"artist"_qs, u"create"_qs,    u"--genre"_qs,
                           u"pop"_qs,    u"--country"_qs, u"XX"_qs}
            << 3;
    }

    void errorsHaveTheirExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = studio(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty() || exitCode == 0);
    }

    void unusableDataDirIsARuntimeError()
    {
        QFile blocker(m_dir.filePath(u"blocker"_qs));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(
            QStringLiteral(STUDIO_APP_BINARY),
            {u"--data-dir"_qs, blocker.fileName() + u"/sub"_qs, u"artist"_qs, u"list"_qs});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("blocker"));
    }

    // The remote provider through the CLI, against a loopback fake speaking the OpenAI wire
    // format; the key given through the environment must not reach any file of the data dir.
    void createWithOpenAiProviderKeepsTheKeySecret()
    {
        auto composed = LocalAuthor::compose({u"house"_qs, u"FR"_qs, {}, 5}, 5);
        QVERIFY(composed.ok());
        QJsonObject profile = ArtistJson::toJson(*composed);
        for (const char *meta : {"id", "version", "createdAt", "updatedAt", "lastRunAt"})
            profile.remove(QLatin1String(meta));
        const QJsonObject answer{
            {u"id"_qs, u"chatcmpl-1"_qs},
            {u"object"_qs, u"chat.completion"_qs},
            {u"model"_qs, u"test-model"_qs},
            {u"choices"_qs,
             QJsonArray{QJsonObject{
                 {u"index"_qs, 0},
                 {u"message"_qs,
                  QJsonObject{{u"role"_qs, u"assistant"_qs},
                              {u"content"_qs, QString::fromUtf8(QJsonDocument(profile).toJson())}}},
                 {u"finish_reason"_qs, u"stop"_qs}}}}};
        FakeHttpServer server;
        server.enqueue("/v1/chat/completions", FakeHttpResponse::json(200, answer));

        const QString key = u"sk-cli-secret-0123456789abcdef"_qs;
        QProcessEnvironment extra;
        extra.insert(u"ARTIST_STUDIO_OPENAI_API_KEY"_qs, key);
        extra.insert(u"ARTIST_STUDIO_TEXT_PROVIDER_BASE_URL"_qs, server.baseUrl().toString());
        extra.insert(u"ARTIST_STUDIO_TEXT_PROVIDER_MODEL"_qs, u"test-model"_qs);
        const Run run =
            studio({u"artist"_qs, u"create"_qs, u"--genre"_qs, u"house"_qs, u"--country"_qs,
                    u"FR"_qs, u"--provider"_qs, u"openai"_qs, u"--json"_qs},
                   extra);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object().value(u"identity"_qs), profile.value(u"identity"_qs));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().header("Authorization"), "Bearer " + key.toUtf8());

        QDirIterator files(dataDir(), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(key.toUtf8()), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked >= 4); // database, log, report .json and .md at least
    }
};

QTEST_GUILESS_MAIN(TestHeadlessCommands)
#include "tst_headlesscommands.moc"

// `artist-studio analyze` end to end: the real binary in a QProcess on a fresh data dir and
// small WAV files, checked by what a script would see (exit code, one JSON object per line).
#include "testsignals.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            objects.append(QJsonDocument::fromJson(line).object()); // invalid JSON: empty object
        }
        return objects;
    }
};

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

const QSet<QString> kIssueKeys = {u"file"_qs,
                                  u"duration_s"_qs,
                                  u"sample_rate"_qs,
                                  u"channels"_qs,
                                  u"bpm"_qs,
                                  u"bpm_confidence"_qs,
                                  u"bpm_alternatives"_qs,
                                  u"beats"_qs,
                                  u"key"_qs,
                                  u"key_confidence"_qs,
                                  u"key_runner_up"_qs,
                                  u"loudness_lufs"_qs,
                                  u"loudness_range_lu"_qs,
                                  u"true_peak_dbtp"_qs,
                                  u"sample_peak_dbfs"_qs,
                                  u"silence_start_s"_qs,
                                  u"silence_end_s"_qs,
                                  u"clipped_samples"_qs,
                                  u"sections"_qs,
                                  u"energy"_qs,
                                  u"danceability"_qs,
                                  u"valence"_qs,
                                  u"arousal"_qs,
                                  u"fingerprint"_qs,
                                  u"analyzer_versions"_qs};

constexpr int kRate = 22050;

} // namespace

class TestAnalyzeCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    Run studio(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(STUDIO_APP_BINARY),
                      QStringList{QStringLiteral("--data-dir"), dataDir()} + arguments);
        if (!process.waitForFinished(180000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString audio(const QString &name, std::uint32_t seed, double seconds = 6.0)
    {
        const QString path = m_dir.filePath(QStringLiteral("audio/") + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!TestSignals::writeWav(path, TestSignals::melody(seed, seconds, kRate, 1), kRate, 1))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString corrupt(const QString &name)
    {
        const QString path = m_dir.filePath(QStringLiteral("audio/") + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        TestSignals::writeBytes(path, QByteArray("this is not audio at all, only text"));
        return path;
    }

private Q_SLOTS:
    void init()
    {
        QDir(dataDir()).removeRecursively();
        QDir(m_dir.filePath(QStringLiteral("audio"))).removeRecursively();
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("ARTIST_STUDIO_DATA_DIR"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent"));
    }

    void jsonPrintsOneObjectPerFileWithTheIssuesKeys()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1);
        const QString b = audio(QStringLiteral("b.wav"), 2);
        const Run run = studio({u"analyze"_qs, u"--json"_qs, b, a});
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = run.lines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).value(u"file"_qs).toString().endsWith(u"b.wav"_qs)); // input order
        QVERIFY(lines.at(1).value(u"file"_qs).toString().endsWith(u"a.wav"_qs));
        for (const QJsonObject &line : lines) {
            QCOMPARE(keysOf(line), kIssueKeys);
            QCOMPARE(line.value(u"sample_rate"_qs).toInt(), kRate);
            QCOMPARE(line.value(u"channels"_qs).toInt(), 1);
            QVERIFY(qAbs(line.value(u"duration_s"_qs).toDouble() - 6.0) < 0.01);
            QVERIFY(line.value(u"beats"_qs).isDouble()); // a count, not the positions
            QVERIFY(line.value(u"bpm_alternatives"_qs).isArray());
            QVERIFY(line.value(u"analyzer_versions"_qs).isObject());
            QVERIFY(!QByteArray::fromBase64(line.value(u"fingerprint"_qs).toString().toLatin1())
                         .isEmpty());
            for (const QJsonValue &section : line.value(u"sections"_qs).toArray())
                QCOMPARE(keysOf(section.toObject()),
                         (QSet<QString>{u"start_s"_qs, u"end_s"_qs, u"label"_qs}));
        }
    }

    void aFailingFileIsReportedAndTheOthersStillPrinted()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1, 3.0);
        const QString bad = corrupt(QStringLiteral("bad.wav"));
        const QString b = audio(QStringLiteral("b.wav"), 2, 3.0);
        const Run run = studio({u"analyze"_qs, u"--json"_qs, a, bad, b});
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> lines = run.lines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(keysOf(lines.at(1)), (QSet<QString>{u"file"_qs, u"error"_qs}));
        QVERIFY(lines.at(1).value(u"file"_qs).toString().endsWith(u"bad.wav"_qs));
        QVERIFY(!lines.at(1).value(u"error"_qs).toString().isEmpty());
        QCOMPARE(keysOf(lines.at(0)), kIssueKeys);
        QCOMPARE(keysOf(lines.at(2)), kIssueKeys);
        QVERIFY(run.err.contains("could not be analyzed"));
    }

    void textLinesAndTheCache()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1, 3.0);
        const Run first = studio({u"analyze"_qs, a});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out.count('\n'), 1);
        QVERIFY(first.out.contains("a.wav"));
        QVERIFY(first.out.contains("0:03.0"));
        QVERIFY(first.out.contains("BPM"));
        QVERIFY(first.out.contains("LUFS"));
        QVERIFY(!first.out.contains("(cached)"));

        const Run second = studio({u"analyze"_qs, a});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out.contains("(cached)"));

        const Run fresh = studio({u"analyze"_qs, u"--no-cache"_qs, a});
        QCOMPARE(fresh.exitCode, 0);
        QVERIFY(!fresh.out.contains("(cached)"));
    }

    void cachedAndFreshResultsAgree()
    {
        const QString a = audio(QStringLiteral("a.wav"), 3, 3.0);
        const Run first = studio({u"analyze"_qs, u"--json"_qs, u"--jobs"_qs, u"1"_qs, a});
        const Run cached = studio({u"analyze"_qs, u"--json"_qs, a});
        const Run fresh =
            studio({u"analyze"_qs, u"--json"_qs, u"--no-cache"_qs, u"--jobs=2"_qs, a});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(cached.exitCode, 0);
        QCOMPARE(fresh.exitCode, 0);
        QCOMPARE(cached.lines(), first.lines());
        QCOMPARE(fresh.lines(), first.lines());
    }

    void foldersAreExpanded()
    {
        audio(QStringLiteral("album/02.wav"), 2, 2.0);
        audio(QStringLiteral("album/01.wav"), 1, 2.0);
        TestSignals::writeBytes(m_dir.filePath(QStringLiteral("audio/album/cover.txt")), "x");
        const Run run =
            studio({u"analyze"_qs, u"--json"_qs, m_dir.filePath(QStringLiteral("audio/album"))});
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = run.lines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).value(u"file"_qs).toString().endsWith(u"01.wav"_qs));
        QVERIFY(lines.at(1).value(u"file"_qs).toString().endsWith(u"02.wav"_qs));
    }

    void compareOfAFileWithItselfIsOne()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1, 8.0);
        const QString b = audio(QStringLiteral("b.wav"), 2, 8.0);
        const Run self = studio({u"analyze"_qs, u"compare"_qs, a, a, u"--json"_qs});
        QCOMPARE(self.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(self.out).object();
        QVERIFY2(result.value(u"similarity"_qs).toDouble() > 0.95, self.out.constData());

        const Run other = studio({u"analyze"_qs, u"compare"_qs, a, b});
        QCOMPARE(other.exitCode, 0);
        QVERIFY(other.out.startsWith("similarity: "));
        const double similarity = other.out.mid(12).trimmed().toDouble();
        QVERIFY(similarity < result.value(u"similarity"_qs).toDouble());

        const Run missing = studio(
            {u"analyze"_qs, u"compare"_qs, a, m_dir.filePath(QStringLiteral("missing.wav"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("missing.wav"));
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no files") << QStringList{u"analyze"_qs};
        QTest::newRow("no files, json") << QStringList{u"analyze"_qs, u"--json"_qs};
        QTest::newRow("zero jobs")
            << QStringList{u"analyze"_qs, u"--jobs"_qs, u"0"_qs, u"a.wav"_qs};
        QTest::newRow("jobs not a number")
            << QStringList{u"analyze"_qs, u"--jobs"_qs, u"many"_qs, u"a.wav"_qs};
        QTest::newRow("jobs without value")
            << QStringList{u"analyze"_qs, u"a.wav"_qs, u"--jobs"_qs};
        QTest::newRow("compare one file") << QStringList{u"analyze"_qs, u"compare"_qs, u"a.wav"_qs};
        QTest::newRow("compare three files")
            << QStringList{u"analyze"_qs, u"compare"_qs, u"a.wav"_qs, u"b.wav"_qs, u"c.wav"_qs};
        QTest::newRow("compare with --no-cache") << QStringList{
            u"analyze"_qs, u"compare"_qs, u"a.wav"_qs, u"b.wav"_qs, u"--no-cache"_qs};
        QTest::newRow("artist option")
            << QStringList{u"analyze"_qs, u"--genre"_qs, u"pop"_qs, u"a.wav"_qs};
        QTest::newRow("jobs without a command") << QStringList{u"--jobs"_qs, u"2"_qs};
    }

    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, arguments);
        const Run run = studio(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void helpListsTheAnalyzeCommands()
    {
        const Run help = studio({u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("analyze [--jobs N] [--no-cache] [--json] FILE|DIR..."));
        QVERIFY(help.out.contains("analyze compare"));
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"

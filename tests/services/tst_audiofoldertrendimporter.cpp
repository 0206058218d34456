// Importer 3, "analyze a folder": a sidecar CSV validated with line numbers, the studio's own
// analysis of synthesized tracks with known tempo and key, and the chart aggregation they go
// through (via TrendService, which drives the analysis).
#include "services/analysisservice.h"
#include "services/audiofoldertrendimporter.h"
#include "services/trendservice.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "testcorpus.h"
#include "testenvironment.h"
#include "testsignals.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 300000; // analysis under ASan on a shared machine

template<typename T> T waitFor(const QFuture<T> &future)
{
    QDeadlineTimer deadline(kTimeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    if (!future.isFinished() || future.resultCount() == 0)
        return T(Error(ErrorCode::Internal, u"the future gave no result"_s));
    return future.result();
}

// The message of a failed result, for QVERIFY2 (which evaluates it even when the check passes).
template<typename T> QString errorText(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class TestAudioFolderTrendImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<AnalysisService> m_analysis;
    std::unique_ptr<TrendService> m_trends;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_env->path(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // A short track the analyzers measure reliably: four-on-the-floor at `bpm` in `tonic`.
    void track(const QString &name, double bpm, int tonic, bool minor)
    {
        TestCorpus::Track t;
        t.name = name;
        t.bpm = bpm;
        t.tonic = tonic;
        t.minor = minor;
        t.durationS = 16;
        t.sampleRate = 22050;
        t.channels = 1;
        t.seed = quint32(bpm);
        const QString path = m_env->path(u"audio/"_s + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!TestSignals::writeWav(path, TestCorpus::render(t), t.sampleRate, t.channels))
            qFatal("cannot write %s", qPrintable(path));
    }
    TrendSeries series(TrendFeature feature, const QString &genre = {})
    {
        const auto chart = waitFor(m_trends->series({u"DE"_s, genre, {}}, feature));
        return chart ? chart->series : TrendSeries();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = std::make_unique<TestEnvironment>();
        auto opened = Database::open(m_env->path(u"studio.sqlite"_s));
        QVERIFY(opened.ok());
        m_db = opened.value();
        m_analysis = std::make_unique<AnalysisService>(m_db);
        m_trends = std::make_unique<TrendService>(m_db, m_analysis.get(), nullptr);
        track(u"fast.wav"_s, 128, 0, false); // C major
        track(u"slow.wav"_s, 100, 9, true);  // A minor
        write(u"audio/broken.wav"_s, "RIFF....WAVEfmt this is not audio");
    }
    void cleanupTestCase()
    {
        m_trends.reset();
        m_analysis.reset();
        m_db.reset();
        m_env.reset();
    }

    void sidecarRowsAreValidatedWithLineNumbers()
    {
        const QString csv =
            write(u"audio/charts.csv"_s, "File,Country,Date,Rank,Streams,Genre,Comment\n"
                                         "fast.wav,de,2024-01-01,1,5000,Techno,ok\n"
                                         "missing.wav,DE,2024-01-01,2,10,pop,\n"
                                         "slow.wav,DE,2024-02-30,0,-5,pop,\n"
                                         "charts.csv,DE,2024-01-01,,,pop,\n"
                                         "slow.wav,DE\n");
        const auto sidecar = AudioFolderTrendImporter::readSidecar(m_env->path(u"audio"_s));
        QVERIFY2(sidecar, qPrintable(errorText(sidecar)));
        QCOMPARE(sidecar->csvPath, QFileInfo(csv).absoluteFilePath());
        QCOMPARE(sidecar->rowsRead, 5);
        QCOMPARE(sidecar->rowsRejected, 4);
        QCOMPARE(sidecar->entries.size(), 1);
        QCOMPARE(sidecar->entries[0].country, u"DE"_s);
        QCOMPARE(sidecar->entries[0].genre, u"techno"_s);
        QCOMPARE(sidecar->entries[0].streams, 5000.0);
        QCOMPARE(sidecar->ignoredColumns, QStringList{u"Comment"_s});

        QList<std::pair<qint64, QString>> problems;
        for (const RejectedRow &row : sidecar->rejected)
            problems.append({row.line, row.column});
        const QList<std::pair<qint64, QString>> expected = {{3, u"file"_s}, {4, u"date"_s},
                                                            {4, u"rank"_s}, {4, u"streams"_s},
                                                            {5, u"file"_s}, {6, QString()}};
        QCOMPARE(problems, expected);
        QVERIFY(sidecar->rejected[0].reason.contains(u"missing.wav"_s));

        // Nothing is analyzed or written: the report lists the rows.
        const auto report = waitFor(m_trends->importTrends(m_env->path(u"audio"_s)));
        QVERIFY2(report, qPrintable(errorText(report)));
        QVERIFY(!report->committed);
        QCOMPARE(report->rowsRejected, 4);
        QVERIFY(series(TrendFeature::Tempo).isEmpty());
        QFile::remove(csv);
    }

    void sidecarWithoutRequiredColumnsIsRefused()
    {
        const QString csv = write(u"bad/charts.csv"_s, "file,date\nx.wav,2024-01-01\n");
        const auto sidecar = AudioFolderTrendImporter::readSidecar(csv);
        QVERIFY(!sidecar);
        QCOMPARE(sidecar.error().code, ErrorCode::InvalidInput);
        QVERIFY(sidecar.error().message.contains(u"country"_s));
        QVERIFY(!AudioFolderTrendImporter::findSidecar(m_env->path(u"nothing"_s)));
    }

    void analyzedTracksBecomeTrends()
    {
        write(u"audio/charts.csv"_s, "file,country,date,rank,streams,genre\n"
                                     "fast.wav,DE,2024-01-01,1,300,techno\n"
                                     "slow.wav,DE,2024-01-01,2,100,pop\n"
                                     "broken.wav,DE,2024-01-08,1,100,pop\n"
                                     "slow.wav,DE,2024-01-08,2,100,pop\n");
        // The broken file rejects its row, and without --skip-bad-rows nothing is written.
        auto report = waitFor(m_trends->importTrends(m_env->path(u"audio"_s)));
        QVERIFY2(report, qPrintable(errorText(report)));
        QVERIFY(!report->committed);
        QCOMPARE(report->rowsRejected, 1);
        QCOMPARE(report->rejected.size(), 1);
        QCOMPARE(report->rejected[0].line, 4);
        QCOMPARE(report->rejected[0].column, u"file"_s);
        QVERIFY(report->rejected[0].reason.contains(u"broken.wav"_s));
        QVERIFY(series(TrendFeature::Tempo).isEmpty());

        ImportOptions skip;
        skip.skipBadRows = true;
        report = waitFor(
            m_trends->importTrends(m_env->path(u"audio"_s), TrendImportFormat::AudioFolder, skip));
        QVERIFY2(report, qPrintable(errorText(report)));
        QVERIFY(report->committed);
        QCOMPARE(report->rowsRead, 4);
        QCOMPARE(report->rowsAccepted, 3);
        QCOMPARE(report->rowsRejected, 1);
        const auto sources = waitFor(m_trends->sources());
        QCOMPARE(sources->size(), 1);
        QCOMPARE(sources->first().kind, u"audio-folder"_s);
        QCOMPARE(sources->first().rowsAccepted, 3);
        QCOMPARE(sources->first().rowsRejected, 1);

        // Week 1: 128 BPM with 300 streams and 100 BPM with 100 -> streams-weighted 121;
        // week 2: the slow track alone. The analyzer's tempo is within a BPM of the truth.
        const TrendSeries tempo = series(TrendFeature::Tempo);
        QCOMPARE(tempo.size(), 2);
        QCOMPARE(tempo[0].period, QDate(2024, 1, 1));
        QCOMPARE(tempo[0].sampleSize, 2);
        QVERIFY2(qAbs(tempo[0].mean - 121) < 1.0, qPrintable(QString::number(tempo[0].mean)));
        QVERIFY2(qAbs(tempo[1].mean - 100) < 1.0, qPrintable(QString::number(tempo[1].mean)));
        // Genres are kept: the techno segment is the fast track alone.
        const TrendSeries techno = series(TrendFeature::Tempo, u"techno"_s);
        QCOMPARE(techno.size(), 1);
        QVERIFY(qAbs(techno[0].mean - 128) < 1.0);
        // Mode: C major (1) weighted 300 against A minor (0) weighted 100.
        const TrendSeries mode = series(TrendFeature::Mode);
        QCOMPARE(mode.size(), 2);
        QCOMPARE(mode[0].mean, 0.75);
        QCOMPARE(mode[1].mean, 0.0);
        // Every other feature the analysis measures is there too.
        for (TrendFeature feature : {TrendFeature::Energy, TrendFeature::Danceability,
                                     TrendFeature::Valence, TrendFeature::Loudness})
            QCOMPARE(series(feature).size(), 2);
        const TrendSeries duration = series(TrendFeature::DurationS);
        QVERIFY(qAbs(duration[1].mean - 16) < 0.1);

        // The analyses are cached: importing again (replacing) decodes nothing new.
        report = waitFor(
            m_trends->importTrends(m_env->path(u"audio"_s), TrendImportFormat::AudioFolder, skip));
        QVERIFY(report && report->committed);
        QCOMPARE(waitFor(m_trends->sources())->size(), 1);
        const auto cached = waitFor(m_analysis->cached(m_env->path(u"audio/fast.wav"_s)));
        QVERIFY(cached && cached->fromCache);
    }

    void cancelledImportWritesNothing()
    {
        write(u"cancel/charts.csv"_s, "file,country,date\n../audio/fast.wav,FR,2024-01-01\n");
        QFuture<Result<ImportReport>> future = m_trends->importTrends(m_env->path(u"cancel"_s));
        future.cancel(); // before the sidecar's continuation runs on this thread
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), kTimeoutMs);
        QVERIFY(future.isCanceled());
        const auto chart = waitFor(m_trends->series({u"FR"_s, {}, {}}, TrendFeature::Tempo));
        QVERIFY(chart && chart->series.isEmpty());
    }

    void keysParse()
    {
        using KM = std::optional<std::pair<int, int>>;
        QCOMPARE(AudioFolderTrendImporter::keyAndMode(u"A minor"_s), KM({9, 0}));
        QCOMPARE(AudioFolderTrendImporter::keyAndMode(u"F# major"_s), KM({6, 1}));
        QCOMPARE(AudioFolderTrendImporter::keyAndMode(u"Bb minor"_s), KM({10, 0}));
        QCOMPARE(AudioFolderTrendImporter::keyAndMode(u"Cb major"_s), KM({11, 1}));
        QCOMPARE(AudioFolderTrendImporter::keyAndMode(QString()), KM());
        QCOMPARE(AudioFolderTrendImporter::keyAndMode(u"H dorian"_s), KM());
    }
};

QTEST_GUILESS_MAIN(TestAudioFolderTrendImporter)
#include "tst_audiofoldertrendimporter.moc"

// AnalysisService end to end on small WAV files: the batch, the cache, corrections, cancel and
// the signals a pane relies on.
#include "services/analysisservice.h"
#include "storage/database.h"
#include "testenvironment.h"
#include "testsignals.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <memory>

namespace {

constexpr int kRate = 22050;
constexpr int kTimeoutMs = 120000; // generous: ASan and a shared machine

template<typename T> bool waitUntilFinished(const QFuture<T> &future)
{
    QDeadlineTimer deadline(kTimeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    return future.isFinished();
}

// The result of a service call; a hang or a cancel becomes an Internal error the test reports.
template<typename T> T waitFor(const QFuture<T> &future)
{
    if (!waitUntilFinished(future) || future.resultCount() == 0)
        return T(Error(ErrorCode::Internal, QStringLiteral("the future gave no result")));
    return future.result();
}

QStringList pathsOf(const QList<TrackAnalysis> &tracks)
{
    QStringList paths;
    for (const TrackAnalysis &track : tracks)
        paths.append(QFileInfo(track.path).fileName());
    return paths;
}

} // namespace

class TestAnalysisService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<AnalysisService> m_service;

    QString audio(const QString &name, std::uint32_t seed, double seconds = 3.0)
    {
        const QString path = m_env->path(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!TestSignals::writeWav(path, TestSignals::melody(seed, seconds, kRate, 1), kRate, 1))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QList<TrackAnalysis> analyze(const QStringList &files, bool useCache = true)
    {
        const QFuture<QList<TrackAnalysis>> future = m_service->analyze(files, useCache);
        if (!waitUntilFinished(future) || future.isCanceled() || future.resultCount() != 1)
            return {};
        return future.result();
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        auto opened = Database::open(m_env->path(QStringLiteral("studio.sqlite")));
        QVERIFY(opened.ok());
        m_db = opened.value();
        m_service = std::make_unique<AnalysisService>(m_db);
    }
    void cleanup()
    {
        m_service.reset();
        m_db.reset();
        m_env.reset();
    }

    void analyzesFilesInInputOrder()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1);
        const QString b = audio(QStringLiteral("b.wav"), 2);
        const QString c = audio(QStringLiteral("c.wav"), 3);
        m_service->setJobs(2);
        const QList<TrackAnalysis> tracks = analyze({c, a, b});
        QCOMPARE(pathsOf(tracks), (QStringList{u"c.wav"_qs, u"a.wav"_qs, u"b.wav"_qs}));
        for (const TrackAnalysis &track : tracks) {
            QVERIFY2(track.error.isEmpty(), qPrintable(track.error));
            QVERIFY(track.analysis);
            QVERIFY(!track.fromCache);
            QVERIFY(QFileInfo(track.path).isAbsolute());
            QVERIFY(qAbs(track.analysis->durationS - 3.0) < 0.01);
            QCOMPARE(track.analysis->contentHash.size(), 64);
            QVERIFY(!track.analysis->analyzerVersions.isEmpty());
        }
        // Different content, different hashes.
        QVERIFY(tracks.at(0).analysis->contentHash != tracks.at(1).analysis->contentHash);
    }

    void foldersExpandToTheirAudioFilesSorted()
    {
        audio(QStringLiteral("album/02.wav"), 2);
        audio(QStringLiteral("album/01.wav"), 1);
        audio(QStringLiteral("album/disc2/03.wav"), 3);
        QVERIFY(TestSignals::writeBytes(m_env->path(QStringLiteral("album/notes.txt")), "notes"));
        const QList<TrackAnalysis> tracks = analyze({m_env->path(QStringLiteral("album"))});
        QCOMPARE(pathsOf(tracks), (QStringList{u"01.wav"_qs, u"02.wav"_qs, u"03.wav"_qs}));
    }

    void secondRunIsServedFromTheCache()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1);
        const QString b = audio(QStringLiteral("b.wav"), 2);
        const QList<TrackAnalysis> first = analyze({a, b});
        QCOMPARE(first.size(), 2);
        QVERIFY(!first.at(0).fromCache);

        const QList<TrackAnalysis> second = analyze({a, b});
        QCOMPARE(second.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(second.at(i).fromCache);
            QCOMPARE(second.at(i).analysis->contentHash, first.at(i).analysis->contentHash);
            QCOMPARE(second.at(i).analysis->key, first.at(i).analysis->key);
            QCOMPARE(second.at(i).analysis->fingerprint, first.at(i).analysis->fingerprint);
            QCOMPARE(second.at(i).analysis->beats, first.at(i).analysis->beats);
        }

        // Path, size and mtime unchanged: the stored hash is trusted and the file not even read.
        // Junk of the same size with the old mtime proves it: decoding it would fail.
        const QDateTime mtime = QFileInfo(a).lastModified();
        const qint64 size = QFileInfo(a).size();
        {
            QFile file(a);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(size, 'x'));
            file.close();
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(mtime, QFileDevice::FileModificationTime));
        }
        const QList<TrackAnalysis> third = analyze({a});
        QCOMPARE(third.size(), 1);
        QVERIFY2(third.at(0).error.isEmpty(), qPrintable(third.at(0).error));
        QVERIFY(third.at(0).fromCache);
    }

    void touchedButUnchangedContentIsFoundByItsHash()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1);
        QCOMPARE(analyze({a}).size(), 1);
        QFile file(a);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60),
                                 QFileDevice::FileModificationTime));
        file.close();
        const QList<TrackAnalysis> again = analyze({a});
        QCOMPARE(again.size(), 1);
        QVERIFY(again.at(0).fromCache);

        // A copy elsewhere is the same content: no second analysis either.
        const QString copy = m_env->path(QStringLiteral("copy.wav"));
        QVERIFY(QFile::copy(a, copy));
        QVERIFY(analyze({copy}).value(0).fromCache);
    }

    void modifiedFileIsAnalyzedAgain()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1, 3.0);
        const QList<TrackAnalysis> first = analyze({a});
        QCOMPARE(first.size(), 1);

        audio(QStringLiteral("a.wav"), 5, 2.0); // new content, new length
        QFile file(a);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60),
                                 QFileDevice::FileModificationTime));
        file.close();
        const QList<TrackAnalysis> second = analyze({a});
        QCOMPARE(second.size(), 1);
        QVERIFY(!second.at(0).fromCache);
        QVERIFY(second.at(0).analysis->contentHash != first.at(0).analysis->contentHash);
        QVERIFY(qAbs(second.at(0).analysis->durationS - 2.0) < 0.01);
    }

    void noCacheAnalyzesAgain()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1);
        QCOMPARE(analyze({a}).size(), 1);
        const QList<TrackAnalysis> again = analyze({a}, false);
        QCOMPARE(again.size(), 1);
        QVERIFY(!again.at(0).fromCache);
        QVERIFY(analyze({a}).value(0).fromCache); // and the cache still serves it afterwards
    }

    void badFilesGiveErrorsWhileOthersSucceed()
    {
        const QString good1 = audio(QStringLiteral("good1.wav"), 1);
        const QString corrupt = m_env->path(QStringLiteral("corrupt.wav"));
        QVERIFY(TestSignals::writeBytes(corrupt, QByteArray("RIFF\x10\0\0\0WAVEjunkjunkjunk", 24)));
        const QString missing = m_env->path(QStringLiteral("missing.wav"));
        const QString good2 = audio(QStringLiteral("good2.wav"), 2);

        const QList<TrackAnalysis> tracks = analyze({good1, corrupt, missing, good2});
        QCOMPARE(tracks.size(), 4);
        QVERIFY(tracks.at(0).error.isEmpty());
        QVERIFY(tracks.at(0).analysis);
        QVERIFY(!tracks.at(1).error.isEmpty());
        QVERIFY(!tracks.at(1).analysis);
        QVERIFY(tracks.at(2).error.contains(u"missing.wav"_qs));
        QVERIFY(!tracks.at(2).analysis);
        QVERIFY(tracks.at(3).error.isEmpty());

        // Errors are not cached: the corrupt file fails again, the good ones come from the cache.
        const QList<TrackAnalysis> again = analyze({good1, corrupt});
        QVERIFY(again.at(0).fromCache);
        QVERIFY(!again.at(1).error.isEmpty());
    }

    void oneAndTwoJobsGiveTheSameResults()
    {
        QStringList files;
        for (int i = 0; i < 4; ++i)
            files << audio(QStringLiteral("t%1.wav").arg(i), std::uint32_t(10 + i));
        m_service->setJobs(1);
        QCOMPARE(m_service->jobs(), 1);
        const QList<TrackAnalysis> one = analyze(files, false);
        m_service->setJobs(2);
        QCOMPARE(m_service->jobs(), 2);
        const QList<TrackAnalysis> two = analyze(files, false);
        QCOMPARE(one.size(), 4);
        QCOMPARE(two.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const Analysis &x = *one.at(i).analysis;
            const Analysis &y = *two.at(i).analysis;
            QCOMPARE(x.contentHash, y.contentHash);
            QCOMPARE(x.key, y.key);
            QCOMPARE(x.keyConfidence, y.keyConfidence);
            QCOMPARE(x.beats, y.beats);
            QCOMPARE(x.fingerprint, y.fingerprint);
            QCOMPARE(x.sections, y.sections);
            QVERIFY(x.loudnessLufs == y.loudnessLufs ||
                    (std::isnan(x.loudnessLufs) && std::isnan(y.loudnessLufs)));
        }
    }

    void jobsAreClamped()
    {
        m_service->setJobs(0);
        QCOMPARE(m_service->jobs(), 1);
        m_service->setJobs(100000);
        QVERIFY(m_service->jobs() <= std::max(1, QThread::idealThreadCount() * 2));
    }

    void cancelBeforeStartAnalyzesNothing()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1);
        int analyzed = 0;
        connect(m_service.get(), &AnalysisService::trackAnalyzed, this, [&] { ++analyzed; });
        QFuture<QList<TrackAnalysis>> future = m_service->analyze({a});
        future.cancel();
        QVERIFY(waitUntilFinished(future));
        QVERIFY(future.isCanceled());
        QCOMPARE(analyzed, 0);
        QCOMPARE(waitFor(m_service->cached(a)).error().code, ErrorCode::NotFound);
    }

    void cancelStopsARunningBatchAndKeepsWhatFinished()
    {
        QStringList files;
        for (int i = 0; i < 12; ++i)
            files << audio(QStringLiteral("t%1.wav").arg(i, 2, 10, QLatin1Char('0')),
                           std::uint32_t(20 + i), 2.0);
        m_service->setJobs(1);
        QFuture<QList<TrackAnalysis>> future = m_service->analyze(files);
        QStringList analyzed;
        connect(m_service.get(), &AnalysisService::trackAnalyzed, this,
                [&](const TrackAnalysis &track) {
                    analyzed << track.path;
                    future.cancel(); // after the first file
                });
        QVERIFY(waitUntilFinished(future));
        QVERIFY(future.isCanceled());
        QVERIFY(!analyzed.isEmpty());
        QVERIFY2(analyzed.size() < files.size(), "the cancel did not stop the batch");

        // What finished before the cancel is cached; what never ran is not.
        for (const QString &path : std::as_const(analyzed))
            QVERIFY(waitFor(m_service->cached(path)).ok());
        QCOMPARE(waitFor(m_service->cached(files.last())).error().code, ErrorCode::NotFound);
    }

    void correctionsAreStoredAndReturned()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1);
        const QList<TrackAnalysis> first = analyze({a});
        QCOMPARE(first.size(), 1);
        QVERIFY(first.at(0).correction.isEmpty());

        AnalysisCorrection correction;
        correction.bpm = 87.5;
        correction.key = QStringLiteral("D minor");
        const Result<void> set = waitFor(m_service->setCorrection(a, correction));
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));

        const Result<TrackAnalysis> cached = waitFor(m_service->cached(a));
        QVERIFY(cached.ok());
        QCOMPARE(cached->correction.bpm, std::optional<double>(87.5));
        QCOMPARE(cached->effectiveKey(), QStringLiteral("D minor"));
        QCOMPARE(cached->analysis->key, first.at(0).analysis->key); // measurement kept

        // Re-analysis keeps the operator's correction beside the new measurement.
        const QList<TrackAnalysis> again = analyze({a}, false);
        QCOMPARE(again.value(0).effectiveBpm(), 87.5);
        QVERIFY(waitFor(m_service->recent(10))->value(0).correction.bpm);

        QVERIFY(waitFor(m_service->setCorrection(a, AnalysisCorrection())).ok());
        QVERIFY(waitFor(m_service->cached(a))->correction.isEmpty());
    }

    void correctingAnUnanalyzedFileIsNotFound()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1);
        AnalysisCorrection correction;
        correction.bpm = 100;
        QCOMPARE(waitFor(m_service->setCorrection(a, correction)).error().code,
                 ErrorCode::NotFound);
    }

    void signalsReportEachTrackAndTheProgress()
    {
        QStringList files;
        for (int i = 0; i < 3; ++i)
            files << audio(QStringLiteral("t%1.wav").arg(i), std::uint32_t(30 + i), 2.0);
        QStringList analyzed;
        QList<QPair<int, int>> progress;
        connect(m_service.get(), &AnalysisService::trackAnalyzed, this,
                [&](const TrackAnalysis &track) { analyzed << track.path; });
        connect(m_service.get(), &AnalysisService::progressChanged, this, [&](int done, int total) {
            progress.append({done, total});
        });
        QCOMPARE(analyze(files).size(), 3);
        std::sort(analyzed.begin(), analyzed.end());
        QCOMPARE(analyzed, files);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), (QPair<int, int>(3, 3)));
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).first >= progress.at(i - 1).first);

        // Cached tracks are reported too.
        analyzed.clear();
        QCOMPARE(analyze(files).size(), 3);
        QCOMPARE(analyzed.size(), 3);
    }

    void recentListsNewestFirst()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1);
        QCOMPARE(analyze({a}).size(), 1);
        const auto recent = waitFor(m_service->recent(5));
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 1);
        QCOMPARE(QFileInfo(recent->at(0).path).fileName(), QStringLiteral("a.wav"));
        QVERIFY(recent->at(0).analysis);
    }

    void compareScoresFingerprints()
    {
        const QString a = audio(QStringLiteral("a.wav"), 1, 8.0);
        const QString b = audio(QStringLiteral("b.wav"), 2, 8.0);
        const Result<double> self = waitFor(m_service->compare(a, a));
        QVERIFY2(self.ok(), self.ok() ? "" : qPrintable(self.error().message));
        QVERIFY(*self > 0.95);
        const Result<double> other = waitFor(m_service->compare(a, b));
        QVERIFY(other.ok());
        QVERIFY(*other < *self);

        const Result<double> missing =
            waitFor(m_service->compare(a, m_env->path(QStringLiteral("missing.wav"))));
        QVERIFY(!missing.ok());
        const Result<double> folder = waitFor(m_service->compare(a, m_env->dataDir()));
        QCOMPARE(folder.error().code, ErrorCode::InvalidInput);
    }

    void cachedIsAboutOneFileOnly()
    {
        const QString a = audio(QStringLiteral("album/a.wav"), 1);
        QCOMPARE(analyze({a}).size(), 1);
        QVERIFY(waitFor(m_service->cached(a)).ok());
        // A folder is not a file, even when the only file in it is cached.
        QCOMPARE(waitFor(m_service->cached(m_env->path(QStringLiteral("album")))).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(waitFor(m_service->cached(m_env->path(QStringLiteral("nope.wav")))).error().code,
                 ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisService)
#include "tst_analysisservice.moc"

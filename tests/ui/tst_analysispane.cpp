#include "analysisdetailview.h"
#include "analysisformat.h"
#include "analysispane.h"
#include "analysistablemodel.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "services/analysisservice.h"
#include "services/studio.h"
#include "services/taskregistry.h"
#include "settings/settings.h"
#include "settings/settingskeys.h"
#include "testenvironment.h"
#include "testsignals.h"
#include "waveformview.h"

#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include <cmath>

namespace {
constexpr int kTimeoutMs = 60000;
constexpr int kRate = 44100;

template<typename T> T await(QFuture<T> future)
{
    QDeadlineTimer deadline(kTimeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return future.result();
}
} // namespace

// The Analysis pane on the real AnalysisService and a temporary data dir, with short generated
// WAV files: results fill in, corrections are stored and shown, exports write the rows.
class TstAnalysisPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void droppedFilesFillTheTable();
    void folderIsAnalyzedRecursively();
    void doubleTempoIsStoredAndShown();
    void keyOverrideIsStoredAndRecentShowsIt();
    void exportCsvWritesTheVisibleRows();
    void exportJsonCarriesCorrections();
    void filterNarrowsTheTable();
    void failedFileShowsItsError();
    void playerIsCreatedOnlyOnPlay();
    void rendersAnalysisPane();

private:
    QString writeClicks(const QString &name, double bpm);
    void analyze(AnalysisPane &pane, const QStringList &paths);
    static QString cell(AnalysisPane &pane, const QString &path, int column);

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Studio> m_studio;
};

void TstAnalysisPane::init()
{
    m_env = std::make_unique<TestEnvironment>();
    Result<std::unique_ptr<Studio>> studio = Studio::open({m_env->dataDir(), false});
    QVERIFY2(studio.ok(), studio.ok() ? "" : qPrintable(studio.error().message));
    m_studio = std::move(studio.value());
}

void TstAnalysisPane::cleanup()
{
    m_studio.reset();
    m_env.reset();
}

QString TstAnalysisPane::writeClicks(const QString &name, double bpm)
{
    const QString path = m_env->path(name);
    // Clicks over a quiet A-minor-ish melody: a tempo and a key to measure.
    QList<float> clicks = TestSignals::clicks(bpm, 8.0, kRate, 2, 0.7);
    const QList<float> tune = TestSignals::melody(7, 8.0, kRate, 2, 0.5, 0.15);
    for (qsizetype i = 0; i < clicks.size() && i < tune.size(); ++i)
        clicks[i] += tune[i];
    if (!TestSignals::writeWav(path, clicks, kRate, 2))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TstAnalysisPane::analyze(AnalysisPane &pane, const QStringList &paths)
{
    QSignalSpy finished(&pane, &AnalysisPane::batchFinished);
    pane.analyzePaths(paths);
    QVERIFY(finished.wait(kTimeoutMs));
}

QString TstAnalysisPane::cell(AnalysisPane &pane, const QString &path, int column)
{
    const int row = pane.model()->rowOfPath(path);
    return row < 0 ? QString() : pane.model()->index(row, column).data().toString();
}

void TstAnalysisPane::droppedFilesFillTheTable()
{
    const QString a = writeClicks(QStringLiteral("a.wav"), 120);
    const QString b = writeClicks(QStringLiteral("b.wav"), 100);
    AnalysisPane pane(&m_studio->analysis());
    pane.resize(1200, 800);
    QTRY_VERIFY_WITH_TIMEOUT(pane.hasLoadedRecent(), kTimeoutMs);
    QCOMPARE(pane.model()->rowCount(), 0);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
    QCOMPARE(AnalysisPane::localPaths(&mime), QStringList({a, b}));
    QSignalSpy finished(&pane, &AnalysisPane::batchFinished);
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&pane, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&pane, &drop);
    // Rows appear at once, queued, with the progress bar showing.
    QCOMPARE(pane.model()->rowCount(), 2);
    QCOMPARE(cell(pane, a, AnalysisTableModel::StatusColumn), QStringLiteral("Queued"));
    QVERIFY(pane.isAnalyzing());
    QVERIFY(!pane.progressBar()->isHidden());
    QVERIFY(pane.cancelAction()->isEnabled());

    QVERIFY(finished.wait(kTimeoutMs));
    QVERIFY(pane.progressBar()->isHidden());
    QVERIFY(!pane.cancelAction()->isEnabled());
    QCOMPARE(pane.model()->rowCount(), 2);
    for (const QString &path : {a, b}) {
        QCOMPARE(cell(pane, path, AnalysisTableModel::StatusColumn), QStringLiteral("Analyzed"));
        QVERIFY(!cell(pane, path, AnalysisTableModel::BpmColumn).isEmpty());
        QVERIFY(!cell(pane, path, AnalysisTableModel::LufsColumn).isEmpty());
        QCOMPARE(cell(pane, path, AnalysisTableModel::DurationColumn), QStringLiteral("0:08"));
    }
    const double bpmA = pane.model()->trackAt(pane.model()->rowOfPath(a)).effectiveBpm();
    QVERIFY2(std::abs(bpmA - 120) < 3 || std::abs(bpmA - 60) < 2 || std::abs(bpmA - 240) < 5,
             qPrintable(QString::number(bpmA)));
    // The first result opened in the detail view, with its waveform.
    QVERIFY(pane.detailView()->hasTrack());
    QVERIFY(pane.detailView()->waveform()->hasAnalysis());

    // Analyzing them again comes from the cache.
    analyze(pane, {a});
    QCOMPARE(cell(pane, a, AnalysisTableModel::StatusColumn), QStringLiteral("Cached"));
}

void TstAnalysisPane::folderIsAnalyzedRecursively()
{
    QVERIFY(QDir(m_env->dataDir()).mkpath(QStringLiteral("music/sub")));
    const QString inner = writeClicks(QStringLiteral("music/sub/inner.wav"), 128);
    AnalysisPane pane(&m_studio->analysis());
    analyze(pane, {m_env->path(QStringLiteral("music"))});
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->trackAt(0).path, QFileInfo(inner).canonicalFilePath());
    QVERIFY(pane.model()->trackAt(0).analysis.has_value());
}

void TstAnalysisPane::doubleTempoIsStoredAndShown()
{
    const QString a = writeClicks(QStringLiteral("a.wav"), 120);
    AnalysisPane pane(&m_studio->analysis());
    analyze(pane, {a});
    QVERIFY(pane.selectPath(a));
    const double measured = pane.model()->trackAt(pane.model()->rowOfPath(a)).analysis->bpm;
    QVERIFY(std::isfinite(measured));

    auto *twice = pane.detailView()->findChild<QPushButton *>(QStringLiteral("tempoDouble"));
    QVERIFY(twice);
    QSignalSpy stored(&pane, &AnalysisPane::correctionStored);
    twice->click();
    QVERIFY(stored.wait(kTimeoutMs));
    const double doubled = TempoCorrection::scaled(measured, 2.0);
    QCOMPARE(cell(pane, a, AnalysisTableModel::BpmColumn),
             AnalysisFormat::bpm(doubled) + QStringLiteral(" *"));
    const QModelIndex bpm =
        pane.model()->index(pane.model()->rowOfPath(a), AnalysisTableModel::BpmColumn);
    QVERIFY(bpm.data(Qt::ToolTipRole).toString().contains(AnalysisFormat::bpm(measured)));

    // Stored beside the measurement, in the cache.
    const Result<TrackAnalysis> cached = await(m_studio->analysis().cached(a));
    QVERIFY(cached.ok());
    QVERIFY(cached->correction.bpm.has_value());
    QCOMPARE(*cached->correction.bpm, doubled);
    QCOMPARE(cached->analysis->bpm, measured);

    // ×½ goes back to the measurement: no correction left.
    auto *half = pane.detailView()->findChild<QPushButton *>(QStringLiteral("tempoHalf"));
    half->click();
    QVERIFY(stored.wait(kTimeoutMs));
    QCOMPARE(cell(pane, a, AnalysisTableModel::BpmColumn), AnalysisFormat::bpm(measured));
    QVERIFY(!await(m_studio->analysis().cached(a))->correction.bpm.has_value());

    // Tap tempo: four taps 500 ms apart are 120 BPM.
    for (qint64 t : {1000, 1500, 2000, 2500})
        pane.detailView()->tap(t);
    pane.detailView()->applyTappedTempo();
    QVERIFY(stored.wait(kTimeoutMs));
    QCOMPARE(*await(m_studio->analysis().cached(a))->correction.bpm, 120.0);
}

void TstAnalysisPane::keyOverrideIsStoredAndRecentShowsIt()
{
    const QString a = writeClicks(QStringLiteral("a.wav"), 120);
    {
        AnalysisPane pane(&m_studio->analysis());
        analyze(pane, {a});
        QVERIFY(pane.selectPath(a));
        auto *combo = pane.detailView()->findChild<QComboBox *>(QStringLiteral("keyOverride"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 25); // "measured" and the 24 keys
        const int index = combo->findData(QStringLiteral("F# minor"));
        QVERIFY(index > 0);
        QSignalSpy stored(&pane, &AnalysisPane::correctionStored);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
        QVERIFY(stored.wait(kTimeoutMs));
        QCOMPARE(cell(pane, a, AnalysisTableModel::KeyColumn), QStringLiteral("F# minor *"));
        pane.camelotAction()->setChecked(true);
        QCOMPARE(cell(pane, a, AnalysisTableModel::KeyColumn), QStringLiteral("11A *"));
    }
    // A new pane lists the recent analyses with their corrections.
    AnalysisPane again(&m_studio->analysis());
    QTRY_VERIFY2_WITH_TIMEOUT(again.hasLoadedRecent(), qPrintable(again.banner()->text()),
                              kTimeoutMs);
    QCOMPARE(again.model()->rowCount(), 1);
    QCOMPARE(cell(again, a, AnalysisTableModel::KeyColumn), QStringLiteral("F# minor *"));
}

void TstAnalysisPane::exportCsvWritesTheVisibleRows()
{
    const QString a = writeClicks(QStringLiteral("a.wav"), 120);
    const QString b = writeClicks(QStringLiteral("b,with comma.wav"), 90);
    AnalysisPane pane(&m_studio->analysis());
    analyze(pane, {a, b});
    const QString out = m_env->path(QStringLiteral("export.csv"));
    const Result<void> written = await(pane.exportTo(out, false));
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("file,duration_s,bpm,bpm_measured,")));
    QVERIFY(lines[0].contains(QStringLiteral("key,key_measured")));
    // Sorted by file name as the table shows them; a comma in a name is quoted.
    QVERIFY(lines[1].startsWith(QFileInfo(a).canonicalFilePath() + u','));
    QVERIFY(lines[2].startsWith(u'"' + QFileInfo(b).canonicalFilePath() + QStringLiteral("\",")));
    const QStringList fields = lines[1].split(u',');
    QCOMPARE(fields[1], QStringLiteral("8.000"));
    QCOMPARE(fields[2], fields[3]); // no correction: effective = measured

    // The filter decides what is exported.
    pane.filterField()->setText(QStringLiteral("comma"));
    QVERIFY(await(pane.exportTo(out, false)).ok());
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()).count(QStringLiteral("\r\n")), 2);
}

void TstAnalysisPane::exportJsonCarriesCorrections()
{
    const QString a = writeClicks(QStringLiteral("a.wav"), 120);
    AnalysisPane pane(&m_studio->analysis());
    analyze(pane, {a});
    QVERIFY(pane.selectPath(a));
    QSignalSpy stored(&pane, &AnalysisPane::correctionStored);
    pane.detailView()->applyTempoFactor(1.5);
    QVERIFY(stored.wait(kTimeoutMs));
    const QString out = m_env->path(QStringLiteral("export.json"));
    QVERIFY(await(pane.exportTo(out, true)).ok());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject object = array.first().toObject();
    const double measured = object.value(QStringLiteral("bpm")).toDouble();
    QCOMPARE(object.value(QStringLiteral("file")).toString(), QFileInfo(a).canonicalFilePath());
    QCOMPARE(object.value(QStringLiteral("correction"))
                 .toObject()
                 .value(QStringLiteral("bpm"))
                 .toDouble(),
             TempoCorrection::scaled(measured, 1.5));
    QCOMPARE(object.value(QStringLiteral("bpm_effective")).toDouble(),
             TempoCorrection::scaled(measured, 1.5));
    QVERIFY(object.contains(QStringLiteral("loudness_lufs")));
}

void TstAnalysisPane::filterNarrowsTheTable()
{
    const QString a = writeClicks(QStringLiteral("alpha.wav"), 120);
    const QString b = writeClicks(QStringLiteral("beta.wav"), 100);
    AnalysisPane pane(&m_studio->analysis());
    analyze(pane, {a, b});
    QCOMPARE(pane.proxy()->rowCount(), 2);
    pane.filterField()->setText(QStringLiteral("BETA"));
    QCOMPARE(pane.proxy()->rowCount(), 1);
    QCOMPARE(pane.proxy()->index(0, 0).data().toString(), QStringLiteral("beta.wav"));
    // Selecting a hidden file clears the filter.
    QVERIFY(pane.selectPath(a));
    QCOMPARE(pane.proxy()->rowCount(), 2);
    QCOMPARE(pane.detailView()->track().path,
             pane.model()->trackAt(pane.model()->rowOfPath(a)).path);
}

void TstAnalysisPane::failedFileShowsItsError()
{
    const QString bad = m_env->path(QStringLiteral("bad.wav"));
    QVERIFY(TestSignals::writeBytes(bad, QByteArray("this is not audio at all")));
    AnalysisPane pane(&m_studio->analysis());
    analyze(pane, {bad});
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->stateAt(0), AnalysisTableModel::State::Failed);
    QVERIFY(!cell(pane, pane.model()->trackAt(0).path, AnalysisTableModel::StatusColumn).isEmpty());
}

void TstAnalysisPane::playerIsCreatedOnlyOnPlay()
{
    const QString a = writeClicks(QStringLiteral("a.wav"), 120);
    AnalysisPane pane(&m_studio->analysis());
    analyze(pane, {a});
    QVERIFY(pane.selectPath(a));
    // Clicking the waveform moves the playhead without touching audio.
    WaveformView *waveform = pane.detailView()->waveform();
    waveform->resize(800, 160);
    QSignalSpy clicked(waveform, &WaveformView::positionClicked);
    QTest::mouseClick(waveform, Qt::LeftButton, {}, QPoint(400, 80));
    QCOMPARE(clicked.count(), 1);
    QVERIFY(std::abs(waveform->position() - 4.0) < 0.1);
    QVERIFY(pane.detailView()->player() == nullptr);
    QVERIFY(!pane.detailView()->isPlaying());
}

void TstAnalysisPane::rendersAnalysisPane()
{
    if (QIcon::themeName().isEmpty()) {
        // The offscreen platform knows no desktop icon theme; use the one Debian installs.
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << QStringLiteral("/usr/share/icons"));
        QIcon::setThemeName(QStringLiteral("Adwaita"));
    }
    m_studio->settings().reset(SettingsKeys::Ui::mainWindowGeometry);
    m_studio->settings().reset(SettingsKeys::Ui::mainWindowState);
    // A track with a form: quiet intro, a loud beat section, a break, the beat again.
    auto part = [](std::uint32_t seed, double seconds, double clickBpm, double gainDb) {
        QList<float> tune = TestSignals::melody(seed, seconds, kRate, 2, 0.5, 0.25);
        if (clickBpm > 0) {
            const QList<float> beat = TestSignals::clicks(clickBpm, seconds, kRate, 2, 0.6);
            for (qsizetype i = 0; i < tune.size() && i < beat.size(); ++i)
                tune[i] += beat[i];
        }
        TestSignals::applyGain(tune, gainDb);
        return tune;
    };
    const QString song = m_env->path(QStringLiteral("Night Drive (demo).wav"));
    QVERIFY(TestSignals::writeWav(song,
                                  TestSignals::concat({part(3, 12, 0, -9), part(4, 24, 124, 0),
                                                       part(5, 12, 0, -6), part(4, 24, 124, 1)}),
                                  kRate, 2));
    const QString second = writeClicks(QStringLiteral("Glass Hours.wav"), 96);
    const QString third = writeClicks(QStringLiteral("Signal Fire.wav"), 87);

    MainWindow window({&m_studio->artists(), &m_studio->tasks(), &m_studio->settings(),
                       &m_studio->secrets(), nullptr, &m_studio->analysis()},
                      m_studio->dataDir());
    QVERIFY(window.analysisPane());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 2);
    navigation->setCurrentRow(1);
    AnalysisPane &pane = *window.analysisPane();
    analyze(pane, {song, second, third});
    QVERIFY(pane.selectPath(QFileInfo(song).canonicalFilePath()));
    // The operator doubled a half-time reading of a drum & bass track.
    QVERIFY(pane.selectPath(QFileInfo(third).canonicalFilePath()));
    QSignalSpy stored(&pane, &AnalysisPane::correctionStored);
    pane.detailView()->applyTempoFactor(2.0);
    QVERIFY(stored.wait(kTimeoutMs));
    QVERIFY(pane.selectPath(QFileInfo(song).canonicalFilePath()));
    pane.detailView()->waveform()->setPosition(40.0);
    QCoreApplication::processEvents();

    const QPixmap shot = window.grab();
    QCOMPARE(shot.size(), QSize(1400, 900));
    const QString dir = qEnvironmentVariable("ARTIST_STUDIO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(dir + QStringLiteral("/analysis-pane.png")));
}

QTEST_MAIN(TstAnalysisPane)
#include "tst_analysispane.moc"

#include "emptystatewidget.h"
#include "genresharechartview.h"
#include "mainwindow.h"
#include "services/studio.h"
#include "services/trendservice.h"
#include "settings/settings.h"
#include "settings/settingskeys.h"
#include "testenvironment.h"
#include "trendchartview.h"
#include "trendformat.h"
#include "trendheatmodel.h"
#include "trendimportwizard.h"
#include "trendselectionpanel.h"
#include "trendspane.h"
#include "trendsummarybar.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUrl>
#include <QValueAxis>

#include <cmath>

namespace {
constexpr int kTimeoutMs = 60000;

template<typename T> T await(QFuture<T> future)
{
    QDeadlineTimer deadline(kTimeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return future.result();
}

double toX(const QDate &date)
{
    return double(date.startOfDay().toMSecsSinceEpoch());
}

struct CountrySpec
{
    const char *code;
    double tempo;        // BPM in the first week
    double tempoPerWeek; // drift
    double energy;
};
} // namespace

// The Trends pane on the real TrendService and a temporary data dir, with chart data imported
// from a CSV the test writes: what the operator sees in the chart, the summary, the heat table
// and the exports, and the way in through the empty state and drag and drop.
class TstTrendsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStateOffersImport();
    void chartShowsSeriesForecastAndSummary();
    void comparesCountriesOnOneChart();
    void globalSegmentOffersEveryGenre();
    void heatTableShowsEachCountrysLevels();
    void periodPresetNarrowsTheChart();
    void exportsWriteFilesThatParse();
    void droppedCsvOpensTheWizardPrefilled();
    void rendersTrendsPane();

private:
    QString writeCsv(int weeks);
    void importCsv(int weeks = 40);
    static void waitForLines(TrendsPane &pane, int lines);

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Studio> m_studio;
};

void TstTrendsPane::init()
{
    m_env = std::make_unique<TestEnvironment>();
    Result<std::unique_ptr<Studio>> studio = Studio::open({m_env->dataDir(), false});
    QVERIFY2(studio.ok(), studio.ok() ? "" : qPrintable(studio.error().message));
    m_studio = std::move(studio.value());
}

void TstTrendsPane::cleanup()
{
    m_studio.reset();
    m_env.reset();
}

QString TstTrendsPane::writeCsv(int weeks)
{
    // DE speeds up steadily, FR stays put, BR slows down; six chart entries per country and
    // week over four genres whose shares move slowly.
    static const CountrySpec countries[] = {
        {"DE", 118, 0.30, 0.72}, {"FR", 112, 0.0, 0.64},  {"BR", 104, -0.12, 0.78},
        {"US", 110, 0.05, 0.69}, {"JP", 121, 0.02, 0.74},
    };
    // One genre per chart position; synthwave's streams grow, so its share rises smoothly.
    static const char *genres[] = {"pop", "techno", "synthwave", "hip-hop", "pop", "techno"};
    QRandomGenerator random(42);
    QByteArray csv = "country,date,rank,streams,track,artist,genre,tempo,key,mode,energy,"
                     "danceability,valence,loudness,duration_ms\n";
    const QDate monday(2023, 1, 2);
    for (int week = 0; week < weeks; ++week) {
        const QDate date = monday.addDays(7 * week);
        for (const CountrySpec &country : countries) {
            for (int rank = 1; rank <= 6; ++rank) {
                const double tempo = country.tempo + country.tempoPerWeek * week +
                                     (random.generateDouble() - 0.5) * 3;
                const QString genre = QString::fromLatin1(genres[rank - 1]);
                const double growth = genre == u"synthwave" ? 1.0 + 0.03 * week : 1.0;
                csv += QStringLiteral("%1,%2,%3,%4,Track %5,Artist %3,%6,%7,%8,%9,%10,0.6,0.5,"
                                      "-8.5,%11\n")
                           .arg(QLatin1String(country.code), date.toString(Qt::ISODate))
                           .arg(rank)
                           .arg(int(200000 / rank * growth) + int(random.bounded(5000)))
                           .arg(week * 10 + rank)
                           .arg(genre)
                           .arg(tempo, 0, 'f', 1)
                           .arg(rank % 12)
                           .arg(rank % 3 ? 1 : 0)
                           .arg(country.energy + (random.generateDouble() - 0.5) * 0.1, 0, 'f', 3)
                           .arg(180000 + rank * 5000)
                           .toUtf8();
            }
        }
    }
    const QString path = m_env->path(QStringLiteral("charts.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TstTrendsPane::importCsv(int weeks)
{
    const Result<ImportReport> report = await(m_studio->trends().importTrends(writeCsv(weeks)));
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY(report->committed);
    QCOMPARE(report->rowsRejected, 0);
}

void TstTrendsPane::waitForLines(TrendsPane &pane, int lines)
{
    QTRY_VERIFY_WITH_TIMEOUT(pane.hasLoaded(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(pane.chartView()->lines().size(), qsizetype(lines), kTimeoutMs);
}

void TstTrendsPane::emptyStateOffersImport()
{
    TrendsPane pane(&m_studio->trends());
    pane.resize(1100, 700);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.hasLoaded(), kTimeoutMs);
    QVERIFY(pane.isEmptyStateShown());
    QCOMPARE(pane.emptyState()->button()->text(), QStringLiteral("Import Trends…"));
    QVERIFY(!pane.exportPngAction()->isEnabled());
    pane.emptyState()->button()->click();
    QVERIFY(pane.importWizard());
    QVERIFY(pane.importWizard()->isVisible());
    QCOMPARE(pane.importWizard()->page(), TrendImportWizard::ChoosePage);

    // Importing through the wizard replaces the empty state with the chart.
    pane.importWizard()->setPath(writeCsv(20));
    QSignalSpy finished(pane.importWizard(), &TrendImportWizard::importFinished);
    pane.importWizard()->startImport();
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isEmptyStateShown(), kTimeoutMs);
    waitForLines(pane, 1);
}

void TstTrendsPane::chartShowsSeriesForecastAndSummary()
{
    importCsv(40);
    TrendsPane pane(&m_studio->trends());
    pane.resize(1200, 760);
    waitForLines(pane, 1);
    pane.selectionPanel()->setCheckedCountries({QStringLiteral("DE")});
    pane.selectionPanel()->setFeature(TrendFeature::Tempo);
    QTRY_VERIFY_WITH_TIMEOUT(pane.primaryChart() && pane.primaryChart()->segment.country == u"DE" &&
                                 pane.primaryChart()->feature == TrendFeature::Tempo,
                             kTimeoutMs);
    TrendChartView *chart = pane.chartView();
    QCOMPARE(chart->lines().size(), 1);
    QCOMPARE(chart->observedSeries(0)->name(), QStringLiteral("DE"));
    QCOMPARE(chart->observedSeries(0)->count(), 40);
    QVERIFY(chart->movingAverageSeries(0));
    QVERIFY(chart->forecastSeries(0));
    QVERIFY(chart->band80(0) && chart->band95(0));
    QVERIFY(chart->forecastMarker());
    QCOMPARE(chart->valueAxis()->titleText(), QStringLiteral("Tempo (BPM)"));

    // The steady rise of 0.3 BPM a week: a significant slope near 1.3 BPM per 30 days.
    const TrendChart &primary = *pane.primaryChart();
    QVERIFY(primary.slope.significant);
    QVERIFY2(std::abs(primary.slope.slopePer30Days - 0.3 * 30 / 7) < 0.4,
             qPrintable(QString::number(primary.slope.slopePer30Days)));
    const QString slope = pane.summaryBar()->slopeLabel()->text();
    QVERIFY2(slope.startsWith(u'+') && slope.contains(QStringLiteral(" BPM per 30 days, p ")),
             qPrintable(slope));
    QCOMPARE(pane.summaryBar()->badge()->text(), QStringLiteral("Emerging"));
    QVERIFY(pane.summaryBar()->forecastLabel()->text().startsWith(QStringLiteral("Forecast: ")));
    QVERIFY(pane.summaryBar()->sampleLabel()->isHidden()); // imported, not the sample

    // Hovering week 12 shows its exact mean and the 6 entries behind it.
    const TrendPoint &week = primary.series[12];
    Q_EMIT chart->observedSeries(0)->hovered(QPointF(toX(week.period), week.mean), true);
    QVERIFY(chart->toolTipText().contains(TrendFormat::value(TrendFeature::Tempo, week.mean)));
    QVERIFY(chart->toolTipText().contains(QStringLiteral("Sample size: 6 chart entries")));

    // Another feature redraws with its own axis.
    pane.selectionPanel()->setFeature(TrendFeature::Energy);
    QTRY_COMPARE_WITH_TIMEOUT(pane.primaryChart()->feature, TrendFeature::Energy, kTimeoutMs);
    QCOMPARE(chart->valueAxis()->titleText(), QStringLiteral("Energy (0–1)"));
    QVERIFY(chart->observedSeries(0)->at(0).y() > 0.5 && chart->observedSeries(0)->at(0).y() < 1);
}

void TstTrendsPane::comparesCountriesOnOneChart()
{
    importCsv(30);
    TrendsPane pane(&m_studio->trends());
    waitForLines(pane, 1);
    pane.selectionPanel()->setCheckedCountries(
        {QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("BR")});
    waitForLines(pane, 3);
    // The first checked is primary: the only one with a forecast, and the summary's.
    QCOMPARE(pane.chartView()->observedSeries(0)->name(), QStringLiteral("FR"));
    QVERIFY(pane.chartView()->forecastSeries(0));
    QVERIFY(!pane.chartView()->forecastSeries(1));
    QVERIFY(!pane.chartView()->band95(2));
    QCOMPARE(pane.primaryChart()->segment.country, QStringLiteral("FR"));
    QCOMPARE(pane.summaryBar()->badge()->text(), QStringLiteral("Stable"));
    for (int line = 0; line < 3; ++line)
        QCOMPARE(pane.chartView()->observedSeries(line)->count(), 30);
    // The genre shares follow the primary country.
    QTRY_COMPARE_WITH_TIMEOUT(pane.genreChart()->chart()->title(),
                              QStringLiteral("Genre shares · FR"), kTimeoutMs);
    QVERIFY(pane.genreChart()->genres().contains(QStringLiteral("techno")));
    QVERIFY(!pane.genreChart()->areas().isEmpty());
}

void TstTrendsPane::globalSegmentOffersEveryGenre()
{
    importCsv(20);
    TrendsPane pane(&m_studio->trends());
    waitForLines(pane, 1);
    auto *genres = pane.selectionPanel()->findChild<QComboBox *>(QStringLiteral("trendGenre"));
    QVERIFY(genres);
    QTRY_VERIFY_WITH_TIMEOUT(pane.isIdle(), kTimeoutMs); // the first country table is done
    QSignalSpy heat(&pane, &TrendsPane::heatTableUpdated);
    pane.selectionPanel()->setCheckedCountries({QString()}); // Global (all countries)
    // The list is the genres of every country ("All genres" first), so Global + a genre works.
    QTRY_COMPARE_WITH_TIMEOUT(genres->count(), 5, kTimeoutMs);
    QCOMPARE(genres->itemData(1).toString(), QStringLiteral("hip-hop"));
    genres->setCurrentIndex(genres->findData(QStringLiteral("techno")));
    QTRY_VERIFY_WITH_TIMEOUT(pane.primaryChart() &&
                                 pane.primaryChart()->segment.country.isEmpty() &&
                                 pane.primaryChart()->segment.genre == u"techno",
                             kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(pane.isIdle(), kTimeoutMs);
    // The country table follows the period only: other segments do not recompute it.
    QCOMPARE(heat.size(), 0);
}

void TstTrendsPane::heatTableShowsEachCountrysLevels()
{
    importCsv(20);
    TrendsPane pane(&m_studio->trends());
    QSignalSpy heat(&pane, &TrendsPane::heatTableUpdated);
    waitForLines(pane, 1);
    QTRY_COMPARE_WITH_TIMEOUT(pane.heatModel()->rowCount(), 5, kTimeoutMs);
    QAbstractItemModelTester tester(pane.heatModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.tabs()->setCurrentIndex(TrendsPane::HeatTab);
    const int tempo = TrendHeatModel::columnOf(TrendFeature::Tempo);
    // Each cell is the country's latest week: the same value its chart ends on.
    pane.selectionPanel()->setCheckedCountries({QStringLiteral("BR")});
    QTRY_VERIFY_WITH_TIMEOUT(pane.primaryChart() && pane.primaryChart()->segment.country == u"BR",
                             kTimeoutMs);
    const double latest = pane.primaryChart()->series.last().mean;
    int br = -1;
    int de = -1;
    for (int row = 0; row < pane.heatModel()->rowCount(); ++row) {
        const QString code = pane.heatModel()->rows()[row].country;
        br = code == u"BR" ? row : br;
        de = code == u"DE" ? row : de;
    }
    QVERIFY(br >= 0 && de >= 0);
    const QModelIndex cell = pane.heatModel()->index(br, tempo);
    QCOMPARE(cell.data(TrendHeatModel::ValueRole).toDouble(), latest);
    QCOMPARE(cell.data().toString(), QLocale().toString(latest, 'f', 1));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Sample size: 6")));
    // Brazil is the slowest market, Germany the fastest but Japan: below and above the mean.
    QVERIFY(cell.data(TrendHeatModel::ZScoreRole).toDouble() < -0.5);
    QVERIFY(pane.heatModel()->index(de, tempo).data(TrendHeatModel::ZScoreRole).toDouble() > 0);
}

void TstTrendsPane::periodPresetNarrowsTheChart()
{
    importCsv(60);
    TrendsPane pane(&m_studio->trends());
    waitForLines(pane, 1);
    QTRY_COMPARE_WITH_TIMEOUT(pane.chartView()->observedSeries(0)->count(), 60, kTimeoutMs);
    // Three months back from the newest week: 13 or 14 weeks.
    pane.selectionPanel()->setPeriod(TrendSelectionPanel::Period::ThreeMonths);
    QTRY_VERIFY_WITH_TIMEOUT(pane.chartView()->observedSeries(0) &&
                                 pane.chartView()->observedSeries(0)->count() < 15,
                             kTimeoutMs);
    QVERIFY(pane.chartView()->observedSeries(0)->count() >= 13);
    const QDate last = QDate(2023, 1, 2).addDays(7 * 59);
    QCOMPARE(pane.primaryChart()->series.last().period, last);
    // Custom: the first eight weeks.
    pane.selectionPanel()->setCustomRange(QDate(2023, 1, 2), QDate(2023, 2, 20));
    QTRY_COMPARE_WITH_TIMEOUT(pane.chartView()->observedSeries(0)->count(), 8, kTimeoutMs);
}

void TstTrendsPane::exportsWriteFilesThatParse()
{
    importCsv(30);
    TrendsPane pane(&m_studio->trends());
    pane.resize(1100, 700);
    pane.show();
    waitForLines(pane, 1);
    QVERIFY(pane.exportPngAction()->isEnabled());
    const QString png = m_env->path(QStringLiteral("trend.png"));
    const QString svg = m_env->path(QStringLiteral("trend.svg"));
    const QString csv = m_env->path(QStringLiteral("trend.csv"));
    QVERIFY(pane.exportPng(png).ok());
    QVERIFY(pane.exportSvg(svg).ok());
    QVERIFY(pane.exportCsv(csv).ok());
    QVERIFY(!QImage(png).isNull());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgData = svgFile.readAll();
    QVERIFY(svgData.contains("<svg"));
    QVERIFY(svgData.contains("</svg>"));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList rows =
        QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const TrendChart &primary = *pane.primaryChart();
    QCOMPARE(rows.size(), 1 + primary.series.size() + primary.forecast.points.size());
    QCOMPARE(rows[1].section(u',', 4, 4).toDouble(), primary.series.first().mean);
}

void TstTrendsPane::droppedCsvOpensTheWizardPrefilled()
{
    const QString csv = writeCsv(10);
    TrendsPane pane(&m_studio->trends());
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.hasLoaded(), kTimeoutMs);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    QCOMPARE(TrendsPane::importablePaths(&mime), QStringList{csv});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&pane, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&pane, &drop);
    QVERIFY(pane.importWizard());
    QCOMPARE(pane.importWizard()->path(), csv);
    // Anything else is refused.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(m_env->path(QStringLiteral("notes.txt")))});
    QVERIFY(TrendsPane::importablePaths(&text).isEmpty());
}

void TstTrendsPane::rendersTrendsPane()
{
    if (QIcon::themeName().isEmpty()) {
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << QStringLiteral("/usr/share/icons"));
        QIcon::setThemeName(QStringLiteral("Adwaita"));
    }
    importCsv(78);
    m_studio->settings().reset(SettingsKeys::Ui::mainWindowGeometry);
    m_studio->settings().reset(SettingsKeys::Ui::mainWindowState);
    MainWindowServices services;
    services.artists = &m_studio->artists();
    services.tasks = &m_studio->tasks();
    services.settings = &m_studio->settings();
    services.secrets = &m_studio->secrets();
    services.analysis = &m_studio->analysis();
    services.trends = &m_studio->trends();
    MainWindow window(services, m_studio->dataDir());
    QVERIFY(window.trendsPane());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->count(), 3);
    QAction *show = window.findChild<QAction *>(QStringLiteral("showTrendsAction"));
    QVERIFY(show);
    show->trigger();
    QCOMPARE(navigation->currentRow(), 2);
    TrendsPane &pane = *window.trendsPane();
    waitForLines(pane, 1);
    pane.selectionPanel()->setCheckedCountries({QStringLiteral("DE")});
    pane.selectionPanel()->setFeature(TrendFeature::Tempo);
    QTRY_VERIFY_WITH_TIMEOUT(pane.primaryChart() && pane.primaryChart()->segment.country == u"DE" &&
                                 pane.primaryChart()->feature == TrendFeature::Tempo &&
                                 pane.chartView()->forecastSeries(0),
                             kTimeoutMs);
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("ARTIST_STUDIO_SCREENSHOT_DIR");
    const QPixmap shot = window.grab();
    QCOMPARE(shot.size(), QSize(1400, 900));
    if (!dir.isEmpty())
        QVERIFY(shot.save(dir + QStringLiteral("/trends-pane.png")));

    // Compared with two more countries, and the heat table.
    pane.selectionPanel()->setCheckedCountries(
        {QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("BR")});
    waitForLines(pane, 3);
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(dir + QStringLiteral("/trends-compare.png")));
    pane.tabs()->setCurrentIndex(TrendsPane::HeatTab);
    QTRY_COMPARE_WITH_TIMEOUT(pane.heatModel()->rowCount(), 5, kTimeoutMs);
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(dir + QStringLiteral("/trends-heat.png")));
    pane.tabs()->setCurrentIndex(TrendsPane::GenreTab);
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(dir + QStringLiteral("/trends-genres.png")));
}

QTEST_MAIN(TstTrendsPane)
#include "tst_trendspane.moc"

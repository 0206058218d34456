#include "trendspane.h"

#include "emptystatewidget.h"
#include "genresharechartview.h"
#include "heatcelldelegate.h"
#include "messagebanner.h"
#include "studiotableview.h"
#include "trendchartexporter.h"
#include "trendformat.h"
#include "trendheatmodel.h"
#include "trendimportwizard.h"
#include "trendselectionpanel.h"
#include "trendsummarybar.h"
#include "util/whenready.h"

#include <QAction>
#include <QDataStream>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr quint32 kStateMagic = 0x5452504e; // "TRPN"
constexpr quint16 kStateVersion = 1;

template<typename T> QList<T> resultsOf(const QList<QFuture<T>> &futures)
{
    QList<T> results;
    for (const QFuture<T> &future : futures)
        results.append(future.isCanceled() || future.resultCount() == 0
                           ? T(Error(ErrorCode::Cancelled, QString()))
                           : future.result());
    return results;
}
} // namespace

TrendsPane::TrendsPane(TrendService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    Q_ASSERT(service);
    setObjectName(QStringLiteral("trendsPane"));
    setAcceptDrops(true);
    createActions();

    m_toolBar = new QToolBar(tr("Trends"), this);
    m_toolBar->setObjectName(QStringLiteral("trendsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportPngAction);
    m_toolBar->addAction(m_exportSvgAction);
    m_toolBar->addAction(m_exportCsvAction);

    m_selection = new TrendSelectionPanel(this);
    m_selection->setMinimumWidth(200);
    connect(m_selection, &TrendSelectionPanel::selectionChanged, this, [this] {
        // One query for a burst of changes (a preset moves both dates).
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            refresh();
        });
    });
    connect(m_selection, &TrendSelectionPanel::primaryCountryChanged, this,
            &TrendsPane::loadGenres);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("trendTabs"));
    m_tabs->addTab(createTrendTab(), tr("Trend"));
    m_tabs->addTab(createHeatTab(), tr("Countries"));
    m_genreChart = new GenreShareChartView(this);
    m_tabs->addTab(m_genreChart, tr("Genre Shares"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &TrendsPane::updateActions);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("trendsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_selection);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({230, 900});

    m_empty = new EmptyStateWidget(
        QIcon::fromTheme(QStringLiteral("office-chart-line")), tr("No trend data yet"),
        tr("Import a chart CSV with audio features, the prototype's country profiles or an "
           "audio folder with a sidecar CSV to explore what listeners in each country want."),
        tr("Import Trends…"), this);
    m_empty->setObjectName(QStringLiteral("trendsEmptyState"));
    connect(m_empty, &EmptyStateWidget::activated, this, [this] { openImportWizard(); });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);

    m_banner = new MessageBanner(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(8, 0, 8, 4);
    body->setSpacing(6);
    body->addWidget(m_banner);
    body->addWidget(m_stack, 1);
    layout->addLayout(body, 1);

    connect(service, &TrendService::trendsChanged, this, &TrendsPane::reload);
    updateActions();
    reload();
}

TrendsPane::~TrendsPane() = default;

void TrendsPane::createActions()
{
    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("Import &Trends…"), this);
    m_importAction->setObjectName(QStringLiteral("trendsImport"));
    m_importAction->setToolTip(
        tr("Import chart data, the prototype's country profiles or an audio folder"));
    connect(m_importAction, &QAction::triggered, this, [this] { openImportWizard(); });

    m_exportPngAction =
        new QAction(QIcon::fromTheme(QStringLiteral("image-x-generic")), tr("Export &PNG…"), this);
    m_exportPngAction->setObjectName(QStringLiteral("trendsExportPng"));
    m_exportPngAction->setToolTip(tr("Save the chart shown as a PNG image"));
    connect(m_exportPngAction, &QAction::triggered, this,
            [this] { exportChart(QStringLiteral("png")); });
    m_exportSvgAction =
        new QAction(QIcon::fromTheme(QStringLiteral("image-svg+xml")), tr("Export &SVG…"), this);
    m_exportSvgAction->setObjectName(QStringLiteral("trendsExportSvg"));
    m_exportSvgAction->setToolTip(tr("Save the chart shown as a scalable SVG drawing"));
    connect(m_exportSvgAction, &QAction::triggered, this,
            [this] { exportChart(QStringLiteral("svg")); });
    m_exportCsvAction =
        new QAction(QIcon::fromTheme(QStringLiteral("text-csv")), tr("Export &CSV…"), this);
    m_exportCsvAction->setObjectName(QStringLiteral("trendsExportCsv"));
    m_exportCsvAction->setToolTip(
        tr("Save the trend chart's data (observed periods and the forecast) as CSV"));
    connect(m_exportCsvAction, &QAction::triggered, this,
            [this] { exportChart(QStringLiteral("csv")); });
}

QWidget *TrendsPane::createTrendTab()
{
    auto *tab = new QWidget(this);
    m_chart = new TrendChartView(tab);
    m_summary = new TrendSummaryBar(tab);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);
    return tab;
}

QWidget *TrendsPane::createHeatTab()
{
    m_heatModel = new TrendHeatModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_heatModel);
    proxy->setSortRole(TrendHeatModel::SortRole);
    m_heatTable = new QTableView(this);
    m_heatTable->setObjectName(QStringLiteral("trendHeatTable"));
    m_heatTable->setModel(proxy);
    applyStudioTableStyle(m_heatTable);
    m_heatTable->setAlternatingRowColors(false);
    m_heatTable->setShowGrid(true);
    m_heatTable->setItemDelegate(new HeatCellDelegate(TrendHeatModel::ZScoreRole, m_heatTable));
    m_heatTable->sortByColumn(TrendHeatModel::kCountryColumn, Qt::AscendingOrder);
    QHeaderView *header = m_heatTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    return m_heatTable;
}

TrendImportWizard *TrendsPane::importWizard() const
{
    return m_wizard;
}

bool TrendsPane::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void TrendsPane::reload()
{
    whenReady(m_service->countries(), this, [this](const Result<QList<TrendCountry>> &result) {
        m_loaded = true;
        if (!result.ok()) {
            m_banner->showMessage(
                tr("The trend data could not be read: %1").arg(result.error().message),
                tr("Try Again"), [this] { reload(); });
            Q_EMIT loaded();
            return;
        }
        m_countries = result.value();
        m_heatInputs.clear(); // the data may have changed: recompute every tab
        m_genreInputs.clear();
        m_stack->setCurrentWidget(m_countries.isEmpty() ? static_cast<QWidget *>(m_empty)
                                                        : m_splitter);
        m_selection->setCountries(m_countries); // emits selectionChanged: queues a refresh
        updateActions();
        Q_EMIT loaded();
    });
}

void TrendsPane::loadGenres(const QString &country)
{
    // "" is the global segment: the genres of every country.
    whenReady(m_service->genres(country), this, [this, country](const Result<QStringList> &result) {
        if (result.ok() && m_selection->checkedCountries().value(0) == country)
            m_selection->setGenres(result.value());
    });
}

void TrendsPane::refresh()
{
    refreshChart();
    // The country table and the genre shares do not depend on the segment or the feature: on a
    // large store, recomputing them for every click queued seconds of work ahead of the chart.
    const TrendSelection selection = m_selection->selection();
    const QString period =
        selection.from.toString(Qt::ISODate) + u'|' + selection.to.toString(Qt::ISODate);
    if (period != m_heatInputs) {
        m_heatInputs = period;
        refreshHeatTable();
    }
    const QString genreInputs = period + u'|' + m_selection->checkedCountries().value(0);
    if (genreInputs != m_genreInputs) {
        m_genreInputs = genreInputs;
        refreshGenreShares();
    }
}

void TrendsPane::refreshChart()
{
    const TrendSelection selection = m_selection->selection();
    const int generation = ++m_chartGeneration;
    if (selection.segments.isEmpty()) {
        m_primary.reset();
        m_chart->setLines(selection.feature, {});
        m_summary->clear();
        updateActions();
        Q_EMIT chartUpdated();
        return;
    }
    QList<QFuture<Result<TrendChart>>> futures;
    for (const TrendSegment &segment : selection.segments)
        futures.append(m_service->series(segment, selection.feature, selection.from, selection.to));
    ++m_pendingQueries;
    whenReady(QtFuture::whenAll(futures.begin(), futures.end()), this,
              [this, generation](const QList<QFuture<Result<TrendChart>>> &done) {
                  --m_pendingQueries;
                  if (generation != m_chartGeneration)
                      return; // the selection changed meanwhile
                  applyCharts(resultsOf(done));
              });
}

void TrendsPane::applyCharts(const QList<Result<TrendChart>> &charts)
{
    QList<TrendChartLine> lines;
    QStringList failures;
    QDate earliest;
    QDate latest;
    m_primary.reset();
    TrendFeature feature = m_selection->selection().feature;
    for (const Result<TrendChart> &result : charts) {
        if (!result.ok()) {
            if (result.error().code != ErrorCode::Cancelled)
                failures.append(result.error().message);
            continue;
        }
        const TrendChart &chart = result.value();
        feature = chart.feature;
        if (!chart.series.isEmpty()) {
            latest = std::max(latest, chart.series.last().period);
            earliest = earliest.isValid() ? std::min(earliest, chart.series.first().period)
                                          : chart.series.first().period;
        }
        TrendChartLine line;
        line.label = chart.segment.label();
        line.points = chart.series;
        line.movingAverage = chart.movingAverage;
        line.movingAveragePeriods = chart.movingAveragePeriods;
        // Only the primary segment's forecast is drawn: several bands would hide each other.
        if (!m_primary)
            line.forecast = chart.forecast;
        if (!m_primary)
            m_primary = chart;
        lines.append(line);
    }
    m_chart->setLines(feature, lines);
    if (m_primary)
        m_summary->setChart(*m_primary);
    else
        m_summary->clear();
    if (!failures.isEmpty())
        m_banner->showMessage(tr("The trend could not be computed: %1").arg(failures.first()));
    updateActions();
    m_selection->setDataRange(earliest, latest);
    Q_EMIT chartUpdated();
}

void TrendsPane::refreshHeatTable()
{
    const TrendSelection selection = m_selection->selection();
    const int generation = ++m_heatGeneration;
    QStringList codes;
    for (const TrendCountry &country : std::as_const(m_countries))
        codes.append(country.code);
    const QList<TrendFeature> features(std::begin(kTrendFeatures), std::end(kTrendFeatures));
    ++m_pendingQueries;
    whenReady(
        m_service->heatTable(codes, features, selection.from, selection.to), this,
        [this, generation](const Result<TrendHeatTable> &result) {
            --m_pendingQueries;
            if (generation != m_heatGeneration)
                return;
            QList<TrendHeatRow> rows;
            if (result.ok()) {
                const TrendHeatTable &table = result.value();
                for (qsizetype c = 0; c < table.countries.size(); ++c) {
                    TrendHeatRow row;
                    row.country = table.countries[c];
                    row.name = row.country;
                    for (const TrendCountry &country : std::as_const(m_countries)) {
                        if (country.code == row.country)
                            row.name = country.name;
                    }
                    for (qsizetype f = 0; f < table.features.size(); ++f) {
                        if (c < table.cells.size() && f < table.cells[c].size() &&
                            table.cells[c][f])
                            row.values.insert(table.features[f], *table.cells[c][f]);
                    }
                    rows.append(row);
                }
            } else {
                m_banner->showMessage(
                    tr("The country table could not be computed: %1").arg(result.error().message));
            }
            m_heatModel->setRows(rows);
            Q_EMIT heatTableUpdated();
        });
}

void TrendsPane::refreshGenreShares()
{
    const TrendSelection selection = m_selection->selection();
    const int generation = ++m_genreGeneration;
    const QString country = m_selection->checkedCountries().value(0);
    if (country.isEmpty()) {
        m_genreChart->setShares({});
        Q_EMIT genreSharesUpdated();
        return;
    }
    ++m_pendingQueries;
    whenReady(m_service->genreShares(country, selection.from, selection.to), this,
              [this, generation](const Result<QList<GenreShare>> &result) {
                  --m_pendingQueries;
                  if (generation != m_genreGeneration)
                      return;
                  m_genreChart->setShares(result.ok() ? result.value() : QList<GenreShare>());
                  Q_EMIT genreSharesUpdated();
              });
}

QString TrendsPane::exportPath(const QString &fileName) const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(fileName);
}

void TrendsPane::exportChart(const QString &format)
{
    const TrendSelection selection = m_selection->selection();
    QString base = trendFeatureName(selection.feature);
    if (m_primary)
        base = m_primary->segment.label() + u'-' + base;
    base.replace(QStringLiteral(" · "), QStringLiteral("-"));
    base.replace(u' ', u'-');
    const QString filter = format == u"png"   ? tr("PNG images (*.png)")
                           : format == u"svg" ? tr("SVG drawings (*.svg)")
                                              : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Trend"),
                                                      exportPath(base + u'.' + format), filter);
    if (path.isEmpty())
        return;
    const Result<void> result = format == u"png"   ? exportPng(path)
                                : format == u"svg" ? exportSvg(path)
                                                   : exportCsv(path);
    if (result.ok())
        Q_EMIT statusMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_banner->showMessage(tr("The export failed: %1").arg(result.error().message));
}

Result<void> TrendsPane::exportPng(const QString &path)
{
    QChartView *view = m_tabs->currentIndex() == GenreTab ? static_cast<QChartView *>(m_genreChart)
                                                          : static_cast<QChartView *>(m_chart);
    return TrendChartExporter::savePng(view, path);
}

Result<void> TrendsPane::exportSvg(const QString &path)
{
    if (m_tabs->currentIndex() == GenreTab)
        return TrendChartExporter::saveSvg(m_genreChart, path, m_genreChart->chart()->title());
    const QString title = m_primary
                              ? tr("%1 · %2").arg(m_primary->segment.label(),
                                                  TrendFormat::featureLabel(m_chart->feature()))
                              : TrendFormat::featureLabel(m_chart->feature());
    return TrendChartExporter::saveSvg(m_chart, path, title);
}

Result<void> TrendsPane::exportCsv(const QString &path)
{
    return TrendChartExporter::saveCsv(m_chart->feature(), m_chart->lines(), path);
}

void TrendsPane::updateActions()
{
    const bool hasChart = !m_chart->lines().isEmpty();
    const bool chartTab = m_tabs->currentIndex() != HeatTab;
    m_exportPngAction->setEnabled(hasChart && chartTab);
    m_exportSvgAction->setEnabled(hasChart && chartTab);
    m_exportCsvAction->setEnabled(hasChart);
}

void TrendsPane::openImportWizard(const QString &path)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        if (!path.isEmpty() && m_wizard->page() == TrendImportWizard::ChoosePage)
            m_wizard->setPath(path);
        return;
    }
    TrendService *service = m_service;
    m_wizard = new TrendImportWizard(
        [service](const QString &source, TrendImportFormat format, const ImportOptions &options) {
            return service->importTrends(source, format, options);
        },
        this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty())
        m_wizard->setPath(path);
    connect(m_wizard, &TrendImportWizard::importFinished, this, [this](bool committed) {
        if (committed)
            Q_EMIT statusMessage(tr("Trend data imported."));
    });
    m_wizard->open();
}

QByteArray TrendsPane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << kStateVersion << m_splitter->saveState() << m_selection->saveState()
        << qint32(m_tabs->currentIndex());
    return state;
}

bool TrendsPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    quint16 version = 0;
    QByteArray splitter;
    QByteArray selection;
    qint32 tab = 0;
    in >> magic >> version >> splitter >> selection >> tab;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion)
        return false;
    m_splitter->restoreState(splitter);
    m_selection->restoreState(selection);
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    return true;
}

QStringList TrendsPane::importablePaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if ((info.isFile() && info.suffix().compare(u"csv", Qt::CaseInsensitive) == 0) ||
            info.isDir())
            paths.append(info.absoluteFilePath());
    }
    return paths;
}

void TrendsPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importablePaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void TrendsPane::dragMoveEvent(QDragMoveEvent *event)
{
    if (!importablePaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void TrendsPane::dropEvent(QDropEvent *event)
{
    const QStringList paths = importablePaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openImportWizard(paths.first());
}

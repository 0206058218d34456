#pragma once

#include "services/trendservice.h"
#include "trendchartview.h"
#include "util/error.h"

#include <QPointer>
#include <QWidget>

class EmptyStateWidget;
class GenreShareChartView;
class MessageBanner;
class QAction;
class QMimeData;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolBar;
class TrendHeatModel;
class TrendImportWizard;
class TrendSelectionPanel;
class TrendSummaryBar;

// The Trends pane: pick countries (several are compared on one chart), genre, audience, feature
// and period; see the trend chart with its moving average and forecast band, the primary
// segment's slope, emerging/declining badge and forecast method, a country x feature heat
// table and the primary country's genre shares. Exports the chart as PNG/SVG and its data as
// CSV. Import Trends… (and a .csv dropped on the pane) opens the import wizard; with no data the
// pane shows an empty state offering it. Every query is a TrendService future applied here;
// answers to an outdated selection are dropped. Thread: GUI thread.
class TrendsPane : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        TrendTab,
        HeatTab,
        GenreTab,
    };

    explicit TrendsPane(TrendService *service, QWidget *parent = nullptr);
    ~TrendsPane() override;

    QAction *importAction() const { return m_importAction; }
    QAction *exportPngAction() const { return m_exportPngAction; }
    QAction *exportSvgAction() const { return m_exportSvgAction; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }

    TrendSelectionPanel *selectionPanel() const { return m_selection; }
    TrendChartView *chartView() const { return m_chart; }
    TrendSummaryBar *summaryBar() const { return m_summary; }
    TrendHeatModel *heatModel() const { return m_heatModel; }
    QTableView *heatTable() const { return m_heatTable; }
    GenreShareChartView *genreChart() const { return m_genreChart; }
    QTabWidget *tabs() const { return m_tabs; }
    EmptyStateWidget *emptyState() const { return m_empty; }
    MessageBanner *banner() const { return m_banner; }
    TrendImportWizard *importWizard() const; // the open one, or null
    // No chart, country table or genre share query is running or queued.
    bool isIdle() const { return m_pendingQueries == 0 && !m_refreshQueued; }
    bool isEmptyStateShown() const;
    bool hasLoaded() const { return m_loaded; }
    // The primary segment's chart as last shown (series, forecast, slope...).
    const std::optional<TrendChart> &primaryChart() const { return m_primary; }

    // Reloads the countries (and with them every view); done on creation and on trendsChanged.
    void reload();
    // Queries the chart, the heat table and the genre shares for the current selection.
    void refresh();

    Result<void> exportPng(const QString &path);
    Result<void> exportSvg(const QString &path);
    Result<void> exportCsv(const QString &path);

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // Local .csv files and folders among the URLs of a drag; empty when there are none.
    static QStringList importablePaths(const QMimeData *mime);

public Q_SLOTS:
    // Opens the import wizard (window-modal), prefilled with `path` when given.
    void openImportWizard(const QString &path = {});

Q_SIGNALS:
    void statusMessage(const QString &message);
    void loaded();       // countries listed (or the empty state shown)
    void chartUpdated(); // the trend chart shows the current selection
    void heatTableUpdated();
    void genreSharesUpdated();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    QWidget *createTrendTab();
    QWidget *createHeatTab();
    void loadGenres(const QString &country);
    void refreshChart();
    void refreshHeatTable();
    void refreshGenreShares();
    void applyCharts(const QList<Result<TrendChart>> &charts);
    void exportChart(const QString &format);
    void updateActions();
    QString exportPath(const QString &fileName) const;

    TrendService *m_service;
    QToolBar *m_toolBar = nullptr;
    MessageBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    TrendSelectionPanel *m_selection = nullptr;
    QTabWidget *m_tabs = nullptr;
    TrendChartView *m_chart = nullptr;
    TrendSummaryBar *m_summary = nullptr;
    TrendHeatModel *m_heatModel = nullptr;
    QTableView *m_heatTable = nullptr;
    GenreShareChartView *m_genreChart = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QPointer<TrendImportWizard> m_wizard;

    QAction *m_importAction = nullptr;
    QAction *m_exportPngAction = nullptr;
    QAction *m_exportSvgAction = nullptr;
    QAction *m_exportCsvAction = nullptr;

    QList<TrendCountry> m_countries;
    std::optional<TrendChart> m_primary;
    int m_chartGeneration = 0;
    int m_heatGeneration = 0;
    int m_genreGeneration = 0;
    int m_pendingQueries = 0;
    // What the country table and the genre shares were last computed for ("" after new data).
    QString m_heatInputs;
    QString m_genreInputs;
    bool m_loaded = false;
    bool m_refreshQueued = false;
};

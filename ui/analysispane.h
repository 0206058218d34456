#pragma once

#include "domain/trackanalysis.h"
#include "util/error.h"

#include <QFuture>
#include <QWidget>

class AnalysisDetailView;
class AnalysisService;
class AnalysisTableModel;
class MessageBanner;
class QAction;
class QLabel;
class QLineEdit;
class QMimeData;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

// The Analysis pane: add files or folders (toolbar or drag and drop), watch the table fill in
// with progress, filter and sort it, inspect the selected track in the detail view (waveform,
// values, tempo/key corrections, playback) and export the table as CSV or JSON.
// One batch runs at a time; files added meanwhile wait for it. Every service call returns a
// QFuture whose result is applied here, on the GUI thread. Thread: GUI thread.
class AnalysisPane : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisPane(AnalysisService *service, QWidget *parent = nullptr);
    ~AnalysisPane() override;

    QAction *addFilesAction() const { return m_addFilesAction; }
    QAction *addFolderAction() const { return m_addFolderAction; }
    QAction *reanalyzeAction() const { return m_reanalyzeAction; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }
    QAction *exportJsonAction() const { return m_exportJsonAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *camelotAction() const { return m_camelotAction; }

    AnalysisTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    AnalysisDetailView *detailView() const { return m_detail; }
    QProgressBar *progressBar() const { return m_progress; }
    QLineEdit *filterField() const { return m_filter; }
    MessageBanner *banner() const { return m_banner; }

    // Analyzes files and folders (folders recursively); useCache=false re-measures.
    void analyzePaths(const QStringList &paths, bool useCache = true);
    bool isAnalyzing() const { return m_running.isRunning(); }
    // Reloads the most recent analyses from the cache into the table (done once on creation).
    void loadRecent();
    bool hasLoadedRecent() const { return m_recentLoaded; }
    // Selects a file's row (clearing a filter that hides it).
    bool selectPath(const QString &path);

    // Writes the visible rows, in the table's order.
    QFuture<Result<void>> exportTo(const QString &path, bool json);

    // Splitter sizes, header state and the Camelot choice, for the window's saved layout.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // Local files and folders among the URLs of a drag; empty when there are none.
    static QStringList localPaths(const QMimeData *mime);

public Q_SLOTS:
    void addFiles();
    void addFolder();
    void reanalyze();
    void exportCsv();
    void exportJson();
    void cancel();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void recentLoaded();
    void batchFinished();
    void correctionStored(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Pending
    {
        QStringList paths;
        bool useCache = true;
    };
    void createActions();
    QWidget *createEmptyState();
    void startNext();
    void onBatchFinished();
    void onProgress(int done, int total);
    void onCurrentChanged();
    void storeCorrection(const QString &path, const AnalysisCorrection &correction);
    void updateActions();
    void updateViewState();
    QList<TrackAnalysis> visibleTracks() const;
    QString exportDirectory() const;

    AnalysisService *m_service;
    AnalysisTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QToolBar *m_toolBar = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_filter = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    AnalysisDetailView *m_detail = nullptr;

    QAction *m_addFilesAction = nullptr;
    QAction *m_addFolderAction = nullptr;
    QAction *m_reanalyzeAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_camelotAction = nullptr;

    QFuture<QList<TrackAnalysis>> m_running;
    QList<Pending> m_pending;
    QString m_lastDirectory;
    bool m_recentLoaded = false;
};

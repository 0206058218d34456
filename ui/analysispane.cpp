#include "analysispane.h"

#include "analysisdetailview.h"
#include "analysisexporter.h"
#include "analysistablemodel.h"
#include "emptystatewidget.h"
#include "logging/logcategories.h"
#include "messagebanner.h"
#include "services/analysisservice.h"
#include "studiotableview.h"
#include "util/whenready.h"

#include <QAction>
#include <QDataStream>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr quint32 kStateMagic = 0x414e4150; // "ANAP"
constexpr quint16 kStateVersion = 1;
constexpr int kRecentLimit = 500;

// As the service names files (canonical when it exists), so queued rows meet their results.
QString absolutePath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}
} // namespace

AnalysisPane::AnalysisPane(AnalysisService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new AnalysisTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    Q_ASSERT(service);
    setObjectName(QStringLiteral("analysisPane"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AnalysisTableModel::SortRole);
    m_proxy->setFilterRole(AnalysisTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(AnalysisTableModel::FileColumn);
    m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);

    createActions();
    m_toolBar = new QToolBar(tr("Analysis"), this);
    m_toolBar->setObjectName(QStringLiteral("analysisToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_addFilesAction);
    m_toolBar->addAction(m_addFolderAction);
    m_toolBar->addAction(m_reanalyzeAction);
    m_toolBar->addAction(m_cancelAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportCsvAction);
    m_toolBar->addAction(m_exportJsonAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_camelotAction);

    // Filter and progress share one row above the table.
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("analysisFilter"));
    m_filter->setPlaceholderText(tr("Filter by file, key or tempo…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon::fromTheme(QStringLiteral("search")), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateViewState();
    });
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(260);
    m_progress->setFormat(tr("%v of %m files"));
    m_progress->hide();
    m_progressLabel = new QLabel(this);
    m_progressLabel->hide();
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_progressLabel);
    filterRow->addWidget(m_progress);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("analysisTable"));
    m_table->setModel(m_proxy);
    applyStudioTableStyle(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->sortByColumn(AnalysisTableModel::FileColumn, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics cell = m_table->fontMetrics();
    const QFontMetrics head = header->fontMetrics();
    auto fit = [&](int column, const QString &sample) {
        const int width = std::max(
            head.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
                head.height(),
            cell.horizontalAdvance(sample));
        header->resizeSection(column, width + 2 * cell.averageCharWidth() + 8);
    };
    header->resizeSection(AnalysisTableModel::FileColumn, cell.averageCharWidth() * 34);
    fit(AnalysisTableModel::DurationColumn, QStringLiteral("00:00"));
    fit(AnalysisTableModel::BpmColumn, QStringLiteral("188.8 *"));
    fit(AnalysisTableModel::ConfidenceColumn, QStringLiteral("100 %"));
    fit(AnalysisTableModel::KeyColumn, QStringLiteral("C# minor *"));
    fit(AnalysisTableModel::LufsColumn, QStringLiteral("-14.0 LUFS"));
    fit(AnalysisTableModel::TruePeakColumn, QStringLiteral("-1.0 dBTP"));
    fit(AnalysisTableModel::EnergyColumn, QStringLiteral("100 %"));
    fit(AnalysisTableModel::DanceabilityColumn, QStringLiteral("100 %"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AnalysisPane::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnalysisPane::updateActions);

    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(createEmptyState());

    m_detail = new AnalysisDetailView(this);
    connect(m_detail, &AnalysisDetailView::correctionRequested, this,
            &AnalysisPane::storeCorrection);
    connect(m_detail, &AnalysisDetailView::playbackError, this,
            [this](const QString &message) { m_banner->showMessage(message); });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("analysisSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    m_banner = new MessageBanner(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(8, 0, 8, 4);
    body->setSpacing(6);
    body->addWidget(m_banner);
    body->addLayout(filterRow);
    body->addWidget(m_splitter, 1);
    layout->addLayout(body, 1);

    // Results fill in as files finish, from any batch of the service.
    connect(service, &AnalysisService::trackAnalyzed, this, [this](const TrackAnalysis &track) {
        m_model->upsertTrack(track);
        if (m_detail->track().path == track.path)
            m_detail->setTrack(track);
        else if (!m_detail->hasTrack())
            selectPath(track.path);
        updateViewState();
    });
    connect(service, &AnalysisService::progressChanged, this, &AnalysisPane::onProgress);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AnalysisPane::updateViewState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AnalysisPane::updateViewState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AnalysisPane::updateViewState);

    updateViewState();
    updateActions();
    loadRecent();
}

AnalysisPane::~AnalysisPane()
{
    // The service outlives the pane; a batch the pane started stops with it.
    m_pending.clear();
    if (m_running.isRunning())
        m_running.cancel();
}

void AnalysisPane::createActions()
{
    m_addFilesAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Add &Files…"), this);
    m_addFilesAction->setObjectName(QStringLiteral("analysisAddFiles"));
    m_addFilesAction->setToolTip(tr("Analyze audio files"));
    connect(m_addFilesAction, &QAction::triggered, this, &AnalysisPane::addFiles);

    m_addFolderAction =
        new QAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Add F&older…"), this);
    m_addFolderAction->setObjectName(QStringLiteral("analysisAddFolder"));
    m_addFolderAction->setToolTip(tr("Analyze every audio file in a folder and its subfolders"));
    connect(m_addFolderAction, &QAction::triggered, this, &AnalysisPane::addFolder);

    m_reanalyzeAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Re-analyze"), this);
    m_reanalyzeAction->setObjectName(QStringLiteral("analysisReanalyze"));
    m_reanalyzeAction->setToolTip(
        tr("Measure the selected files again, ignoring the cache (all files when none is "
           "selected)"));
    connect(m_reanalyzeAction, &QAction::triggered, this, &AnalysisPane::reanalyze);

    m_exportCsvAction =
        new QAction(QIcon::fromTheme(QStringLiteral("text-csv")), tr("Export &CSV…"), this);
    m_exportCsvAction->setObjectName(QStringLiteral("analysisExportCsv"));
    m_exportCsvAction->setToolTip(tr("Save the listed results as a spreadsheet (CSV)"));
    connect(m_exportCsvAction, &QAction::triggered, this, &AnalysisPane::exportCsv);

    m_exportJsonAction = new QAction(QIcon::fromTheme(QStringLiteral("application-json")),
                                     tr("Export &JSON…"), this);
    m_exportJsonAction->setObjectName(QStringLiteral("analysisExportJson"));
    m_exportJsonAction->setToolTip(
        tr("Save the listed results as JSON, with the operator's corrections"));
    connect(m_exportJsonAction, &QAction::triggered, this, &AnalysisPane::exportJson);

    m_cancelAction =
        new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("C&ancel"), this);
    m_cancelAction->setObjectName(QStringLiteral("analysisCancel"));
    m_cancelAction->setToolTip(tr("Stop analyzing; finished files stay in the cache"));
    connect(m_cancelAction, &QAction::triggered, this, &AnalysisPane::cancel);

    m_camelotAction = new QAction(QIcon::fromTheme(QStringLiteral("view-media-equalizer")),
                                  tr("Ca&melot Keys"), this);
    m_camelotAction->setObjectName(QStringLiteral("analysisCamelot"));
    m_camelotAction->setCheckable(true);
    m_camelotAction->setToolTip(tr("Show keys in Camelot notation (8A = A minor)"));
    connect(m_camelotAction, &QAction::toggled, this, [this](bool on) {
        m_model->setCamelot(on);
        m_detail->setCamelot(on);
    });
}

QWidget *AnalysisPane::createEmptyState()
{
    auto *empty = new EmptyStateWidget(
        QIcon::fromTheme(QStringLiteral("audio-x-generic")), tr("No tracks analyzed yet"),
        tr("Drop audio files or folders here, or choose them. Tempo, key, loudness and "
           "structure are measured in the background."),
        tr("Add Files…"), this);
    empty->setObjectName(QStringLiteral("analysisEmptyState"));
    connect(empty, &EmptyStateWidget::activated, this, &AnalysisPane::addFiles);
    return empty;
}

void AnalysisPane::loadRecent()
{
    whenReady(
        m_service->recent(kRecentLimit), this, [this](const Result<QList<TrackAnalysis>> &result) {
            if (!result.ok()) {
                m_banner->showMessage(
                    tr("The recent analyses could not be loaded: %1").arg(result.error().message),
                    tr("Try Again"), [this] { loadRecent(); });
                return;
            }
            // Rows of a batch already running stay; the cache fills in the rest.
            if (m_model->rowCount() == 0) {
                m_model->setTracks(result.value());
            } else {
                for (const TrackAnalysis &track : result.value()) {
                    if (m_model->rowOfPath(track.path) < 0)
                        m_model->upsertTrack(track);
                }
            }
            m_recentLoaded = true;
            updateViewState();
            updateActions();
            Q_EMIT recentLoaded();
        });
}

void AnalysisPane::analyzePaths(const QStringList &paths, bool useCache)
{
    if (paths.isEmpty())
        return;
    QStringList files;
    QStringList absolute;
    for (const QString &path : paths) {
        absolute.append(absolutePath(path));
        if (!QFileInfo(path).isDir())
            files.append(absolute.last());
    }
    // Named files get their row now; a folder's files appear as they finish.
    m_model->markQueued(files);
    m_pending.append({absolute, useCache});
    if (!m_running.isRunning())
        startNext();
    updateActions();
}

void AnalysisPane::startNext()
{
    if (m_pending.isEmpty())
        return;
    const Pending next = m_pending.takeFirst();
    m_progress->setRange(0, 0); // busy until the folders are listed
    m_progress->setValue(0);
    m_progress->show();
    m_progressLabel->setText(tr("Analyzing…"));
    m_progressLabel->show();
    m_running = m_service->analyze(next.paths, next.useCache);
    whenReady(
        m_running, this,
        [this](const QList<TrackAnalysis> &tracks) {
            for (const TrackAnalysis &track : tracks)
                m_model->upsertTrack(track);
            onBatchFinished();
        },
        [this] { onBatchFinished(); });
    updateActions();
}

void AnalysisPane::onBatchFinished()
{
    if (!m_pending.isEmpty()) {
        startNext();
        return;
    }
    m_model->dropQueued();
    m_progress->hide();
    m_progressLabel->hide();
    int failed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        failed += m_model->stateAt(row) == AnalysisTableModel::State::Failed ? 1 : 0;
    Q_EMIT statusMessage(
        failed == 0   ? tr("Analysis finished.")
        : failed == 1 ? tr("Analysis finished; 1 file could not be analyzed.")
                      : tr("Analysis finished; %n files could not be analyzed.", nullptr, failed));
    updateActions();
    updateViewState();
    Q_EMIT batchFinished();
}

void AnalysisPane::onProgress(int done, int total)
{
    if (!m_running.isRunning())
        return;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    const int waiting = int(m_pending.size());
    m_progressLabel->setText(waiting == 0 ? tr("Analyzing…")
                             : waiting == 1
                                 ? tr("Analyzing… (1 more batch waiting)")
                                 : tr("Analyzing… (%n more batches waiting)", nullptr, waiting));
}

void AnalysisPane::cancel()
{
    m_pending.clear();
    if (m_running.isRunning()) {
        m_running.cancel();
        m_progressLabel->setText(tr("Cancelling…"));
    }
    m_cancelAction->setEnabled(false);
}

void AnalysisPane::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Analyze Audio Files"), m_lastDirectory,
        tr("Audio files (*.wav *.flac *.ogg *.oga *.opus *.mp3);;All files (*)"));
    if (files.isEmpty())
        return;
    m_lastDirectory = QFileInfo(files.first()).absolutePath();
    analyzePaths(files);
}

void AnalysisPane::addFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Analyze a Folder"), m_lastDirectory);
    if (folder.isEmpty())
        return;
    m_lastDirectory = folder;
    analyzePaths({folder});
}

void AnalysisPane::reanalyze()
{
    QStringList paths;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        paths.append(index.data(AnalysisTableModel::PathRole).toString());
    if (paths.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            paths.append(m_proxy->index(row, 0).data(AnalysisTableModel::PathRole).toString());
    }
    analyzePaths(paths, false);
}

QList<TrackAnalysis> AnalysisPane::visibleTracks() const
{
    QList<TrackAnalysis> tracks;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        if (m_model->stateAt(source) != AnalysisTableModel::State::Queued)
            tracks.append(m_model->trackAt(source));
    }
    return tracks;
}

QString AnalysisPane::exportDirectory() const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QFuture<Result<void>> AnalysisPane::exportTo(const QString &path, bool json)
{
    const QList<TrackAnalysis> tracks = visibleTracks();
    QFuture<Result<void>> future = AnalysisExporter::write(
        tracks, json ? AnalysisExporter::Format::Json : AnalysisExporter::Format::Csv, path);
    whenReady(future, this, [this, path, count = tracks.size()](const Result<void> &result) {
        if (result.ok())
            Q_EMIT statusMessage((count == 1 ? tr("Exported 1 track to %1.")
                                             : tr("Exported %n tracks to %1.", nullptr, int(count)))
                                     .arg(path));
        else
            m_banner->showMessage(tr("The export failed: %1").arg(result.error().message));
    });
    return future;
}

void AnalysisPane::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Analysis as CSV"),
        QDir(exportDirectory()).filePath(QStringLiteral("analysis.csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, false);
}

void AnalysisPane::exportJson()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Analysis as JSON"),
        QDir(exportDirectory()).filePath(QStringLiteral("analysis.json")),
        tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path, true);
}

void AnalysisPane::storeCorrection(const QString &path, const AnalysisCorrection &correction)
{
    whenReady(m_service->setCorrection(path, correction), this,
              [this, path, correction](const Result<void> &result) {
                  if (!result.ok()) {
                      m_banner->showMessage(
                          tr("The correction could not be stored: %1").arg(result.error().message));
                      return;
                  }
                  m_model->setCorrection(path, correction);
                  const int row = m_model->rowOfPath(path);
                  if (row >= 0 && m_detail->track().path == path)
                      m_detail->setTrack(m_model->trackAt(row));
                  Q_EMIT correctionStored(path);
              });
}

void AnalysisPane::onCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    m_detail->setTrack(m_model->trackAt(row));
}

bool AnalysisPane::selectPath(const QString &path)
{
    const int row = m_model->rowOfPath(path);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void AnalysisPane::updateActions()
{
    const bool running = m_running.isRunning();
    const bool hasRows = m_model->rowCount() > 0;
    m_cancelAction->setEnabled(running);
    m_reanalyzeAction->setEnabled(hasRows);
    m_exportCsvAction->setEnabled(hasRows);
    m_exportJsonAction->setEnabled(hasRows);
    const int selected = m_table->selectionModel()->selectedRows().size();
    m_reanalyzeAction->setText(selected > 0 ? tr("&Re-analyze Selected") : tr("&Re-analyze All"));
}

void AnalysisPane::updateViewState()
{
    const bool empty = m_model->rowCount() == 0;
    m_listStack->setCurrentIndex(empty ? 1 : 0);
    m_filter->setEnabled(!empty || !m_filter->text().isEmpty());
    updateActions();
}

QByteArray AnalysisPane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << kStateVersion << m_splitter->saveState()
        << m_table->horizontalHeader()->saveState() << m_camelotAction->isChecked();
    return state;
}

bool AnalysisPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    quint16 version = 0;
    QByteArray splitter;
    QByteArray header;
    bool camelot = false;
    in >> magic >> version >> splitter >> header >> camelot;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion)
        return false;
    m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(header);
    m_camelotAction->setChecked(camelot);
    return true;
}

QStringList AnalysisPane::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

void AnalysisPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AnalysisPane::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AnalysisPane::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    analyzePaths(paths);
}

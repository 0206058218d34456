#include "artistspane.h"

#include "artisteditor.h"
#include "artistfileslug.h"
#include "artistfilterbar.h"
#include "artistfilterproxymodel.h"
#include "artistimporter.h"
#include "artiststablecolumns.h"
#include "artiststablemodel.h"
#include "domain/artistvalidator.h"
#include "emptystatewidget.h"
#include "evolutiondialog.h"
#include "messagebanner.h"
#include "newartistdialog.h"
#include "reportviewerdialog.h"
#include "services/artistservice.h"
#include "services/taskregistry.h"
#include "studiotableview.h"
#include "util/whenready.h"
#include "versionhistorydialog.h"

#include <QAction>
#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr quint32 kStateMagic = 0x41525053; // "ARPS": guards against someone else's bytes
constexpr quint16 kStateVersion = 1;
} // namespace

ArtistsPane::ArtistsPane(ArtistService *service, TaskRegistry *tasks, DataDir dataDir,
                         QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_tasks(tasks)
    , m_dataDir(std::move(dataDir))
    , m_model(new ArtistsTableModel(this))
    , m_proxy(new ArtistFilterProxyModel(this))
{
    setObjectName(QStringLiteral("artistsPane"));
    m_proxy->setSourceModel(m_model);
    m_importer = new ArtistImporter(service, tasks, this);
    connect(m_importer, &ArtistImporter::finished, this, &ArtistsPane::onImportFinished);

    createActions();

    m_toolBar = new QToolBar(tr("Artists"), this);
    m_toolBar->setObjectName(QStringLiteral("artistsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_duplicateAction);
    m_toolBar->addAction(m_archiveAction);
    m_toolBar->addAction(m_deleteAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_historyAction);
    m_toolBar->addAction(m_reportAction);
    m_toolBar->addAction(m_evolutionAction);

    // The table.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("artistsTable"));
    m_table->setModel(m_proxy);
    applyStudioTableStyle(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(ArtistsTableModel::NameColumn, Qt::AscendingOrder);
    fitArtistsTableColumns(m_table, m_model);
    // The context menu: what the toolbar does to the selected artist.
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_exportAction, m_duplicateAction, m_archiveAction, m_historyAction,
                         m_reportAction, m_evolutionAction, separator, m_deleteAction});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });

    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(createEmptyState());

    // The editor side.
    m_editor = new ArtistEditor(this);
    m_editorPlaceholder = new QLabel(tr("Select an artist to see and edit the profile."), this);
    static_cast<QLabel *>(m_editorPlaceholder)->setAlignment(Qt::AlignCenter);
    m_editorPlaceholder->setEnabled(false);
    m_editorStack = new QStackedWidget(this);
    m_editorStack->addWidget(m_editorPlaceholder);
    m_editorStack->addWidget(m_editor);
    connect(m_editor, &ArtistEditor::saveRequested, this,
            [this](const Artist &edited) { saveEdited(edited); });
    connect(m_editor, &ArtistEditor::revertRequested, this, &ArtistsPane::revertEdits);

    // Search and filters span the pane, so the table side can be as narrow as the user likes.
    m_filterBar = new ArtistFilterBar(m_model, m_proxy, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("artistsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_editorStack);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    m_banner = new MessageBanner(this);
    auto *bannerRow = new QVBoxLayout;
    bannerRow->setContentsMargins(8, 0, 8, 0);
    bannerRow->addWidget(m_banner);
    layout->addLayout(bannerRow);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(8, 0, 8, 4);
    body->setSpacing(6);
    body->addWidget(m_filterBar);
    body->addWidget(m_splitter, 1);
    layout->addLayout(body, 1);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ArtistsPane::updateViewState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ArtistsPane::updateViewState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ArtistsPane::updateViewState);
    connect(m_model, &ArtistsTableModel::loaded, this, &ArtistsPane::updateViewState);
    connect(m_model, &ArtistsTableModel::loaded, this, [this] {
        if (!m_pendingSelection.isEmpty() && m_model->rowOfId(m_pendingSelection) >= 0)
            selectArtist(m_pendingSelection);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ArtistsPane::updateActions);
    connect(m_model, &ArtistsTableModel::loadFailed, this, [this](const QString &message) {
        m_banner->showMessage(tr("The artists could not be loaded: %1").arg(message),
                              tr("Try Again"), [this] { m_model->reload(); });
    });

    // The service tells what changed; the model turns that into targeted row updates.
    m_model->setLister([service] { return service->listArtists(true); });
    connect(service, &ArtistService::artistsChanged, m_model, &ArtistsTableModel::onArtistsChanged);
    connect(service, &ArtistService::artistRemoved, m_model, &ArtistsTableModel::onArtistRemoved);
    connect(service, &ArtistService::artistRemoved, this, [this](const QString &id) {
        if (id == m_currentId)
            clearEditor();
    });
    connect(service, &ArtistService::artistsChanged, this, [this](const QStringList &ids) {
        // Changed elsewhere (another window, a headless command): refresh an untouched editor.
        if (!m_currentId.isEmpty() && ids.contains(m_currentId) && !m_editor->isModified())
            openArtist(m_currentId);
    });

    updateViewState();
    updateActions();
    m_model->reload();
}

void ArtistsPane::createActions()
{
    // KDE icon names first, then a freedesktop standard name that every theme has.
    auto make = [this](const char *icon, const QString &text, const QString &tip,
                       const char *fallback = nullptr) {
        QIcon themed = QIcon::fromTheme(QString::fromLatin1(icon));
        if (themed.isNull() && fallback)
            themed = QIcon::fromTheme(QString::fromLatin1(fallback));
        auto *action = new QAction(themed, text, this);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    m_newAction = make("list-add", tr("&New Artist…"), tr("Create an artist from a short brief"));
    m_newAction->setObjectName(QStringLiteral("newArtistAction"));
    m_newAction->setIconText(tr("New"));
    connect(m_newAction, &QAction::triggered, this, &ArtistsPane::newArtist);

    m_importAction = make("document-import", tr("&Import…"), tr("Import artists from JSON files"),
                          "document-open");
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setIconText(tr("Import"));
    connect(m_importAction, &QAction::triggered, this, &ArtistsPane::importWithDialog);

    m_exportAction = make("document-export", tr("&Export…"),
                          tr("Export the selected artist as a JSON file"), "document-save-as");
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setIconText(tr("Export"));
    connect(m_exportAction, &QAction::triggered, this, &ArtistsPane::exportCurrent);

    m_duplicateAction =
        make("edit-copy", tr("D&uplicate"), tr("Create a copy of the selected artist"));
    connect(m_duplicateAction, &QAction::triggered, this, &ArtistsPane::duplicateCurrent);

    m_archiveAction = make("archive-insert", tr("&Archive"),
                           tr("Hide the selected artist from the roster without deleting it"));
    connect(m_archiveAction, &QAction::triggered, this, &ArtistsPane::toggleArchivedCurrent);

    m_deleteAction = make("edit-delete", tr("&Delete…"), tr("Delete the selected artist"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut); // only while the table has focus
    connect(m_deleteAction, &QAction::triggered, this, &ArtistsPane::deleteCurrent);

    m_historyAction = make("view-history", tr("Version &History…"),
                           tr("Every saved version of the selected artist, with its changes"),
                           "document-open-recent");
    m_historyAction->setIconText(tr("History"));
    connect(m_historyAction, &QAction::triggered, this, &ArtistsPane::showVersionHistory);

    m_reportAction = make("document-preview", tr("Creation &Report…"),
                          tr("How the selected artist was created"), "document-properties");
    m_reportAction->setIconText(tr("Report"));
    connect(m_reportAction, &QAction::triggered, this, &ArtistsPane::showCreationReport);

    m_evolutionAction =
        make("office-chart-bar", tr("E&volution…"),
             tr("How the selected artist fits its markets, and plans to adapt it"), "go-up");
    m_evolutionAction->setObjectName(QStringLiteral("evolutionAction"));
    m_evolutionAction->setIconText(tr("Evolution"));
    m_evolutionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_evolutionAction, &QAction::triggered, this, &ArtistsPane::showEvolution);

    m_findAction = new QAction(tr("Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] { m_filterBar->focusSearch(); });
    addAction(m_findAction);
}

QWidget *ArtistsPane::createEmptyState()
{
    auto *empty = new EmptyStateWidget(
        QIcon(QStringLiteral(":/icons/artist-studio.svg")), tr("No artists yet"),
        tr("Describe a genre, a country and a mood, and the studio writes a complete artist "
           "profile for you. You can also drop exported .json files onto this window."),
        tr("Create your first artist"), this);
    empty->setObjectName(QStringLiteral("artistsEmptyState"));
    empty->button()->setObjectName(QStringLiteral("createFirstArtist"));
    connect(empty, &EmptyStateWidget::activated, this, &ArtistsPane::newArtist);
    m_emptyState = empty;
    return empty;
}

QByteArray ArtistsPane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << kStateVersion << m_splitter->saveState()
        << m_table->horizontalHeader()->saveState() << m_filterBar->showArchived();
    return state;
}

void ArtistsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitSet)
        return;
    // First show without a saved layout: the table gets a little more than half.
    m_splitSet = true;
    const int total = m_splitter->width();
    const int editor = std::max(m_editorStack->minimumSizeHint().width(), total * 9 / 20);
    m_splitter->setSizes({total - editor, editor});
}

bool ArtistsPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    quint16 version = 0;
    QByteArray splitter;
    QByteArray header;
    bool archived = false;
    in >> magic >> version >> splitter >> header >> archived;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion)
        return false;
    m_splitSet = m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(header);
    m_filterBar->setShowArchived(archived);
    return true;
}

bool ArtistsPane::hasUnsavedChanges() const
{
    return !m_currentId.isEmpty() && m_editor->isModified();
}

QString ArtistsPane::currentStageName() const
{
    const int row = m_model->rowOfId(m_currentId);
    return row >= 0 ? m_model->summaryAt(row).stageName : m_editor->artist().identity.stageName;
}

bool ArtistsPane::currentIsArchived() const
{
    const int row = m_model->rowOfId(m_currentId);
    return row >= 0 && m_model->summaryAt(row).archived;
}

void ArtistsPane::updateViewState()
{
    const bool empty = m_model->hasLoaded() && m_model->rowCount() == 0;
    m_listStack->setCurrentWidget(empty ? m_emptyState : static_cast<QWidget *>(m_table));
}

void ArtistsPane::updateActions()
{
    const bool has = !m_currentId.isEmpty();
    for (QAction *action : {m_exportAction, m_duplicateAction, m_archiveAction, m_deleteAction,
                            m_historyAction, m_reportAction})
        action->setEnabled(has);
    m_evolutionAction->setEnabled(has && m_evolution);
    const bool archived = has && currentIsArchived();
    m_archiveAction->setText(archived ? tr("Un&archive") : tr("&Archive"));
    m_archiveAction->setIcon(QIcon::fromTheme(archived ? QStringLiteral("archive-extract")
                                                       : QStringLiteral("archive-insert")));
}

void ArtistsPane::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_ignoreSelection || !current.isValid())
        return;
    const QString id = current.data(ArtistsTableModel::IdRole).toString();
    if (id == m_currentId)
        return;
    settleUnsavedChanges([this, id] { openArtist(id); }, [this] { restoreSelection(); });
}

void ArtistsPane::restoreSelection()
{
    const QScopedValueRollback guard(m_ignoreSelection, true);
    const int row = m_model->rowOfId(m_currentId);
    const QModelIndex index =
        row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    else
        m_table->clearSelection();
}

void ArtistsPane::settleUnsavedChanges(const std::function<void()> &proceed,
                                       const std::function<void()> &abort)
{
    if (!hasUnsavedChanges()) {
        proceed();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("%1 has unsaved changes.").arg(currentStageName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Do you want to save them first?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        saveEdited(m_editor->artist(), [proceed, abort](bool saved) {
            if (saved)
                proceed();
            else if (abort)
                abort();
        });
        return;
    case QMessageBox::Discard:
        m_editor->setArtist(m_editor->artist()); // drops the undo history with the edits
        proceed();
        return;
    default:
        if (abort)
            abort();
        return;
    }
}

void ArtistsPane::openArtist(const QString &id)
{
    m_currentId = id;
    updateActions();
    const quint64 generation = ++m_loadGeneration;
    whenReady(m_service->loadArtist(id), this,
              [this, id, generation](const Result<Artist> &result) {
                  if (generation != m_loadGeneration)
                      return; // the user moved on
                  if (!result.ok()) {
                      Q_EMIT statusMessage(
                          tr("Could not open the artist: %1").arg(result.error().message));
                      clearEditor();
                      return;
                  }
                  m_editor->setArtist(result.value());
                  m_editorStack->setCurrentWidget(m_editor);
                  m_model->upsertSummary(ArtistsTableModel::summaryOf(result.value()));
                  updateActions();
                  Q_EMIT artistOpened(id);
              });
}

void ArtistsPane::clearEditor()
{
    ++m_loadGeneration;
    m_currentId.clear();
    m_editor->setArtist(Artist{});
    m_editorStack->setCurrentWidget(m_editorPlaceholder);
    updateActions();
}

void ArtistsPane::selectArtist(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        // Stored but not listed yet: the service's change signal brings the row shortly.
        m_pendingSelection = id;
        return;
    }
    m_pendingSelection.clear();
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the search or a filter: show everything rather than a blank selection.
        m_filterBar->clearFilters(m_model->summaryAt(row).archived);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ArtistsPane::saveEdited(const Artist &edited, const std::function<void(bool)> &done)
{
    whenReady(
        m_service->saveArtist(edited, tr("Edited in the studio")), this,
        [this, edited, done](const Result<Artist> &result) {
            if (result.ok()) {
                const Artist &saved = result.value();
                if (saved.id == m_currentId)
                    m_editor->setArtist(saved);
                m_model->upsertSummary(ArtistsTableModel::summaryOf(saved));
                Q_EMIT statusMessage(
                    tr("Saved %1 (version %2).").arg(saved.identity.stageName).arg(saved.version));
                if (done)
                    done(true);
                return;
            }
            // The service says why; the validator says where, so the editor can point at fields.
            ValidationIssues issues;
            if (result.error().code == ErrorCode::InvalidInput)
                issues = ArtistValidator::validate(edited);
            if (issues.isEmpty())
                issues.append({QString(), result.error().message});
            if (edited.id == m_currentId)
                m_editor->showIssues(issues);
            Q_EMIT statusMessage(tr("Not saved: %1").arg(result.error().message));
            if (done)
                done(false);
        });
}

void ArtistsPane::revertEdits()
{
    if (!m_currentId.isEmpty())
        openArtist(m_currentId);
}

void ArtistsPane::newArtist()
{
    settleUnsavedChanges([this] {
        NewArtistDialog dialog(m_service, m_tasks, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Artist artist = dialog.createdArtist();
        // Shown at once; the service's change notification then finds the row up to date.
        m_model->upsertSummary(ArtistsTableModel::summaryOf(artist));
        selectArtist(artist.id);
        const QString name = artist.identity.stageName;
        const QString id = artist.id;
        m_banner->showMessage(tr("%1 was created.").arg(name), tr("View Creation Report"),
                              [this, id, name] { openReport(id, name); });
        Q_EMIT statusMessage(tr("Created %1.").arg(name));
    });
}

void ArtistsPane::importWithDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Artists"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Artist profiles (*.json);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void ArtistsPane::importFiles(const QStringList &paths)
{
    m_importer->importFiles(paths);
}

void ArtistsPane::onImportFinished(const QStringList &importedIds, const QStringList &errors)
{
    if (!importedIds.isEmpty()) {
        selectArtist(importedIds.constLast());
        Q_EMIT statusMessage(importedIds.size() == 1
                                 ? tr("Imported 1 artist.")
                                 : tr("Imported %n artists.", nullptr, int(importedIds.size())));
    }
    if (!errors.isEmpty()) {
        // Window-modal but not exec(): a drop handler must return at once.
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Import Failed"),
                            errors.size() == 1 ? tr("The file could not be imported. Nothing was "
                                                    "stored from it.")
                                               : tr("%n files could not be imported. Nothing was "
                                                    "stored from them.",
                                                    nullptr, int(errors.size())),
                            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(errors.join(QStringLiteral("\n\n")));
        box->open();
    }
    Q_EMIT importFinished(int(importedIds.size()), int(errors.size()));
}

void ArtistsPane::exportCurrent()
{
    if (m_currentId.isEmpty())
        return;
    const QString id = m_currentId;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              u'/' + artistFileSlug(currentStageName()) + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Artist"), suggested,
                                                      tr("Artist profiles (*.json)"));
    if (path.isEmpty())
        return;
    whenReady(m_service->exportArtist(id, path), this, [this, path](const Result<void> &result) {
        if (result.ok())
            Q_EMIT statusMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        else
            QMessageBox::warning(
                this, tr("Export Failed"),
                tr("The artist could not be exported.\n\n%1").arg(result.error().message));
    });
}

void ArtistsPane::duplicateCurrent()
{
    if (m_currentId.isEmpty())
        return;
    settleUnsavedChanges([this] {
        whenReady(
            m_service->duplicateArtist(m_currentId), this, [this](const Result<Artist> &result) {
                if (!result.ok()) {
                    m_banner->showMessage(
                        tr("The artist could not be duplicated: %1").arg(result.error().message));
                    return;
                }
                m_model->upsertSummary(ArtistsTableModel::summaryOf(result.value()));
                selectArtist(result.value().id);
                Q_EMIT statusMessage(tr("Created %1.").arg(result.value().identity.stageName));
            });
    });
}

void ArtistsPane::toggleArchivedCurrent()
{
    if (m_currentId.isEmpty())
        return;
    const bool archive = !currentIsArchived();
    const QString name = currentStageName();
    const QString id = m_currentId;
    settleUnsavedChanges([this, id, archive, name] {
        whenReady(m_service->setArchived(id, archive), this, [=, this](const Result<void> &result) {
            if (!result.ok()) {
                m_banner->showMessage(result.error().message);
                return;
            }
            // The service's change notification updates the row; the editor shows the flag.
            openArtist(id);
            if (archive && !m_filterBar->showArchived())
                m_banner->showMessage(tr("%1 was archived.").arg(name), tr("Undo"), [this, id] {
                    whenReady(m_service->setArchived(id, false), this,
                              [this, id](const Result<void> &r) {
                                  if (r.ok())
                                      openArtist(id);
                              });
                });
            Q_EMIT statusMessage(archive ? tr("Archived %1.").arg(name)
                                         : tr("Restored %1 from the archive.").arg(name));
        });
    });
}

void ArtistsPane::deleteCurrent()
{
    if (m_currentId.isEmpty())
        return;
    const QString id = m_currentId;
    const QString name = currentStageName();
    QMessageBox box(QMessageBox::Warning, tr("Delete Artist"),
                    tr("Delete %1 permanently?").arg(name), QMessageBox::Cancel, this);
    box.setInformativeText(tr("The profile and its version history are removed. Reports stay "
                              "in the reports folder. Archive the artist instead to keep it."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    whenReady(m_service->deleteArtist(id), this, [this, id, name](const Result<void> &result) {
        if (!result.ok()) {
            m_banner->showMessage(
                tr("%1 could not be deleted: %2").arg(name, result.error().message));
            return;
        }
        m_model->removeArtist(id);
        if (id == m_currentId)
            clearEditor();
        Q_EMIT statusMessage(tr("Deleted %1.").arg(name));
    });
}

void ArtistsPane::showVersionHistory()
{
    if (m_currentId.isEmpty())
        return;
    const QString name = currentStageName();
    whenReady(m_service->versions(m_currentId), this,
              [this, name](const Result<QList<ArtistVersion>> &result) {
                  if (!result.ok()) {
                      m_banner->showMessage(
                          tr("The history could not be read: %1").arg(result.error().message));
                      return;
                  }
                  auto *dialog = new VersionHistoryDialog(result.value(), this);
                  dialog->setAttribute(Qt::WA_DeleteOnClose);
                  dialog->setWindowTitle(tr("Version History of %1").arg(name));
                  dialog->open();
              });
}

void ArtistsPane::showEvolution()
{
    if (m_currentId.isEmpty() || !m_evolution)
        return;
    // A plan applies to the stored artist: unsaved edits would make it stale at once.
    settleUnsavedChanges([this] {
        auto *dialog =
            new EvolutionDialog(m_evolution, m_service, m_currentId, currentStageName(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &EvolutionDialog::statusMessage, this, &ArtistsPane::statusMessage);
        dialog->open();
    });
}

void ArtistsPane::showCreationReport()
{
    if (!m_currentId.isEmpty())
        openReport(m_currentId, currentStageName());
}

void ArtistsPane::openReport(const QString &artistId, const QString &stageName)
{
    whenReady(m_service->reports(artistId), this,
              [this, stageName](const Result<QList<ReportEntry>> &result) {
                  if (!result.ok()) {
                      m_banner->showMessage(
                          tr("The reports could not be read: %1").arg(result.error().message));
                      return;
                  }
                  const ReportEntry *creation = nullptr;
                  for (const ReportEntry &entry : result.value()) {
                      if (entry.kind == QLatin1String("creation") &&
                          (!creation || entry.createdAt > creation->createdAt))
                          creation = &entry;
                  }
                  if (!creation) {
                      m_banner->showMessage(
                          tr("There is no creation report for %1 (imported or created by an "
                             "older version).")
                              .arg(stageName));
                      return;
                  }
                  auto *dialog = ReportViewerDialog::fromFiles(
                      tr("Creation Report of %1").arg(stageName),
                      m_dataDir.absolutePath(creation->markdownPath),
                      m_dataDir.absolutePath(creation->jsonPath), this);
                  dialog->setAttribute(Qt::WA_DeleteOnClose);
                  dialog->open();
              });
}

#pragma once

#include "domain/artist.h"
#include "domain/artistsummary.h"
#include "settings/datadir.h"

#include <QWidget>

#include <functional>

class ArtistEditor;
class ArtistFilterBar;
class ArtistImporter;
class MessageBanner;
class ArtistFilterProxyModel;
class ArtistService;
class ArtistsTableModel;
class EvolutionService;
class QAction;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class TaskRegistry;

// The Artists pane: toolbar, search and filters, the roster table and the ArtistEditor in a
// splitter. Every service call returns a QFuture; results are applied here on the GUI thread.
// Thread: GUI thread.
class ArtistsPane : public QWidget
{
    Q_OBJECT
public:
    ArtistsPane(ArtistService *service, TaskRegistry *tasks, DataDir dataDir,
                QWidget *parent = nullptr);

    QAction *newArtistAction() const { return m_newAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *evolutionAction() const { return m_evolutionAction; }

    // Enables Artist → Evolution; without it the action stays disabled.
    void setEvolutionService(EvolutionService *evolution)
    {
        m_evolution = evolution;
        updateActions();
    }

    ArtistEditor *editor() const { return m_editor; }
    QTableView *table() const { return m_table; }
    ArtistsTableModel *model() const { return m_model; }
    ArtistFilterProxyModel *proxy() const { return m_proxy; }
    QString currentArtistId() const { return m_currentId; }
    MessageBanner *banner() const { return m_banner; }

    // Splitter sizes and table header (column widths, sort), for the window's saved layout.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // Imports each file through the service; refused files are listed in one message box.
    void importFiles(const QStringList &paths);
    // Selects the artist in the table (clearing filters that hide it) and opens it.
    void selectArtist(const QString &id);
    // Runs `proceed` when there are no unsaved edits, or once the user saved or discarded them;
    // runs `abort` (if given) when the user cancels or the save fails.
    void settleUnsavedChanges(const std::function<void()> &proceed,
                              const std::function<void()> &abort = {});

    bool hasUnsavedChanges() const;

public Q_SLOTS:
    void newArtist();
    void importWithDialog();
    void exportCurrent();
    void duplicateCurrent();
    void toggleArchivedCurrent();
    void deleteCurrent();
    void showVersionHistory();
    void showCreationReport();
    void showEvolution();

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void statusMessage(const QString &message);
    void artistOpened(const QString &id); // the editor shows this artist now
    void importFinished(int imported, int refused);

private:
    void createActions();
    QWidget *createEmptyState();
    void onImportFinished(const QStringList &importedIds, const QStringList &errors);
    void onCurrentRowChanged(const QModelIndex &current);
    void openArtist(const QString &id);
    void clearEditor();
    void restoreSelection();
    void saveEdited(const Artist &edited, const std::function<void(bool)> &done = {});
    void revertEdits();
    void updateViewState();
    void updateActions();
    void openReport(const QString &artistId, const QString &stageName);
    QString currentStageName() const;
    bool currentIsArchived() const;

    ArtistService *m_service;
    TaskRegistry *m_tasks;
    EvolutionService *m_evolution = nullptr;
    DataDir m_dataDir;

    ArtistsTableModel *m_model;
    ArtistFilterProxyModel *m_proxy;
    QToolBar *m_toolBar = nullptr;
    ArtistFilterBar *m_filterBar = nullptr;
    MessageBanner *m_banner = nullptr;
    ArtistImporter *m_importer = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_emptyState = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    QWidget *m_editorPlaceholder = nullptr;
    ArtistEditor *m_editor = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_evolutionAction = nullptr;
    QAction *m_findAction = nullptr;

    QString m_currentId;        // the artist in the editor
    QString m_pendingSelection; // to select once the model lists it
    quint64 m_loadGeneration = 0;
    bool m_ignoreSelection = false;
    bool m_splitSet = false; // splitter sizes restored or chosen on first show
};

#pragma once

#include "settings/datadir.h"

#include <QMainWindow>

class AnalysisPane;
class AnalysisService;
class ArtistService;
class ArtistsPane;
class HttpClient;
class QAction;
class QListWidget;
class QMimeData;
class QSplitter;
class QStackedWidget;
class SecretStore;
class Settings;
class TaskProgressWidget;
class TaskRegistry;
class TrendService;
class EvolutionService;
class TrendsPane;

// What the main window works with, handed in by app/main.cpp (no singletons). artists and
// tasks are required; without settings the layout is not remembered and without secrets the
// Settings dialog is unavailable; http may be null (no "Test connection"). A pane appears only
// when its service is given (analysis: the Analysis pane; trends: the Trends pane).
struct MainWindowServices
{
    ArtistService *artists = nullptr;
    TaskRegistry *tasks = nullptr;
    Settings *settings = nullptr;
    SecretStore *secrets = nullptr;
    HttpClient *http = nullptr;
    AnalysisService *analysis = nullptr;
    TrendService *trends = nullptr;
    EvolutionService *evolution = nullptr; // enables Artists > Evolution…
};

// The studio's window: a navigation list of panes (only panes that work: Artists, Analysis,
// Trends) beside a stack, File/Edit/View/Help menus, background tasks in the status bar, its
// layout remembered, and .json files dropped anywhere on it imported as artists.
// Thread: GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const MainWindowServices &services, const DataDir &dataDir,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ArtistsPane *artistsPane() const { return m_artistsPane; }
    AnalysisPane *analysisPane() const { return m_analysisPane; } // null without the service
    TrendsPane *trendsPane() const { return m_trendsPane; }       // null without the service
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // Geometry, navigation splitter and every pane's splitter/header state, to Settings.
    void saveLayout() const;
    bool restoreLayout();

    // Local .json files among the URLs of a drag; empty when there are none.
    static QStringList jsonFiles(const QMimeData *mime);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void addPane(const QString &iconName, const QString &title, QWidget *pane);
    void showPane(QWidget *pane);
    void showSettings();
    void showAbout();

    MainWindowServices m_services;
    DataDir m_dataDir;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_panes = nullptr;
    QSplitter *m_splitter = nullptr;
    ArtistsPane *m_artistsPane = nullptr;
    AnalysisPane *m_analysisPane = nullptr;
    TrendsPane *m_trendsPane = nullptr;
    TaskProgressWidget *m_taskProgress = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    bool m_closeApproved = false;
};

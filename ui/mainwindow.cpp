#include "mainwindow.h"

#include "analysispane.h"
#include "artisteditor.h"
#include "artistspane.h"
#include "logging/logcategories.h"
#include "services/taskregistry.h"
#include "settings/settings.h"
#include "settings/settingskeys.h"
#include "settingsdialog.h"
#include "taskprogresswidget.h"
#include "trendspane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDataStream>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QUrl>

namespace {
constexpr quint32 kLayoutMagic = 0x41534c59; // "ASLY"
constexpr quint16 kLayoutVersion = 1;
constexpr int kStatusMessageMs = 6000;
} // namespace

MainWindow::MainWindow(const MainWindowServices &services, const DataDir &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_dataDir(dataDir)
{
    Q_ASSERT(services.artists && services.tasks);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Artist Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/artist-studio.svg")));
    setAcceptDrops(true);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setMinimumWidth(120);
    m_panes = new QStackedWidget(this);
    connect(m_navigation, &QListWidget::currentRowChanged, m_panes,
            &QStackedWidget::setCurrentIndex);

    m_artistsPane = new ArtistsPane(services.artists, services.tasks, dataDir, this);
    m_artistsPane->setEvolutionService(services.evolution);
    addPane(QStringLiteral("system-users"), tr("Artists"), m_artistsPane);
    connect(m_artistsPane, &ArtistsPane::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, kStatusMessageMs);
    });
    if (services.analysis) {
        m_analysisPane = new AnalysisPane(services.analysis, this);
        addPane(QStringLiteral("view-media-visualization"), tr("Analysis"), m_analysisPane);
        connect(m_analysisPane, &AnalysisPane::statusMessage, this, [this](const QString &message) {
            statusBar()->showMessage(message, kStatusMessageMs);
        });
    }
    if (services.trends) {
        m_trendsPane = new TrendsPane(services.trends, this);
        addPane(QStringLiteral("office-chart-line"), tr("Trends"), m_trendsPane);
        connect(m_trendsPane, &TrendsPane::statusMessage, this, [this](const QString &message) {
            statusBar()->showMessage(message, kStatusMessageMs);
        });
    }
    m_navigation->setCurrentRow(0);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_panes);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({140, 1260});
    setCentralWidget(m_splitter);

    m_taskProgress = new TaskProgressWidget(services.tasks, this);
    m_taskProgress->setObjectName(QStringLiteral("taskProgress"));
    statusBar()->addPermanentWidget(m_taskProgress);

    createMenus();
    if (!restoreLayout())
        resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPane(const QString &iconName, const QString &title, QWidget *pane)
{
    QIcon icon = QIcon::fromTheme(iconName);
    if (icon.isNull())
        icon = QIcon(QStringLiteral(":/icons/artist-studio.svg"));
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    m_panes->addWidget(pane);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newArtist = m_artistsPane->newArtistAction();
    newArtist->setShortcut(QKeySequence::New);
    QAction *import = m_artistsPane->importAction();
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *exportAction = m_artistsPane->exportAction();
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(newArtist);
    file->addAction(import);
    file->addAction(exportAction);
    if (m_trendsPane) {
        // The wizard belongs to the Trends pane; the pane comes forward to show the result.
        QAction *importTrends = m_trendsPane->importAction();
        importTrends->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        connect(importTrends, &QAction::triggered, this, [this] { showPane(m_trendsPane); });
        file->addSeparator();
        file->addAction(importTrends);
    }
    file->addSeparator();
    QAction *settings = file->addAction(QIcon::fromTheme(QStringLiteral("configure")),
                                        tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setEnabled(m_services.settings && m_services.secrets);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Undo/redo of the editor: the window owns the keys, so the editor's own copies of these
    // shortcuts are switched off to keep Ctrl+Z unambiguous.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *stack = m_artistsPane->editor()->undoStack();
    m_undoAction = stack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = stack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    const QList<QAction *> editorActions = m_artistsPane->editor()->findChildren<QAction *>();
    for (QAction *action : editorActions) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo) ||
            action->shortcut() == QKeySequence(QKeySequence::Redo))
            action->setShortcuts(QList<QKeySequence>{});
    }
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    if (m_trendsPane) {
        QMenu *view = menuBar()->addMenu(tr("&View"));
        QAction *trends = view->addAction(QIcon::fromTheme(QStringLiteral("office-chart-line")),
                                          tr("&Trends"), this, [this] { showPane(m_trendsPane); });
        trends->setObjectName(QStringLiteral("showTrendsAction"));
        trends->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(QIcon(QStringLiteral(":/icons/artist-studio.svg")),
                                     tr("&About Artist Studio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPane(QWidget *pane)
{
    const int index = m_panes->indexOf(pane);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::showSettings()
{
    if (!m_services.settings || !m_services.secrets)
        return;
    SettingsDialog dialog(*m_services.settings, *m_services.secrets, m_dataDir.root(),
                          m_services.http, this);
    dialog.load();
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Artist Studio"),
        tr("<h3>Artist Studio %1</h3>"
           "<p>A desktop studio for running virtual music artists: create and evolve artist "
           "profiles, generate and approve their releases.</p>"
           "<p>Data folder: %2</p>")
            .arg(QStringLiteral(STUDIO_VERSION), m_dataDir.root().toHtmlEscaped()));
}

void MainWindow::saveLayout() const
{
    if (!m_services.settings)
        return;
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kLayoutMagic << kLayoutVersion << QMainWindow::saveState() << m_splitter->saveState()
        << m_artistsPane->saveState();
    // Appended after the first version's fields, so older saved layouts still read; a pane
    // without its service writes an empty state to keep the later panes in their place.
    out << (m_analysisPane ? m_analysisPane->saveState() : QByteArray())
        << (m_trendsPane ? m_trendsPane->saveState() : QByteArray());
    m_services.settings->setValue(SettingsKeys::Ui::mainWindowGeometry, saveGeometry());
    m_services.settings->setValue(SettingsKeys::Ui::mainWindowState, state);
    m_services.settings->sync();
}

bool MainWindow::restoreLayout()
{
    if (!m_services.settings)
        return false;
    const QByteArray geometry =
        m_services.settings->value(SettingsKeys::Ui::mainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        return false;
    QDataStream in(m_services.settings->value(SettingsKeys::Ui::mainWindowState).toByteArray());
    quint32 magic = 0;
    quint16 version = 0;
    QByteArray windowState;
    QByteArray splitter;
    QByteArray artists;
    in >> magic >> version >> windowState >> splitter >> artists;
    if (in.status() == QDataStream::Ok && magic == kLayoutMagic && version == kLayoutVersion) {
        QMainWindow::restoreState(windowState);
        m_splitter->restoreState(splitter);
        m_artistsPane->restoreState(artists);
        QByteArray analysis;
        if (!in.atEnd())
            in >> analysis;
        if (m_analysisPane && in.status() == QDataStream::Ok && !analysis.isEmpty())
            m_analysisPane->restoreState(analysis);
        QByteArray trends;
        if (!in.atEnd())
            in >> trends;
        if (m_trendsPane && in.status() == QDataStream::Ok && !trends.isEmpty())
            m_trendsPane->restoreState(trends);
    } else {
        qCDebug(lcUi) << "Saved window layout not readable; using the defaults";
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeApproved && m_artistsPane->hasUnsavedChanges()) {
        // Ask first; a save runs asynchronously, so the window closes once it succeeded.
        event->ignore();
        m_artistsPane->settleUnsavedChanges([this] {
            m_closeApproved = true;
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        return;
    }
    saveLayout();
    m_services.tasks->cancelAll();
    QMainWindow::closeEvent(event);
}

QStringList MainWindow::jsonFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && QFileInfo(path).isFile())
            paths.append(path);
    }
    return paths;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!jsonFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!jsonFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = jsonFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    showPane(m_artistsPane);
    m_artistsPane->importFiles(paths);
}

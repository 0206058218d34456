#include "artisteditor.h"
#include "artistspane.h"
#include "artiststablemodel.h"
#include "domain/artistjson.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "services/studio.h"
#include "services/taskregistry.h"
#include "settings/settings.h"
#include "settings/settingskeys.h"
#include "testenvironment.h"

#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

namespace {
template<typename T> T await(QFuture<T> future)
{
    QDeadlineTimer deadline(30000);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return future.result();
}
} // namespace

// Smoke test of the whole window on the real services and a temporary data dir.
class TstMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsArtistsAndOpensSelectionInEditor();
    void editMenuUndoesEditorChanges();
    void layoutIsRestoredInNextWindow();
    void droppedJsonFileIsImported();
    void droppedBrokenFileIsRefusedWithReasons();
    void emptyRosterOffersFirstArtist();
    void rendersArtistsPane();

private:
    Artist createArtist(const QString &genre, const QString &country, quint64 seed);
    std::unique_ptr<MainWindow> makeWindow();
    static QTableView *table(MainWindow &window) { return window.artistsPane()->table(); }
    static void waitForRows(MainWindow &window, int rows);
    static void drop(MainWindow &window, const QStringList &paths);

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Studio> m_studio;
};

void TstMainWindow::init()
{
    m_env = std::make_unique<TestEnvironment>();
    Result<std::unique_ptr<Studio>> studio = Studio::open({m_env->dataDir(), false});
    QVERIFY2(studio.ok(), studio.ok() ? "" : qPrintable(studio.error().message));
    m_studio = std::move(studio.value());
    // QSettings keeps the first config folder of the process: start each test from defaults.
    m_studio->settings().reset(SettingsKeys::Ui::mainWindowGeometry);
    m_studio->settings().reset(SettingsKeys::Ui::mainWindowState);
}

void TstMainWindow::cleanup()
{
    m_studio.reset();
    m_env.reset();
}

Artist TstMainWindow::createArtist(const QString &genre, const QString &country, quint64 seed)
{
    ArtistBrief brief;
    brief.genre = genre;
    brief.country = country;
    brief.seed = seed;
    const Result<CreatedArtist> created =
        await(m_studio->artists().createArtist(brief, QStringLiteral("local")));
    if (!created.ok())
        qFatal("creation failed: %s", qPrintable(created.error().message));
    return created.value().artist;
}

std::unique_ptr<MainWindow> TstMainWindow::makeWindow()
{
    MainWindowServices services;
    services.artists = &m_studio->artists();
    services.tasks = &m_studio->tasks();
    services.settings = &m_studio->settings();
    services.secrets = &m_studio->secrets();
    return std::make_unique<MainWindow>(services, m_studio->dataDir());
}

void TstMainWindow::waitForRows(MainWindow &window, int rows)
{
    QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), rows, 20000);
}

void TstMainWindow::drop(MainWindow &window, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPointF pos(window.width() / 2.0, window.height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &dropEvent);
}

void TstMainWindow::showsArtistsAndOpensSelectionInEditor()
{
    const Artist a = createArtist(QStringLiteral("techno"), QStringLiteral("DE"), 1);
    createArtist(QStringLiteral("synthwave"), QStringLiteral("FR"), 2);
    createArtist(QStringLiteral("reggaeton"), QStringLiteral("MX"), 3);

    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitForRows(*window, 3);

    // Sorted by name, and every row has a name.
    QTableView *view = table(*window);
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names.append(view->model()->index(row, ArtistsTableModel::NameColumn).data().toString());
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &x, const QString &y) {
        return x.compare(y, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(names, sorted);

    const int row = [&] {
        for (int r = 0; r < 3; ++r) {
            if (view->model()->index(r, 0).data(ArtistsTableModel::IdRole).toString() == a.id)
                return r;
        }
        return -1;
    }();
    QVERIFY(row >= 0);
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    ArtistEditor *editor = window->artistsPane()->editor();
    QTRY_COMPARE(editor->artist().id, a.id);
    QCOMPARE(editor->artist().identity.stageName, a.identity.stageName);
    QVERIFY(editor->isVisible());
    QVERIFY(!editor->isModified());
}

void TstMainWindow::editMenuUndoesEditorChanges()
{
    const Artist a = createArtist(QStringLiteral("house"), QStringLiteral("GB"), 9);
    auto window = makeWindow();
    window->show();
    waitForRows(*window, 1);
    window->artistsPane()->selectArtist(a.id);
    ArtistEditor *editor = window->artistsPane()->editor();
    QTRY_COMPARE(editor->artist().id, a.id);
    QVERIFY(!window->undoAction()->isEnabled());

    // The window's Edit menu acts on the editor's undo stack.
    QCOMPARE(editor->undoStack()->count(), 0);
    QUndoStack *stack = editor->undoStack();
    stack->push(new QUndoCommand(QStringLiteral("test edit")));
    QVERIFY(window->undoAction()->isEnabled());
    window->undoAction()->trigger();
    QCOMPARE(stack->index(), 0);
    QVERIFY(window->redoAction()->isEnabled());
}

void TstMainWindow::layoutIsRestoredInNextWindow()
{
    createArtist(QStringLiteral("techno"), QStringLiteral("DE"), 4);
    {
        auto first = makeWindow();
        first->show();
        QVERIFY(QTest::qWaitForWindowExposed(first.get()));
        first->resize(1320, 860);
        table(*first)->sortByColumn(ArtistsTableModel::GenreColumn, Qt::DescendingOrder);
        QTRY_COMPARE(first->size(), QSize(1320, 860));
        QVERIFY(first->close());
    }
    auto second = makeWindow();
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second.get()));
    QCOMPARE(second->size(), QSize(1320, 860));
    QHeaderView *header = table(*second)->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(ArtistsTableModel::GenreColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TstMainWindow::droppedJsonFileIsImported()
{
    const Artist original = createArtist(QStringLiteral("jazz"), QStringLiteral("US"), 5);
    const QString path = m_env->path(QStringLiteral("exported.json"));
    const Result<void> exported = await(m_studio->artists().exportArtist(original.id, path));
    QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));

    auto window = makeWindow();
    window->show();
    waitForRows(*window, 1);
    QSignalSpy finished(window->artistsPane(), &ArtistsPane::importFinished);
    drop(*window, {path});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toInt(), 1);
    waitForRows(*window, 2);
    // The imported copy is opened in the editor.
    ArtistEditor *editor = window->artistsPane()->editor();
    QTRY_VERIFY(!editor->artist().id.isEmpty() && editor->artist().id != original.id);
    QCOMPARE(editor->artist().identity.stageName, original.identity.stageName);
}

void TstMainWindow::droppedBrokenFileIsRefusedWithReasons()
{
    const QString path = m_env->path(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "artist-studio/artist", "identity": {"stageName": 42}})");
    file.close();

    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy finished(window->artistsPane(), &ArtistsPane::importFinished);
    drop(*window, {path});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(1).toInt(), 1);
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("importErrorBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->informativeText().contains(QStringLiteral("broken.json")),
             qPrintable(box->informativeText()));
    box->close();
    const Result<QList<ArtistSummary>> list = await(m_studio->artists().listArtists(true));
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 0); // nothing written
}

void TstMainWindow::emptyRosterOffersFirstArtist()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *button = window->findChild<QPushButton *>(QStringLiteral("createFirstArtist"));
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    QVERIFY(!table(*window)->isVisible());
}

// Renders the pane as a user sees it; with ARTIST_STUDIO_SCREENSHOT_DIR set the picture is saved
// there (docs/screenshots/artists-pane.png is made this way).
void TstMainWindow::rendersArtistsPane()
{
    if (QIcon::themeName().isEmpty()) {
        // The offscreen platform knows no desktop icon theme; use the one Debian installs.
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << QStringLiteral("/usr/share/icons"));
        QIcon::setThemeName(QStringLiteral("Adwaita"));
    }
    const QList<QPair<QString, QString>> briefs = {
        {QStringLiteral("synthwave"), QStringLiteral("DE")},
        {QStringLiteral("techno"), QStringLiteral("DE")},
        {QStringLiteral("reggaeton"), QStringLiteral("MX")},
        {QStringLiteral("k-pop"), QStringLiteral("KR")},
        {QStringLiteral("afrobeats"), QStringLiteral("NG")},
        {QStringLiteral("lo-fi"), QStringLiteral("JP")},
        {QStringLiteral("indie"), QStringLiteral("SE")},
        {QStringLiteral("house"), QStringLiteral("GB")},
        {QStringLiteral("jazz"), QStringLiteral("US")},
    };
    QList<Artist> artists;
    quint64 seed = 11;
    for (const auto &[genre, country] : briefs)
        artists.append(createArtist(genre, country, seed++));
    // A roster in several states, as after a few weeks of use.
    const LifecycleStatus statuses[] = {LifecycleStatus::Active, LifecycleStatus::Evolving,
                                        LifecycleStatus::Active, LifecycleStatus::Paused};
    for (int i = 0; i < 4; ++i) {
        Artist changed = artists.at(i);
        changed.status = statuses[i];
        QVERIFY(await(m_studio->artists().saveArtist(changed, QStringLiteral("screenshot"))).ok());
    }

    auto window = makeWindow();
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitForRows(*window, int(artists.size()));
    window->artistsPane()->selectArtist(artists.at(0).id);
    QTRY_COMPARE(window->artistsPane()->editor()->artist().id, artists.at(0).id);
    QCoreApplication::processEvents();

    const QPixmap shot = window->grab();
    QCOMPARE(shot.size(), QSize(1400, 900));
    const QString dir = qEnvironmentVariable("ARTIST_STUDIO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(dir + QStringLiteral("/artists-pane.png")));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"

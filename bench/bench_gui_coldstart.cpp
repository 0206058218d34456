// One GUI cold start, offscreen: from main() until the Artists table has painted its rows.
// Prints "painted <ms> <rows>" and exits. Run by bench_artists in fresh processes.
#include "artistspane.h"
#include "artiststablemodel.h"
#include "mainwindow.h"
#include "net/networkthread.h"
#include "services/studio.h"
#include "services/taskregistry.h"
#include "settings/secretstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>

namespace {

// Quits once the viewport paints while the model has rows.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QTableView *table, QElapsedTimer *clock)
        : m_table(table)
        , m_clock(clock)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_table->model()->rowCount() > 0 && !m_done) {
            m_done = true;
            const qint64 ms = m_clock->elapsed();
            const int rows = m_table->model()->rowCount();
            QMetaObject::invokeMethod(
                qApp,
                [ms, rows] {
                    QTextStream(stdout) << "painted " << ms << ' ' << rows << Qt::endl;
                    QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
    QElapsedTimer *m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ArtistStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("artist-studio"));
    if (argc < 2)
        return 2;
    auto studio = Studio::open({QString::fromLocal8Bit(argv[1]), false, true});
    if (!studio)
        return 1;
    Studio &s = **studio;
    MainWindow window({&s.artists(), &s.tasks(), &s.settings(), &s.secrets(), s.network().client(),
                       &s.analysis()},
                      s.dataDir());
    window.resize(1400, 900);
    QTableView *table = window.artistsPane()->table();
    PaintWatcher watcher(table, &clock);
    table->viewport()->installEventFilter(&watcher);
    window.show();
    return app.exec();
}

// Artist Studio: with a command it runs headless (QCoreApplication), otherwise it opens the
// window. Wiring only; everything else lives in core/ and ui/.
#include "artistspane.h"
#include "cli/commandline.h"
#include "cli/headlessrunner.h"
#include "mainwindow.h"
#include "net/networkthread.h"
#include "services/studio.h"
#include "services/taskregistry.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "settings/settingskeys.h"
#include "studiotranslations.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <memory>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ArtistStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("artist-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));
}

QString configuredLanguage()
{
    return Settings().value(SettingsKeys::General::language).toString();
}

int runHeadless(int argc, char *argv[], const CommandLine &line)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    StudioTranslations::install(app, configuredLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (line.command == CommandLine::Command::Version) {
        out << "artist-studio " << STUDIO_VERSION << Qt::endl;
        return HeadlessRunner::Success;
    }
    if (line.command == CommandLine::Command::Help) {
        out << CommandLine::usage();
        return HeadlessRunner::Success;
    }

    auto studio = Studio::open({line.dataDir, true, true});
    if (!studio) {
        err << "artist-studio: " << studio.error().message << Qt::endl;
        return HeadlessRunner::RuntimeError;
    }
    HeadlessRunner runner(**studio, out, err);
    runner.run(line).then(&app, [](int code) { QCoreApplication::exit(code); });
    return app.exec();
}

int runGui(int argc, char *argv[], const CommandLine &line)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/artist-studio.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.artiststudio.ArtistStudio"));
    StudioTranslations::install(app, configuredLanguage());

    auto studio = Studio::open({line.dataDir, true, false});
    if (!studio) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Artist Studio"),
                              studio.error().message);
        return HeadlessRunner::RuntimeError;
    }
    Studio &s = **studio;
    MainWindow window({&s.artists(), &s.tasks(), &s.settings(), &s.secrets(), s.network().client(),
                       &s.analysis(), &s.trends(), &s.evolution()},
                      s.dataDir());
    window.restoreLayout();
    window.show();
    s.trends().ensureSampleData(); // first run: the bundled sample, in the background
    // Lifecycle rules run on a schedule only while the studio is open (never headless).
    const int lifecycleHours =
        s.settings().value(SettingsKeys::Evolution::lifecycleIntervalHours).toInt();
    s.evolution().startSchedule(std::chrono::hours(std::max(0, lifecycleHours)));
    if (!line.guiFiles.isEmpty())
        window.artistsPane()->importFiles(line.guiFiles);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const auto line = CommandLine::parse(arguments);
    if (!line) {
        QTextStream(stderr) << "artist-studio: " << line.error().message << '\n'
                            << QCoreApplication::translate("main", "Try --help.") << '\n';
        return HeadlessRunner::UsageError;
    }
    return line->isHeadless() ? runHeadless(argc, argv, *line) : runGui(argc, argv, *line);
}

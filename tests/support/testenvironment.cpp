#include "testenvironment.h"

#include <QCoreApplication>
#include <QStandardPaths>

TestEnvironment::TestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ARTIST_STUDIO_DATA_DIR", m_dir.path().toUtf8());
    // Settings go to a per-test file, never to ~/.config.
    qputenv("XDG_CONFIG_HOME", (m_dir.path() + QStringLiteral("/config")).toUtf8());
}

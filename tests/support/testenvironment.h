#pragma once

#include <QString>
#include <QTemporaryDir>

// A throw-away data directory for one test, with the studio's environment pointed at it,
// so no test ever touches the user's real data, settings or keychain.
class TestEnvironment
{
public:
    TestEnvironment();
    QString dataDir() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

private:
    QTemporaryDir m_dir;
};

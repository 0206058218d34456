#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// The real artist-studio binary run as a script runs it: in a scratch data dir, with no
// keychain and a private config dir; what it printed and how it exited. Header-only: the
// binary's path (STUDIO_APP_BINARY) is a definition of each CLI test. Thread: the test's.
class StudioBinary
{
public:
    struct Run
    {
        int exitCode = -1; // -2: crashed; -1: did not finish in time
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    StudioBinary() { reset(); }

    // Empties the data dir and restores the environment.
    void reset()
    {
        QDir(dataDir()).removeRecursively();
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.remove(QStringLiteral("ARTIST_STUDIO_DATA_DIR"));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                             QStringLiteral("unix:path=/nonexistent"));
    }

    Run run(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(STUDIO_APP_BINARY),
                      QStringList{QStringLiteral("--data-dir"), dataDir()} + arguments);
        if (!process.waitForFinished(300000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString dataDir() const { return path(QStringLiteral("data")); }
    QString path(const QString &name) const { return m_scratch.filePath(name); }

    // Writes a file under the scratch dir (folders included) and returns its path.
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString file = path(name);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

private:
    QTemporaryDir m_scratch;
    QProcessEnvironment m_environment;
};

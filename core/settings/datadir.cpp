#include "settings/datadir.h"

#include "logging/logcategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace {

QString describe(DataDir::Source source)
{
    switch (source) {
    case DataDir::Source::CommandLine:
        return QCoreApplication::translate("DataDir", "given with --data-dir");
    case DataDir::Source::Environment:
        return QCoreApplication::translate("DataDir", "given by ARTIST_STUDIO_DATA_DIR");
    case DataDir::Source::Standard:
        return QCoreApplication::translate("DataDir", "the default location");
    }
    return {};
}

const QStringList &subfolders()
{
    static const QStringList names = {QStringLiteral("reports"), QStringLiteral("logs"),
                                      QStringLiteral("media"), QStringLiteral("releases")};
    return names;
}

} // namespace

Result<DataDir> DataDir::resolve(const QString &commandLineDir)
{
    QString chosen;
    Source source = Source::Standard;
    const QString fromEnvironment = qEnvironmentVariable("ARTIST_STUDIO_DATA_DIR");
    if (!commandLineDir.isEmpty()) {
        chosen = commandLineDir;
        source = Source::CommandLine;
    } else if (!fromEnvironment.isEmpty()) {
        chosen = fromEnvironment;
        source = Source::Environment;
    } else {
        chosen = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (chosen.isEmpty()) {
            return Error(ErrorCode::Storage,
                         QCoreApplication::translate(
                             "DataDir",
                             "No standard location for application data is known on this "
                             "system. Choose a data directory with --data-dir DIR or "
                             "ARTIST_STUDIO_DATA_DIR."));
        }
    }

    const QString root = QDir::cleanPath(QDir::current().absoluteFilePath(chosen));
    const QString hint =
        QCoreApplication::translate("DataDir", "Choose another directory with --data-dir DIR or "
                                               "ARTIST_STUDIO_DATA_DIR, or fix its permissions.");
    const QFileInfo info(root);
    if (info.exists() && !info.isDir()) {
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate(
                         "DataDir", "The data directory \"%1\" (%2) is a file, not a directory. %3")
                         .arg(QDir::toNativeSeparators(root), describe(source), hint));
    }
    QDir dir;
    for (const QString &path : QStringList{root} + subfolders()) {
        const QString absolute = path == root ? root : root + u'/' + path;
        if (!dir.mkpath(absolute)) {
            return Error(ErrorCode::Storage,
                         QCoreApplication::translate(
                             "DataDir", "Cannot create the data directory \"%1\" (%2). %3")
                             .arg(QDir::toNativeSeparators(absolute), describe(source), hint));
        }
    }
    // A real write, because permission bits lie (ACLs, read-only mounts, root).
    QTemporaryFile probe(root + QStringLiteral("/.write-test-XXXXXX"));
    if (!probe.open()) {
        return Error(
            ErrorCode::Storage,
            QCoreApplication::translate("DataDir",
                                        "The data directory \"%1\" (%2) is not writable: %3. %4")
                .arg(QDir::toNativeSeparators(root), describe(source), probe.errorString(), hint));
    }
    qCDebug(lcSettings).noquote() << "data directory" << root << "(" << describe(source) << ")";
    return DataDir(root, source);
}

QString DataDir::databasePath() const
{
    return m_root + QStringLiteral("/studio.sqlite");
}

QString DataDir::reportsDir() const
{
    return m_root + QStringLiteral("/reports");
}

QString DataDir::logsDir() const
{
    return m_root + QStringLiteral("/logs");
}

QString DataDir::mediaDir() const
{
    return m_root + QStringLiteral("/media");
}

QString DataDir::releasesDir() const
{
    return m_root + QStringLiteral("/releases");
}

QString DataDir::relativePath(const QString &absolute) const
{
    const QString cleaned = QDir::cleanPath(QDir(m_root).absoluteFilePath(absolute));
    if (cleaned == m_root)
        return QStringLiteral(".");
    const QString prefix = m_root.endsWith(u'/') ? m_root : m_root + u'/'; // root may be "/"
    if (cleaned.startsWith(prefix))
        return cleaned.mid(prefix.size());
    return cleaned;
}

QString DataDir::absolutePath(const QString &stored) const
{
    if (QDir::isAbsolutePath(stored))
        return QDir::cleanPath(stored);
    return QDir::cleanPath(m_root + u'/' + stored);
}

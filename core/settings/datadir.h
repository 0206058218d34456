#pragma once

#include "util/error.h"

#include <QString>

// The folder holding the studio's data: studio.sqlite, reports/, logs/, media/, releases/.
// Resolved once at start-up from, in this order: the --data-dir argument, the
// ARTIST_STUDIO_DATA_DIR environment variable, QStandardPaths::AppDataLocation.
// Owning thread: none (an immutable value, usable from any thread once resolved).
class DataDir
{
public:
    enum class Source
    {
        CommandLine,
        Environment,
        Standard
    };

    // Picks the folder, creates it and its subfolders and checks that it is writable.
    // commandLineDir is the --data-dir value, empty when not given. Relative paths are taken
    // relative to the current directory.
    static Result<DataDir> resolve(const QString &commandLineDir);

    QString root() const { return m_root; }
    Source source() const { return m_source; }
    QString databasePath() const;
    QString reportsDir() const;
    QString logsDir() const;
    QString mediaDir() const;
    QString releasesDir() const;

    // For paths stored in the database: a path inside the data dir becomes relative to root()
    // with '/' separators ("media/runs/42/track.flac"), so the data dir can be moved; a path
    // outside it is returned absolute and cleaned.
    QString relativePath(const QString &absolute) const;
    // The inverse: a relative path from the database made absolute; absolute paths unchanged.
    QString absolutePath(const QString &stored) const;

private:
    DataDir(QString root, Source source)
        : m_root(std::move(root))
        , m_source(source)
    {}

    QString m_root; // absolute, cleaned, no trailing slash
    Source m_source = Source::Standard;
};

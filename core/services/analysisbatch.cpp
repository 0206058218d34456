#include "analysisbatch.h"

#include "analysis/analysisengine.h"
#include "analysis/audiodecoder.h"
#include "logging/logcategories.h"
#include "storage/dbconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMutexLocker>

#include <algorithm>

namespace {

constexpr qint64 kProgressIntervalMs = 100; // at most ~10 progress signals a second

const QStringList kAudioSuffixes = {QStringLiteral("wav"),  QStringLiteral("flac"),
                                    QStringLiteral("ogg"),  QStringLiteral("oga"),
                                    QStringLiteral("opus"), QStringLiteral("mp3")};

// The cache part of the pipeline: the stored analysis of this content, if any.
struct CacheHit
{
    Analysis analysis;
    AnalysisCorrection correction;
    bool knownPath = false; // the path/size/mtime mapping existed
};

std::optional<CacheHit> lookUp(AnalysisRepository &repository, const QString &path, qint64 size,
                               const QDateTime &mtime)
{
    CacheHit hit;
    std::optional<QString> hash = repository.hashForFile(path, size, mtime);
    hit.knownPath = hash.has_value();
    if (!hash) {
        // New or changed path: hashing reads the file but is far cheaper than analyzing it.
        auto hashed = AudioDecoder::contentHash(path);
        if (!hashed)
            return std::nullopt; // the analysis will report the problem
        hash = hashed.value();
    }
    auto found = repository.find(*hash);
    if (!found)
        return std::nullopt;
    hit.analysis = std::move(found).value();
    if (auto correction = repository.correction(*hash))
        hit.correction = correction.value();
    return hit;
}

} // namespace

AnalysisBatch::AnalysisBatch(bool useCache)
    : m_useCache(useCache)
{}

void AnalysisBatch::setFiles(const QStringList &files)
{
    m_files = files;
    QMutexLocker locker(&m_mutex);
    m_results = QList<TrackAnalysis>(files.size());
    for (qsizetype i = 0; i < files.size(); ++i)
        m_results[i].path = files.at(i);
}

void AnalysisBatch::setResult(qsizetype index, TrackAnalysis track)
{
    QMutexLocker locker(&m_mutex);
    m_results[index] = std::move(track);
}

QList<TrackAnalysis> AnalysisBatch::results() const
{
    QMutexLocker locker(&m_mutex);
    return m_results;
}

bool AnalysisBatch::markDone()
{
    ++m_done;
    return m_done >= total();
}

bool AnalysisBatch::progressDue()
{
    if (m_sinceProgress.isValid() && m_done < total() &&
        m_sinceProgress.elapsed() < kProgressIntervalMs)
        return false;
    m_sinceProgress.start();
    return true;
}

QString AnalysisBatch::absolutePath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty when it does not exist
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

bool AnalysisBatch::isAudioFile(const QString &path)
{
    return kAudioSuffixes.contains(QFileInfo(path).suffix().toLower());
}

QStringList AnalysisBatch::expand(const QStringList &filesOrFolders)
{
    QStringList files;
    for (const QString &input : filesOrFolders) {
        const QFileInfo info(input);
        if (!info.isDir()) {
            files.append(absolutePath(input)); // a missing file still gets its error result
            continue;
        }
        QStringList found;
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString path = it.next();
            if (isAudioFile(path))
                found.append(absolutePath(path));
        }
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        files.append(found);
    }
    return files;
}

const QMap<QString, QString> &AnalysisBatch::currentAnalyzerVersions()
{
    static const QMap<QString, QString> versions = [] {
        QMap<QString, QString> map;
        for (const auto &analyzer : AnalysisEngine::defaultAnalyzers())
            map.insert(analyzer->name(), analyzer->version());
        return map;
    }();
    return versions;
}

AnalysisBatch::FileResult AnalysisBatch::analyzeFile(const Database &database, const QString &path,
                                                     bool useCache,
                                                     const std::function<bool()> &cancelled)
{
    FileResult result;
    result.track.path = path;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        result.track.error =
            QCoreApplication::translate("AnalysisService", "%1 does not exist or is not a file.")
                .arg(path);
        return result;
    }
    const qint64 size = info.size();
    const QDateTime mtime = info.lastModified().toUTC();

    if (useCache) {
        DbConnection connection(database);
        if (connection.isOpen()) {
            AnalysisRepository repository(connection.database(), currentAnalyzerVersions());
            if (auto hit = lookUp(repository, path, size, mtime)) {
                if (!hit->knownPath) {
                    AnalysisRecord mapping{path, size, mtime, {}, true};
                    mapping.analysis.contentHash = hit->analysis.contentHash;
                    result.record = std::move(mapping);
                }
                result.track.analysis = std::move(hit->analysis);
                result.track.correction = hit->correction;
                result.track.fromCache = true;
                return result;
            }
        } else {
            qCWarning(lcServices) << "analysis cache unavailable:" << connection.errorString();
        }
    }
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }

    const AnalysisEngine engine;
    auto analysis = engine.analyzeFile(path, [&cancelled](double) { return !cancelled(); });
    if (!analysis) {
        result.cancelled = analysis.error().code == ErrorCode::Cancelled;
        result.track.error = analysis.error().message;
        qCDebug(lcAnalysis) << "analysis of" << path << "failed:" << analysis.error().message;
        return result;
    }
    result.track.analysis = analysis.value();
    result.record = AnalysisRecord{path, size, mtime, analysis.value(), false};

    // A correction survives re-analysis: it belongs to the content, not to the measurement.
    DbConnection connection(database);
    if (connection.isOpen()) {
        if (auto correction =
                AnalysisRepository(connection.database()).correction(analysis->contentHash))
            result.track.correction = correction.value();
    }
    return result;
}

#include "artistimporter.h"

#include "services/artistservice.h"
#include "services/taskregistry.h"
#include "util/whenready.h"

#include <QFileInfo>
#include <QPointer>

namespace {
QString importTitle(int files)
{
    return files == 1 ? ArtistImporter::tr("Importing an artist file")
                      : ArtistImporter::tr("Importing %n artist files", nullptr, files);
}
} // namespace

ArtistImporter::ArtistImporter(ArtistService *service, TaskRegistry *tasks, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_tasks(tasks)
{}

void ArtistImporter::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_queue.append(paths);
    m_total += int(paths.size());
    if (m_taskId != 0) {
        m_tasks->setTitle(m_taskId, importTitle(m_total));
        return;
    }
    m_cancelled = false;
    QPointer<ArtistImporter> self(this);
    m_taskId = m_tasks->addTask(importTitle(m_total), [self] {
        // Called on the GUI thread by the status bar: stop before the next file.
        if (self)
            self->m_cancelled = true;
    });
    importNext();
}

void ArtistImporter::importNext()
{
    if (m_queue.isEmpty() || m_cancelled) {
        for (const QString &path : std::as_const(m_queue))
            m_errors.append(
                tr("%1: not imported, the import was cancelled.").arg(QFileInfo(path).fileName()));
        m_queue.clear();
        m_tasks->finishTask(m_taskId);
        m_taskId = 0;
        m_total = 0;
        const QStringList ids = std::exchange(m_importedIds, {});
        const QStringList errors = std::exchange(m_errors, {});
        Q_EMIT finished(ids, errors);
        return;
    }
    const int done = m_total - int(m_queue.size());
    m_tasks->setProgress(m_taskId, double(done) / double(m_total));
    const QString path = m_queue.takeFirst();
    whenReady(m_service->importArtistFile(path), this, [this, path](const Result<Artist> &result) {
        if (result.ok())
            m_importedIds.append(result.value().id);
        else
            m_errors.append(tr("%1: %2").arg(QFileInfo(path).fileName(), result.error().message));
        importNext();
    });
}

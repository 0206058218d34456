#pragma once

#include <QObject>
#include <QStringList>

class ArtistService;
class TaskRegistry;

// Imports JSON files one after another through ArtistService::importArtistFile, shows the batch
// in the TaskRegistry (cancellable between files) and reports once at the end which artists were
// imported and why the others were refused. Thread: GUI thread.
class ArtistImporter : public QObject
{
    Q_OBJECT
public:
    ArtistImporter(ArtistService *service, TaskRegistry *tasks, QObject *parent = nullptr);

    // Queues the files; a batch already running takes them on.
    void importFiles(const QStringList &paths);
    bool isRunning() const { return m_taskId != 0; }

Q_SIGNALS:
    // errors: one "file name: reason" entry per refused file.
    void finished(const QStringList &importedIds, const QStringList &errors);

private:
    void importNext();

    ArtistService *m_service;
    TaskRegistry *m_tasks;
    QStringList m_queue;
    QStringList m_importedIds;
    QStringList m_errors;
    int m_total = 0;
    int m_taskId = 0;
    bool m_cancelled = false;
};

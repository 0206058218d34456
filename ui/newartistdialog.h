#pragma once

#include "domain/artist.h"
#include "domain/reportentry.h"
#include "generation/artistbrief.h"

#include <QDialog>
#include <QFutureWatcher>

class ArtistService;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class TaskRegistry;

// "New artist…": asks for the brief (genre, country, mood, optional seed, text provider), runs
// ArtistService::createArtist off the GUI thread with a busy indicator, and accepts once the
// artist is stored. Cancel cancels the running creation. Thread: GUI thread.
class NewArtistDialog : public QDialog
{
    Q_OBJECT
public:
    NewArtistDialog(ArtistService *service, TaskRegistry *tasks, QWidget *parent = nullptr);
    ~NewArtistDialog() override;

    ArtistBrief brief() const;
    QString providerId() const;
    void setBrief(const ArtistBrief &brief); // pre-fills the form (tests, "create another")

    bool isRunning() const { return m_running; }
    // Valid after the dialog was accepted.
    Artist createdArtist() const { return m_artist; }
    ReportEntry report() const { return m_report; }
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void start();           // what the Create button does
    void reject() override; // cancels a running creation first

Q_SIGNALS:
    void failed(const QString &message); // after the error was shown

private:
    void setRunning(bool running);
    void onFinished();
    void updateCreateButton();

    ArtistService *m_service;
    TaskRegistry *m_tasks;
    QComboBox *m_genre;
    QComboBox *m_country;
    QComboBox *m_mood;
    QLineEdit *m_seed;
    QComboBox *m_provider;
    QLabel *m_status;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    QWidget *m_form;

    QFutureWatcher<void> m_watcher;
    std::function<bool()> m_collect; // reads the typed result; false when cancelled
    int m_taskId = 0;
    bool m_running = false;
    Artist m_artist;
    ReportEntry m_report;
    QString m_lastError;
};

#pragma once

#include "evolution/evolutionplan.h"

#include <QDialog>
#include <QFuture>
#include <QList>

#include <functional>

class ArtistService;
class ArtistTimelineView;
class CompatibilityChartView;
class EvolutionPlanView;
class EvolutionService;
class MessageBanner;
class PerformancePanel;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// Artist → Evolution: how the artist fits each target segment (bar chart), a proposed
// adaptation plan as a diff with reasons that the operator applies (a new artist version) or
// rejects, the artist's past plans with their status, and its parameters across versions.
// Every service call is a future whose result is applied on the GUI thread; a busy bar shows
// while any runs. Thread: GUI thread.
class EvolutionDialog : public QDialog
{
    Q_OBJECT
public:
    EvolutionDialog(EvolutionService *evolution, ArtistService *artists, const QString &artistId,
                    const QString &stageName, QWidget *parent = nullptr);

    // Re-reads compatibility, plans and versions.
    void reload();

    CompatibilityChartView *compatibilityChart() const { return m_compatibility; }
    ArtistTimelineView *timeline() const { return m_timeline; }
    PerformancePanel *performancePanel() const { return m_performance; }
    EvolutionPlanView *planView() const { return m_planView; }
    QTreeWidget *planHistory() const { return m_history; }
    QPushButton *proposeButton() const { return m_propose; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *rejectButton() const { return m_reject; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *overallLabel() const { return m_overall; }
    bool isBusy() const { return m_pending > 0; }
    qint64 shownPlanId() const { return m_shownPlanId; }
    const QList<EvolutionPlan> &plans() const { return m_plans; } // newest first

public Q_SLOTS:
    void proposePlan();
    // Asks first (a window-modal box, "applyConfirmation"), then applies the shown plan.
    void confirmApply();
    void applyShownPlan();
    void rejectShownPlan();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void artistChanged(const QString &artistId); // a plan was applied

private:
    template<typename T> void run(QFuture<T> future, std::function<void(const T &)> done);
    void loadCompatibility();
    void loadVersions();
    void loadPlans(qint64 showPlanId = 0);
    void showPlanHistory();
    void showPlan(qint64 planId);
    const EvolutionPlan *shownPlan() const;
    void updateButtons();

    EvolutionService *m_evolution;
    ArtistService *m_artists;
    QString m_artistId;
    QString m_stageName;

    MessageBanner *m_banner;
    QLabel *m_overall;
    QProgressBar *m_progress;
    CompatibilityChartView *m_compatibility;
    ArtistTimelineView *m_timeline;
    PerformancePanel *m_performance;
    EvolutionPlanView *m_planView;
    QTreeWidget *m_history;
    QPushButton *m_propose;
    QPushButton *m_apply;
    QPushButton *m_reject;

    QList<EvolutionPlan> m_plans; // newest first
    qint64 m_shownPlanId = 0;
    QString m_planNote; // why the last proposal came back empty
    quint64 m_plansGeneration = 0;
    int m_pending = 0;
    bool m_deciding = false; // an apply or reject is running
};

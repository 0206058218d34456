#include "evolutiondialog.h"

#include "artisttimelineview.h"
#include "compatibilitychartview.h"
#include "evolutionplanview.h"
#include "messagebanner.h"
#include "performancepanel.h"
#include "services/artistservice.h"
#include "services/evolutionservice.h"
#include "util/whenready.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum HistoryColumn
{
    PlanColumn,
    CreatedColumn,
    StatusColumn,
    ChangesColumn,
    GainColumn,
    VersionColumn
};
} // namespace

EvolutionDialog::EvolutionDialog(EvolutionService *evolution, ArtistService *artists,
                                 const QString &artistId, const QString &stageName, QWidget *parent)
    : QDialog(parent)
    , m_evolution(evolution)
    , m_artists(artists)
    , m_artistId(artistId)
    , m_stageName(stageName)
    , m_banner(new MessageBanner(this))
    , m_overall(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_compatibility(new CompatibilityChartView(this))
    , m_timeline(new ArtistTimelineView(this))
    , m_performance(new PerformancePanel(evolution, artistId, this))
    , m_planView(new EvolutionPlanView(this))
    , m_history(new QTreeWidget(this))
    , m_propose(new QPushButton(tr("&Propose Plan"), this))
    , m_apply(new QPushButton(tr("&Apply…"), this))
    , m_reject(new QPushButton(tr("&Reject"), this))
{
    setObjectName(QStringLiteral("evolutionDialog"));
    setWindowTitle(tr("Evolution of %1").arg(stageName));
    resize(1180, 820);

    m_overall->setObjectName(QStringLiteral("overallCompatibility"));
    m_progress->setObjectName(QStringLiteral("evolutionProgress"));
    m_progress->setRange(0, 0); // busy: the service reports no fractions
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *header = new QHBoxLayout;
    header->addWidget(m_overall, 1);
    header->addWidget(m_progress);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->setChildrenCollapsible(false);
    charts->addWidget(m_compatibility);
    charts->addWidget(m_timeline);
    charts->setSizes({580, 580}); // segment labels need the room as much as the lines
    auto *views = new QTabWidget(this);
    views->setObjectName(QStringLiteral("evolutionViews"));
    views->addTab(charts, tr("&Fit and Versions"));
    views->addTab(m_performance, tr("P&erformance"));

    m_propose->setObjectName(QStringLiteral("proposePlanButton"));
    m_propose->setToolTip(tr("Plan bounded changes toward the artist's target segments"));
    m_apply->setObjectName(QStringLiteral("applyPlanButton"));
    m_apply->setToolTip(tr("Apply the plan: the artist gets a new version with these changes"));
    m_reject->setObjectName(QStringLiteral("rejectPlanButton"));
    m_reject->setToolTip(tr("Keep the artist as it is and mark the plan rejected"));
    connect(m_propose, &QPushButton::clicked, this, &EvolutionDialog::proposePlan);
    connect(m_apply, &QPushButton::clicked, this, &EvolutionDialog::confirmApply);
    connect(m_reject, &QPushButton::clicked, this, &EvolutionDialog::rejectShownPlan);
    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(new QLabel(tr("<b>Adaptation plan</b>"), this), 1);
    planButtons->addWidget(m_propose);
    planButtons->addWidget(m_apply);
    planButtons->addWidget(m_reject);
    auto *planPane = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planPane);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addLayout(planButtons);
    planLayout->addWidget(m_planView, 1);

    m_history->setObjectName(QStringLiteral("planHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAlternatingRowColors(true);
    m_history->setHeaderLabels(
        {tr("Plan"), tr("Created"), tr("Status"), tr("Changes"), tr("Gain"), tr("Version")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_history, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showPlan(item->data(PlanColumn, Qt::UserRole).toLongLong());
    });
    auto *historyPane = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("<b>Past plans</b>"), this));
    historyLayout->addWidget(m_history, 1);

    auto *plans = new QSplitter(Qt::Horizontal, this);
    plans->setChildrenCollapsible(false);
    plans->addWidget(planPane);
    plans->addWidget(historyPane);
    plans->setSizes({760, 400});

    auto *body = new QSplitter(Qt::Vertical, this);
    body->setChildrenCollapsible(false);
    body->addWidget(views);
    body->addWidget(plans);
    body->setSizes({440, 320});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(header);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);

    // Plans made elsewhere (a lifecycle run, a headless command) show up here too.
    connect(m_evolution, &EvolutionService::plansChanged, this, [this](const QString &id) {
        if (id == m_artistId && !m_deciding)
            loadPlans(m_shownPlanId);
    });
    updateButtons();
    reload();
}

template<typename T>
void EvolutionDialog::run(QFuture<T> future, std::function<void(const T &)> done)
{
    ++m_pending;
    m_progress->show();
    updateButtons();
    whenReady(future, this, [this, done = std::move(done)](const T &result) {
        --m_pending;
        m_progress->setVisible(m_pending > 0);
        done(result);
        updateButtons();
    });
}

void EvolutionDialog::reload()
{
    loadCompatibility();
    loadVersions();
    loadPlans(m_shownPlanId);
    m_performance->reload();
}

void EvolutionDialog::loadCompatibility()
{
    run<Result<ArtistCompatibility>>(
        m_evolution->compatibility(m_artistId), [this](const Result<ArtistCompatibility> &result) {
            if (!result.ok()) {
                m_compatibility->clear();
                m_overall->clear();
                m_banner->showMessage(
                    tr("The compatibility could not be computed: %1").arg(result.error().message));
                return;
            }
            const ArtistCompatibility &c = result.value();
            m_compatibility->setCompatibility(c.segments);
            const QLocale locale;
            QString text =
                tr("Overall compatibility: <b>%1</b>").arg(locale.toString(c.overall, 'f', 2));
            if (c.trendsAsOf.isValid())
                text += u' ' + tr("(trends as of %1)")
                                   .arg(locale.toString(c.trendsAsOf, QLocale::ShortFormat));
            else
                text += u' ' + tr("(no trend data yet: import charts in the Trends pane)");
            m_overall->setText(text);
        });
}

void EvolutionDialog::loadVersions()
{
    run<Result<QList<ArtistVersion>>>(
        m_artists->versions(m_artistId), [this](const Result<QList<ArtistVersion>> &result) {
            if (result.ok())
                m_timeline->setVersions(result.value());
            else
                m_banner->showMessage(
                    tr("The versions could not be read: %1").arg(result.error().message));
        });
}

void EvolutionDialog::loadPlans(qint64 showPlanId)
{
    // Loads overlap (a proposal and the service's change signal both ask): the last one wins.
    const quint64 generation = ++m_plansGeneration;
    run<Result<QList<EvolutionPlan>>>(
        m_evolution->plans(m_artistId),
        [this, showPlanId, generation](const Result<QList<EvolutionPlan>> &result) {
            if (generation != m_plansGeneration)
                return;
            if (!result.ok()) {
                m_banner->showMessage(
                    tr("The plans could not be read: %1").arg(result.error().message));
                return;
            }
            m_plans = result.value();
            showPlanHistory();
            // The plan asked for, else the newest one still open.
            qint64 show = showPlanId;
            if (!show) {
                for (const EvolutionPlan &plan : std::as_const(m_plans)) {
                    if (plan.status == PlanStatus::Proposed) {
                        show = plan.id;
                        break;
                    }
                }
            }
            showPlan(show);
        });
}

void EvolutionDialog::showPlanHistory()
{
    const QSignalBlocker blocker(m_history);
    m_history->clear();
    const QLocale locale;
    for (const EvolutionPlan &plan : std::as_const(m_plans)) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setData(PlanColumn, Qt::UserRole, plan.id);
        item->setText(PlanColumn, QString::number(plan.id));
        item->setText(CreatedColumn,
                      locale.toString(plan.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(StatusColumn, EvolutionPlanView::statusText(plan.status));
        item->setText(ChangesColumn, QString::number(plan.directives.size()));
        item->setText(GainColumn, locale.toString(plan.expectedGain(), 'f', 3));
        item->setText(VersionColumn,
                      plan.status == PlanStatus::Applied
                          ? tr("%1 → %2").arg(plan.artistVersion).arg(plan.appliedVersion)
                          : QString::number(plan.artistVersion));
        for (int column : {PlanColumn, ChangesColumn, GainColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void EvolutionDialog::showPlan(qint64 planId)
{
    m_shownPlanId = 0;
    for (int row = 0; row < m_history->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_history->topLevelItem(row);
        if (item->data(PlanColumn, Qt::UserRole).toLongLong() == planId) {
            m_shownPlanId = planId;
            const QSignalBlocker blocker(m_history);
            m_history->setCurrentItem(item);
        }
    }
    if (const EvolutionPlan *plan = shownPlan())
        m_planView->setPlan(*plan);
    else if (!m_planNote.isEmpty())
        m_planView->clear(m_planNote);
    else
        m_planView->clear(
            tr("No open plan: propose one to see how %1 would adapt.").arg(m_stageName));
    updateButtons();
}

const EvolutionPlan *EvolutionDialog::shownPlan() const
{
    for (const EvolutionPlan &plan : m_plans) {
        if (plan.id == m_shownPlanId)
            return &plan;
    }
    return nullptr;
}

void EvolutionDialog::updateButtons()
{
    const EvolutionPlan *plan = shownPlan();
    const bool open = plan && plan->status == PlanStatus::Proposed && !m_deciding;
    m_apply->setEnabled(open);
    m_reject->setEnabled(open);
    m_propose->setEnabled(!m_deciding);
}

void EvolutionDialog::proposePlan()
{
    m_propose->setEnabled(false);
    run<Result<ProposedPlan>>(
        m_evolution->proposePlan(m_artistId), [this](const Result<ProposedPlan> &result) {
            if (!result.ok()) {
                m_banner->showMessage(tr("No plan could be made: %1").arg(result.error().message));
                return;
            }
            const ProposedPlan &proposed = result.value();
            if (proposed.plan.id <= 0) {
                // Nothing to change (or nothing to plan against): the service says why.
                m_planNote = tr("No changes to propose: %1").arg(proposed.note);
                showPlan(0);
                return;
            }
            m_planNote.clear();
            Q_EMIT statusMessage(
                tr("Proposed plan %1 for %2.").arg(proposed.plan.id).arg(m_stageName));
            loadPlans(proposed.plan.id);
        });
}

void EvolutionDialog::confirmApply()
{
    const EvolutionPlan *plan = shownPlan();
    if (!plan || plan->status != PlanStatus::Proposed)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Apply Plan"),
                                tr("Apply plan %1 to %2?").arg(plan->id).arg(m_stageName),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("applyConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("%n field(s) change and the artist gets a new version. You can restore the current "
           "version later from its history.",
           nullptr, int(plan->directives.size())));
    QPushButton *apply = box->addButton(tr("Apply"), QMessageBox::AcceptRole);
    box->setDefaultButton(apply);
    connect(apply, &QPushButton::clicked, this, &EvolutionDialog::applyShownPlan);
    box->open();
}

void EvolutionDialog::applyShownPlan()
{
    const EvolutionPlan *plan = shownPlan();
    if (!plan || plan->status != PlanStatus::Proposed)
        return;
    const qint64 id = plan->id;
    m_deciding = true;
    run<Result<Artist>>(m_evolution->applyPlan(id), [this, id](const Result<Artist> &result) {
        m_deciding = false;
        if (!result.ok()) {
            const bool stale = result.error().code == ErrorCode::Conflict;
            m_banner->showMessage(
                tr("Plan %1 was not applied: %2").arg(id).arg(result.error().message),
                stale ? tr("Propose a New Plan") : QString(), [this] { proposePlan(); });
            loadPlans(id);
            return;
        }
        const QString message = tr("Plan %1 applied: %2 is now at version %3.")
                                    .arg(id)
                                    .arg(m_stageName)
                                    .arg(result.value().version);
        m_banner->showMessage(message);
        Q_EMIT statusMessage(message);
        Q_EMIT artistChanged(m_artistId);
        loadCompatibility();
        loadVersions();
        loadPlans(id);
    });
}

void EvolutionDialog::rejectShownPlan()
{
    const EvolutionPlan *plan = shownPlan();
    if (!plan || plan->status != PlanStatus::Proposed)
        return;
    const qint64 id = plan->id;
    m_deciding = true;
    run<Result<void>>(m_evolution->rejectPlan(id), [this, id](const Result<void> &result) {
        m_deciding = false;
        if (!result.ok())
            m_banner->showMessage(
                tr("Plan %1 was not rejected: %2").arg(id).arg(result.error().message));
        else
            Q_EMIT statusMessage(tr("Rejected plan %1 for %2.").arg(id).arg(m_stageName));
        loadPlans(id);
    });
}

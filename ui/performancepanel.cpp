#include "performancepanel.h"

#include "messagebanner.h"
#include "performancechartview.h"
#include "services/evolutionservice.h"
#include "util/whenready.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int kRejectionsListed = 5; // the banner names the first few; the rest are counted

} // namespace

PerformancePanel::PerformancePanel(EvolutionService *service, QString artistId, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_artistId(std::move(artistId))
    , m_banner(new MessageBanner(this))
    , m_score(new QLabel(this))
    , m_releases(new QComboBox(this))
    , m_import(new QPushButton(tr("&Import Report…"), this))
    , m_chart(new PerformanceChartView(this))
{
    m_releases->setObjectName(QStringLiteral("performanceReleases"));
    m_releases->setToolTip(tr("Chart the artist's total or one release"));
    m_releases->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_import->setObjectName(QStringLiteral("importPerformanceButton"));
    m_import->setToolTip(tr("Import a distributor's sales/streams report (CSV: date, release or "
                            "ISRC, country, store, streams, revenue)"));
    m_score->setToolTip(tr("Recency-weighted streams relative to the roster's best artist (a "
                           "row 30 days old counts half). A selling artist evolves in smaller "
                           "steps."));
    connect(m_releases, &QComboBox::activated, this, &PerformancePanel::showSelection);
    connect(m_import, &QPushButton::clicked, this, &PerformancePanel::chooseReport);

    auto *header = new QHBoxLayout;
    header->addWidget(m_score, 1);
    header->addWidget(m_releases);
    header->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(header);
    layout->addWidget(m_chart, 1);
}

void PerformancePanel::reload()
{
    whenReady(m_service->performanceScores(), this,
              [this](const Result<QList<PerformanceScore>> &scores) {
                  if (!scores.ok()) {
                      m_score->setText(scores.error().message);
                      return;
                  }
                  m_score->setText(tr("No performance data yet: import a report."));
                  for (const PerformanceScore &score : scores.value()) {
                      if (score.artistId == m_artistId)
                          m_score->setText(
                              tr("Performance score %1 (last day %2)")
                                  .arg(QLocale().toString(score.score, 'f', 2),
                                       QLocale().toString(score.lastDay, QLocale::ShortFormat)));
                  }
              });
    whenReady(m_service->artistReleases(m_artistId), this,
              [this](const Result<QStringList> &releases) {
                  const QString shown = m_releases->currentData().toString();
                  m_releases->clear();
                  m_releases->addItem(tr("All releases"), QString());
                  for (const QString &release : releases.ok() ? releases.value() : QStringList())
                      m_releases->addItem(release, release);
                  m_releases->setCurrentIndex(std::max(0, m_releases->findData(shown)));
                  showSelection();
              });
}

void PerformancePanel::showSelection()
{
    const QString release = m_releases->currentData().toString();
    const quint64 generation = ++m_chartGeneration;
    auto show = [this, generation, release](const Result<QList<PerformancePoint>> &points) {
        if (generation != m_chartGeneration)
            return; // another release was chosen meanwhile
        if (!points.ok())
            m_banner->showMessage(points.error().message);
        m_chart->setPoints(release.isEmpty() ? tr("All releases") : release,
                           points.ok() ? points.value() : QList<PerformancePoint>());
        Q_EMIT chartUpdated();
    };
    whenReady(release.isEmpty() ? m_service->artistPerformance(m_artistId)
                                : m_service->releasePerformance(release),
              this, show);
}

void PerformancePanel::chooseReport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Sales Report"), QString(),
                                                      tr("CSV reports (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importReport(path);
}

void PerformancePanel::importReport(const QString &path, bool skipBadRows)
{
    ImportOptions options;
    options.skipBadRows = skipBadRows;
    m_import->setEnabled(false);
    const QString name = QFileInfo(path).fileName();
    whenReady(m_service->importPerformance(path, options), this,
              [this, path, name](const Result<ImportReport> &report) {
                  m_import->setEnabled(true);
                  if (!report.ok()) {
                      m_banner->showMessage(
                          tr("%1 could not be imported: %2").arg(name, report.error().message));
                      return;
                  }
                  if (!report->committed) {
                      QStringList lines;
                      for (const RejectedRow &row : report->rejected.mid(0, kRejectionsListed))
                          lines << tr("line %1: %2").arg(row.line).arg(row.reason);
                      m_banner->showMessage(
                          tr("Nothing was imported from %1: %n row(s) rejected (%2).", nullptr,
                             int(report->rowsRejected))
                              .arg(name, lines.join(QStringLiteral("; "))),
                          tr("Import the Other Rows"), [this, path] { importReport(path, true); });
                      return;
                  }
                  m_banner->showMessage(
                      tr("%1: %n row(s) imported.", nullptr, int(report->rowsAccepted)).arg(name));
                  Q_EMIT imported();
                  reload();
              });
}

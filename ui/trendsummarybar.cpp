#include "trendsummarybar.h"

#include "trendformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace {
QString badgeStyle(const QString &background, const QString &foreground)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; "
                          "padding: 2px 10px; font-weight: 600; }")
        .arg(background, foreground);
}
} // namespace

TrendSummaryBar::TrendSummaryBar(QWidget *parent)
    : QWidget(parent)
    , m_segment(new QLabel(this))
    , m_slope(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_forecast(new QLabel(this))
    , m_sample(new QLabel(tr("Sample data"), this))
{
    setObjectName(QStringLiteral("trendSummary"));
    m_segment->setObjectName(QStringLiteral("trendSummarySegment"));
    QFont bold = m_segment->font();
    bold.setBold(true);
    m_segment->setFont(bold);
    m_slope->setObjectName(QStringLiteral("trendSlope"));
    m_slope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge->setObjectName(QStringLiteral("trendBadge"));
    m_forecast->setObjectName(QStringLiteral("trendForecast"));
    m_forecast->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sample->setObjectName(QStringLiteral("trendSampleData"));
    m_sample->setToolTip(tr("These figures come from the sample dataset shipped with Artist "
                            "Studio, not from real charts. Import your own data to replace it."));
    m_sample->setStyleSheet(badgeStyle(QStringLiteral("#FFF1C2"), QStringLiteral("#6B4E00")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(12);
    layout->addWidget(m_segment);
    layout->addWidget(m_slope);
    layout->addWidget(m_badge);
    layout->addWidget(m_forecast, 1);
    layout->addWidget(m_sample);
    clear();
}

void TrendSummaryBar::clear()
{
    m_segment->clear();
    m_slope->clear();
    m_badge->hide();
    m_forecast->clear();
    m_sample->hide();
}

void TrendSummaryBar::setChart(const TrendChart &chart)
{
    m_segment->setText(chart.segment.label());
    m_slope->setText(TrendFormat::slope(chart.feature, chart.slope));
    m_slope->setToolTip(
        chart.slope.available
            ? tr("Theil–Sen slope over %n points; 95% interval %1 to %2 per 30 days. "
                 "Mann–Kendall test for a monotonic trend.",
                 nullptr, chart.slope.points)
                  .arg(TrendFormat::value(chart.feature, chart.slope.slopeLowerPerDay * 30),
                       TrendFormat::value(chart.feature, chart.slope.slopeUpperPerDay * 30))
            : chart.slope.reason);

    m_badge->setText(TrendFormat::direction(chart.change.direction));
    switch (chart.change.direction) {
    case TrendDirection::Emerging:
        m_badge->setStyleSheet(badgeStyle(QStringLiteral("#D7F0DD"), QStringLiteral("#135A27")));
        break;
    case TrendDirection::Declining:
        m_badge->setStyleSheet(badgeStyle(QStringLiteral("#FADBD8"), QStringLiteral("#7A1D14")));
        break;
    default:
        m_badge->setStyleSheet(badgeStyle(QStringLiteral("#E6E6E6"), QStringLiteral("#333333")));
        break;
    }
    m_badge->setToolTip(
        chart.change.direction == TrendDirection::InsufficientData
            ? chart.change.reason
            : tr("Last %1 periods against the %2 before: %3 (score %4; ±%5 counts as a change)")
                  .arg(chart.change.recentPoints)
                  .arg(chart.change.baselinePoints)
                  .arg(TrendFormat::value(chart.feature, chart.change.change),
                       QLocale().toString(chart.change.score, 'f', 1),
                       QLocale().toString(chart.change.threshold, 'f', 0)));
    m_badge->show();

    m_forecast->setText(TrendFormat::forecastSummary(chart.feature, chart.forecast));
    m_forecast->setToolTip(chart.forecast.reason);
    m_sample->setVisible(chart.sampleData);
}

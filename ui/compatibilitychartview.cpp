#include "compatibilitychartview.h"

#include "trendpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

CompatibilityChartView::CompatibilityChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_segmentAxis(new QBarCategoryAxis)
    , m_scoreAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("compatibilityChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    QChart *c = chart();
    c->setTitle(tr("Compatibility per target segment"));
    c->setMargins(QMargins(6, 6, 6, 6));
    c->setBackgroundRoundness(0);
    c->legend()->hide();
    m_scoreAxis->setRange(0, 1);
    m_scoreAxis->setTickCount(6);
    m_scoreAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_scoreAxis->setTitleText(tr("Score (0–1)"));
    c->addAxis(m_scoreAxis, Qt::AlignBottom);
    c->addAxis(m_segmentAxis, Qt::AlignLeft);
}

void CompatibilityChartView::setCompatibility(const QList<Compatibility> &segments)
{
    chart()->removeAllSeries();
    m_shown = segments.mid(0, kMaxBars);
    m_segmentAxis->clear();
    if (m_shown.isEmpty())
        return;

    // Qt draws the first category at the bottom; the best segment belongs at the top.
    auto *set = new QBarSet(tr("Compatibility"));
    set->setColor(trendSeriesColor(0));
    set->setBorderColor(trendSeriesColor(0));
    set->setLabelColor(palette().color(QPalette::WindowText));
    QStringList categories;
    for (qsizetype i = m_shown.size() - 1; i >= 0; --i) {
        categories.append(m_shown.at(i).segment.label());
        set->append(m_shown.at(i).score);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(2);
    chart()->addSeries(series);
    m_segmentAxis->append(categories);
    series->attachAxis(m_segmentAxis);
    series->attachAxis(m_scoreAxis);
    connect(series, &QAbstractBarSeries::hovered, this, [this](bool status, int index) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), toolTipAt(int(m_shown.size()) - 1 - index), this);
    });
}

QStringList CompatibilityChartView::labels() const
{
    QStringList labels;
    for (const Compatibility &c : m_shown)
        labels.append(c.segment.label());
    return labels;
}

QList<double> CompatibilityChartView::scores() const
{
    QList<double> scores;
    for (const Compatibility &c : m_shown)
        scores.append(c.score);
    return scores;
}

QString CompatibilityChartView::toolTipAt(int index) const
{
    return index >= 0 && index < m_shown.size() ? toolTipFor(m_shown.at(index)) : QString();
}

QString CompatibilityChartView::partName(CompatibilityPart part)
{
    switch (part) {
    case CompatibilityPart::Genre:
        return tr("Genre");
    case CompatibilityPart::Tempo:
        return tr("Tempo");
    case CompatibilityPart::Energy:
        return tr("Energy");
    case CompatibilityPart::Mood:
        return tr("Mood");
    case CompatibilityPart::KeyMode:
        return tr("Key");
    }
    return {};
}

QString CompatibilityChartView::toolTipFor(const Compatibility &c)
{
    const QLocale locale;
    auto number = [&locale](double value) { return locale.toString(value, 'f', 2); };
    QString html = QStringLiteral("<b>%1</b>: %2<table>")
                       .arg(c.segment.label().toHtmlEscaped(), number(c.score));
    for (const CompatibilityPartScore &part : c.parts) {
        const QString value = part.known ? number(part.fit) : tr("no data");
        html += QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;%2&nbsp;</td><td>%3</td></tr>")
                    .arg(partName(part.part), value, part.explanation.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html += tr("Musical fit %1 × market %2 × targeting %3")
                .arg(number(c.fit), number(c.marketFactor), number(c.targetFactor));
    return html;
}

#include "artisttimelineview.h"

#include "trendpalette.h"

#include <QChart>
#include <QCursor>
#include <QJsonObject>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
constexpr const char *kKeys[ArtistTimelineView::LineCount] = {"tempoMinBpm", "tempoMaxBpm",
                                                              "energy", "valence", "arousal"};
} // namespace

ArtistTimelineView::ArtistTimelineView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_versionAxis(new QValueAxis)
    , m_levelAxis(new QValueAxis)
    , m_tempoAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("artistTimeline"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    QChart *c = chart();
    c->setTitle(tr("Parameters across versions"));
    c->setMargins(QMargins(6, 6, 6, 6));
    c->setBackgroundRoundness(0);
    c->legend()->setAlignment(Qt::AlignBottom);
    m_versionAxis->setTitleText(tr("Version"));
    m_versionAxis->setLabelFormat(QStringLiteral("%d"));
    m_versionAxis->setTickType(QValueAxis::TicksDynamic);
    m_levelAxis->setRange(0, 1);
    m_levelAxis->setTickCount(6);
    m_levelAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_levelAxis->setTitleText(tr("Level (0–1)"));
    m_tempoAxis->setLabelFormat(QStringLiteral("%d"));
    m_tempoAxis->setTitleText(tr("Tempo (BPM)"));
    c->addAxis(m_versionAxis, Qt::AlignBottom);
    c->addAxis(m_levelAxis, Qt::AlignLeft);
    c->addAxis(m_tempoAxis, Qt::AlignRight);

    const QString names[LineCount] = {tr("Tempo min"), tr("Tempo max"), tr("Energy"), tr("Valence"),
                                      tr("Arousal")};
    for (int line = 0; line < LineCount; ++line) {
        auto *series = new QLineSeries;
        series->setName(names[line]);
        QPen pen(trendSeriesColor(line == TempoMax ? TempoMin : line + 1), 2);
        if (line == TempoMax)
            pen.setStyle(Qt::DashLine); // the same colour as min: one range, two edges
        series->setPen(pen);
        series->setPointsVisible(true);
        c->addSeries(series);
        series->attachAxis(m_versionAxis);
        series->attachAxis(line <= TempoMax ? m_tempoAxis : m_levelAxis);
        connect(series, &QLineSeries::hovered, this, [this, series](const QPointF &point, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const int version = int(std::lround(point.x()));
            auto it =
                std::find_if(m_versions.cbegin(), m_versions.cend(),
                             [version](const ArtistVersion &v) { return v.version == version; });
            const QString date =
                it == m_versions.cend()
                    ? QString()
                    : QLocale().toString(it->createdAt.toLocalTime(), QLocale::ShortFormat);
            QToolTip::showText(QCursor::pos(),
                               tr("%1, version %2 (%3): %4")
                                   .arg(series->name())
                                   .arg(version)
                                   .arg(date, QLocale().toString(point.y(), 'g', 4)),
                               this);
        });
        m_series[line] = series;
    }
    setVersions({});
}

void ArtistTimelineView::setVersions(const QList<ArtistVersion> &versions)
{
    m_versions.clear();
    for (const ArtistVersion &version : versions) {
        if (version.profile.value(QLatin1String("music")).isObject())
            m_versions.append(version);
    }
    std::sort(m_versions.begin(), m_versions.end(),
              [](const ArtistVersion &a, const ArtistVersion &b) { return a.version < b.version; });

    double tempoLow = 1e9;
    double tempoHigh = -1e9;
    for (int line = 0; line < LineCount; ++line) {
        QList<QPointF> points;
        for (const ArtistVersion &version : std::as_const(m_versions)) {
            const QJsonObject music = version.profile.value(QLatin1String("music")).toObject();
            const QJsonValue value = music.value(QLatin1String(kKeys[line]));
            if (!value.isDouble())
                continue;
            points.append({double(version.version), value.toDouble()});
            if (line <= TempoMax) {
                tempoLow = std::min(tempoLow, value.toDouble());
                tempoHigh = std::max(tempoHigh, value.toDouble());
            }
        }
        m_series[line]->replace(points);
    }

    const int first = m_versions.isEmpty() ? 1 : m_versions.constFirst().version;
    const int last = m_versions.isEmpty() ? 1 : m_versions.constLast().version;
    // A little room either side so the first and last points are not on the frame.
    m_versionAxis->setRange(first - 0.25, last + 0.25);
    m_versionAxis->setTickAnchor(first);
    m_versionAxis->setTickInterval(std::max(1.0, std::ceil((last - first) / 10.0)));
    if (tempoLow > tempoHigh) {
        tempoLow = 60;
        tempoHigh = 180;
    }
    // Whole tens around the range, so the right axis reads like BPM and not like noise.
    const double low = std::floor(tempoLow / 10 - 1) * 10;
    const double high = std::ceil(tempoHigh / 10 + 1) * 10;
    const int steps = int(std::lround((high - low) / 10));
    const int stride = (steps + 5) / 6; // at most 7 ticks, on whole tens
    m_tempoAxis->setRange(low, low + 10.0 * stride * std::ceil(double(steps) / stride));
    m_tempoAxis->setTickCount(int(std::ceil(double(steps) / stride)) + 1);
}

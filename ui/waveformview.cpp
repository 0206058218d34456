#include "waveformview.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {
constexpr double kMinSpanS = 0.5;
constexpr double kWheelZoomBase = 1.0015; // one wheel notch (120) zooms by ~1.2
constexpr double kRmsFloorDb = -48.0;     // bottom of the loudness curve
constexpr double kCurveWindowS = 0.6;     // loudness curve averaging window

// Pleasant, distinct hues for section labels A, B, C… (degrees).
constexpr int kSectionHues[] = {205, 28, 140, 280, 175, 350, 50, 320};

int hueForLabel(const QString &label)
{
    if (label.isEmpty())
        return kSectionHues[0];
    const QChar first = label.at(0).toUpper();
    int index = first.isLetter() ? first.unicode() - u'A' : int(qHash(label));
    if (label == QLatin1String("intro") || label == QLatin1String("outro"))
        index = 7;
    constexpr int count = int(std::size(kSectionHues));
    return kSectionHues[((index % count) + count) % count];
}

QString rulerText(double seconds, double step)
{
    const int minutes = int(seconds / 60);
    const double rest = seconds - minutes * 60.0;
    if (step < 1.0)
        return QStringLiteral("%1:%2").arg(minutes).arg(rest, 4, 'f', 1, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(qRound(rest), 2, 10, QLatin1Char('0'));
}
} // namespace

WaveformView::WaveformView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("waveformView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    setFocusPolicy(Qt::WheelFocus);
    setCursor(Qt::IBeamCursor);
    setToolTip(tr("Click to set the play position. Ctrl+wheel zooms, the wheel scrolls."));
    updateColors();
}

QSize WaveformView::sizeHint() const
{
    return {800, 180};
}

QSize WaveformView::minimumSizeHint() const
{
    return {200, labelHeight() + rulerHeight() + 48};
}

int WaveformView::labelHeight() const
{
    return fontMetrics().height() + 6;
}

int WaveformView::rulerHeight() const
{
    return fontMetrics().height() + 6;
}

QRect WaveformView::waveRect() const
{
    return rect().adjusted(0, labelHeight(), 0, -rulerHeight());
}

void WaveformView::updateColors()
{
    const QPalette &p = palette();
    m_background = p.color(QPalette::Base);
    m_textColor = p.color(QPalette::Text);
    m_waveColor = p.color(QPalette::Highlight);
    const bool dark = m_background.lightness() < 128;
    m_rmsColor = dark ? m_waveColor.lighter(150) : m_waveColor.darker(140);
    m_curveColor = QColor(0xf6, 0x74, 0x00); // Breeze orange: stands apart from the wave
    m_playheadColor = QColor(0xda, 0x44, 0x53);
    m_beatColor = m_textColor;
    m_beatColor.setAlpha(60);
    m_downbeatColor = m_textColor;
    m_downbeatColor.setAlpha(150);
}

void WaveformView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
    QWidget::changeEvent(event);
}

void WaveformView::setAnalysis(const Analysis &analysis)
{
    m_analysis = analysis;
    m_duration =
        std::isfinite(analysis.durationS) && analysis.durationS > 0 ? analysis.durationS : 0.0;
    m_start = 0;
    m_span = m_duration;
    m_position = NAN;
    Q_EMIT visibleRangeChanged(m_start, m_span);
    update();
}

void WaveformView::setVisibleRange(double start, double span)
{
    if (m_duration <= 0)
        return;
    span = std::clamp(span, std::min(kMinSpanS, m_duration), m_duration);
    start = std::clamp(start, 0.0, m_duration - span);
    if (start == m_start && span == m_span)
        return;
    m_start = start;
    m_span = span;
    Q_EMIT visibleRangeChanged(m_start, m_span);
    update();
}

void WaveformView::zoomBy(double factor, double anchorSeconds)
{
    if (m_duration <= 0 || factor <= 0)
        return;
    const double span = std::clamp(m_span / factor, std::min(kMinSpanS, m_duration), m_duration);
    // The anchor keeps its place on screen.
    const double fraction = m_span > 0 ? (anchorSeconds - m_start) / m_span : 0.5;
    setVisibleRange(anchorSeconds - fraction * span, span);
}

void WaveformView::zoomIn()
{
    zoomBy(2.0, std::isfinite(m_position) ? m_position : m_start + m_span / 2);
}

void WaveformView::zoomOut()
{
    zoomBy(0.5, std::isfinite(m_position) ? m_position : m_start + m_span / 2);
}

void WaveformView::zoomToFit()
{
    setVisibleRange(0, m_duration);
}

void WaveformView::setPosition(double seconds)
{
    if (seconds == m_position || (std::isnan(seconds) && std::isnan(m_position)))
        return;
    m_position = seconds;
    if (m_follow && std::isfinite(seconds) && m_span < m_duration &&
        (seconds < m_start || seconds > m_start + m_span))
        setVisibleRange(seconds - m_span * 0.05, m_span);
    update();
    Q_EMIT positionChanged(seconds);
}

double WaveformView::xForTime(double seconds) const
{
    if (m_span <= 0)
        return 0;
    return (seconds - m_start) / m_span * width();
}

double WaveformView::timeForX(double x) const
{
    if (width() <= 0)
        return m_start;
    return m_start + x / width() * m_span;
}

const WaveformLevel *WaveformView::levelForSpan() const
{
    if (m_analysis.waveform.isEmpty() || width() <= 0)
        return nullptr;
    const double rate = m_analysis.sampleRate > 0 ? m_analysis.sampleRate : 44100.0;
    const double pixelSeconds = m_span / width();
    // The coarsest level with at least one column per pixel; else the finest there is.
    const WaveformLevel *best = nullptr;
    const WaveformLevel *finest = nullptr;
    for (const WaveformLevel &level : m_analysis.waveform) {
        if (level.framesPerColumn <= 0 || level.max.isEmpty())
            continue;
        const double columnSeconds = level.framesPerColumn / rate;
        if (!finest || level.framesPerColumn < finest->framesPerColumn)
            finest = &level;
        if (columnSeconds <= pixelSeconds &&
            (!best || level.framesPerColumn > best->framesPerColumn))
            best = &level;
    }
    return best ? best : finest;
}

void WaveformView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect dirty = event->rect();
    painter.fillRect(dirty, m_background);
    const QRect wave = waveRect();
    const QRect labels(0, 0, width(), labelHeight());
    const QRect ruler(0, wave.bottom() + 1, width(), rulerHeight());

    if (m_duration <= 0) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter, tr("No waveform"));
        return;
    }

    // The track's end inside the view: nothing is drawn past it.
    const int fromX = std::max(dirty.left(), 0);
    const int toX =
        std::min(dirty.right() + 1, int(std::ceil(std::min(xForTime(m_duration), 1e6))));

    paintSections(painter, wave, labels.top(), labels.height());

    // Centre line, then the signal over it.
    QColor axis = m_textColor;
    axis.setAlpha(40);
    painter.setPen(axis);
    painter.drawLine(fromX, wave.center().y(), toX, wave.center().y());
    paintWaveform(painter, wave, fromX, toX);
    paintBeats(painter, wave);

    QColor rulerBackground = palette().color(QPalette::AlternateBase);
    painter.fillRect(ruler, rulerBackground);
    paintRuler(painter, ruler);
    paintPlayhead(painter, rect());
}

void WaveformView::paintSections(QPainter &painter, const QRect &wave, int labelTop,
                                 int labelHeight)
{
    const QList<Section> &sections = m_analysis.sections;
    const double end = m_start + m_span;
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < sections.size(); ++i) {
        const Section &section = sections[i];
        if (section.endS <= m_start || section.startS >= end)
            continue;
        const bool peak = i == m_analysis.mostEnergeticSection;
        const int x0 = int(std::floor(xForTime(std::max(section.startS, m_start))));
        const int x1 = int(std::ceil(xForTime(std::min(section.endS, end))));
        const int hue = hueForLabel(section.label);
        QColor band = QColor::fromHsv(hue, peak ? 150 : 110, 230);
        band.setAlpha(peak ? 70 : 34);
        painter.fillRect(QRect(x0, wave.top(), x1 - x0, wave.height()), band);
        QColor tab = QColor::fromHsv(hue, peak ? 170 : 120, peak ? 225 : 235);
        tab.setAlpha(peak ? 235 : 150);
        const QRect labelRect(x0, labelTop, x1 - x0, labelHeight);
        painter.fillRect(labelRect.adjusted(0, 1, -1, -1), tab);
        // A boundary at the section's start.
        if (section.startS >= m_start) {
            QColor edge = tab.darker(130);
            painter.setPen(edge);
            painter.drawLine(x0, labelTop, x0, wave.bottom());
        }
        QString text = section.label;
        if (peak)
            text = tr("%1 · most energetic").arg(section.label);
        painter.setFont(peak ? bold : font());
        painter.setPen(tab.lightness() > 150 ? QColor(0x23, 0x26, 0x29) : QColor(Qt::white));
        const QRect textRect = labelRect.adjusted(4, 0, -2, 0);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
    }
    painter.setFont(font());
}

void WaveformView::paintWaveform(QPainter &painter, const QRect &wave, int fromX, int toX)
{
    const WaveformLevel *level = levelForSpan();
    if (!level || fromX >= toX)
        return;
    const double rate = m_analysis.sampleRate > 0 ? m_analysis.sampleRate : 44100.0;
    const double columnSeconds = level->framesPerColumn / rate;
    const qsizetype columns = std::min({level->min.size(), level->max.size(), level->rms.size()});
    const double mid = wave.top() + wave.height() / 2.0;
    const double half = wave.height() / 2.0 - 1;

    QList<QLine> peaks;
    QList<QLine> bodies;
    QList<int> curveX;
    QList<double> squares; // per drawn pixel, for the loudness curve
    peaks.reserve(toX - fromX);
    bodies.reserve(toX - fromX);
    for (int x = fromX; x < toX; ++x) {
        // Only the columns under this pixel: work grows with the width, not the track.
        const double t0 = timeForX(x);
        const double t1 = timeForX(x + 1);
        qsizetype c0 = qsizetype(std::floor(t0 / columnSeconds));
        qsizetype c1 = std::max(c0 + 1, qsizetype(std::floor(t1 / columnSeconds)));
        c0 = std::clamp<qsizetype>(c0, 0, columns);
        c1 = std::clamp<qsizetype>(c1, 0, columns);
        if (c0 >= c1)
            continue;
        float lo = level->min[c0];
        float hi = level->max[c0];
        double sum = 0;
        for (qsizetype c = c0; c < c1; ++c) {
            lo = std::min(lo, level->min[c]);
            hi = std::max(hi, level->max[c]);
            sum += double(level->rms[c]) * level->rms[c];
        }
        const double rms = std::sqrt(sum / double(c1 - c0));
        const int yTop = int(std::lround(mid - std::clamp(double(hi), -1.0, 1.0) * half));
        const int yBottom = int(std::lround(mid - std::clamp(double(lo), -1.0, 1.0) * half));
        peaks.append(QLine(x, yTop, x, std::max(yTop, yBottom)));
        const int body = int(std::lround(std::min(rms, 1.0) * half));
        if (body > 0)
            bodies.append(QLine(x, int(std::lround(mid)) - body, x, int(std::lround(mid)) + body));
        curveX.append(x);
        squares.append(sum / double(c1 - c0));
    }
    // The loudness curve averages about half a second, as a listener hears loudness; the
    // columns' own RMS flickers with every note.
    const int radius = int(std::lround(kCurveWindowS / 2 / std::max(m_span / width(), 1e-9)));
    QList<double> prefix(squares.size() + 1, 0.0);
    for (qsizetype i = 0; i < squares.size(); ++i)
        prefix[i + 1] = prefix[i] + squares[i];
    QPolygonF curve;
    curve.reserve(squares.size());
    for (qsizetype i = 0; i < squares.size(); ++i) {
        const qsizetype a = std::max<qsizetype>(0, i - radius);
        const qsizetype b = std::min<qsizetype>(squares.size(), i + radius + 1);
        const double meanSquare = (prefix[b] - prefix[a]) / double(b - a);
        const double db = meanSquare > 0 ? 10.0 * std::log10(meanSquare) : kRmsFloorDb;
        const double level01 = std::clamp((db - kRmsFloorDb) / -kRmsFloorDb, 0.0, 1.0);
        curve.append(QPointF(curveX[i] + 0.5, wave.bottom() - level01 * (wave.height() - 2)));
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(m_waveColor, 1));
    painter.drawLines(peaks);
    painter.setPen(QPen(m_rmsColor, 1));
    painter.drawLines(bodies);
    if (curve.size() > 1) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        QColor curveColor = m_curveColor;
        curveColor.setAlpha(210);
        painter.setPen(QPen(curveColor, 1.5));
        painter.drawPolyline(curve);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
}

void WaveformView::paintBeats(QPainter &painter, const QRect &wave)
{
    const QList<double> &beats = m_analysis.beats;
    if (beats.isEmpty())
        return;
    const double end = m_start + m_span;
    const auto first = std::lower_bound(beats.cbegin(), beats.cend(), m_start);
    const auto last = std::upper_bound(first, beats.cend(), end);
    const qsizetype visible = last - first;
    if (visible <= 0)
        return;
    // Beats closer than 4 px would paint the view grey: then only downbeats, or nothing.
    const double pixelsPerBeat = double(width()) / std::max<qsizetype>(visible, 1);
    const bool allBeats = pixelsPerBeat >= 4.0;
    if (!allBeats && pixelsPerBeat * 4 < 4.0)
        return;
    QList<QLine> weak;
    QList<QLine> strong;
    for (auto it = first; it != last; ++it) {
        const qsizetype index = it - beats.cbegin();
        const bool downbeat = index % 4 == 0; // 4/4 from the first beat: cheap and usually right
        if (!downbeat && !allBeats)
            continue;
        const int x = int(std::lround(xForTime(*it)));
        (downbeat ? strong : weak).append(QLine(x, wave.top(), x, wave.bottom()));
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    // Dense grids fade, so the waveform stays readable under them.
    QColor weakColor = m_beatColor;
    weakColor.setAlphaF(std::clamp(pixelsPerBeat / 24.0, 0.35, 1.0) * m_beatColor.alphaF());
    painter.setPen(QPen(weakColor, 1));
    painter.drawLines(weak);
    painter.setPen(QPen(m_downbeatColor, 1));
    painter.drawLines(strong);
    // Small ticks at the top mark downbeats even where the waveform is loud.
    painter.setPen(QPen(m_downbeatColor, 3));
    for (const QLine &line : std::as_const(strong))
        painter.drawLine(line.x1(), wave.top(), line.x1(), wave.top() + 4);
}

void WaveformView::paintRuler(QPainter &painter, const QRect &ruler)
{
    static constexpr double steps[] = {0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600};
    const double pixelsPerSecond = m_span > 0 ? width() / m_span : 0;
    if (pixelsPerSecond <= 0)
        return;
    const int minSpacing = fontMetrics().horizontalAdvance(QStringLiteral("00:00.0")) + 16;
    double step = steps[std::size(steps) - 1];
    for (double candidate : steps) {
        if (candidate * pixelsPerSecond >= minSpacing) {
            step = candidate;
            break;
        }
    }
    QColor tick = m_textColor;
    tick.setAlpha(120);
    painter.setPen(tick);
    painter.drawLine(ruler.left(), ruler.top(), ruler.right(), ruler.top());
    const double end = std::min(m_start + m_span, m_duration);
    for (double t = std::ceil(m_start / step) * step; t <= end + 1e-9; t += step) {
        const int x = int(std::lround(xForTime(t)));
        painter.setPen(tick);
        painter.drawLine(x, ruler.top(), x, ruler.top() + 4);
        painter.setPen(m_textColor);
        painter.drawText(QRect(x + 3, ruler.top() + 1, minSpacing, ruler.height() - 1),
                         Qt::AlignLeft | Qt::AlignVCenter, rulerText(t, step));
    }
}

void WaveformView::paintPlayhead(QPainter &painter, const QRect &area)
{
    if (!std::isfinite(m_position) || m_position < m_start || m_position > m_start + m_span)
        return;
    const int x = int(std::lround(xForTime(m_position)));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(m_playheadColor, 2));
    painter.drawLine(x, area.top(), x, area.bottom());
    QPainterPath marker;
    marker.moveTo(x - 6, area.top());
    marker.lineTo(x + 6, area.top());
    marker.lineTo(x, area.top() + 7);
    marker.closeSubpath();
    painter.fillPath(marker, m_playheadColor);
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void WaveformView::wheelEvent(QWheelEvent *event)
{
    if (m_duration <= 0) {
        event->ignore();
        return;
    }
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        const double anchor = timeForX(event->position().x());
        zoomBy(std::pow(kWheelZoomBase, delta.y()), anchor);
        event->accept();
        return;
    }
    // Scrolling: only when zoomed in, so a fully shown track lets the page scroll.
    const int amount = delta.x() != 0 ? delta.x() : delta.y();
    if (m_span >= m_duration || amount == 0) {
        event->ignore();
        return;
    }
    setVisibleRange(m_start - amount / 120.0 * m_span * 0.1, m_span);
    event->accept();
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_duration <= 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    const double seconds = std::clamp(timeForX(event->position().x()), 0.0, m_duration);
    setPosition(seconds);
    Q_EMIT positionClicked(seconds);
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_duration <= 0) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    const double seconds = std::clamp(timeForX(event->position().x()), 0.0, m_duration);
    setPosition(seconds);
    Q_EMIT positionClicked(seconds);
}

#pragma once

#include "domain/analysis.h"

#include <QWidget>

// A track's overview: the waveform (min/max per column at the zoom level that fits the width),
// an RMS loudness curve, section bands with labels (the most energetic one highlighted), the
// beat grid (every fourth beat stronger) and a playhead, with a time ruler below.
// Ctrl+wheel zooms around the mouse, the wheel (or a horizontal wheel) scrolls, a click sets
// the play position. Painting touches only the columns of the visible range.
// Thread: GUI thread.
class WaveformView : public QWidget
{
    Q_OBJECT
public:
    explicit WaveformView(QWidget *parent = nullptr);

    // Shows this analysis fully zoomed out; an empty Analysis clears the view.
    void setAnalysis(const Analysis &analysis);
    bool hasAnalysis() const { return m_duration > 0; }
    double duration() const { return m_duration; }

    // The visible time range, in seconds. setVisibleRange clamps to the track.
    double visibleStart() const { return m_start; }
    double visibleSpan() const { return m_span; }
    void setVisibleRange(double start, double span);
    // Zooms by `factor` (>1 zooms in) keeping `anchorSeconds` where it is on screen.
    void zoomBy(double factor, double anchorSeconds);
    void zoomIn();
    void zoomOut();
    void zoomToFit();

    double position() const { return m_position; }
    void setPosition(double seconds); // the playhead; NaN hides it
    // Keeps the playhead visible while playing: scrolls by a page when it leaves the view.
    void setFollowPlayhead(bool follow) { m_follow = follow; }

    // Geometry of the drawing, for callers and tests.
    double xForTime(double seconds) const;
    double timeForX(double x) const;
    QRect waveRect() const;

    // Colours, derived from the palette when the style changes.
    QColor waveColor() const { return m_waveColor; }
    QColor beatColor() const { return m_beatColor; }
    QColor downbeatColor() const { return m_downbeatColor; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void positionClicked(double seconds);
    void positionChanged(double seconds); // the playhead moved (click, playback or code)
    void visibleRangeChanged(double start, double span);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    const WaveformLevel *levelForSpan() const;
    void updateColors();
    void paintSections(QPainter &painter, const QRect &wave, int labelTop, int labelHeight);
    void paintWaveform(QPainter &painter, const QRect &wave, int fromX, int toX);
    void paintBeats(QPainter &painter, const QRect &wave);
    void paintRuler(QPainter &painter, const QRect &ruler);
    void paintPlayhead(QPainter &painter, const QRect &area);
    int labelHeight() const;
    int rulerHeight() const;

    Analysis m_analysis;
    double m_duration = 0;
    double m_start = 0;
    double m_span = 0;
    double m_position = NAN;
    bool m_follow = true;

    QColor m_background;
    QColor m_waveColor;
    QColor m_rmsColor;
    QColor m_curveColor;
    QColor m_beatColor;
    QColor m_downbeatColor;
    QColor m_playheadColor;
    QColor m_textColor;
};

#pragma once

#include "evolution/compatibility.h"

#include <QChartView>
#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QValueAxis;

// A horizontal bar chart of an artist's compatibility with each target segment (0..1), best at
// the top; hovering a bar shows the parts that make up its score (genre, tempo, energy, mood,
// key) with their explanations. Thread: GUI thread.
class CompatibilityChartView : public QChartView
{
    Q_OBJECT
public:
    static constexpr int kMaxBars = 12; // more segments than this would not read as bars

    explicit CompatibilityChartView(QWidget *parent = nullptr);

    // Replaces the bars; `segments` best first, as EvolutionService::compatibility() gives them.
    void setCompatibility(const QList<Compatibility> &segments);
    void clear() { setCompatibility({}); }

    // What is drawn, best first: the segment labels and their scores.
    QStringList labels() const;
    QList<double> scores() const;
    // The tooltip of the bar of segment `index` (best first).
    QString toolTipAt(int index) const;

    static QString toolTipFor(const Compatibility &compatibility);
    static QString partName(CompatibilityPart part);

private:
    QList<Compatibility> m_shown; // best first
    QBarCategoryAxis *m_segmentAxis;
    QValueAxis *m_scoreAxis;
};

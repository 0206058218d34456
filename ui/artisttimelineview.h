#pragma once

#include "domain/artistversion.h"

#include <QChartView>
#include <QList>

class QLineSeries;
class QValueAxis;

// How an artist's musical parameters moved across its saved versions: tempo min/max (BPM, right
// axis) and energy, valence, arousal (0..1, left axis) as lines over the version number; the
// tooltip of a point gives the version's date. Read from each version's stored profile.
// Thread: GUI thread.
class ArtistTimelineView : public QChartView
{
    Q_OBJECT
public:
    enum Line
    {
        TempoMin,
        TempoMax,
        Energy,
        Valence,
        Arousal,
        LineCount
    };

    explicit ArtistTimelineView(QWidget *parent = nullptr);

    // Any order; versions whose profile lacks the music section are skipped.
    void setVersions(const QList<ArtistVersion> &versions);

    QLineSeries *series(Line line) const { return m_series[line]; }
    int versionCount() const { return int(m_versions.size()); }

private:
    QList<ArtistVersion> m_versions; // oldest first, with a music section
    QLineSeries *m_series[LineCount] = {};
    QValueAxis *m_versionAxis;
    QValueAxis *m_levelAxis;
    QValueAxis *m_tempoAxis;
};

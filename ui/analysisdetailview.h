#pragma once

#include "domain/trackanalysis.h"
#include "tempocorrection.h"

#include <QElapsedTimer>
#include <QWidget>

class QAudioOutput;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QScrollBar;
class QStackedWidget;
class QTimer;
class QToolButton;
class WaveformView;

// The selected track of the Analysis pane: its waveform (with scroll bar, zoom and play from the
// playhead), every measured value, and the operator's corrections — tempo ×2 / ×½ / ×⅔ / ×1.5 /
// tap / back to measured, and a key override. Corrections are asked for with
// correctionRequested(); the pane stores them and hands the result back with setTrack().
// The media player is created on the first Play, so nothing touches audio until then.
// Thread: GUI thread.
class AnalysisDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisDetailView(QWidget *parent = nullptr);
    ~AnalysisDetailView() override;

    // Shows the track (a failed one shows its error); keeps the zoom when it is the same file.
    void setTrack(const TrackAnalysis &track);
    void clear();
    bool hasTrack() const { return !m_track.path.isEmpty(); }
    const TrackAnalysis &track() const { return m_track; }
    void setCamelot(bool camelot);

    WaveformView *waveform() const { return m_waveform; }
    QMediaPlayer *player() const { return m_player; } // null until the first Play
    bool isPlaying() const;

    // The correction the buttons ask for, from the current track's effective tempo.
    void applyTempoFactor(double factor);
    void resetTempo();
    void applyKey(const QString &key); // empty: back to the measured key
    // Tap tempo: registers a tap at `msecs`; the tempo is applied once the taps stop.
    void tap(qint64 msecs);
    void applyTappedTempo();

public Q_SLOTS:
    void togglePlayback();
    void stopPlayback();

Q_SIGNALS:
    void correctionRequested(const QString &path, const AnalysisCorrection &correction);
    void playbackError(const QString &message);

private:
    QWidget *createTempoBox();
    QWidget *createKeyBox();
    QWidget *createLoudnessBox();
    QWidget *createCharacterBox();
    void requestCorrection(AnalysisCorrection correction);
    void updateValues();
    void updateScrollBar(double start, double span);
    void updatePositionLabel();
    void ensurePlayer();

    TrackAnalysis m_track;
    bool m_camelot = false;
    TempoCorrection m_taps;
    QElapsedTimer m_tapClock;
    std::optional<double> m_tappedBpm;
    QTimer *m_tapTimer;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_subtitle;
    WaveformView *m_waveform;
    QScrollBar *m_scrollBar;
    QToolButton *m_playButton;
    QLabel *m_positionLabel;

    QLabel *m_bpmValue = nullptr;
    QLabel *m_bpmDetail = nullptr;
    QLabel *m_alternatives = nullptr;
    QLabel *m_beatsValue = nullptr;
    QPushButton *m_tapButton = nullptr;
    QPushButton *m_resetTempoButton = nullptr;
    QLabel *m_keyValue = nullptr;
    QLabel *m_keyDetail = nullptr;
    QComboBox *m_keyCombo = nullptr;
    QLabel *m_lufsValue = nullptr;
    QLabel *m_lraValue = nullptr;
    QLabel *m_peakValue = nullptr;
    QLabel *m_silenceValue = nullptr;
    QLabel *m_clippingValue = nullptr;
    QLabel *m_sectionsValue = nullptr;
    QLabel *m_energyValue = nullptr;
    QLabel *m_moodValue = nullptr;

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audioOutput = nullptr;
    bool m_updatingScrollBar = false;
};

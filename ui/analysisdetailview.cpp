#include "analysisdetailview.h"

#include "analysisformat.h"
#include "logging/logcategories.h"
#include "waveformview.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMediaPlayer>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr int kScrollSteps = 10000; // scroll bar resolution over the whole track
constexpr int kTapApplyDelayMs = 1500;

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}
} // namespace

AnalysisDetailView::AnalysisDetailView(QWidget *parent)
    : QWidget(parent)
    , m_tapTimer(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_waveform(new WaveformView(this))
    , m_scrollBar(new QScrollBar(Qt::Horizontal, this))
    , m_playButton(new QToolButton(this))
    , m_positionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("analysisDetailView"));
    m_tapTimer->setSingleShot(true);
    m_tapTimer->setInterval(kTapApplyDelayMs);
    connect(m_tapTimer, &QTimer::timeout, this, &AnalysisDetailView::applyTappedTempo);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_placeholder->setText(tr("Select a track to see its waveform, beats, sections and values."));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setEnabled(false);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Transport and zoom.
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_playButton->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_playButton->setText(tr("Play"));
    m_playButton->setToolTip(tr("Play from the playhead (Space)"));
    m_playButton->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_playButton, &QToolButton::clicked, this, &AnalysisDetailView::togglePlayback);
    auto zoomButton = [this](const QString &icon, const QString &text, auto slot) {
        auto *button = new QToolButton(this);
        button->setIcon(QIcon::fromTheme(icon));
        button->setText(text);
        button->setToolTip(text);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, m_waveform, slot);
        return button;
    };
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    m_positionLabel->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("00:00 / 00:00")));

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_playButton);
    header->addWidget(m_positionLabel);
    header->addSpacing(12);
    header->addWidget(zoomButton(QStringLiteral("zoom-in"), tr("Zoom In"), &WaveformView::zoomIn));
    header->addWidget(
        zoomButton(QStringLiteral("zoom-out"), tr("Zoom Out"), &WaveformView::zoomOut));
    header->addWidget(zoomButton(QStringLiteral("zoom-fit-best"), tr("Show the Whole Track"),
                                 &WaveformView::zoomToFit));

    m_scrollBar->setRange(0, 0);
    connect(m_waveform, &WaveformView::visibleRangeChanged, this,
            &AnalysisDetailView::updateScrollBar);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (m_updatingScrollBar || !m_waveform->hasAnalysis())
            return;
        m_waveform->setVisibleRange(value * m_waveform->duration() / kScrollSteps,
                                    m_waveform->visibleSpan());
    });
    connect(m_waveform, &WaveformView::positionClicked, this, [this](double seconds) {
        if (m_player)
            m_player->setPosition(qint64(seconds * 1000));
    });
    connect(m_waveform, &WaveformView::positionChanged, this,
            &AnalysisDetailView::updatePositionLabel);

    auto *values = new QHBoxLayout;
    values->setSpacing(8);
    values->addWidget(createTempoBox(), 3);
    values->addWidget(createKeyBox(), 2);
    values->addWidget(createLoudnessBox(), 2);
    values->addWidget(createCharacterBox(), 3);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 4, 0, 0);
    contentLayout->setSpacing(4);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_waveform, 1);
    contentLayout->addWidget(m_scrollBar);
    contentLayout->addSpacing(4);
    contentLayout->addLayout(values);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

AnalysisDetailView::~AnalysisDetailView()
{
    if (m_player)
        m_player->stop();
}

QWidget *AnalysisDetailView::createTempoBox()
{
    auto *box = new QGroupBox(tr("Tempo"), this);
    auto *form = new QFormLayout(box);
    m_bpmValue = valueLabel(box);
    m_bpmValue->setObjectName(QStringLiteral("bpmValue"));
    QFont big = m_bpmValue->font();
    big.setBold(true);
    m_bpmValue->setFont(big);
    m_bpmDetail = valueLabel(box);
    m_alternatives = valueLabel(box);
    m_beatsValue = valueLabel(box);
    form->addRow(tr("BPM:"), m_bpmValue);
    form->addRow(tr("Measured:"), m_bpmDetail);
    form->addRow(tr("Alternatives:"), m_alternatives);
    form->addRow(tr("Beats:"), m_beatsValue);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    struct Factor
    {
        QString text;
        QString toolTip;
        double factor;
        const char *name;
    };
    const Factor factors[] = {
        {QStringLiteral("×2"), tr("Double the tempo"), 2.0, "tempoDouble"},
        {QStringLiteral("×½"), tr("Halve the tempo"), 0.5, "tempoHalf"},
        {QStringLiteral("×⅔"), tr("Two thirds of the tempo"), 2.0 / 3.0, "tempoTwoThirds"},
        {QStringLiteral("×1.5"), tr("One and a half times the tempo"), 1.5, "tempoOneAndHalf"},
    };
    for (const Factor &f : factors) {
        auto *button = new QPushButton(f.text, box);
        button->setObjectName(QLatin1String(f.name));
        button->setToolTip(f.toolTip);
        button->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("×1.5")) + 16);
        const double factor = f.factor;
        connect(button, &QPushButton::clicked, this, [this, factor] { applyTempoFactor(factor); });
        buttons->addWidget(button);
    }
    m_tapButton = new QPushButton(tr("Tap"), box);
    m_tapButton->setObjectName(QStringLiteral("tapButton"));
    m_tapButton->setToolTip(tr("Tap along with the beat; the tempo is set when you stop"));
    connect(m_tapButton, &QPushButton::pressed, this, [this] {
        if (!m_tapClock.isValid())
            m_tapClock.start();
        tap(m_tapClock.elapsed());
    });
    buttons->addWidget(m_tapButton);
    m_resetTempoButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Measured"), box);
    m_resetTempoButton->setObjectName(QStringLiteral("tempoReset"));
    m_resetTempoButton->setToolTip(tr("Back to the measured tempo"));
    connect(m_resetTempoButton, &QPushButton::clicked, this, &AnalysisDetailView::resetTempo);
    buttons->addWidget(m_resetTempoButton);
    buttons->addStretch(1);
    form->addRow(buttons);
    return box;
}

QWidget *AnalysisDetailView::createKeyBox()
{
    auto *box = new QGroupBox(tr("Key"), this);
    auto *form = new QFormLayout(box);
    m_keyValue = valueLabel(box);
    m_keyValue->setObjectName(QStringLiteral("keyValue"));
    QFont bold = m_keyValue->font();
    bold.setBold(true);
    m_keyValue->setFont(bold);
    m_keyDetail = valueLabel(box);
    m_keyCombo = new QComboBox(box);
    m_keyCombo->setObjectName(QStringLiteral("keyOverride"));
    m_keyCombo->setToolTip(tr("Override the measured key"));
    m_keyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_keyCombo->setMinimumContentsLength(12);
    connect(m_keyCombo, &QComboBox::activated, this,
            [this](int index) { applyKey(m_keyCombo->itemData(index).toString()); });
    form->addRow(tr("Key:"), m_keyValue);
    form->addRow(tr("Measured:"), m_keyDetail);
    form->addRow(tr("Override:"), m_keyCombo);
    return box;
}

QWidget *AnalysisDetailView::createLoudnessBox()
{
    auto *box = new QGroupBox(tr("Loudness"), this);
    auto *form = new QFormLayout(box);
    m_lufsValue = valueLabel(box);
    m_lraValue = valueLabel(box);
    m_peakValue = valueLabel(box);
    m_silenceValue = valueLabel(box);
    m_clippingValue = valueLabel(box);
    form->addRow(tr("Integrated:"), m_lufsValue);
    form->addRow(tr("Range:"), m_lraValue);
    form->addRow(tr("True peak:"), m_peakValue);
    form->addRow(tr("Silence:"), m_silenceValue);
    form->addRow(tr("Clipping:"), m_clippingValue);
    return box;
}

QWidget *AnalysisDetailView::createCharacterBox()
{
    auto *box = new QGroupBox(tr("Structure and Character"), this);
    auto *form = new QFormLayout(box);
    m_sectionsValue = valueLabel(box);
    m_sectionsValue->setTextFormat(Qt::RichText);
    m_energyValue = valueLabel(box);
    m_moodValue = valueLabel(box);
    form->addRow(tr("Sections:"), m_sectionsValue);
    form->addRow(tr("Energy:"), m_energyValue);
    form->addRow(tr("Mood:"), m_moodValue);
    return box;
}

void AnalysisDetailView::clear()
{
    stopPlayback();
    m_track = {};
    m_waveform->setAnalysis({});
    m_placeholder->setText(tr("Select a track to see its waveform, beats, sections and values."));
    m_stack->setCurrentWidget(m_placeholder);
}

void AnalysisDetailView::setTrack(const TrackAnalysis &track)
{
    const bool sameFile = track.path == m_track.path;
    const bool sameAnalysis = sameFile && track.analysis && m_track.analysis &&
                              track.analysis->contentHash == m_track.analysis->contentHash;
    if (!sameFile) {
        stopPlayback();
        m_taps.reset();
        m_tapTimer->stop();
    }
    m_track = track;
    if (!track.analysis) {
        m_waveform->setAnalysis({});
        m_placeholder->setText(
            track.error.isEmpty()
                ? tr("%1 is waiting to be analyzed.").arg(QFileInfo(track.path).fileName())
                : tr("%1 could not be analyzed: %2")
                      .arg(QFileInfo(track.path).fileName(), track.error));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    if (!sameAnalysis) {
        const double position = m_waveform->position();
        m_waveform->setAnalysis(*track.analysis);
        if (sameFile)
            m_waveform->setPosition(position);
    }
    m_stack->setCurrentIndex(1);
    updateValues();
    updatePositionLabel();
}

void AnalysisDetailView::setCamelot(bool camelot)
{
    m_camelot = camelot;
    if (m_track.analysis)
        updateValues();
}

void AnalysisDetailView::updateValues()
{
    const Analysis &a = *m_track.analysis;
    const QFileInfo info(m_track.path);
    m_title->setText(info.fileName());
    // English has no plural rules without a .qm: the singular is spelled out.
    const QString channels = a.channels == 1   ? tr("mono")
                             : a.channels == 2 ? tr("stereo")
                                               : tr("%n channels", nullptr, a.channels);
    m_subtitle->setText(tr("%1 · %2 Hz · %3")
                            .arg(AnalysisFormat::duration(a.durationS),
                                 QLocale().toString(a.sampleRate), channels) +
                        (m_track.fromCache ? tr(" · from the cache") : QString()));
    m_subtitle->setToolTip(m_track.path);

    // Tempo.
    const QString effective = AnalysisFormat::bpm(m_track.effectiveBpm());
    m_bpmValue->setText(m_track.correction.bpm ? tr("%1 (corrected)").arg(effective)
                                               : orDash(effective));
    m_bpmDetail->setText(std::isfinite(a.bpm)
                             ? tr("%1, confidence %2%3")
                                   .arg(AnalysisFormat::bpm(a.bpm),
                                        AnalysisFormat::percent(a.bpmConfidence),
                                        a.variableTempo ? tr(", variable tempo") : QString())
                             : tr("not measured"));
    QStringList alternatives;
    for (const TempoCandidate &candidate : a.bpmAlternatives) {
        if (std::abs(candidate.bpm - a.bpm) < 0.05)
            continue;
        alternatives.append(tr("%1 (%2)").arg(AnalysisFormat::bpm(candidate.bpm),
                                              AnalysisFormat::percent(candidate.score)));
        if (alternatives.size() == 3)
            break;
    }
    m_alternatives->setText(orDash(alternatives.join(QStringLiteral(", "))));
    m_beatsValue->setText(QLocale().toString(qsizetype(a.beats.size())));
    m_resetTempoButton->setEnabled(m_track.correction.bpm.has_value());
    const bool hasTempo = std::isfinite(m_track.effectiveBpm()) && m_track.effectiveBpm() > 0;
    const QList<QPushButton *> tempoButtons = findChildren<QPushButton *>();
    for (QPushButton *button : tempoButtons) {
        if (button->objectName().startsWith(QLatin1String("tempo")) && button != m_resetTempoButton)
            button->setEnabled(hasTempo);
    }

    // Key.
    auto keyText = [this](const QString &key) {
        if (key.isEmpty())
            return QString();
        const QString camelot = AnalysisFormat::camelot(key);
        const QString name = AnalysisFormat::keyDisplay(key, false);
        if (camelot.isEmpty())
            return name;
        return m_camelot ? tr("%1 (%2)").arg(camelot, name) : tr("%1 (%2)").arg(name, camelot);
    };
    const QString effectiveKey = keyText(m_track.effectiveKey());
    m_keyValue->setText(!m_track.correction.key.isEmpty() ? tr("%1, overridden").arg(effectiveKey)
                                                          : orDash(effectiveKey));
    m_keyDetail->setText(a.key.isEmpty()
                             ? tr("not measured")
                             : tr("%1, confidence %2; runner-up %3")
                                   .arg(keyText(a.key), AnalysisFormat::percent(a.keyConfidence),
                                        orDash(keyText(a.keyRunnerUp))));
    m_keyCombo->clear();
    m_keyCombo->addItem(tr("As measured"), QString()); // the measured key is shown above
    const QStringList keys = AnalysisFormat::allKeys();
    for (const QString &key : keys)
        m_keyCombo->addItem(keyText(key), key);
    const int current =
        m_track.correction.key.isEmpty() ? 0 : m_keyCombo->findData(m_track.correction.key);
    m_keyCombo->setCurrentIndex(std::max(current, 0));

    // Loudness.
    m_lufsValue->setText(orDash(AnalysisFormat::decibels(a.loudnessLufs, tr("LUFS"))));
    m_lraValue->setText(orDash(AnalysisFormat::decibels(a.loudnessRangeLu, tr("LU"))));
    m_peakValue->setText(
        std::isfinite(a.truePeakDbtp)
            ? tr("%1 (sample peak %2)")
                  .arg(AnalysisFormat::decibels(a.truePeakDbtp, tr("dBTP")),
                       orDash(AnalysisFormat::decibels(a.samplePeakDbfs, tr("dBFS"))))
            : QStringLiteral("–"));
    m_silenceValue->setText(tr("%1 s at the start, %2 s at the end")
                                .arg(QLocale().toString(a.silenceStartS, 'f', 1),
                                     QLocale().toString(a.silenceEndS, 'f', 1)));
    const int clipped = int(std::min<qint64>(a.clippedSamples, INT_MAX));
    m_clippingValue->setText(clipped == 0   ? tr("none")
                             : clipped == 1 ? tr("1 clipped sample")
                                            : tr("%n clipped samples", nullptr, clipped));

    // Structure and character.
    QStringList sections;
    for (int i = 0; i < a.sections.size(); ++i) {
        const Section &s = a.sections[i];
        QString text = tr("%1 %2–%3")
                           .arg(s.label.toHtmlEscaped(), AnalysisFormat::duration(s.startS),
                                AnalysisFormat::duration(s.endS));
        if (i == a.mostEnergeticSection)
            text = QStringLiteral("<b>%1</b>").arg(text);
        sections.append(text);
    }
    m_sectionsValue->setText(sections.isEmpty() ? QStringLiteral("–")
                                                : sections.join(QStringLiteral(" · ")));
    m_sectionsValue->setToolTip(
        a.mostEnergeticSection >= 0 ? tr("The most energetic section is in bold") : QString());
    m_energyValue->setText(tr("energy %1, danceability %2")
                               .arg(orDash(AnalysisFormat::percent(a.energy)),
                                    orDash(AnalysisFormat::percent(a.danceability))));
    m_moodValue->setText(tr("valence %1, arousal %2")
                             .arg(orDash(AnalysisFormat::percent(a.valence)),
                                  orDash(AnalysisFormat::percent(a.arousal))));
}

void AnalysisDetailView::requestCorrection(AnalysisCorrection correction)
{
    if (!hasTrack() || !m_track.analysis)
        return;
    correction.correctedAt = correction.isEmpty() ? QDateTime() : QDateTime::currentDateTimeUtc();
    Q_EMIT correctionRequested(m_track.path, correction);
}

void AnalysisDetailView::applyTempoFactor(double factor)
{
    const double bpm = m_track.effectiveBpm();
    if (!m_track.analysis || !std::isfinite(bpm) || bpm <= 0)
        return;
    AnalysisCorrection correction = m_track.correction;
    const double corrected = TempoCorrection::scaled(bpm, factor);
    // Back where the measurement was: no correction left to store.
    if (std::abs(corrected - m_track.analysis->bpm) < 0.01)
        correction.bpm.reset();
    else
        correction.bpm = corrected;
    requestCorrection(correction);
}

void AnalysisDetailView::resetTempo()
{
    AnalysisCorrection correction = m_track.correction;
    correction.bpm.reset();
    requestCorrection(correction);
}

void AnalysisDetailView::applyKey(const QString &key)
{
    AnalysisCorrection correction = m_track.correction;
    correction.key = (m_track.analysis && key == m_track.analysis->key) ? QString() : key;
    if (correction == m_track.correction)
        return;
    requestCorrection(correction);
}

void AnalysisDetailView::tap(qint64 msecs)
{
    m_tappedBpm = m_taps.tap(msecs);
    if (m_tappedBpm) {
        m_tapButton->setText(tr("Tap: %1").arg(AnalysisFormat::bpm(*m_tappedBpm)));
        m_tapTimer->start();
    } else {
        m_tapButton->setText(tr("Tap…"));
    }
}

void AnalysisDetailView::applyTappedTempo()
{
    m_tapTimer->stop();
    m_tapButton->setText(tr("Tap"));
    const std::optional<double> bpm = m_tappedBpm;
    m_tappedBpm.reset();
    m_taps.reset();
    if (!bpm || !m_track.analysis)
        return;
    AnalysisCorrection correction = m_track.correction;
    correction.bpm = *bpm;
    requestCorrection(correction);
}

void AnalysisDetailView::updateScrollBar(double start, double span)
{
    const double duration = m_waveform->duration();
    m_updatingScrollBar = true;
    if (duration <= 0 || span >= duration) {
        m_scrollBar->setRange(0, 0);
    } else {
        const int page = std::max(1, int(span / duration * kScrollSteps));
        m_scrollBar->setRange(0, kScrollSteps - page);
        m_scrollBar->setPageStep(page);
        m_scrollBar->setSingleStep(std::max(1, page / 10));
        m_scrollBar->setValue(int(start / duration * kScrollSteps));
    }
    m_updatingScrollBar = false;
}

void AnalysisDetailView::updatePositionLabel()
{
    const double position = m_waveform->position();
    const double duration = m_waveform->duration();
    m_positionLabel->setText(
        tr("%1 / %2").arg(AnalysisFormat::duration(std::isfinite(position) ? position : 0.0),
                          AnalysisFormat::duration(duration)));
}

void AnalysisDetailView::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_audioOutput = new QAudioOutput(this);
    m_player->setAudioOutput(m_audioOutput);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (m_player->playbackState() == QMediaPlayer::PlayingState) {
            m_waveform->setPosition(ms / 1000.0);
        }
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) {
                const bool playing = state == QMediaPlayer::PlayingState;
                m_playButton->setIcon(
                    QIcon::fromTheme(playing ? QStringLiteral("media-playback-pause")
                                             : QStringLiteral("media-playback-start")));
                m_playButton->setText(playing ? tr("Pause") : tr("Play"));
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) {
                qCWarning(lcUi) << "Playback failed:" << message;
                Q_EMIT playbackError(tr("The track could not be played: %1").arg(message));
            });
}

bool AnalysisDetailView::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

void AnalysisDetailView::togglePlayback()
{
    if (!m_track.analysis)
        return;
    if (isPlaying()) {
        m_player->pause();
        return;
    }
    ensurePlayer();
    const QUrl source = QUrl::fromLocalFile(m_track.path);
    if (m_player->source() != source)
        m_player->setSource(source);
    const double position = m_waveform->position();
    m_player->setPosition(qint64((std::isfinite(position) ? position : 0.0) * 1000));
    m_player->play();
}

void AnalysisDetailView::stopPlayback()
{
    if (m_player)
        m_player->stop();
}

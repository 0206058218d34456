#include "testcorpus.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

namespace {

constexpr double kTwoPi = 6.283185307179586;
constexpr int kTableSize = 4096;

double midiToHz(double midi)
{
    return 440.0 * std::pow(2.0, (midi - 69.0) / 12.0);
}

// A single-cycle waveform with the given harmonic amplitudes.
std::vector<float> wavetable(std::initializer_list<double> harmonics)
{
    std::vector<float> table(kTableSize + 1);
    for (int i = 0; i <= kTableSize; ++i) {
        double v = 0;
        int h = 1;
        for (double a : harmonics)
            v += a * std::sin(kTwoPi * h++ * i / kTableSize);
        table[size_t(i)] = float(v);
    }
    return table;
}

struct Chord
{
    int root = 0;       // semitones above the tonic
    bool minor = false; // triad quality
};

// Progressions that state the key: major ones cadence on I, minor ones use the raised leading
// tone (V major) so the relative major does not win by accident.
const std::array<std::array<Chord, 4>, 3> kMajorProgressions = {{
    {{{0, false}, {5, false}, {7, false}, {0, false}}},
    {{{0, false}, {9, true}, {5, false}, {7, false}}},
    {{{0, false}, {7, false}, {9, true}, {5, false}}},
}};
const std::array<std::array<Chord, 4>, 3> kMinorProgressions = {{
    {{{0, true}, {5, true}, {7, false}, {0, true}}},
    {{{0, true}, {8, false}, {5, true}, {7, false}}},
    {{{0, true}, {5, true}, {8, false}, {7, false}}},
}};
constexpr std::array<int, 7> kMajorScale = {0, 2, 4, 5, 7, 9, 11};
constexpr std::array<int, 7> kHarmonicMinorScale = {0, 2, 3, 5, 7, 8, 11};

struct BarPlan
{
    bool drums = true;
    bool bass = true;
    bool pads = true;
    bool lead = true;
    int progression = 0;
    double gain = 1.0;
};

class Renderer
{
public:
    Renderer(const TestCorpus::Track &track, double durationS)
        : m_track(track)
        , m_rate(track.sampleRate)
        , m_out(size_t(std::max(1.0, durationS * track.sampleRate)), 0.0f)
        , m_rng(track.seed)
        , m_padTable(wavetable({1.0, 0.5, 0.33, 0.25, 0.2, 0.12}))
        , m_bassTable(wavetable({1.0, 0.6, 0.3, 0.1}))
        , m_leadTable(wavetable({1.0, 0.0, 0.33, 0.0, 0.2, 0.0, 0.1}))
    {
        buildBeatTimes(durationS);
        buildDrums();
    }

    double beatTime(double beat) const
    {
        const int i = std::clamp(int(std::floor(beat)), 0, int(m_beatTimes.size()) - 2);
        const double frac = beat - i;
        return m_beatTimes[size_t(i)] +
               frac * (m_beatTimes[size_t(i) + 1] - m_beatTimes[size_t(i)]);
    }

    int bars() const { return int(m_beatTimes.size() / 4) + 1; }
    double durationS() const { return double(m_out.size()) / m_rate; }

    void renderBar(int bar, const BarPlan &plan)
    {
        const double b0 = bar * 4.0;
        if (beatTime(b0) >= durationS())
            return;
        const bool minor = m_track.minor;
        const auto &progressions = minor ? kMinorProgressions : kMajorProgressions;
        const Chord chord =
            progressions[size_t(plan.progression) % progressions.size()][size_t(bar % 4)];
        const int root = m_track.tonic + chord.root;
        const std::array<int, 3> triad = {0, chord.minor ? 3 : 4, 7};
        const TestCorpus::Style style = m_track.style;
        const bool ambient =
            style == TestCorpus::Style::Ambient || style == TestCorpus::Style::None;

        if (plan.pads) {
            for (int interval : triad) {
                // voice every chord tone between G3 and F#5
                int midi = 60 + (root + interval) % 12;
                if (midi < 62)
                    midi += 12;
                tone(beatTime(b0), beatTime(b0 + 4), midiToHz(midi), m_padTable,
                     (ambient ? 0.2 : 0.12) * plan.gain, 0.08, 0.15, 0.0);
            }
        }
        if (plan.bass)
            renderBass(b0, root, chord, plan.gain);
        if (plan.lead && !ambient)
            renderLead(b0, root, plan.gain);
        if (plan.drums)
            renderDrums(b0, plan.gain);
    }

    QList<float> finish(int channels, double gainDb)
    {
        float peak = 0;
        for (float v : m_out)
            peak = std::max(peak, std::abs(v));
        const float scale = peak > 0 ? float(std::pow(10.0, gainDb / 20.0) / peak) : 0.0f;
        QList<float> interleaved(qsizetype(m_out.size()) * channels);
        for (size_t i = 0; i < m_out.size(); ++i)
            for (int c = 0; c < channels; ++c)
                interleaved[qsizetype(i) * channels + c] = m_out[i] * scale;
        return interleaved;
    }

private:
    void buildBeatTimes(double durationS)
    {
        const double start = m_track.bpm;
        const double end = m_track.bpmEnd > 0 ? m_track.bpmEnd : m_track.bpm;
        double t = 0;
        while (t < durationS + 8.0) {
            m_beatTimes.push_back(t);
            const double bpm = start + (end - start) * std::min(1.0, t / durationS);
            t += 60.0 / bpm;
        }
        m_beatTimes.push_back(t);
    }

    void buildDrums()
    {
        const auto length = [this](double s) { return size_t(s * m_rate); };
        std::mt19937 noise(7);
        const auto white = [&noise] { return float(noise() / 2147483648.0 - 1.0); };
        m_kick.resize(length(0.35));
        double phase = 0;
        for (size_t i = 0; i < m_kick.size(); ++i) {
            const double t = double(i) / m_rate;
            phase += kTwoPi * (50.0 + 110.0 * std::exp(-t / 0.035)) / m_rate;
            m_kick[i] = float(std::sin(phase) * std::exp(-t / 0.13));
        }
        m_snare.resize(length(0.22));
        for (size_t i = 0; i < m_snare.size(); ++i) {
            const double t = double(i) / m_rate;
            m_snare[i] = float(0.7 * white() * std::exp(-t / 0.06) +
                               0.5 * std::sin(kTwoPi * 190.0 * t) * std::exp(-t / 0.05));
        }
        m_hat.resize(length(0.06));
        m_ride.resize(length(0.35));
        float last = 0;
        for (size_t i = 0; i < m_ride.size(); ++i) {
            const double t = double(i) / m_rate;
            const float n = white();
            const float high = n - last; // first difference: a crude high-pass
            last = n;
            if (i < m_hat.size())
                m_hat[i] = float(high * std::exp(-t / 0.015));
            m_ride[i] = float(high * 0.6 * std::exp(-t / 0.12));
        }
    }

    void oneShot(const std::vector<float> &sample, double atS, double gain)
    {
        const auto start = qint64(atS * m_rate);
        for (size_t i = 0; i < sample.size(); ++i) {
            const qint64 at = start + qint64(i);
            if (at >= qint64(m_out.size()))
                break;
            m_out[size_t(at)] += float(gain * sample[i]);
        }
    }

    void tone(double startS, double endS, double hz, const std::vector<float> &table, double gain,
              double attackS, double releaseS, double decayS)
    {
        const auto start = qint64(startS * m_rate);
        const auto end = std::min(qint64(m_out.size()), qint64((endS + releaseS) * m_rate));
        const double step = hz * kTableSize / m_rate;
        double phase = 0;
        for (qint64 at = start; at < end; ++at) {
            const double t = double(at - start) / m_rate;
            double env = std::min(1.0, t / attackS);
            if (decayS > 0)
                env *= std::exp(-t / decayS);
            const double untilEnd = endS - double(at) / m_rate;
            if (untilEnd < 0)
                env *= std::max(0.0, 1.0 + untilEnd / releaseS);
            const auto idx = int(phase);
            const double frac = phase - idx;
            const double v =
                table[size_t(idx)] + frac * (table[size_t(idx) + 1] - table[size_t(idx)]);
            m_out[size_t(at)] += float(gain * env * v);
            phase += step;
            if (phase >= kTableSize)
                phase -= kTableSize;
        }
    }

    void renderBass(double b0, int root, const Chord &chord, double gain)
    {
        const double hz = midiToHz(36 + root % 12);
        const double g = 0.35 * gain;
        switch (m_track.style) {
        case TestCorpus::Style::FourOnTheFloor:
            for (int beat = 0; beat < 4; ++beat)
                tone(beatTime(b0 + beat + 0.5), beatTime(b0 + beat + 0.9), hz, m_bassTable, g,
                     0.005, 0.03, 0.0);
            break;
        case TestCorpus::Style::Breakbeat:
            tone(beatTime(b0), beatTime(b0 + 1.5), hz, m_bassTable, g, 0.005, 0.05, 0.0);
            tone(beatTime(b0 + 2.5), beatTime(b0 + 3.8), hz, m_bassTable, g, 0.005, 0.05, 0.0);
            break;
        case TestCorpus::Style::HalfTime:
            tone(beatTime(b0), beatTime(b0 + 3.5), hz, m_bassTable, g, 0.005, 0.1, 0.0);
            break;
        case TestCorpus::Style::Swing: {
            // walking bass: root, third, fifth, sixth
            const std::array<int, 4> walk = {0, chord.minor ? 3 : 4, 7, 9};
            for (int beat = 0; beat < 4; ++beat)
                tone(beatTime(b0 + beat), beatTime(b0 + beat + 0.85),
                     midiToHz(36 + (root + walk[size_t(beat)]) % 12), m_bassTable, g, 0.005, 0.05,
                     0.0);
            break;
        }
        case TestCorpus::Style::Ambient:
        case TestCorpus::Style::None:
            tone(beatTime(b0), beatTime(b0 + 4), hz, m_bassTable, g * 0.7, 0.05, 0.2, 0.0);
            break;
        }
    }

    void renderLead(double b0, int root, double gain)
    {
        const auto &scale = m_track.minor ? kHarmonicMinorScale : kMajorScale;
        for (int eighth = 0; eighth < 8; ++eighth) {
            if (m_rng() % 3 == 0)
                continue; // rests keep it a melody
            // chord tones on strong eighths, any scale tone elsewhere
            int pc = 0;
            if (eighth % 2 == 0) {
                const std::array<int, 3> tones = {0, 2, 4}; // scale steps above the chord root
                const int degreeOfRoot = int(
                    std::find(scale.begin(), scale.end(), ((root - m_track.tonic) % 12 + 12) % 12) -
                    scale.begin());
                const int step = (degreeOfRoot + tones[m_rng() % 3]) % 7;
                pc = scale[size_t(step)];
            } else {
                pc = scale[m_rng() % 7];
            }
            const double hz = midiToHz(72 + (m_track.tonic + pc) % 12);
            tone(beatTime(b0 + eighth * 0.5), beatTime(b0 + eighth * 0.5 + 0.45), hz, m_leadTable,
                 0.15 * gain, 0.01, 0.03, 0.4);
        }
    }

    void renderDrums(double b0, double gain)
    {
        const auto at16 = [&](int step) { return beatTime(b0 + step / 4.0); };
        switch (m_track.style) {
        case TestCorpus::Style::FourOnTheFloor:
            for (int s = 0; s < 16; s += 4)
                oneShot(m_kick, at16(s), 1.0 * gain);
            oneShot(m_snare, at16(4), 0.6 * gain);
            oneShot(m_snare, at16(12), 0.6 * gain);
            for (int s = 2; s < 16; s += 4)
                oneShot(m_hat, at16(s), 0.35 * gain);
            break;
        case TestCorpus::Style::Breakbeat:
            oneShot(m_kick, at16(0), gain);
            oneShot(m_kick, at16(10), 0.9 * gain);
            oneShot(m_snare, at16(4), 0.7 * gain);
            oneShot(m_snare, at16(12), 0.7 * gain);
            oneShot(m_snare, at16(7), 0.2 * gain);
            oneShot(m_snare, at16(15), 0.2 * gain);
            for (int s = 0; s < 16; ++s)
                oneShot(m_hat, at16(s), (s % 2 == 0 ? 0.3 : 0.12) * gain);
            break;
        case TestCorpus::Style::HalfTime:
            oneShot(m_kick, at16(0), gain);
            oneShot(m_kick, at16(14), 0.6 * gain);
            oneShot(m_snare, at16(8), 0.8 * gain);
            for (int s = 0; s < 16; s += 2)
                oneShot(m_hat, at16(s), (s % 4 == 0 ? 0.35 : 0.2) * gain);
            break;
        case TestCorpus::Style::Swing:
            for (int beat = 0; beat < 4; ++beat) {
                oneShot(m_ride, beatTime(b0 + beat), 0.35 * gain);
                oneShot(m_ride, beatTime(b0 + beat + 2.0 / 3.0), 0.2 * gain);
            }
            oneShot(m_kick, at16(0), 0.7 * gain);
            oneShot(m_kick, at16(8), 0.6 * gain);
            oneShot(m_snare, at16(4), 0.45 * gain);
            oneShot(m_snare, at16(12), 0.45 * gain);
            break;
        case TestCorpus::Style::Ambient:
            for (int beat = 0; beat < 4; ++beat)
                oneShot(m_kick, beatTime(b0 + beat), (beat == 0 ? 0.6 : 0.4) * gain);
            break;
        case TestCorpus::Style::None:
            break;
        }
    }

    TestCorpus::Track m_track;
    int m_rate;
    std::vector<float> m_out;
    std::vector<double> m_beatTimes;
    std::mt19937 m_rng;
    std::vector<float> m_padTable;
    std::vector<float> m_bassTable;
    std::vector<float> m_leadTable;
    std::vector<float> m_kick;
    std::vector<float> m_snare;
    std::vector<float> m_hat;
    std::vector<float> m_ride;
};

} // namespace

QString TestCorpus::Track::keyName() const
{
    return tonicName(tonic) + (minor ? QStringLiteral(" minor") : QStringLiteral(" major"));
}

QString TestCorpus::tonicName(int pitchClass)
{
    static const QStringList names = {
        QStringLiteral("C"),  QStringLiteral("C#"), QStringLiteral("D"),  QStringLiteral("D#"),
        QStringLiteral("E"),  QStringLiteral("F"),  QStringLiteral("F#"), QStringLiteral("G"),
        QStringLiteral("G#"), QStringLiteral("A"),  QStringLiteral("A#"), QStringLiteral("B")};
    return names.at(((pitchClass % 12) + 12) % 12);
}

QString TestCorpus::styleName(Style style)
{
    switch (style) {
    case Style::FourOnTheFloor:
        return QStringLiteral("four-on-the-floor");
    case Style::Breakbeat:
        return QStringLiteral("breakbeat");
    case Style::HalfTime:
        return QStringLiteral("half-time");
    case Style::Swing:
        return QStringLiteral("swing");
    case Style::Ambient:
        return QStringLiteral("ambient");
    case Style::None:
        return QStringLiteral("none");
    }
    return {};
}

QList<float> TestCorpus::render(const Track &track)
{
    Renderer renderer(track, track.durationS);
    BarPlan plan;
    plan.progression = int(track.seed % 3);
    for (int bar = 0; bar < renderer.bars(); ++bar)
        renderer.renderBar(bar, plan);
    return renderer.finish(track.channels, track.gainDb);
}

QList<float> TestCorpus::clickTrack(double bpm, double durationS, int sampleRate, int channels)
{
    const auto frames = qsizetype(durationS * sampleRate);
    QList<float> out(frames * channels, 0.0f);
    const auto blip = qsizetype(0.01 * sampleRate);
    for (double t = 0; t < durationS; t += 60.0 / bpm) {
        const auto start = qsizetype(t * sampleRate);
        for (qsizetype i = 0; i < blip && start + i < frames; ++i) {
            const double v = 0.8 * std::sin(kTwoPi * 1000.0 * double(i) / sampleRate) *
                             std::exp(-double(i) / (0.003 * sampleRate));
            for (int c = 0; c < channels; ++c)
                out[(start + i) * channels + c] = float(v);
        }
    }
    return out;
}

QList<float> TestCorpus::structuredTrack(const Track &track, QList<SectionTruth> *sections)
{
    // 4 bars intro, 8 verse, 8 chorus, 4 outro
    struct Part
    {
        const char *kind;
        int bars;
        BarPlan plan;
    };
    const std::array<Part, 4> parts = {{
        {"intro", 4, {false, false, true, false, 0, 0.5}},
        {"verse", 8, {true, true, true, false, 0, 0.7}},
        {"chorus", 8, {true, true, true, true, 1, 1.0}},
        {"outro", 4, {false, false, true, false, 0, 0.4}},
    }};
    const double barS = 4 * 60.0 / track.bpm;
    const double total = 24 * barS;
    Renderer renderer(track, total);
    int bar = 0;
    for (const Part &part : parts) {
        if (sections)
            sections->append(
                {bar * barS, (bar + part.bars) * barS, QString::fromLatin1(part.kind)});
        for (int i = 0; i < part.bars; ++i, ++bar)
            renderer.renderBar(bar, part.plan);
    }
    return renderer.finish(track.channels, track.gainDb);
}

QList<TestCorpus::Track> TestCorpus::corpus(int count, double durationS)
{
    // tempo range per style: where each style is played
    struct Range
    {
        Style style;
        double low;
        double high;
    };
    const std::array<Range, 5> ranges = {{
        {Style::FourOnTheFloor, 100, 190},
        {Style::Breakbeat, 80, 180},
        {Style::HalfTime, 120, 175},
        {Style::Swing, 85, 160},
        {Style::Ambient, 60, 95},
    }};
    QList<Track> tracks;
    for (int i = 0; i < count; ++i) {
        Track t;
        const Range &range = ranges[size_t(i % 5)];
        t.style = range.style;
        // golden-ratio sequence spreads tempi evenly over each style's range
        const double u = std::fmod(0.5 + i * 0.6180339887, 1.0);
        t.bpm = std::round((range.low + u * (range.high - range.low)) * 10) / 10;
        t.tonic = i % 12;
        t.minor = (i / 12) % 2 == 1;
        t.gainDb = -1.0 - (i * 5) % 19;
        t.durationS = durationS;
        t.seed = quint32(1000 + i);
        t.name = QStringLiteral("%1-%2-%3bpm-%4")
                     .arg(i, 2, 10, QLatin1Char('0'))
                     .arg(styleName(t.style))
                     .arg(t.bpm)
                     .arg(t.keyName().replace(QLatin1Char(' '), QLatin1Char('-')));
        tracks.append(t);
    }
    return tracks;
}

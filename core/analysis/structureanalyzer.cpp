#include "analysis/structureanalyzer.h"

#include <dsp/transforms/FFT.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

constexpr double kBlockSeconds = double(StructureAnalyzer::kFrame) *
                                 StructureAnalyzer::kFramesPerBlock / StructureAnalyzer::kRate;
constexpr int kKernelHalf = 12; // blocks (~6.7 s) each side: longer than a chord change
// Chords change every bar inside a section; timbre and loudness change between sections.
constexpr double kChromaWeight = 0.35;
constexpr double kMinSectionS = 6.0;         // shorter sections are merged into their neighbour
constexpr double kSameLabelSimilarity = 0.6; // cosine of z-scored mean features
constexpr std::array<double, 7> kBandEdgesHz = {40, 150, 400, 1000, 2000, 3500, 5500};

double cosine(const std::vector<double> &a, const std::vector<double> &b)
{
    double dot = 0, na = 0, nb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        dot += a[i] * b[i];
        na += a[i] * a[i];
        nb += b[i] * b[i];
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

} // namespace

StructureAnalyzer::StructureAnalyzer() = default;
StructureAnalyzer::~StructureAnalyzer() = default;

QString StructureAnalyzer::name() const
{
    return QStringLiteral("structure");
}

QString StructureAnalyzer::version() const
{
    return QStringLiteral("novelty-1");
}

bool StructureAnalyzer::initialize(const AudioFormat &format)
{
    cleanup();
    if (format.sampleRate != kRate || format.channels != 1)
        return false; // input() asks for mono at kRate
    m_fft = std::make_unique<FFTReal>(kFrame);
    m_frame.assign(kFrame, 0.0);
    m_magnitude.assign(kFrame, 0.0);
    return true;
}

void StructureAnalyzer::process(const float *mono, qsizetype count)
{
    m_samples += count;
    for (qsizetype i = 0; i < count; ++i) {
        m_frame[size_t(m_filled++)] = mono[i];
        if (m_filled == kFrame) {
            analyzeFrame();
            m_filled = 0;
        }
    }
}

void StructureAnalyzer::analyzeFrame()
{
    double energy = 0;
    for (int i = 0; i < kFrame; ++i) {
        energy += m_frame[size_t(i)] * m_frame[size_t(i)];
        m_frame[size_t(i)] *= 0.5 - 0.5 * std::cos(2 * M_PI * i / kFrame);
    }
    m_fft->forwardMagnitude(m_frame.data(), m_magnitude.data());
    std::array<double, 12> chroma{};
    std::array<double, 6> bands{};
    for (int k = 1; k <= kFrame / 2; ++k) {
        const double hz = double(k) * kRate / kFrame;
        const double power = m_magnitude[size_t(k)] * m_magnitude[size_t(k)];
        for (size_t b = 0; b < bands.size(); ++b)
            if (hz >= kBandEdgesHz[b] && hz < kBandEdgesHz[b + 1])
                bands[b] += power;
        if (hz >= 60 && hz <= 2100) {
            const int pc = (int(std::lround(69 + 12 * std::log2(hz / 440.0))) % 12 + 12) % 12;
            chroma[size_t(pc)] += m_magnitude[size_t(k)];
        }
    }
    const double chromaSum = std::accumulate(chroma.begin(), chroma.end(), 0.0);
    for (int i = 0; i < 12; ++i)
        m_accumulated[size_t(i)] += float(chromaSum > 1e-9 ? chroma[size_t(i)] / chromaSum : 0.0);
    for (size_t b = 0; b < bands.size(); ++b)
        m_accumulated[12 + b] += float(std::log10(1e-9 + bands[b]));
    m_accumulated[18] += float(10 * std::log10(1e-9 + energy / kFrame));
    m_energy += energy;
    if (++m_framesInBlock == kFramesPerBlock) {
        for (float &v : m_accumulated)
            v /= kFramesPerBlock;
        m_blocks.push_back(m_accumulated);
        m_rms.push_back(float(std::sqrt(m_energy / (double(kFrame) * kFramesPerBlock))));
        m_accumulated.fill(0);
        m_energy = 0;
        m_framesInBlock = 0;
    }
}

void StructureAnalyzer::finish(Analysis &result)
{
    const double durationS = double(m_samples) / kRate;
    result.sections = segment(m_blocks, m_rms, kBlockSeconds, durationS);
    result.mostEnergeticSection = -1;
    for (qsizetype i = 0; i < result.sections.size(); ++i)
        if (result.sections.at(i).energy >= 1.0 - 1e-9) {
            result.mostEnergeticSection = int(i);
            break;
        }
    result.analyzerVersions.insert(name(), version());
    cleanup();
}

void StructureAnalyzer::cleanup()
{
    m_fft.reset();
    m_frame.clear();
    m_magnitude.clear();
    m_filled = 0;
    m_samples = 0;
    m_accumulated.fill(0);
    m_energy = 0;
    m_framesInBlock = 0;
    m_blocks.clear();
    m_rms.clear();
}

QList<Section> StructureAnalyzer::segment(const std::vector<Features> &blocks,
                                          const std::vector<float> &rms, double blockSeconds,
                                          double durationS)
{
    QList<Section> sections;
    const auto n = qsizetype(blocks.size());
    if (n == 0 || durationS <= 0)
        return sections;

    // z-score every feature over the track so chroma, timbre and loudness weigh alike
    std::vector<std::vector<double>> z(size_t(n), std::vector<double>(kFeatures, 0.0));
    for (int f = 0; f < kFeatures; ++f) {
        double mean = 0, var = 0;
        for (const Features &b : blocks)
            mean += b[size_t(f)];
        mean /= double(n);
        for (const Features &b : blocks)
            var += (b[size_t(f)] - mean) * (b[size_t(f)] - mean);
        const double sd = std::sqrt(var / double(n));
        for (qsizetype i = 0; i < n; ++i)
            z[size_t(i)][size_t(f)] = sd > 1e-9 ? (blocks[size_t(i)][size_t(f)] - mean) / sd *
                                                      (f < 12 ? kChromaWeight : 1.0)
                                                : 0.0;
    }

    // novelty: Gaussian-tapered checkerboard kernel along the diagonal
    std::vector<double> novelty(size_t(n), 0.0);
    for (qsizetype i = kKernelHalf; i + kKernelHalf <= n; ++i) {
        double sum = 0;
        for (int a = -kKernelHalf; a < kKernelHalf; ++a)
            for (int b = -kKernelHalf; b < kKernelHalf; ++b) {
                const double sign = (a < 0) == (b < 0) ? 1.0 : -1.0;
                const double da = (a + 0.5) / kKernelHalf;
                const double db = (b + 0.5) / kKernelHalf;
                const double taper = std::exp(-2.0 * (da * da + db * db));
                sum += sign * taper * cosine(z[size_t(i + a)], z[size_t(i + b)]);
            }
        novelty[size_t(i)] = std::max(0.0, sum);
    }
    const double mean = std::accumulate(novelty.begin(), novelty.end(), 0.0) / double(n);
    double var = 0;
    for (double v : novelty)
        var += (v - mean) * (v - mean);
    const double threshold = mean + 0.1 * std::sqrt(var / double(n));
    const auto minBlocks = qsizetype(kMinSectionS / blockSeconds);

    QList<qsizetype> boundaries = {0};
    for (qsizetype i = 1; i + 1 < n; ++i) {
        bool peak = novelty[size_t(i)] > threshold;
        for (qsizetype j = std::max<qsizetype>(0, i - kKernelHalf / 2);
             peak && j <= std::min(n - 1, i + kKernelHalf / 2); ++j)
            peak = j == i || novelty[size_t(j)] < novelty[size_t(i)] ||
                   (novelty[size_t(j)] == novelty[size_t(i)] && j > i);
        if (peak && i - boundaries.constLast() >= minBlocks && n - i >= minBlocks)
            boundaries.append(i);
    }
    boundaries.append(n);

    // section features, energy and labels
    std::vector<std::vector<double>> means;
    QList<int> labels;
    double loudest = 0;
    for (qsizetype s = 0; s + 1 < boundaries.size(); ++s) {
        const qsizetype from = boundaries.at(s);
        const qsizetype to = boundaries.at(s + 1);
        std::vector<double> m(kFeatures, 0.0);
        double energy = 0;
        for (qsizetype i = from; i < to; ++i) {
            for (int f = 0; f < kFeatures; ++f)
                m[size_t(f)] += z[size_t(i)][size_t(f)] / double(to - from);
            energy += rms.at(size_t(i)) / double(to - from);
        }
        int label = -1;
        for (size_t other = 0; other < means.size() && label < 0; ++other)
            if (cosine(m, means[other]) > kSameLabelSimilarity)
                label = labels.at(qsizetype(other));
        if (label < 0)
            label = labels.isEmpty() ? 0 : *std::max_element(labels.begin(), labels.end()) + 1;
        means.push_back(m);
        labels.append(label);
        Section section;
        section.startS = double(from) * blockSeconds;
        section.endS = s + 2 == boundaries.size() ? durationS : double(to) * blockSeconds;
        section.label = label < 26 ? QString(QChar(u'A' + label)) : QString::number(label + 1);
        section.energy = energy;
        loudest = std::max(loudest, energy);
        sections.append(section);
    }
    for (Section &section : sections)
        section.energy = loudest > 0 ? section.energy / loudest : 0;
    return sections;
}

#include "analysis/signalstatsanalyzer.h"

#include <cmath>

bool SignalStatsAnalyzer::initialize(const AudioFormat &format)
{
    cleanup();
    m_channels = format.channels;
    m_sampleRate = format.sampleRate;
    return m_channels > 0 && m_sampleRate > 0;
}

void SignalStatsAnalyzer::process(const float *interleaved, qsizetype frames)
{
    double blockSum = 0; // per block first: keeps precision over hours of samples
    for (qsizetype i = 0; i < frames; ++i) {
        const float *frame = interleaved + i * m_channels;
        bool loud = false;
        for (int c = 0; c < m_channels; ++c) {
            const float x = frame[c];
            const float magnitude = std::fabs(x);
            blockSum += x;
            if (magnitude > kSilenceThreshold)
                loud = true;
            if (magnitude >= kClipThreshold)
                ++m_clipped;
        }
        if (loud) {
            if (m_firstLoud < 0)
                m_firstLoud = m_frames + i;
            m_lastLoud = m_frames + i;
        }
    }
    m_sum += blockSum;
    m_frames += frames;
}

void SignalStatsAnalyzer::finish(Analysis &result)
{
    if (m_frames <= 0)
        return;
    const double rate = m_sampleRate;
    if (m_firstLoud < 0) {
        result.silenceStartS = double(m_frames) / rate;
        result.silenceEndS = 0;
    } else {
        result.silenceStartS = double(m_firstLoud) / rate;
        result.silenceEndS = double(m_frames - 1 - m_lastLoud) / rate;
    }
    result.clippedSamples = m_clipped;
    result.dcOffset = m_sum / double(m_frames * m_channels);
    result.analyzerVersions.insert(name(), version());
}

void SignalStatsAnalyzer::cleanup()
{
    m_frames = 0;
    m_firstLoud = -1;
    m_lastLoud = -1;
    m_clipped = 0;
    m_sum = 0;
}

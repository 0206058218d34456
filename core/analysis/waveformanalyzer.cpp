#include "analysis/waveformanalyzer.h"

#include <algorithm>
#include <cmath>
#include <limits>

bool WaveformAnalyzer::initialize(const AudioFormat &format)
{
    cleanup();
    m_channels = format.channels;
    for (int framesPerColumn : kFramesPerColumn) {
        Level level;
        level.framesPerColumn = framesPerColumn;
        level.curMin = std::numeric_limits<float>::max();
        level.curMax = std::numeric_limits<float>::lowest();
        m_levels.push_back(std::move(level));
    }
    return m_channels > 0;
}

// The samples are read once, into 1024-frame chunks; each chunk is then added to every level,
// whose columns are whole numbers of chunks (powers of two times 1024 frames, all starting at
// frame 0).
void WaveformAnalyzer::process(const float *interleaved, qsizetype frames)
{
    const float *p = interleaved;
    qsizetype left = frames;
    while (left > 0) {
        const qsizetype take = std::min<qsizetype>(left, kChunkFrames - m_chunk.frames);
        float lo = m_chunk.min;
        float hi = m_chunk.max;
        float squares = 0; // a chunk's worth at most: float is exact enough, and vectorizes
        for (qsizetype i = 0; i < take * m_channels; ++i) {
            const float x = p[i];
            lo = std::min(lo, x);
            hi = std::max(hi, x);
            squares += x * x;
        }
        m_chunk.min = lo;
        m_chunk.max = hi;
        m_chunk.squares += squares;
        m_chunk.frames += take;
        p += take * m_channels;
        left -= take;
        if (m_chunk.frames == kChunkFrames)
            addChunk();
    }
}

void WaveformAnalyzer::addChunk()
{
    for (Level &level : m_levels) {
        level.curMin = std::min(level.curMin, m_chunk.min);
        level.curMax = std::max(level.curMax, m_chunk.max);
        level.curSquares += m_chunk.squares;
        level.curFrames += m_chunk.frames;
        if (level.curFrames >= level.framesPerColumn)
            closeColumn(level);
    }
    m_chunk = Chunk{};
}

void WaveformAnalyzer::closeColumn(Level &level)
{
    if (level.curFrames == 0)
        return;
    level.min.push_back(std::clamp(level.curMin, -1.0f, 1.0f));
    level.max.push_back(std::clamp(level.curMax, -1.0f, 1.0f));
    level.meanSquare.push_back(float(level.curSquares / double(level.curFrames * m_channels)));
    level.curMin = std::numeric_limits<float>::max();
    level.curMax = std::numeric_limits<float>::lowest();
    level.curSquares = 0;
    level.curFrames = 0;
    if (qsizetype(level.min.size()) > m_maxColumns)
        halve(level);
}

// Merges column pairs: the level now covers the same audio with half the columns. Only called
// between columns, so the column being filled is empty.
void WaveformAnalyzer::halve(Level &level) const
{
    const size_t pairs = level.min.size() / 2;
    const bool odd = level.min.size() % 2 != 0;
    for (size_t i = 0; i < pairs; ++i) {
        level.min[i] = std::min(level.min[2 * i], level.min[2 * i + 1]);
        level.max[i] = std::max(level.max[2 * i], level.max[2 * i + 1]);
        level.meanSquare[i] = 0.5f * (level.meanSquare[2 * i] + level.meanSquare[2 * i + 1]);
    }
    const size_t kept = pairs;
    if (odd) {
        // the last full column becomes the start of the (wider) column being filled
        const size_t last = level.min.size() - 1;
        level.curMin = level.min[last];
        level.curMax = level.max[last];
        level.curFrames = level.framesPerColumn;
        level.curSquares =
            double(level.meanSquare[last]) * double(level.framesPerColumn) * m_channels;
    }
    level.min.resize(kept);
    level.max.resize(kept);
    level.meanSquare.resize(kept);
    level.framesPerColumn *= 2;
}

void WaveformAnalyzer::finish(Analysis &result)
{
    result.waveform.clear();
    if (m_chunk.frames > 0)
        addChunk();
    for (Level &level : m_levels) {
        while (level.curFrames > 0)
            closeColumn(level); // the partial last column
        WaveformLevel out;
        out.framesPerColumn = level.framesPerColumn;
        out.min = QList<float>(level.min.begin(), level.min.end());
        out.max = QList<float>(level.max.begin(), level.max.end());
        out.rms.reserve(qsizetype(level.meanSquare.size()));
        for (float meanSquare : level.meanSquare)
            out.rms.append(std::min(1.0f, std::sqrt(meanSquare)));
        result.waveform.append(std::move(out));
    }
    result.analyzerVersions.insert(name(), version());
    cleanup();
}

void WaveformAnalyzer::cleanup()
{
    m_levels.clear();
    m_chunk = Chunk{};
}

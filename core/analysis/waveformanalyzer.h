#pragma once

#include "analysis/analyzer.h"

#include <array>
#include <limits>
#include <vector>

// Min/max/RMS per column (all channels together) at three zoom levels, coarse to fine: 16384,
// 4096 and 1024 frames per column. Memory is bounded: a level holding more than kMaxColumns
// columns merges neighbouring pairs and doubles its frames per column, so a 3-hour file gets
// coarser columns instead of more of them.
// Thread: one instance per analysis job, used by one pool thread at a time.
class WaveformAnalyzer : public Analyzer
{
public:
    static constexpr std::array<int, 3> kFramesPerColumn{16384, 4096, 1024};
    static constexpr qsizetype kMaxColumns = 32768;

    explicit WaveformAnalyzer(qsizetype maxColumns = kMaxColumns)
        : m_maxColumns(maxColumns)
    {}

    QString name() const override { return QStringLiteral("waveform"); }
    QString version() const override { return QStringLiteral("waveform-1"); }
    bool initialize(const AudioFormat &format) override;
    void process(const float *interleaved, qsizetype frames) override;
    void finish(Analysis &result) override;
    void cleanup() override;

private:
    struct Level
    {
        int framesPerColumn = 0;
        std::vector<float> min;
        std::vector<float> max;
        std::vector<float> meanSquare; // per column, turned into RMS at the end
        // the column being filled
        float curMin = 0;
        float curMax = 0;
        double curSquares = 0;
        qint64 curFrames = 0;
    };
    struct Chunk
    {
        float min = std::numeric_limits<float>::max();
        float max = std::numeric_limits<float>::lowest();
        double squares = 0;
        qsizetype frames = 0;
    };
    static constexpr qsizetype kChunkFrames = 1024; // the finest column width divides them all

    void addChunk();
    void closeColumn(Level &level);
    void halve(Level &level) const;

    qsizetype m_maxColumns = kMaxColumns;
    int m_channels = 0;
    std::vector<Level> m_levels;
    Chunk m_chunk;
};

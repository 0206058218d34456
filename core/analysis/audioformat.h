#pragma once

#include <QtGlobal>

// The decoded stream an analyzer receives. Thread: value type.
struct AudioFormat
{
    int sampleRate = 0;
    int channels = 0;
    qint64 frames = 0; // total frames, or -1 when the decoder cannot tell in advance
    double durationS() const
    {
        return frames > 0 && sampleRate > 0 ? double(frames) / sampleRate : 0;
    }
};

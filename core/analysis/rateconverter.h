#pragma once

#include <QtGlobal>

#include <vector>

// Converts a mono stream to another sample rate, streaming: process() appends what the input
// block yields to `out`, flush() appends what is still held at the end of the stream.
// Thread: owned by one StreamRouter, used by one thread at a time.
class RateConverter
{
public:
    virtual ~RateConverter() = default;
    virtual void process(const float *in, qsizetype count, std::vector<float> &out) = 0;
    virtual void flush(std::vector<float> &out) = 0;
};

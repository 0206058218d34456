#include "analysis/fingerprintsimilarity.h"

#include <chromaprint.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace {

std::vector<uint32_t> decode(const QByteArray &compressed)
{
    std::vector<uint32_t> out;
    if (compressed.isEmpty())
        return out;
    uint32_t *raw = nullptr;
    int size = 0;
    int algorithm = 0;
    if (chromaprint_decode_fingerprint(compressed.constData(), int(compressed.size()), &raw, &size,
                                       &algorithm, 0) &&
        raw && size > 0) {
        out.assign(raw, raw + size);
    }
    chromaprint_dealloc(raw);
    return out;
}

} // namespace

double fingerprintSimilarity(const QByteArray &a, const QByteArray &b)
{
    const std::vector<uint32_t> x = decode(a);
    const std::vector<uint32_t> y = decode(b);
    if (x.empty() || y.empty())
        return 0;
    const long nx = long(x.size());
    const long ny = long(y.size());
    const long minOverlap = std::max(1L, std::min(nx, ny) / 2);
    // offset: x[i] pairs with y[i + offset]. Each item is ~0.124 s; the search covers every
    // alignment with enough overlap (fingerprints are at most ~1000 items, so this is cheap).
    double bestError = 1.0;
    for (long offset = -(nx - minOverlap); offset <= ny - minOverlap; ++offset) {
        const long begin = std::max(0L, -offset);
        const long end = std::min(nx, ny - offset);
        if (end - begin < minOverlap)
            continue;
        long bits = 0;
        for (long i = begin; i < end; ++i)
            bits += std::popcount(x[size_t(i)] ^ y[size_t(i + offset)]);
        const double error = double(bits) / (32.0 * double(end - begin));
        bestError = std::min(bestError, error);
    }
    return std::clamp(1.0 - 2.0 * bestError, 0.0, 1.0);
}

#include "lttb.h"

#include <algorithm>
#include <cmath>

QList<qsizetype> Lttb::select(const QList<QPointF> &points, int threshold)
{
    const qsizetype n = points.size();
    QList<qsizetype> kept;
    if (threshold >= n || threshold < 3) {
        kept.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            kept.append(i);
        return kept;
    }
    kept.reserve(threshold);
    kept.append(0);
    // Buckets over the points between the first and the last, of (n - 2) / (threshold - 2) each.
    const double every = double(n - 2) / double(threshold - 2);
    qsizetype previous = 0;
    for (int bucket = 0; bucket < threshold - 2; ++bucket) {
        const qsizetype start = qsizetype(std::floor(bucket * every)) + 1;
        // The last bucket ends before the last point whatever the rounding.
        const qsizetype end =
            bucket == threshold - 3 ? n - 1 : qsizetype(std::floor((bucket + 1) * every)) + 1;
        // The mean of the next bucket; for the last bucket that is the last point.
        const qsizetype nextEnd = std::min(qsizetype(std::floor((bucket + 2) * every)) + 1, n);
        double meanX = 0;
        double meanY = 0;
        for (qsizetype i = end; i < nextEnd; ++i) {
            meanX += points[i].x();
            meanY += points[i].y();
        }
        const double nextCount = double(std::max<qsizetype>(nextEnd - end, 1));
        meanX /= nextCount;
        meanY /= nextCount;

        const QPointF a = points[previous];
        double largest = -1;
        qsizetype chosen = start;
        for (qsizetype i = start; i < end; ++i) {
            const double area = std::abs((a.x() - meanX) * (points[i].y() - a.y()) -
                                         (a.x() - points[i].x()) * (meanY - a.y()));
            if (area > largest) {
                largest = area;
                chosen = i;
            }
        }
        kept.append(chosen);
        previous = chosen;
    }
    kept.append(n - 1);

    // Keep the global extremes: each replaces the kept inner point nearest to it.
    qsizetype minIndex = 0;
    qsizetype maxIndex = 0;
    for (qsizetype i = 1; i < n; ++i) {
        if (points[i].y() < points[minIndex].y())
            minIndex = i;
        if (points[i].y() > points[maxIndex].y())
            maxIndex = i;
    }
    for (const qsizetype extreme : {minIndex, maxIndex}) {
        if (std::binary_search(kept.cbegin(), kept.cend(), extreme))
            continue;
        qsizetype replace = -1;
        for (qsizetype k = 1; k + 1 < kept.size(); ++k) {
            if (kept[k] == minIndex || kept[k] == maxIndex)
                continue;
            if (replace < 0 || std::abs(kept[k] - extreme) < std::abs(kept[replace] - extreme))
                replace = k;
        }
        if (replace < 0)
            continue; // threshold 3 with both extremes inside: only one of them fits
        kept[replace] = extreme;
        std::sort(kept.begin(), kept.end());
    }
    return kept;
}

QList<QPointF> Lttb::downsample(const QList<QPointF> &points, int threshold)
{
    const QList<qsizetype> kept = select(points, threshold);
    if (kept.size() == points.size())
        return points;
    QList<QPointF> result;
    result.reserve(kept.size());
    for (const qsizetype i : kept)
        result.append(points[i]);
    return result;
}

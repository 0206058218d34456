#pragma once

#include <QList>
#include <QPointF>

// Downsampling of a line for drawing: Largest-Triangle-Three-Buckets (Steinarsson 2013,
// "Downsampling Time Series for Visual Representation"). The first and last points are kept; the
// points between are split into threshold - 2 buckets and each bucket keeps the point that spans
// the largest triangle with the point kept before it and the mean of the next bucket, so peaks
// survive where plain decimation would skip them. On top of LTTB the global minimum and maximum are
// always kept (each replaces the kept point nearest to it), so a chart never hides its extremes.
// Thread: stateless, any thread.
class Lttb
{
public:
    // Points in ascending x. Returns them unchanged when threshold >= size or threshold < 3;
    // otherwise exactly `threshold` points, a subset of the input in its order.
    static QList<QPointF> downsample(const QList<QPointF> &points, int threshold);
    // The same as indices into `points` (ascending).
    static QList<qsizetype> select(const QList<QPointF> &points, int threshold);
};

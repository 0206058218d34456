#pragma once

#include <QColor>

// The colours of segments on trend charts: Okabe & Ito's colour-blind safe set, in an order
// where neighbours differ in lightness too, so two countries stay apart in print and on screen.
// Thread: any.
inline QColor trendSeriesColor(int index)
{
    static constexpr QRgb colors[] = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7,
                                      0xE69F00, 0x56B4E9, 0x000000, 0xF0E442};
    constexpr int count = int(sizeof(colors) / sizeof(colors[0]));
    return QColor(colors[((index % count) + count) % count]);
}

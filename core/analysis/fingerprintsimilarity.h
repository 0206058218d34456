#pragma once

#include <QByteArray>

// How alike two compressed chromaprint fingerprints (Analysis::fingerprint) are, 0..1: the raw
// fingerprints are decoded and slid against each other; at the best alignment (at least half of
// the shorter one overlapping) the bit error rate e over the overlap gives 1 - 2e, clamped to
// 0..1. Unrelated audio scores near 0 (e ~ 0.5), the same recording near 1. Returns 0 when either
// fingerprint is empty or cannot be decoded. Thread: stateless, any thread.
double fingerprintSimilarity(const QByteArray &a, const QByteArray &b);

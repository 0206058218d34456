#pragma once

#include <QList>
#include <QStringList>

#include <random>

// A small deterministic random source for the local author: the same seed gives the same
// sequence on every run and platform (no std::*_distribution, whose output is
// implementation-defined). Thread: value type, one per authoring job.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed);

    quint64 next();
    double unit();                  // [0, 1)
    int between(int low, int high); // inclusive
    double between(double low, double high);
    bool chance(double probability);
    qsizetype index(qsizetype size); // 0 for an empty range

    template<typename T> T pick(const QList<T> &list)
    {
        return list.isEmpty() ? T() : list.at(index(list.size()));
    }

    // `count` different entries (fewer when the list is shorter), in the order drawn.
    QStringList pickDistinct(const QStringList &list, int count);

private:
    std::mt19937_64 m_engine;
};

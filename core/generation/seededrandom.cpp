#include "seededrandom.h"

SeededRandom::SeededRandom(quint64 seed)
    : m_engine(seed)
{}

quint64 SeededRandom::next()
{
    return m_engine();
}

double SeededRandom::unit()
{
    // 53 random bits: every double in [0, 1) with the same spacing.
    return double(next() >> 11) * 0x1.0p-53;
}

int SeededRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(qint64(high) - qint64(low)) + 1;
    return int(qint64(low) + qint64(next() % span));
}

double SeededRandom::between(double low, double high)
{
    return low + (high - low) * unit();
}

bool SeededRandom::chance(double probability)
{
    return unit() < probability;
}

qsizetype SeededRandom::index(qsizetype size)
{
    if (size <= 1)
        return 0;
    return qsizetype(next() % quint64(size));
}

QStringList SeededRandom::pickDistinct(const QStringList &list, int count)
{
    QStringList pool = list;
    QStringList picked;
    while (picked.size() < count && !pool.isEmpty())
        picked.append(pool.takeAt(index(pool.size())));
    return picked;
}

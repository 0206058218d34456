#include "analysis/keyprofiles.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {

using Chroma = KeyProfiles::Chroma;

struct ProfilePair
{
    Chroma major;
    Chroma minor;
};

ProfilePair profiles(KeyProfiles::Profile profile)
{
    switch (profile) {
    case KeyProfiles::Profile::Krumhansl:
        return {{6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88},
                {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17}};
    case KeyProfiles::Profile::Temperley:
        return {
            {0.748, 0.060, 0.488, 0.082, 0.670, 0.460, 0.096, 0.715, 0.104, 0.366, 0.057, 0.400},
            {0.712, 0.084, 0.474, 0.618, 0.049, 0.460, 0.105, 0.747, 0.404, 0.067, 0.133, 0.330}};
    case KeyProfiles::Profile::Edma:
        return {{0.1652, 0.0475, 0.0829, 0.0669, 0.0999, 0.0927, 0.0529, 0.1316, 0.0522, 0.0744,
                 0.0694, 0.0643},
                {0.1724, 0.0400, 0.0761, 0.1223, 0.0549, 0.1049, 0.0400, 0.1244, 0.1079, 0.0474,
                 0.0500, 0.0500}};
    }
    return {};
}

double pearson(const Chroma &a, const Chroma &b, int rotation)
{
    double ma = 0, mb = 0;
    for (int i = 0; i < 12; ++i) {
        ma += a[size_t(i)];
        mb += b[size_t(i)];
    }
    ma /= 12;
    mb /= 12;
    double num = 0, da = 0, db = 0;
    for (int i = 0; i < 12; ++i) {
        // chroma bin i is (i - rotation) above the candidate tonic
        const double x = a[size_t(i)] - ma;
        const double y = b[size_t(((i - rotation) % 12 + 12) % 12)] - mb;
        num += x * y;
        da += x * x;
        db += y * y;
    }
    return da > 0 && db > 0 ? num / std::sqrt(da * db) : 0;
}

} // namespace

std::array<KeyProfiles::KeyScore, 24> KeyProfiles::rank(const Chroma &chroma, Profile profile)
{
    const ProfilePair p = profiles(profile);
    std::array<KeyScore, 24> scores{};
    for (int tonic = 0; tonic < 12; ++tonic) {
        scores[size_t(tonic)] = {tonic, false, pearson(chroma, p.major, tonic)};
        scores[size_t(tonic + 12)] = {tonic, true, pearson(chroma, p.minor, tonic)};
    }
    std::stable_sort(scores.begin(), scores.end(), [](const KeyScore &a, const KeyScore &b) {
        return a.correlation > b.correlation;
    });
    return scores;
}

QString KeyProfiles::keyName(int tonic, bool minor)
{
    static const QStringList names = {
        QStringLiteral("C"),  QStringLiteral("C#"), QStringLiteral("D"),  QStringLiteral("D#"),
        QStringLiteral("E"),  QStringLiteral("F"),  QStringLiteral("F#"), QStringLiteral("G"),
        QStringLiteral("G#"), QStringLiteral("A"),  QStringLiteral("A#"), QStringLiteral("B")};
    if (tonic < 0)
        return {};
    return names.at(tonic % 12) + (minor ? QStringLiteral(" minor") : QStringLiteral(" major"));
}

QString KeyProfiles::profileName(Profile profile)
{
    switch (profile) {
    case Profile::Krumhansl:
        return QStringLiteral("krumhansl");
    case Profile::Temperley:
        return QStringLiteral("temperley");
    case Profile::Edma:
        return QStringLiteral("edma");
    }
    return {};
}

#pragma once

#include <QString>

#include <array>

// Key profiles (weight of each pitch class above the tonic) and the correlation of a chroma
// vector against all 24 rotated profiles. Thread: stateless, any thread.
class KeyProfiles
{
public:
    enum class Profile
    {
        Krumhansl, // Krumhansl-Kessler probe-tone ratings (1982)
        Temperley, // Temperley's Kostka-Payne corpus profile (2007)
        Edma,      // Faraldo's profile for electronic dance music (2016), as in Essentia
    };
    using Chroma = std::array<double, 12>;

    struct KeyScore
    {
        int tonic = -1; // pitch class, 0 = C
        bool minor = false;
        double correlation = 0; // Pearson, -1..1
    };

    // Best key first: all 24 keys sorted by correlation.
    static std::array<KeyScore, 24> rank(const Chroma &chroma, Profile profile);
    static QString keyName(int tonic, bool minor); // "F# major", "A minor" (sharps)
    static QString profileName(Profile profile);
};

#include "evolution/compatibility.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

QString folded(const QString &text)
{
    return text.trimmed().toLower();
}

bool containsFolded(const QStringList &list, const QString &value)
{
    const QString wanted = folded(value);
    return std::any_of(list.cbegin(), list.cend(),
                       [&wanted](const QString &entry) { return folded(entry) == wanted; });
}

double unit(double value)
{
    return std::isfinite(value) ? std::clamp(value, 0.0, 1.0) : 0.0;
}

// A feature the segment reports with a finite mean.
bool usable(const FeatureTrend &trend)
{
    return trend.known && std::isfinite(trend.mean);
}

QString number(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

CompatibilityPartScore genrePart(const Artist &artist, const SegmentTarget &target,
                                 const CompatibilitySettings &settings)
{
    CompatibilityPartScore part{CompatibilityPart::Genre, false, 0, settings.genreWeight, {}};
    const QString genre = folded(target.segment.genre);
    if (!genre.isEmpty()) {
        part.known = true;
        part.fit =
            CompatibilityScorer::genreFit(artist.music, genre, target.relatedGenres, settings);
        part.explanation =
            QStringLiteral("segment genre %1 against %2").arg(genre, artist.music.primaryGenre);
        return part;
    }
    // A country-wide segment: how much of what the country streams is the artist's kind of music.
    double total = 0;
    double weighted = 0;
    for (auto it = target.genreShares.cbegin(); it != target.genreShares.cend(); ++it) {
        if (!(it.value() > 0))
            continue;
        total += it.value();
        weighted +=
            it.value() * CompatibilityScorer::genreFit(artist.music, it.key(), {}, settings);
    }
    if (total > 0) {
        part.known = true;
        part.fit = weighted / total;
        part.explanation = QStringLiteral("share-weighted genre fit over %1 genres")
                               .arg(target.genreShares.size());
    }
    return part;
}

CompatibilityPartScore tempoPart(const Artist &artist, const SegmentTarget &target,
                                 const CompatibilitySettings &settings)
{
    CompatibilityPartScore part{CompatibilityPart::Tempo, false, 0, settings.tempoWeight, {}};
    if (!usable(target.tempo))
        return part;
    const double low = std::min(artist.music.tempoMinBpm, artist.music.tempoMaxBpm);
    const double high = std::max(artist.music.tempoMinBpm, artist.music.tempoMaxBpm);
    const double mean = target.tempo.mean;
    const double distance = mean < low ? low - mean : (mean > high ? mean - high : 0.0);
    part.known = true;
    part.fit = unit(1.0 - distance / std::max(1.0, settings.tempoToleranceBpm));
    part.explanation = distance == 0 ? QStringLiteral("segment mean %1 BPM inside %2–%3")
                                           .arg(number(mean, 0))
                                           .arg(low)
                                           .arg(high)
                                     : QStringLiteral("segment mean %1 BPM, %2 BPM outside %3–%4")
                                           .arg(number(mean, 0), number(distance, 0))
                                           .arg(low)
                                           .arg(high);
    return part;
}

CompatibilityPartScore energyPart(const Artist &artist, const SegmentTarget &target,
                                  const CompatibilitySettings &settings)
{
    CompatibilityPartScore part{CompatibilityPart::Energy, false, 0, settings.energyWeight, {}};
    if (!usable(target.energy))
        return part;
    part.known = true;
    part.fit = unit(1.0 - std::abs(artist.music.energy - target.energy.mean));
    part.explanation = QStringLiteral("segment energy %1, artist %2")
                           .arg(number(target.energy.mean), number(artist.music.energy));
    return part;
}

CompatibilityPartScore moodPart(const Artist &artist, const SegmentTarget &target,
                                const CompatibilitySettings &settings)
{
    CompatibilityPartScore part{CompatibilityPart::Mood, false, 0, settings.moodWeight, {}};
    QList<double> fits;
    if (usable(target.valence))
        fits.append(unit(1.0 - std::abs(artist.music.valence - target.valence.mean)));
    if (const auto arousal = CompatibilityScorer::arousalOf(target))
        fits.append(unit(1.0 - std::abs(artist.music.arousal - *arousal)));
    if (fits.isEmpty())
        return part;
    part.known = true;
    double sum = 0;
    for (double fit : fits)
        sum += fit;
    part.fit = sum / fits.size();
    part.explanation =
        QStringLiteral("valence %1 vs %2, arousal %3 vs %4")
            .arg(target.valence.known ? number(target.valence.mean) : QStringLiteral("?"),
                 number(artist.music.valence),
                 CompatibilityScorer::arousalOf(target)
                     ? number(*CompatibilityScorer::arousalOf(target))
                     : QStringLiteral("?"),
                 number(artist.music.arousal));
    return part;
}

CompatibilityPartScore keyModePart(const Artist &artist, const SegmentTarget &target,
                                   const CompatibilitySettings &settings)
{
    CompatibilityPartScore part{CompatibilityPart::KeyMode, false, 0, settings.keyModeWeight, {}};
    QSet<int> preferred;
    for (const QString &key : artist.music.preferredKeys) {
        if (const auto index = CompatibilityScorer::keyIndex(key))
            preferred.insert(*index);
    }
    if (preferred.isEmpty())
        return part;

    QList<double> fits;
    // Key: the segment's share in the artist's keys, relative to the best the same number of
    // keys could cover (the segment's top keys), so 3 keys are not punished against 24.
    double shares[24] = {};
    for (auto it = target.keyShares.cbegin(); it != target.keyShares.cend(); ++it) {
        if (const auto index = CompatibilityScorer::keyIndex(it.key()); index && it.value() > 0)
            shares[*index] += it.value();
    }
    QList<double> sorted(std::begin(shares), std::end(shares));
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    double best = 0;
    for (qsizetype i = 0; i < preferred.size() && i < sorted.size(); ++i)
        best += sorted.at(i);
    double covered = 0;
    for (int index : preferred)
        covered += shares[index];
    if (best > 0)
        fits.append(unit(covered / best));
    // Mode: the artist's share of major keys against the segment's.
    if (usable(target.modeShare)) {
        const auto majors = std::count_if(preferred.cbegin(), preferred.cend(),
                                          [](int index) { return index % 2 == 0; });
        fits.append(
            unit(1.0 - std::abs(double(majors) / preferred.size() - target.modeShare.mean)));
    }
    if (fits.isEmpty())
        return part;
    double sum = 0;
    for (double fit : fits)
        sum += fit;
    part.known = true;
    part.fit = sum / fits.size();
    part.explanation =
        QStringLiteral("%1% of the segment in the artist's keys").arg(number(covered * 100, 0));
    return part;
}

} // namespace

QString toString(CompatibilityPart part)
{
    switch (part) {
    case CompatibilityPart::Genre:
        return QStringLiteral("genre");
    case CompatibilityPart::Tempo:
        return QStringLiteral("tempo");
    case CompatibilityPart::Energy:
        return QStringLiteral("energy");
    case CompatibilityPart::Mood:
        return QStringLiteral("mood");
    case CompatibilityPart::KeyMode:
        return QStringLiteral("keyMode");
    }
    return {};
}

const CompatibilityPartScore &Compatibility::part(CompatibilityPart which) const
{
    return parts.at(int(which));
}

namespace CompatibilityScorer {

std::optional<double> arousalOf(const SegmentTarget &target)
{
    if (usable(target.energy) && usable(target.danceability))
        return (target.energy.mean + target.danceability.mean) / 2;
    if (usable(target.energy))
        return target.energy.mean;
    return std::nullopt;
}

double genreFit(const ArtistMusic &music, const QString &genre, const QStringList &related,
                const CompatibilitySettings &settings)
{
    if (folded(music.primaryGenre) == folded(genre))
        return settings.primaryGenreFit;
    if (containsFolded(music.subgenres, genre))
        return settings.subgenreFit;
    if (containsFolded(related, music.primaryGenre))
        return settings.relatedGenreFit;
    for (const QString &subgenre : music.subgenres) {
        if (containsFolded(related, subgenre))
            return settings.relatedGenreFit;
    }
    return settings.otherGenreFit;
}

bool isTargeted(const Artist &artist, const TrendSegment &segment)
{
    if (segment.country.isEmpty() || artist.audience.targetCountries.isEmpty())
        return true;
    return artist.audience.targetCountries.contains(segment.country.toUpper());
}

Compatibility score(const Artist &artist, const SegmentTarget &target,
                    const CompatibilitySettings &settings)
{
    Compatibility result;
    result.segment = target.segment;
    result.parts = {genrePart(artist, target, settings), tempoPart(artist, target, settings),
                    energyPart(artist, target, settings), moodPart(artist, target, settings),
                    keyModePart(artist, target, settings)};
    double weights = 0;
    double sum = 0;
    for (const CompatibilityPartScore &part : std::as_const(result.parts)) {
        if (part.known && part.weight > 0) {
            weights += part.weight;
            sum += part.weight * part.fit;
        }
    }
    result.fit = weights > 0 ? sum / weights : 0.0;
    result.marketFactor = 0.5 + 0.5 * unit(target.marketWeight);
    result.targetFactor =
        isTargeted(artist, target.segment) ? 1.0 : unit(settings.untargetedFactor);
    result.score = unit(result.fit * result.marketFactor * result.targetFactor);
    return result;
}

double relevance(const Artist &artist, const SegmentTarget &target,
                 const CompatibilitySettings &settings)
{
    const CompatibilityPartScore genre = genrePart(artist, target, settings);
    const double genreWeight = genre.known ? genre.fit : settings.otherGenreFit;
    const double targeted =
        isTargeted(artist, target.segment) ? 1.0 : unit(settings.untargetedFactor);
    return unit(target.marketWeight) * genreWeight * targeted;
}

double overall(const Artist &artist, const QList<SegmentTarget> &targets,
               const CompatibilitySettings &settings)
{
    double weights = 0;
    double sum = 0;
    for (const SegmentTarget &target : targets) {
        const double weight = relevance(artist, target, settings);
        weights += weight;
        sum += weight * score(artist, target, settings).score;
    }
    return weights > 0 ? sum / weights : 0.0;
}

std::optional<int> keyIndex(const QString &key)
{
    const QStringList words = key.simplified().split(u' ');
    if (words.size() != 2 || words.at(0).isEmpty())
        return std::nullopt;
    const QString mode = words.at(1).toLower();
    if (mode != QLatin1String("major") && mode != QLatin1String("minor"))
        return std::nullopt;
    static constexpr int kNatural[7] = {9, 11, 0, 2, 4, 5, 7}; // A B C D E F G
    const QString tonic = words.at(0);
    const QChar letter = tonic.at(0).toUpper();
    if (letter < u'A' || letter > u'G')
        return std::nullopt;
    int pitch = kNatural[letter.unicode() - u'A'];
    for (qsizetype i = 1; i < tonic.size(); ++i) {
        const QChar accidental = tonic.at(i);
        if (accidental == u'#' || accidental == u'♯')
            ++pitch;
        else if (accidental == u'b' || accidental == u'♭')
            --pitch;
        else
            return std::nullopt;
    }
    pitch = ((pitch % 12) + 12) % 12;
    return pitch * 2 + (mode == QLatin1String("minor") ? 1 : 0);
}

} // namespace CompatibilityScorer

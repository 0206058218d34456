#include "evolution/adaptationplanner.h"

#include "evolution/planapplier.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace {

constexpr int kMinTempo = 40; // ArtistValidator's range
constexpr int kMaxTempo = 250;

// "6", "6.5", "0.05": at most `decimals`, no trailing zeros.
QString fmt(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString signedFmt(double value, int decimals)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + fmt(value, decimals);
}

QString folded(const QString &text)
{
    return text.trimmed().toLower();
}

double round3(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

// The market-weighted level of one feature over the plan's segments, and the most relevant
// segment that has it (named in reasons).
struct FeatureTarget
{
    bool known = false;
    double target = 0;
    int segments = 0;
    const SegmentTarget *lead = nullptr;
    double leadValue = 0;
    double leadChange = 0;
};

FeatureTarget aggregate(
    const QList<WeightedSegment> &segments,
    const std::function<std::optional<std::pair<double, double>>(const SegmentTarget &)> &valueOf)
{
    FeatureTarget result;
    double weights = 0;
    double sum = 0;
    double leadWeight = -1;
    for (const WeightedSegment &segment : segments) {
        const auto value = valueOf(segment.target);
        if (!value || !(segment.weight > 0))
            continue;
        weights += segment.weight;
        sum += segment.weight * value->first;
        ++result.segments;
        if (segment.weight > leadWeight) {
            leadWeight = segment.weight;
            result.lead = &segment.target;
            result.leadValue = value->first;
            result.leadChange = value->second;
        }
    }
    if (weights > 0) {
        result.known = true;
        result.target = sum / weights;
    }
    return result;
}

std::optional<std::pair<double, double>> featureOf(const FeatureTrend &trend)
{
    if (!trend.known || !std::isfinite(trend.mean))
        return std::nullopt;
    return std::make_pair(trend.mean, std::isfinite(trend.change90d) ? trend.change90d : 0.0);
}

// "DE · synthwave tempo rose 6 BPM in 90 days to 118 BPM (market-weighted target 117 BPM over
// 2 segments)"
QString marketSentence(const FeatureTarget &feature, const QString &name, const QString &unit,
                       int decimals)
{
    const QString suffix = unit.isEmpty() ? QString() : u' ' + unit;
    QString text = QStringLiteral("%1 %2 ").arg(feature.lead->segment.label(), name);
    if (std::abs(feature.leadChange) < std::pow(10.0, -decimals) / 2)
        text += QStringLiteral("held at %1%2 over 90 days")
                    .arg(fmt(feature.leadValue, decimals), suffix);
    else
        text += QStringLiteral("%1 %2%3 in 90 days to %4%3")
                    .arg(feature.leadChange > 0 ? QStringLiteral("rose") : QStringLiteral("fell"),
                         fmt(std::abs(feature.leadChange), decimals), suffix,
                         fmt(feature.leadValue, decimals));
    if (feature.segments > 1)
        text += QStringLiteral(" (market-weighted target %1%2 over %3 segments)")
                    .arg(fmt(feature.target, decimals), suffix)
                    .arg(feature.segments);
    return text;
}

// Share and 90-day rise of one instrument or vocal element over the segments that report any.
struct ElementTarget
{
    QString name;
    double share = 0;
    double rise = 0;
    const SegmentTarget *lead = nullptr;
    ElementTrend leadTrend;
};

QList<ElementTarget> aggregateElements(const QList<WeightedSegment> &segments,
                                       QList<ElementTrend> SegmentTarget::*list)
{
    QMap<QString, ElementTarget> byName; // folded name, sorted for a stable order
    QHash<QString, double> leadWeight;
    double weights = 0;
    for (const WeightedSegment &segment : segments) {
        const QList<ElementTrend> &elements = segment.target.*list;
        if (elements.isEmpty() || !(segment.weight > 0))
            continue;
        weights += segment.weight;
        for (const ElementTrend &element : elements) {
            const QString key = folded(element.name);
            if (key.isEmpty())
                continue;
            ElementTarget &target = byName[key];
            if (target.name.isEmpty())
                target.name = element.name.trimmed();
            target.share += segment.weight * element.share;
            target.rise += segment.weight * element.change90d;
            if (segment.weight > leadWeight.value(key, -1)) {
                leadWeight.insert(key, segment.weight);
                target.lead = &segment.target;
                target.leadTrend = element;
            }
        }
    }
    QList<ElementTarget> result;
    for (ElementTarget target : std::as_const(byName)) {
        target.share /= weights;
        target.rise /= weights;
        result.append(target);
    }
    // Fastest risers first; ties by name (the map's order) keep plans deterministic.
    std::stable_sort(
        result.begin(), result.end(),
        [](const ElementTarget &a, const ElementTarget &b) { return a.rise > b.rise; });
    return result;
}

QString elementSentence(const ElementTarget &element)
{
    return QStringLiteral("%1 %2 is in %3% of tracks, %4 %5 points in 90 days")
        .arg(element.lead->segment.label(), element.name, fmt(element.leadTrend.share * 100, 0),
             element.leadTrend.change90d >= 0 ? QStringLiteral("up") : QStringLiteral("down"),
             fmt(std::abs(element.leadTrend.change90d) * 100, 1));
}

// Builds the directives of one plan; `m_adapted` follows them so later steps see earlier ones.
class PlanBuilder
{
public:
    PlanBuilder(const Artist &artist, const QList<WeightedSegment> &segments,
                const PlannerSettings &settings)
        : m_artist(artist)
        , m_segments(segments)
        , m_settings(settings)
        , m_limits(settings.limits)
        , m_fraction(AdaptationPlanner::stepFraction(artist.behaviour))
    {}

    QList<PlanDirective> build()
    {
        addGenre();
        addTempo();
        addUnit(QStringLiteral("music.energy"), QStringLiteral("energy"), &ArtistMusic::energy,
                m_limits.maxEnergyStep, [](const SegmentTarget &s) { return featureOf(s.energy); });
        addUnit(QStringLiteral("music.valence"), QStringLiteral("valence"), &ArtistMusic::valence,
                m_limits.maxMoodStep, [](const SegmentTarget &s) { return featureOf(s.valence); });
        addUnit(QStringLiteral("music.arousal"),
                QStringLiteral("arousal (energy and danceability)"), &ArtistMusic::arousal,
                m_limits.maxMoodStep,
                [](const SegmentTarget &s) -> std::optional<std::pair<double, double>> {
                    const auto arousal = CompatibilityScorer::arousalOf(s);
                    if (!arousal)
                        return std::nullopt;
                    const double change = s.danceability.known
                                              ? (s.energy.change90d + s.danceability.change90d) / 2
                                              : s.energy.change90d;
                    return std::make_pair(*arousal, change);
                });
        addKey();
        addInstruments();
        addVocals();
        return m_directives;
    }

private:
    bool locked(const QString &field) const
    {
        return m_artist.behaviour.lockedFields.contains(field);
    }

    void add(PlanDirective directive) { m_directives.append(std::move(directive)); }

    void addGenre()
    {
        const QString field = QStringLiteral("music.subgenres");
        const ArtistMusic &music = m_artist.music;
        if (locked(field) || m_limits.maxNewSubgenres < 1 ||
            music.subgenres.size() >= m_limits.maxSubgenres)
            return;
        const bool experimental = m_artist.behaviour.trendAlignment == TrendAlignment::Experimental;
        const SegmentTarget *best = nullptr;
        double bestScore = 0;
        for (const WeightedSegment &segment : m_segments) {
            const SegmentTarget &target = segment.target;
            const QString genre = folded(target.segment.genre);
            if (genre.isEmpty() || target.genreShareChange90d < m_settings.minGenreShareRise)
                continue;
            const double fit = CompatibilityScorer::genreFit(music, genre, target.relatedGenres,
                                                             m_settings.compatibility);
            // Own genres are not new; unrelated ones only for experimental artists.
            if (fit >= m_settings.compatibility.subgenreFit ||
                (fit < m_settings.compatibility.relatedGenreFit && !experimental))
                continue;
            const double score = segment.weight * target.genreShareChange90d;
            if (score > bestScore) {
                bestScore = score;
                best = &target;
            }
        }
        if (!best)
            return;
        const QString genre = folded(best->segment.genre);
        add({field, genre, QJsonValue::Null, genre,
             QStringLiteral("%1 share rose %2 points in 90 days to %3%; %4 joins as a subgenre "
                            "(a new genre never replaces the primary one)")
                 .arg(best->segment.label(), fmt(best->genreShareChange90d * 100, 1),
                      fmt(best->genreShare * 100, 1), genre),
             0});
    }

    void addTempo()
    {
        const FeatureTarget tempo =
            aggregate(m_segments, [](const SegmentTarget &s) { return featureOf(s.tempo); });
        const QString minField = QStringLiteral("music.tempoMinBpm");
        const QString maxField = QStringLiteral("music.tempoMaxBpm");
        if (!tempo.known || (locked(minField) && locked(maxField)))
            return;
        const int low = m_artist.music.tempoMinBpm;
        const int high = m_artist.music.tempoMaxBpm;
        const double gap = tempo.target - (low + high) / 2.0;
        const double limit = m_limits.maxTempoStepBpm;
        const int step = int(std::lround(std::clamp(gap * m_fraction, -limit, limit)));
        if (std::abs(step) < m_settings.minTempoStepBpm || step == 0)
            return;
        int newLow = locked(minField) ? low : std::clamp(low + step, kMinTempo, kMaxTempo);
        int newHigh = locked(maxField) ? high : std::clamp(high + step, kMinTempo, kMaxTempo);
        // A bound that cannot move must not be crossed by the other.
        newLow = std::min(newLow, newHigh);
        newHigh = std::max(newHigh, newLow);
        const QString reason =
            QStringLiteral("%1; %2 BPM this step, range %3–%4 → %5–%6")
                .arg(marketSentence(tempo, QStringLiteral("tempo"), QStringLiteral("BPM"), 1),
                     signedFmt(step, 0))
                .arg(low)
                .arg(high)
                .arg(newLow)
                .arg(newHigh);
        if (newLow != low)
            add({minField, {}, low, newLow, reason, 0});
        if (newHigh != high)
            add({maxField, {}, high, newHigh, reason, 0});
    }

    void
    addUnit(const QString &field, const QString &name, double ArtistMusic::*member, double limit,
            const std::function<std::optional<std::pair<double, double>>(const SegmentTarget &)>
                &valueOf)
    {
        if (locked(field))
            return;
        const FeatureTarget feature = aggregate(m_segments, valueOf);
        if (!feature.known)
            return;
        const double old = m_artist.music.*member;
        const double step = std::clamp((feature.target - old) * m_fraction, -limit, limit);
        double now = std::clamp(round3(old + step), 0.0, 1.0);
        if (std::abs(now - old) > limit) // rounding must not cross the limit
            now = old + (now > old ? limit : -limit);
        if (std::abs(now - old) < m_settings.minUnitStep)
            return;
        add({field,
             {},
             old,
             now,
             QStringLiteral("%1; %2 this step")
                 .arg(marketSentence(feature, name, {}, 2), signedFmt(now - old, 2)),
             0});
    }

    void addKey()
    {
        const QString field = QStringLiteral("music.preferredKeys");
        const QStringList &keys = m_artist.music.preferredKeys;
        if (locked(field) || m_limits.maxNewKeys < 1 || keys.size() >= m_limits.maxPreferredKeys)
            return;
        double shares[24] = {};
        QString names[24];
        double weights = 0;
        const SegmentTarget *lead = nullptr;
        for (const WeightedSegment &segment : m_segments) {
            if (segment.target.keyShares.isEmpty() || !(segment.weight > 0))
                continue;
            if (!lead)
                lead = &segment.target;
            weights += segment.weight;
            const auto &keyShares = segment.target.keyShares;
            for (auto it = keyShares.cbegin(); it != keyShares.cend(); ++it) {
                if (const auto index = CompatibilityScorer::keyIndex(it.key())) {
                    shares[*index] += segment.weight * it.value();
                    if (names[*index].isEmpty() || it.key() < names[*index])
                        names[*index] = it.key().simplified();
                }
            }
        }
        if (!(weights > 0))
            return;
        bool preferred[24] = {};
        double leastShare = 1;
        QString leastKey;
        for (const QString &key : keys) {
            if (const auto index = CompatibilityScorer::keyIndex(key)) {
                preferred[*index] = true;
                if (shares[*index] / weights < leastShare) {
                    leastShare = shares[*index] / weights;
                    leastKey = key;
                }
            }
        }
        int best = -1;
        for (int index = 0; index < 24; ++index) {
            if (!preferred[index] && (best < 0 || shares[index] > shares[best]))
                best = index;
        }
        if (best < 0 || names[best].isEmpty())
            return;
        const double bestShare = shares[best] / weights;
        if (!leastKey.isEmpty() && bestShare < leastShare + m_settings.minKeyShareAdvantage)
            return;
        const QString compared = leastKey.isEmpty()
                                     ? QString()
                                     : QStringLiteral(", the artist's least common key %1 %2%")
                                           .arg(leastKey, fmt(leastShare * 100, 0));
        add({field, names[best], QJsonValue::Null, names[best],
             QStringLiteral("%1 is %2% of chart entries in %3%4; added to the preferred keys")
                 .arg(names[best], fmt(bestShare * 100, 0),
                      m_segments.size() > 1 ? QStringLiteral("the target segments")
                                            : lead->segment.label(),
                      compared),
             0});
    }

    void addInstruments()
    {
        const QString field = QStringLiteral("music.instrumentation");
        if (locked(field))
            return;
        int added = 0;
        const QList<Instrument> &current = m_artist.music.instrumentation;
        for (const ElementTarget &element :
             aggregateElements(m_segments, &SegmentTarget::instruments)) {
            const auto existing = std::find_if(
                current.cbegin(), current.cend(), [&element](const Instrument &instrument) {
                    return folded(instrument.name) == folded(element.name);
                });
            if (existing != current.cend()) {
                if (std::abs(element.rise) < m_settings.minElementRise)
                    continue;
                const double step =
                    (element.rise > 0 ? 1 : -1) * m_fraction * m_limits.maxLevelStep;
                const double level = std::clamp(round3(existing->level + step), 0.05, 1.0);
                if (std::abs(level - existing->level) < m_settings.minUnitStep ||
                    std::abs(level - existing->level) > m_limits.maxLevelStep)
                    continue;
                add({field, existing->name, existing->level, level,
                     QStringLiteral("%1; level %2 → %3")
                         .arg(elementSentence(element), fmt(existing->level, 2), fmt(level, 2)),
                     0});
            } else if (added < m_limits.maxNewInstruments &&
                       element.rise >= m_settings.minElementRise &&
                       element.share >= m_settings.minNewElementShare) {
                const double level =
                    std::min(m_limits.newInstrumentMaxLevel, round3(element.share));
                ++added;
                add({field, element.name, QJsonValue::Null, level,
                     QStringLiteral("%1; enters at level %2 (new instruments at most %3)")
                         .arg(elementSentence(element), fmt(level, 2),
                              fmt(m_limits.newInstrumentMaxLevel, 2)),
                     0});
            }
        }
    }

    void addVocals()
    {
        const QString field = QStringLiteral("music.vocalStyle");
        if (locked(field) || m_artist.music.instrumental)
            return;
        QStringList present;
        for (const QString &element : EvolutionLimitCheck::vocalElements(m_artist.music.vocalStyle))
            present.append(folded(element));
        int added = 0;
        for (const ElementTarget &element :
             aggregateElements(m_segments, &SegmentTarget::vocalElements)) {
            if (added >= m_limits.maxNewVocalElements)
                break;
            if (present.contains(folded(element.name)) ||
                element.rise < m_settings.minElementRise ||
                element.share < m_settings.minNewElementShare || element.name.contains(u','))
                continue;
            ++added;
            add({field, element.name, QJsonValue::Null, element.name,
                 QStringLiteral("%1; added to the vocal style (at most %2 new vocal elements per "
                                "step)")
                     .arg(elementSentence(element))
                     .arg(m_limits.maxNewVocalElements),
                 0});
        }
    }

    const Artist &m_artist;
    const QList<WeightedSegment> &m_segments;
    const PlannerSettings &m_settings;
    const EvolutionLimits &m_limits;
    const double m_fraction;
    QList<PlanDirective> m_directives;
};

} // namespace

AdaptationPlanner::AdaptationPlanner(PlannerSettings settings)
    : m_settings(std::move(settings))
{}

double AdaptationPlanner::stepFraction(const ArtistBehaviour &behaviour)
{
    double speed = 0.5;
    switch (behaviour.evolutionSpeed) {
    case EvolutionSpeed::Slow:
        speed = 0.25;
        break;
    case EvolutionSpeed::Medium:
        speed = 0.5;
        break;
    case EvolutionSpeed::Fast:
        speed = 1.0;
        break;
    }
    double alignment = 0.6;
    switch (behaviour.trendAlignment) {
    case TrendAlignment::Strict:
        alignment = 1.0;
        break;
    case TrendAlignment::Soft:
        alignment = 0.6;
        break;
    case TrendAlignment::Experimental:
        alignment = 0.8;
        break;
    }
    return speed * alignment;
}

QList<WeightedSegment> AdaptationPlanner::targetSegments(const Artist &artist,
                                                         const QList<SegmentTarget> &targets) const
{
    QList<WeightedSegment> segments;
    double strongest = 0;
    for (const SegmentTarget &target : targets) {
        if (!CompatibilityScorer::isTargeted(artist, target.segment))
            continue;
        const double weight =
            CompatibilityScorer::relevance(artist, target, m_settings.compatibility);
        if (!(weight > 0))
            continue;
        segments.append({target, weight});
        strongest = std::max(strongest, weight);
    }
    const double cutoff = strongest * m_settings.relativeSegmentCutoff;
    segments.removeIf([cutoff](const WeightedSegment &segment) { return segment.weight < cutoff; });
    std::stable_sort(
        segments.begin(), segments.end(),
        [](const WeightedSegment &a, const WeightedSegment &b) { return a.weight > b.weight; });
    return segments;
}

EvolutionPlan AdaptationPlanner::plan(const Artist &artist, const QList<SegmentTarget> &targets,
                                      const QDateTime &now) const
{
    EvolutionPlan plan;
    plan.artistId = artist.id;
    plan.artistVersion = artist.version;
    plan.createdAt = now;

    const QList<WeightedSegment> segments = targetSegments(artist, targets);
    QList<SegmentTarget> used;
    for (const WeightedSegment &segment : segments)
        used.append(segment.target);
    const auto overall = [&](const Artist &candidate) {
        return CompatibilityScorer::overall(candidate, used, m_settings.compatibility);
    };
    plan.compatibilityBefore = overall(artist);
    plan.compatibilityAfter = plan.compatibilityBefore;

    QList<PlanDirective> directives = PlanBuilder(artist, segments, m_settings).build();
    // Each directive's gain is measured after the ones above it, so the gains add up.
    Artist adapted = artist;
    double previous = plan.compatibilityBefore;
    for (PlanDirective &directive : directives) {
        auto step = PlanApplier::apply(adapted, {directive}, m_settings.limits);
        if (!step)
            continue; // cannot happen for a directive built above; never propose it then
        adapted = std::move(step).value();
        const double score = overall(adapted);
        directive.expectedGain = score - previous;
        previous = score;
        plan.directives.append(directive);
    }
    plan.compatibilityAfter = previous;
    return plan;
}

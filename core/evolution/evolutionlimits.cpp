#include "evolution/evolutionlimits.h"

#include "domain/artistdiff.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// Rounding slack: values pass through JSON and the database.
constexpr double kEpsilon = 1e-9;

QSet<QString> foldedSet(const QStringList &list)
{
    QSet<QString> set;
    for (const QString &entry : list)
        set.insert(entry.trimmed().toLower());
    return set;
}

void checkStep(const char *what, double before, double after, double limit, QStringList *out)
{
    if (std::abs(after - before) > limit + kEpsilon)
        out->append(QStringLiteral("%1 moved %2, more than %3")
                        .arg(QLatin1String(what))
                        .arg(after - before)
                        .arg(limit));
}

} // namespace

EvolutionLimits EvolutionLimits::forPerformance(std::optional<double> score) const
{
    if (!score)
        return *this;
    const double factor = 1.0 - 0.5 * std::clamp(*score, 0.0, 1.0);
    EvolutionLimits damped = *this;
    damped.maxTempoStepBpm = std::max(1, int(std::lround(maxTempoStepBpm * factor)));
    damped.maxEnergyStep = maxEnergyStep * factor;
    damped.maxMoodStep = maxMoodStep * factor;
    damped.maxLevelStep = maxLevelStep * factor;
    damped.newInstrumentMaxLevel = newInstrumentMaxLevel * factor;
    return damped;
}

namespace EvolutionLimitCheck {

QStringList evolvableFields()
{
    return {QStringLiteral("music.subgenres"),   QStringLiteral("music.tempoMinBpm"),
            QStringLiteral("music.tempoMaxBpm"), QStringLiteral("music.preferredKeys"),
            QStringLiteral("music.energy"),      QStringLiteral("music.valence"),
            QStringLiteral("music.arousal"),     QStringLiteral("music.instrumentation"),
            QStringLiteral("music.vocalStyle")};
}

QStringList vocalElements(const QString &vocalStyle)
{
    QStringList elements;
    for (const QString &part : vocalStyle.split(u',')) {
        if (!part.trimmed().isEmpty())
            elements.append(part.trimmed());
    }
    return elements;
}

QStringList violations(const Artist &before, const Artist &after, const EvolutionLimits &limits)
{
    QStringList out;
    const QStringList evolvable = evolvableFields();
    for (const FieldChange &change : ArtistDiff::diff(before, after)) {
        if (before.behaviour.lockedFields.contains(change.field))
            out.append(QStringLiteral("%1 is locked").arg(change.field));
        else if (!evolvable.contains(change.field))
            out.append(QStringLiteral("%1 is not changed by evolution").arg(change.field));
    }

    const ArtistMusic &a = before.music;
    const ArtistMusic &b = after.music;
    checkStep("tempo minimum", a.tempoMinBpm, b.tempoMinBpm, limits.maxTempoStepBpm, &out);
    checkStep("tempo maximum", a.tempoMaxBpm, b.tempoMaxBpm, limits.maxTempoStepBpm, &out);
    checkStep("energy", a.energy, b.energy, limits.maxEnergyStep, &out);
    checkStep("valence", a.valence, b.valence, limits.maxMoodStep, &out);
    checkStep("arousal", a.arousal, b.arousal, limits.maxMoodStep, &out);

    const QSet<QString> oldGenres = foldedSet(a.subgenres);
    const QSet<QString> newGenres = foldedSet(b.subgenres);
    if (!newGenres.contains(oldGenres))
        out.append(QStringLiteral("a subgenre was removed"));
    if ((newGenres - oldGenres).size() > limits.maxNewSubgenres)
        out.append(QStringLiteral("%1 new subgenres, more than %2")
                       .arg((newGenres - oldGenres).size())
                       .arg(limits.maxNewSubgenres));
    if (b.subgenres.size() > std::max<qsizetype>(a.subgenres.size(), limits.maxSubgenres))
        out.append(QStringLiteral("more than %1 subgenres").arg(limits.maxSubgenres));

    const QSet<QString> oldKeys = foldedSet(a.preferredKeys);
    const QSet<QString> newKeys = foldedSet(b.preferredKeys);
    if (!newKeys.contains(oldKeys))
        out.append(QStringLiteral("a preferred key was removed"));
    if ((newKeys - oldKeys).size() > limits.maxNewKeys)
        out.append(QStringLiteral("more than %1 new keys").arg(limits.maxNewKeys));

    int added = 0;
    for (const Instrument &instrument : b.instrumentation) {
        const auto old = std::find_if(a.instrumentation.cbegin(), a.instrumentation.cend(),
                                      [&instrument](const Instrument &candidate) {
                                          return candidate.name == instrument.name;
                                      });
        if (old == a.instrumentation.cend()) {
            ++added;
            if (instrument.level > limits.newInstrumentMaxLevel + kEpsilon)
                out.append(QStringLiteral("new instrument %1 enters at %2, above %3")
                               .arg(instrument.name)
                               .arg(instrument.level)
                               .arg(limits.newInstrumentMaxLevel));
        } else {
            checkStep("an instrument level", old->level, instrument.level, limits.maxLevelStep,
                      &out);
        }
    }
    if (added > limits.maxNewInstruments)
        out.append(QStringLiteral("%1 new instruments, more than %2")
                       .arg(added)
                       .arg(limits.maxNewInstruments));
    for (const Instrument &instrument : a.instrumentation) {
        if (std::none_of(b.instrumentation.cbegin(), b.instrumentation.cend(),
                         [&instrument](const Instrument &candidate) {
                             return candidate.name == instrument.name;
                         }))
            out.append(QStringLiteral("instrument %1 was removed").arg(instrument.name));
    }

    const QSet<QString> oldVocals = foldedSet(vocalElements(a.vocalStyle));
    const QSet<QString> newVocals = foldedSet(vocalElements(b.vocalStyle));
    if (!newVocals.contains(oldVocals))
        out.append(QStringLiteral("a vocal element was removed"));
    if ((newVocals - oldVocals).size() > limits.maxNewVocalElements)
        out.append(QStringLiteral("%1 new vocal elements, more than %2")
                       .arg((newVocals - oldVocals).size())
                       .arg(limits.maxNewVocalElements));
    return out;
}

} // namespace EvolutionLimitCheck

#include "evolution/planapplier.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kEpsilon = 1e-9;

Error stale(const PlanDirective &directive)
{
    const QString what = directive.item.isEmpty()
                             ? directive.field
                             : QStringLiteral("%1 (%2)").arg(directive.field, directive.item);
    return Error(ErrorCode::Conflict,
                 QCoreApplication::translate("PlanApplier",
                                             "%1 changed since the plan was made; make a new "
                                             "plan.")
                     .arg(what));
}

bool containsFolded(const QStringList &list, const QString &value)
{
    const QString wanted = value.trimmed().toLower();
    return std::any_of(list.cbegin(), list.cend(), [&wanted](const QString &entry) {
        return entry.trimmed().toLower() == wanted;
    });
}

Result<void> applyNumber(double *value, const PlanDirective &directive)
{
    if (!directive.before.isDouble() || std::abs(directive.before.toDouble() - *value) > kEpsilon)
        return stale(directive);
    if (!directive.after.isDouble())
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("PlanApplier", "%1 needs a number.").arg(directive.field));
    *value = directive.after.toDouble();
    return {};
}

Result<void> applyInteger(int *value, const PlanDirective &directive)
{
    double number = *value;
    if (auto applied = applyNumber(&number, directive); !applied)
        return applied;
    *value = int(std::lround(number));
    return {};
}

// Appends a new entry to a list field; the entry must not be there yet.
Result<void> appendEntry(QStringList *list, const PlanDirective &directive)
{
    if (!directive.before.isNull() || containsFolded(*list, directive.item))
        return stale(directive);
    list->append(directive.item);
    return {};
}

Result<void> applyInstrument(QList<Instrument> *instruments, const PlanDirective &directive)
{
    auto found = std::find_if(
        instruments->begin(), instruments->end(),
        [&directive](const Instrument &instrument) { return instrument.name == directive.item; });
    if (directive.before.isNull()) {
        if (found != instruments->end() || !directive.after.isDouble())
            return stale(directive);
        instruments->append({directive.item, directive.after.toDouble()});
        return {};
    }
    if (found == instruments->end())
        return stale(directive);
    return applyNumber(&found->level, directive);
}

Result<void> applyVocal(ArtistMusic *music, const PlanDirective &directive)
{
    QStringList elements = EvolutionLimitCheck::vocalElements(music->vocalStyle);
    if (auto appended = appendEntry(&elements, directive); !appended)
        return appended;
    music->vocalStyle = elements.join(QStringLiteral(", "));
    return {};
}

Result<void> applyOne(Artist *artist, const PlanDirective &directive)
{
    ArtistMusic &music = artist->music;
    const QString &field = directive.field;
    if (field == u"music.tempoMinBpm")
        return applyInteger(&music.tempoMinBpm, directive);
    if (field == u"music.tempoMaxBpm")
        return applyInteger(&music.tempoMaxBpm, directive);
    if (field == u"music.energy")
        return applyNumber(&music.energy, directive);
    if (field == u"music.valence")
        return applyNumber(&music.valence, directive);
    if (field == u"music.arousal")
        return applyNumber(&music.arousal, directive);
    if (field == u"music.subgenres")
        return appendEntry(&music.subgenres, directive);
    if (field == u"music.preferredKeys")
        return appendEntry(&music.preferredKeys, directive);
    if (field == u"music.instrumentation")
        return applyInstrument(&music.instrumentation, directive);
    if (field == u"music.vocalStyle")
        return applyVocal(&music, directive);
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("PlanApplier",
                                             "The plan changes %1, which evolution never changes.")
                     .arg(field));
}

} // namespace

namespace PlanApplier {

Result<Artist> apply(const Artist &artist, const QList<PlanDirective> &directives,
                     const EvolutionLimits &limits)
{
    Artist adapted = artist;
    for (const PlanDirective &directive : directives) {
        if (artist.behaviour.lockedFields.contains(directive.field)) {
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("PlanApplier",
                                                     "%1 is locked; the plan cannot change it.")
                             .arg(directive.field));
        }
        if (auto applied = applyOne(&adapted, directive); !applied)
            return applied.error();
    }
    const QStringList broken = EvolutionLimitCheck::violations(artist, adapted, limits);
    if (!broken.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("PlanApplier",
                                                 "The plan goes beyond the evolution limits: %1.")
                         .arg(broken.join(QStringLiteral("; "))));
    }
    return adapted;
}

} // namespace PlanApplier

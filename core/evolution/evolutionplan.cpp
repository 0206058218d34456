#include "evolution/evolutionplan.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<PlanStatus, const char *>, 3> kStatusNames{{
    {PlanStatus::Proposed, "proposed"},
    {PlanStatus::Applied, "applied"},
    {PlanStatus::Rejected, "rejected"},
}};

} // namespace

QString toString(PlanStatus status)
{
    for (const auto &[candidate, name] : kStatusNames) {
        if (candidate == status)
            return QString::fromLatin1(name);
    }
    return {};
}

bool fromString(const QString &text, PlanStatus *status)
{
    for (const auto &[candidate, name] : kStatusNames) {
        if (text == QLatin1String(name)) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

namespace EvolutionPlanJson {

QJsonArray directivesToJson(const QList<PlanDirective> &directives)
{
    QJsonArray array;
    for (const PlanDirective &directive : directives) {
        QJsonObject object{{QStringLiteral("field"), directive.field},
                           {QStringLiteral("before"), directive.before},
                           {QStringLiteral("after"), directive.after},
                           {QStringLiteral("reason"), directive.reason},
                           {QStringLiteral("expectedGain"), directive.expectedGain}};
        if (!directive.item.isEmpty())
            object.insert(QStringLiteral("item"), directive.item);
        array.append(object);
    }
    return array;
}

Result<QList<PlanDirective>> directivesFromJson(const QJsonArray &array)
{
    QList<PlanDirective> directives;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        PlanDirective directive;
        directive.field = object.value(QStringLiteral("field")).toString();
        directive.item = object.value(QStringLiteral("item")).toString();
        directive.before = object.value(QStringLiteral("before"));
        directive.after = object.value(QStringLiteral("after"));
        directive.reason = object.value(QStringLiteral("reason")).toString();
        directive.expectedGain = object.value(QStringLiteral("expectedGain")).toDouble();
        if (directive.field.isEmpty() || directive.after.isUndefined()) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("EvolutionPlan",
                                                     "Directive %1 of the plan has no field or "
                                                     "no new value.")
                             .arg(i + 1));
        }
        if (directive.before.isUndefined())
            directive.before = QJsonValue::Null;
        directives.append(std::move(directive));
    }
    return directives;
}

} // namespace EvolutionPlanJson

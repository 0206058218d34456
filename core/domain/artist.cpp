#include "artist.h"

#include <array>
#include <utility>

namespace {

template<typename Enum, std::size_t N>
QString nameOf(Enum value, const std::array<std::pair<Enum, const char *>, N> &names)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
bool valueOf(const QString &text, Enum *value,
             const std::array<std::pair<Enum, const char *>, N> &names)
{
    for (const auto &[candidate, name] : names) {
        if (text == QLatin1String(name)) {
            *value = candidate;
            return true;
        }
    }
    return false;
}

constexpr std::array<std::pair<LifecycleStatus, const char *>, 5> kStatusNames{{
    {LifecycleStatus::Candidate, "candidate"},
    {LifecycleStatus::Active, "active"},
    {LifecycleStatus::Evolving, "evolving"},
    {LifecycleStatus::Paused, "paused"},
    {LifecycleStatus::Retired, "retired"},
}};
constexpr std::array<std::pair<TrendAlignment, const char *>, 3> kAlignmentNames{{
    {TrendAlignment::Strict, "strict"},
    {TrendAlignment::Soft, "soft"},
    {TrendAlignment::Experimental, "experimental"},
}};
constexpr std::array<std::pair<EvolutionSpeed, const char *>, 3> kSpeedNames{{
    {EvolutionSpeed::Slow, "slow"},
    {EvolutionSpeed::Medium, "medium"},
    {EvolutionSpeed::Fast, "fast"},
}};

} // namespace

QString toString(LifecycleStatus status)
{
    return nameOf(status, kStatusNames);
}
QString toString(TrendAlignment alignment)
{
    return nameOf(alignment, kAlignmentNames);
}
QString toString(EvolutionSpeed speed)
{
    return nameOf(speed, kSpeedNames);
}
bool fromString(const QString &text, LifecycleStatus *status)
{
    return valueOf(text, status, kStatusNames);
}
bool fromString(const QString &text, TrendAlignment *alignment)
{
    return valueOf(text, alignment, kAlignmentNames);
}
bool fromString(const QString &text, EvolutionSpeed *speed)
{
    return valueOf(text, speed, kSpeedNames);
}

#include "trends/trendseries.h"

namespace {

struct FeatureName
{
    TrendFeature feature;
    const char16_t *name;
};

constexpr FeatureName kNames[] = {
    {TrendFeature::Tempo, u"tempo"},
    {TrendFeature::Energy, u"energy"},
    {TrendFeature::Danceability, u"danceability"},
    {TrendFeature::Valence, u"valence"},
    {TrendFeature::Loudness, u"loudness"},
    {TrendFeature::DurationS, u"duration_s"},
    {TrendFeature::Mode, u"mode"},
};

} // namespace

QString TrendSegment::label() const
{
    QStringList parts;
    for (const QString &part : {country, genre, audience})
        if (!part.isEmpty())
            parts.append(part);
    return parts.isEmpty() ? QStringLiteral("global") : parts.join(QStringLiteral(" · "));
}

QString trendFeatureName(TrendFeature feature)
{
    for (const FeatureName &entry : kNames)
        if (entry.feature == feature)
            return QString::fromUtf16(entry.name);
    return {};
}

std::optional<TrendFeature> trendFeatureFromName(QStringView name)
{
    for (const FeatureName &entry : kNames)
        if (name.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.feature;
    return std::nullopt;
}

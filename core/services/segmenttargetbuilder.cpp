#include "segmenttargetbuilder.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {

// How far back latestData() looks for a country's data.
constexpr int kLookBackYears = 5;
// The global segment stands for the whole market.
constexpr double kGlobalMarketWeight = 1.0;

QString folded(const QString &genre)
{
    return genre.trimmed().toLower();
}

// Mean share per genre over the periods of [from, to] (a genre absent from a period counts 0).
QHash<QString, double> meanShares(const QList<GenreShare> &shares, int *periods)
{
    QHash<QString, double> sums;
    QSet<QDate> dates;
    for (const GenreShare &share : shares) {
        sums[folded(share.genre)] += share.share;
        dates.insert(share.period);
    }
    *periods = int(dates.size());
    for (double &sum : sums)
        sum /= std::max(1, *periods);
    return sums;
}

} // namespace

SegmentTargetBuilder::SegmentTargetBuilder(QSqlDatabase db)
    : SegmentTargetBuilder(std::move(db), Options())
{}

SegmentTargetBuilder::SegmentTargetBuilder(QSqlDatabase db, Options options)
    : m_db(db)
    , m_store(db)
    , m_options(options)
{}

bool SegmentTargetBuilder::namesRelated(const QString &a, const QString &b)
{
    static const QRegularExpression separators(u"[\\s\\-_/&]+"_s);
    const QString x = folded(a);
    const QString y = folded(b);
    if (x.isEmpty() || y.isEmpty() || x == y)
        return false;
    const QStringList wordsA = x.split(separators, Qt::SkipEmptyParts);
    const QStringList wordsB = y.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : wordsA) {
        if (word.size() >= 3 && wordsB.contains(word))
            return true;
    }
    return false;
}

QString SegmentTargetBuilder::keyName(int key, int mode)
{
    static const char16_t *const names[] = {u"C",  u"C#", u"D",  u"D#", u"E",  u"F",
                                            u"F#", u"G",  u"G#", u"A",  u"A#", u"B"};
    return QString::fromUtf16(names[((key % 12) + 12) % 12]) +
           (mode == 1 ? u" major"_s : u" minor"_s);
}

Result<QDate> SegmentTargetBuilder::latestData(const QString &country, const QDate &asOf)
{
    const TrendSegment segment{country, QString(), QString()};
    for (TrendFeature f : {TrendFeature::Tempo, TrendFeature::Energy, TrendFeature::Valence}) {
        auto series = m_store.series(segment, f, asOf.addYears(-kLookBackYears), asOf);
        if (!series)
            return series.error();
        if (!series->isEmpty())
            return series->last().period;
    }
    return QDate();
}

Result<double> SegmentTargetBuilder::marketWeight(const QString &country)
{
    if (country.isEmpty())
        return kGlobalMarketWeight;
    if (!m_countriesRead) {
        auto countries = m_store.countries();
        if (!countries)
            return countries.error();
        m_countries = countries.value();
        m_countriesRead = true;
    }
    for (const TrendCountry &c : std::as_const(m_countries)) {
        if (c.code == country)
            return c.marketWeight;
    }
    return TrendCountry().marketWeight;
}

Result<FeatureTrend> SegmentTargetBuilder::feature(const TrendSegment &segment, TrendFeature f,
                                                   const QDate &end)
{
    auto now = m_store.rollingWindow(segment, f, m_options.currentWindowDays, end);
    if (!now)
        return now.error();
    if (!now->has_value())
        return FeatureTrend();
    auto before = m_store.rollingWindow(segment, f, m_options.currentWindowDays,
                                        end.addDays(-m_options.changeDays));
    if (!before)
        return before.error();
    const double mean = (*now)->mean;
    return FeatureTrend::of(mean, before->has_value() ? mean - (*before)->mean : 0.0);
}

Result<void> SegmentTargetBuilder::fillGenreShares(SegmentTarget *target, const QDate &end)
{
    const int window = m_options.currentWindowDays;
    const QDate earlier = end.addDays(-m_options.changeDays);
    // The global market: each country's shares weighted by its market weight.
    QStringList countries;
    if (!target->segment.country.isEmpty()) {
        countries << target->segment.country;
    } else {
        if (auto weight = marketWeight(u"--"_s); !weight) // reads the profiles
            return weight.error();
        for (const TrendCountry &c : std::as_const(m_countries))
            countries << c.code;
    }
    QHash<QString, double> now;
    QHash<QString, double> before;
    double weightNow = 0;
    double weightBefore = 0;
    for (const QString &country : std::as_const(countries)) {
        auto weight = marketWeight(country);
        if (!weight)
            return weight.error();
        const double w = target->segment.country.isEmpty() ? weight.value() : 1.0;
        auto current = m_store.genreShares(country, end.addDays(1 - window), end);
        auto previous = m_store.genreShares(country, earlier.addDays(1 - window), earlier);
        if (!current)
            return current.error();
        if (!previous)
            return previous.error();
        int periods = 0;
        const QHash<QString, double> shares = meanShares(current.value(), &periods);
        if (periods > 0) {
            weightNow += w;
            for (auto it = shares.cbegin(); it != shares.cend(); ++it)
                now[it.key()] += w * it.value();
        }
        const QHash<QString, double> old = meanShares(previous.value(), &periods);
        if (periods > 0) {
            weightBefore += w;
            for (auto it = old.cbegin(); it != old.cend(); ++it)
                before[it.key()] += w * it.value();
        }
    }
    for (double &share : now)
        share /= std::max(weightNow, 1e-12);
    for (double &share : before)
        share /= std::max(weightBefore, 1e-12);

    const QString genre = folded(target->segment.genre);
    if (genre.isEmpty()) {
        target->genreShares = now;
        return {};
    }
    target->genreShare = now.value(genre);
    // No earlier data: no change (a genre is not "rising" just because history starts).
    target->genreShareChange90d = weightBefore > 0 ? now.value(genre) - before.value(genre) : 0;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (namesRelated(genre, it.key()))
            target->relatedGenres.append(it.key());
    }
    return {};
}

Result<void> SegmentTargetBuilder::fillKeys(SegmentTarget *target, const QDate &end)
{
    QStringList countries;
    if (!target->segment.country.isEmpty()) {
        countries << target->segment.country;
    } else {
        for (const TrendCountry &c : std::as_const(m_countries))
            countries << c.code;
    }
    std::map<std::pair<int, int>, qint64> counts;
    qint64 total = 0;
    for (const QString &country : std::as_const(countries)) {
        auto distribution = m_store.keyModeDistribution(
            country, target->segment.genre, end.addDays(1 - m_options.currentWindowDays), end);
        if (!distribution)
            return distribution.error();
        for (const KeyModeCount &count : distribution.value()) {
            counts[{count.key, count.mode}] += count.count;
            total += count.count;
        }
    }
    for (const auto &[key, count] : counts)
        target->keyShares.insert(keyName(key.first, key.second), double(count) / double(total));
    return {};
}

Result<SegmentTarget> SegmentTargetBuilder::build(const TrendSegment &segment, const QDate &asOf)
{
    SegmentTarget target;
    target.segment = {segment.country, folded(segment.genre), segment.audience};
    auto weight = marketWeight(segment.country);
    if (!weight)
        return weight.error();
    target.marketWeight = weight.value();
    auto end = latestData(segment.country, asOf);
    if (!end)
        return end.error();
    if (!end->isValid())
        return target;

    const std::pair<TrendFeature, FeatureTrend SegmentTarget::*> features[] = {
        {TrendFeature::Tempo, &SegmentTarget::tempo},
        {TrendFeature::Energy, &SegmentTarget::energy},
        {TrendFeature::Danceability, &SegmentTarget::danceability},
        {TrendFeature::Valence, &SegmentTarget::valence},
        {TrendFeature::Mode, &SegmentTarget::modeShare}};
    for (const auto &[f, member] : features) {
        auto trend = feature(target.segment, f, end.value());
        if (!trend)
            return trend.error();
        target.*member = trend.value();
    }
    if (auto filled = fillGenreShares(&target, end.value()); !filled)
        return filled.error();
    if (auto filled = fillKeys(&target, end.value()); !filled)
        return filled.error();
    return target;
}

Result<QList<SegmentTarget>> SegmentTargetBuilder::forArtist(const Artist &artist,
                                                             const QDate &asOf)
{
    QList<SegmentTarget> targets;
    QStringList own = {folded(artist.music.primaryGenre)};
    for (const QString &subgenre : artist.music.subgenres)
        own.append(folded(subgenre));

    for (const QString &country : artist.audience.targetCountries) {
        auto whole = build({country.toUpper(), QString(), QString()}, asOf);
        if (!whole)
            return whole.error();
        if (!whole->tempo.known && !whole->energy.known && whole->genreShares.isEmpty())
            continue; // no trend data for this country
        // The most streamed genres, then the artist's own ones the country has data for.
        QList<std::pair<double, QString>> ranked;
        for (auto it = whole->genreShares.cbegin(); it != whole->genreShares.cend(); ++it)
            ranked.append({it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList genres;
        for (const auto &[share, genre] : ranked) {
            if (genres.size() >= m_options.maxGenresPerCountry || share < m_options.minGenreShare)
                break;
            genres.append(genre);
        }
        for (const QString &genre : std::as_const(own)) {
            if (!genre.isEmpty() && !genres.contains(genre) && whole->genreShares.contains(genre))
                genres.append(genre);
        }
        const qsizetype first = targets.size() + 1;
        targets.append(whole.value());
        for (const QString &genre : std::as_const(genres)) {
            auto target = build({whole->segment.country, genre, QString()}, asOf);
            if (!target)
                return target.error();
            targets.append(target.value());
        }
        // Related by sound: the country's genres whose current tempo and energy are close.
        for (qsizetype i = first; i < targets.size(); ++i) {
            for (qsizetype j = first; j < targets.size(); ++j) {
                const SegmentTarget &a = targets.at(i);
                const SegmentTarget &b = targets.at(j);
                if (i == j || a.relatedGenres.contains(b.segment.genre) || !a.tempo.known ||
                    !b.tempo.known || !a.energy.known || !b.energy.known)
                    continue;
                if (std::abs(a.tempo.mean - b.tempo.mean) <= m_options.relatedTempoBpm &&
                    std::abs(a.energy.mean - b.energy.mean) <= m_options.relatedEnergy)
                    targets[i].relatedGenres.append(b.segment.genre);
            }
        }
    }
    if (targets.isEmpty()) {
        auto global = build({}, asOf);
        if (!global)
            return global.error();
        if (global->tempo.known || global->energy.known || !global->genreShares.isEmpty())
            targets.append(global.value());
    }
    return targets;
}

#include "artistversion.h"

#include <array>
#include <utility>

namespace {

// Stored in artist_versions.source: never rename an entry.
constexpr std::array<std::pair<ChangeSource, const char *>, 4> kSourceNames{{
    {ChangeSource::Operator, "operator"},
    {ChangeSource::Evolution, "evolution"},
    {ChangeSource::Import, "import"},
    {ChangeSource::Creation, "creation"},
}};

} // namespace

QString toString(ChangeSource source)
{
    for (const auto &[candidate, name] : kSourceNames) {
        if (candidate == source)
            return QString::fromLatin1(name);
    }
    return {};
}

bool fromString(const QString &text, ChangeSource *source)
{
    for (const auto &[candidate, name] : kSourceNames) {
        if (text == QLatin1String(name)) {
            *source = candidate;
            return true;
        }
    }
    return false;
}

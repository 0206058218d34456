#pragma once

#include <QString>

#include <optional>

// What the operator asks for when creating an artist ("New artist…", `artist create`).
// Thread: value type.
struct ArtistBrief
{
    QString genre;               // e.g. "synthwave"
    QString country;             // ISO 3166-1 alpha-2, e.g. "DE"
    QString mood;                // optional, e.g. "melancholic"
    std::optional<quint64> seed; // set for reproducible local authoring
};

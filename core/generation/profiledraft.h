#pragma once

#include "generation/artistbrief.h"
#include "util/error.h"

#include <QJsonObject>
#include <QStringList>

// Completes a profile an LLM wrote before it is validated: fields the model left out (absent or
// null; for genre, countries and lyrics language also empty) get sensible defaults taken from the
// brief where possible (genre, country, the country's language, a tempo range for the genre).
// Nothing the model wrote is dropped or changed, so validation still reports its mistakes.
// Thread: stateless, any thread.
namespace ProfileDraft {

// Returns the completed profile; every filled field path ("music.primaryGenre") is appended to
// *filledDefaults when given. Fails (InvalidInput) only when the draft's shape is unusable: a
// section such as "music" that is present but not an object.
Result<QJsonObject> completeProfileDraft(const QJsonObject &draft, const ArtistBrief &brief,
                                         QStringList *filledDefaults);

// The lyrics language most likely in a country ("DE" -> "de", "BR" -> "pt"); "en" when unknown.
QString languageForCountry(const QString &countryCode);

// A plausible tempo range for a genre name; 90..130 when the genre is not known.
QPair<int, int> tempoRangeForGenre(const QString &genre);

} // namespace ProfileDraft

#pragma once

#include "domain/artist.h"
#include "domain/validationissue.h"
#include "util/error.h"

#include <QByteArray>
#include <QJsonObject>

// The artist profile's JSON format (documented in docs/data-formats.md): used for import/export,
// the DB's profile column, `artist show --json` and what text providers must produce.
// Thread: stateless, any thread.
namespace ArtistJson {

inline constexpr int kFormatVersion = 1;
inline constexpr qsizetype kMaxDocumentBytes = 1024 * 1024; // a profile is a few kB
inline constexpr qsizetype kMaxStringLength = 20000;        // backstory-sized, not 10 MB

// Full profile, including id, version, timestamps and "format"/"formatVersion".
QJsonObject toJson(const Artist &artist);
QByteArray toBytes(const Artist &artist); // indented UTF-8, stable key order

// Strict parse. Wrong types, unknown fields, strings over kMaxStringLength, out-of-range enums
// are all reported in `issues` (every one, with its field path) and the result is an Error
// (InvalidInput). Missing optional fields take the defaults of the Artist struct.
// Does not run ArtistValidator's semantic checks; callers that store run both.
Result<Artist> fromJson(const QJsonObject &object, ValidationIssues *issues);

// fromJson() for raw file contents: also refuses documents over kMaxDocumentBytes, invalid UTF-8
// and malformed JSON (with the parser's offset), each as a ValidationIssue with an empty field.
Result<Artist> fromBytes(const QByteArray &json, ValidationIssues *issues);

} // namespace ArtistJson

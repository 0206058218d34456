#pragma once

#include "domain/artist.h"
#include "domain/validationissue.h"

#include <QStringList>

// Semantic checks on an artist profile: required fields, ranges, ISO codes, key names, palette
// colours, locked field paths that exist. Returns every issue at once (empty: valid).
// Thread: stateless, any thread.
namespace ArtistValidator {

ValidationIssues validate(const Artist &artist);

// Field paths an operator may lock against evolution (behaviour.lockedFields), in profile order.
QStringList lockableFields();

} // namespace ArtistValidator

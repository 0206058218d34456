#pragma once

#include <QList>
#include <QString>

// One problem found in an artist profile (or any validated document): where, and what is wrong,
// in words an operator understands. Validators return every issue at once, never the first only.
struct ValidationIssue
{
    QString
        field; // field path, e.g. "music.tempoMinBpm", "identity.palette[2]"; empty: whole document
    QString message; // e.g. "Tempo range must be between 40 and 250 BPM."
    bool operator==(const ValidationIssue &) const = default;
};

using ValidationIssues = QList<ValidationIssue>;

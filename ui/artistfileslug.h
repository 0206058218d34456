#pragma once

#include <QString>

// A file name stem for an artist's stage name: lower case, letters and digits, words joined by
// "-" ("Nova Drift!" -> "nova-drift"); "artist" when nothing is left. Thread: any.
QString artistFileSlug(const QString &stageName);

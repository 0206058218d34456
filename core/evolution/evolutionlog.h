#pragma once

#include <QLoggingCategory>

// The evolution module's log category (STYLE.md rule 17): studio.evolution.
Q_DECLARE_LOGGING_CATEGORY(lcEvolution)

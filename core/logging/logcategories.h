#pragma once

#include <QLoggingCategory>

// One category per subsystem (STYLE.md rule 17); enable with QT_LOGGING_RULES, e.g.
// QT_LOGGING_RULES="studio.db.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApp)        // studio.app
Q_DECLARE_LOGGING_CATEGORY(lcDb)         // studio.db
Q_DECLARE_LOGGING_CATEGORY(lcNet)        // studio.net
Q_DECLARE_LOGGING_CATEGORY(lcGeneration) // studio.generation
Q_DECLARE_LOGGING_CATEGORY(lcAnalysis)   // studio.analysis
Q_DECLARE_LOGGING_CATEGORY(lcSettings)   // studio.settings
Q_DECLARE_LOGGING_CATEGORY(lcReports)    // studio.reports
Q_DECLARE_LOGGING_CATEGORY(lcServices)   // studio.services
Q_DECLARE_LOGGING_CATEGORY(lcCli)        // studio.cli
Q_DECLARE_LOGGING_CATEGORY(lcUi)         // studio.ui

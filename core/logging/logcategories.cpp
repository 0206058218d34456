#include "logcategories.h"

Q_LOGGING_CATEGORY(lcApp, "studio.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "studio.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "studio.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGeneration, "studio.generation", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnalysis, "studio.analysis", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "studio.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReports, "studio.reports", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServices, "studio.services", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "studio.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "studio.ui", QtInfoMsg)

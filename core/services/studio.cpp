#include "studio.h"

#include "logging/filelogger.h"
#include "logging/logcategories.h"
#include "logging/secretredactor.h"
#include "net/networkthread.h"
#include "services/defaulttextproviderfactory.h"
#include "services/taskregistry.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "settings/settingskeys.h"
#include "storage/database.h"

Studio::Studio(const DataDir &dataDir)
    : m_dataDir(dataDir)
{}

Studio::~Studio()
{
    // Reverse order of construction: the services' pools drain before the DB and network go.
    m_evolution.reset();
    m_trends.reset();
    m_analysis.reset();
    m_artists.reset();
    m_providers.reset();
    m_database.reset();
    m_tasks.reset();
    m_network.reset();
    m_secrets.reset();
    m_logger.reset();
}

Result<std::unique_ptr<Studio>> Studio::open(const Options &options)
{
    auto dataDir = DataDir::resolve(options.dataDir);
    if (!dataDir)
        return dataDir.error();

    std::unique_ptr<Studio> studio(new Studio(*dataDir));
    studio->m_settings = std::make_unique<Settings>();
    SecretRedactor &redactor = SecretRedactor::instance();
    if (options.logToFile) {
        namespace Keys = SettingsKeys::Logging;
        studio->m_logger = std::make_unique<FileLogger>(
            dataDir->logsDir(), studio->m_settings->value(Keys::maxFileBytes).toLongLong(),
            studio->m_settings->value(Keys::keepFiles).toInt(), redactor);
        FileLogger::setQuietConsole(options.quietConsole);
    }
    qCInfo(lcApp) << "Artist Studio" << STUDIO_VERSION << "data dir" << dataDir->root();

    auto database = Database::open(dataDir->databasePath());
    if (!database)
        return database.error();
    studio->m_database = *database;

    studio->m_secrets = std::make_unique<SecretStore>(redactor);
    studio->m_network = std::make_unique<NetworkThread>();
    studio->m_tasks = std::make_unique<TaskRegistry>();
    studio->m_providers = std::make_unique<DefaultTextProviderFactory>(
        *studio->m_settings, *studio->m_secrets, studio->m_network->client());
    studio->m_artists = std::make_unique<ArtistService>(studio->m_database, *dataDir,
                                                        studio->m_providers->asFunction());
    studio->m_analysis = std::make_unique<AnalysisService>(studio->m_database);
    studio->m_trends = std::make_unique<TrendService>(studio->m_database, studio->m_analysis.get(),
                                                      studio->m_tasks.get());
    studio->m_evolution =
        std::make_unique<EvolutionService>(studio->m_database, studio->m_artists.get(),
                                           EvolutionService::optionsFrom(*studio->m_settings));
    return studio;
}

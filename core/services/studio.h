#pragma once

#include "services/analysisservice.h"
#include "services/artistservice.h"
#include "services/evolutionservice.h"
#include "services/trendservice.h"
#include "settings/datadir.h"
#include "util/error.h"

#include <QString>

#include <memory>

class Database;
class FileLogger;
class NetworkThread;
class SecretStore;
class Settings;
class TaskRegistry;
class DefaultTextProviderFactory;

// The services of one studio session on one data dir, built in dependency order and torn down
// in reverse: the composition root shared by the GUI, the headless commands, benches and tests.
// It hands each dependency to its users through their constructors; it is not a locator that
// panes reach into.
// Thread: create, use and destroy on the main thread (it runs the event loop the services need).
class Studio
{
public:
    struct Options
    {
        QString dataDir;           // --data-dir; empty: ARTIST_STUDIO_DATA_DIR, else the default
        bool logToFile = true;     // logs/artist-studio.log
        bool quietConsole = false; // debug/info to the file only (headless commands)
    };

    static Result<std::unique_ptr<Studio>> open(const Options &options);
    ~Studio();

    const DataDir &dataDir() const { return m_dataDir; }
    Settings &settings() { return *m_settings; }
    SecretStore &secrets() { return *m_secrets; }
    NetworkThread &network() { return *m_network; }
    TaskRegistry &tasks() { return *m_tasks; }
    ArtistService &artists() { return *m_artists; }
    AnalysisService &analysis() { return *m_analysis; }
    TrendService &trends() { return *m_trends; }
    EvolutionService &evolution() { return *m_evolution; }
    const std::shared_ptr<Database> &database() const { return m_database; }

private:
    explicit Studio(const DataDir &dataDir);

    DataDir m_dataDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FileLogger> m_logger;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<NetworkThread> m_network;
    std::unique_ptr<TaskRegistry> m_tasks;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<DefaultTextProviderFactory> m_providers;
    std::unique_ptr<ArtistService> m_artists;
    std::unique_ptr<AnalysisService> m_analysis;
    std::unique_ptr<TrendService> m_trends;        // uses m_analysis for audio folders
    std::unique_ptr<EvolutionService> m_evolution; // uses m_artists to save adapted versions
};

#pragma once

#include "cli/commandline.h"

#include <QFuture>
#include <QTextStream>

class Studio;

// Runs one headless command (DESIGN.md "Headless commands") against a Studio and prints the
// result: JSON with --json, readable text otherwise; errors go to `err`.
// Exit codes: 0 success, 1 runtime error, 2 usage error, 3 validation failed.
// Thread: main thread of the headless process, which runs the event loop.
class HeadlessRunner
{
public:
    enum ExitCode
    {
        Success = 0,
        RuntimeError = 1,
        UsageError = 2,
        ValidationFailed = 3
    };

    HeadlessRunner(Studio &studio, QTextStream &out, QTextStream &err);

    // The future finishes with the exit code once the command is done and printed, always from
    // the event loop (never before run() returns), so a continuation that quits the
    // application cannot run before QCoreApplication::exec() has started.
    QFuture<int> run(const CommandLine &line);

    // The exit code for an error: validation problems are 3, everything else 1.
    static int exitCodeFor(const Error &error);

private:
    QFuture<int> dispatch(const CommandLine &line);
    QFuture<int> create(const CommandLine &line);
    QFuture<int> list(const CommandLine &line);
    QFuture<int> show(const CommandLine &line);
    QFuture<int> import(const CommandLine &line);
    QFuture<int> exportArtist(const CommandLine &line);
    QFuture<int> analyze(const CommandLine &line);
    QFuture<int> compare(const CommandLine &line);
    int fail(const Error &error);

    Studio &m_studio;
    QTextStream &m_out;
    QTextStream &m_err;
};

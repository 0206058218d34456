#pragma once

#include "cli/commandline.h"
#include "services/trendservice.h"

#include <QFuture>
#include <QJsonObject>
#include <QTextStream>

// `artist-studio trends import` and `trends show` (issue 5): run through TrendService, print the
// import report (accepted/rejected rows with line numbers) or the chart (series, moving average,
// forecast with 80/95% intervals, slope and significance, emerging status) as text or JSON.
// Exit codes: import 1 when nothing was imported; show 1 when the segment has no data.
// Thread: main thread of the headless process, which runs the event loop.
class TrendsCommands
{
public:
    static QFuture<int> import(TrendService &service, const CommandLine &line, QTextStream &out,
                               QTextStream &err);
    static QFuture<int> show(TrendService &service, const CommandLine &line, QTextStream &out,
                             QTextStream &err);

    // The JSON documents the commands print (snake_case keys; docs/trends.md lists them).
    static QJsonObject reportJson(const ImportReport &report);
    static QJsonObject chartJson(const TrendChart &chart);
};

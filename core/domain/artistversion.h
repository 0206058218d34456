#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Where a saved change came from.
enum class ChangeSource
{
    Operator,
    Evolution,
    Import,
    Creation
};
QString toString(ChangeSource source); // "operator", "evolution", "import", "creation"
bool fromString(const QString &text, ChangeSource *source);

// One row of an artist's history: every save creates one. Thread: value type.
struct ArtistVersion
{
    QString artistId;
    int version = 0;
    QDateTime createdAt;
    ChangeSource source = ChangeSource::Operator;
    QString reason;
    QJsonArray diff;     // ArtistDiff::toJson(): [{"field": path, "before": v, "after": v}]
    QJsonObject profile; // ArtistJson::toJson() of the artist as saved in this version
};

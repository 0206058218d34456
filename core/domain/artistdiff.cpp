#include "artistdiff.h"

#include "artistjson.h"

#include <QJsonObject>

#include <algorithm>

namespace {

// Metadata changes with every save; a diff shows what the operator or evolution changed.
QJsonObject contentOf(const Artist &artist)
{
    QJsonObject object = ArtistJson::toJson(artist);
    for (const char *key :
         {"format", "formatVersion", "id", "version", "createdAt", "updatedAt", "lastRunAt"})
        object.remove(QLatin1String(key));
    return object;
}

void compare(const QJsonObject &before, const QJsonObject &after, const QString &prefix,
             QList<FieldChange> *changes)
{
    QStringList keys = before.keys() + after.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const QString &key : keys) {
        const QString path = prefix.isEmpty() ? key : prefix + u'.' + key;
        const QJsonValue old = before.value(key);
        const QJsonValue now = after.value(key);
        if (old.isObject() && now.isObject())
            compare(old.toObject(), now.toObject(), path, changes);
        else if (old != now)
            changes->append({path, old, now});
    }
}

} // namespace

namespace ArtistDiff {

QList<FieldChange> diff(const Artist &before, const Artist &after)
{
    QList<FieldChange> changes;
    compare(contentOf(before), contentOf(after), {}, &changes);
    std::sort(changes.begin(), changes.end(),
              [](const FieldChange &a, const FieldChange &b) { return a.field < b.field; });
    return changes;
}

QJsonArray toJson(const QList<FieldChange> &changes)
{
    QJsonArray array;
    for (const FieldChange &change : changes) {
        QJsonObject entry{{QStringLiteral("field"), change.field}};
        // An Undefined side (field added or removed) is left out rather than written as null.
        if (!change.before.isUndefined())
            entry.insert(QStringLiteral("before"), change.before);
        if (!change.after.isUndefined())
            entry.insert(QStringLiteral("after"), change.after);
        array.append(entry);
    }
    return array;
}

} // namespace ArtistDiff

#include "domain/artistdiff.h"
#include "sampleartist.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList fieldsOf(const QList<FieldChange> &changes)
{
    QStringList fields;
    for (const FieldChange &change : changes)
        fields.append(change.field);
    return fields;
}

} // namespace

class TestArtistDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalProfilesHaveNoChanges();
    void ignoresMetadata();
    void reportsScalarChangesWithPaths();
    void reportsArrayAsOneChange();
    void ordersByPath();
    void writesJsonForHistory();
};

void TestArtistDiff::equalProfilesHaveNoChanges()
{
    QVERIFY(ArtistDiff::diff(sampleArtist(), sampleArtist()).isEmpty());
    QVERIFY(ArtistDiff::diff(Artist{}, Artist{}).isEmpty());
}

void TestArtistDiff::ignoresMetadata()
{
    const Artist before = sampleArtist();
    Artist after = before;
    after.id = u"11111111-2222-3333-4444-555555555555"_s;
    after.version = 99;
    after.createdAt = after.createdAt.addDays(-1);
    after.updatedAt = after.updatedAt.addDays(1);
    after.lastRunAt = QDateTime();
    QVERIFY(ArtistDiff::diff(before, after).isEmpty());

    // archived and status are part of the profile an operator changes.
    after.archived = !before.archived;
    QCOMPARE(fieldsOf(ArtistDiff::diff(before, after)), QStringList{u"archived"_s});
}

void TestArtistDiff::reportsScalarChangesWithPaths()
{
    const Artist before = sampleArtist();
    Artist after = before;
    after.music.tempoMaxBpm = 132;
    after.identity.stageName = u"Sol"_s;
    after.behaviour.trendAlignment = TrendAlignment::Strict;

    const QList<FieldChange> changes = ArtistDiff::diff(before, after);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0),
             (FieldChange{u"behaviour.trendAlignment"_s, u"experimental"_s, u"strict"_s}));
    QCOMPARE(changes.at(1).field, u"identity.stageName"_s);
    QCOMPARE(changes.at(1).before.toString(), before.identity.stageName);
    QCOMPARE(changes.at(1).after.toString(), u"Sol"_s);
    QCOMPARE(changes.at(2), (FieldChange{u"music.tempoMaxBpm"_s, 128, 132}));
}

void TestArtistDiff::reportsArrayAsOneChange()
{
    const Artist before = sampleArtist();
    Artist after = before;
    after.music.instrumentation[1].level = 0.9;
    after.music.instrumentation.append({u"choir"_s, 0.3});
    after.audience.targetCountries.removeFirst();

    const QList<FieldChange> changes = ArtistDiff::diff(before, after);
    QCOMPARE(fieldsOf(changes),
             (QStringList{u"audience.targetCountries"_s, u"music.instrumentation"_s}));
    QCOMPARE(changes.at(0).before.toArray(), QJsonArray({u"NO"_s, u"DE"_s, u"JP"_s}));
    QCOMPARE(changes.at(0).after.toArray(), QJsonArray({u"DE"_s, u"JP"_s}));
    const QJsonArray instruments = changes.at(1).after.toArray();
    QCOMPARE(instruments.size(), 4);
    QCOMPARE(instruments.at(1).toObject().value(u"level").toDouble(), 0.9);
    QCOMPARE(changes.at(1).before.toArray().size(), 3);
}

void TestArtistDiff::ordersByPath()
{
    const Artist before = sampleArtist();
    Artist after = before;
    after.status = LifecycleStatus::Paused;
    after.providers.video = u"luma"_s;
    after.music.energy = 0.9;
    after.music.instrumental = true;
    after.identity.palette.clear();
    after.audience.description = u"Everyone"_s;

    const QStringList fields = fieldsOf(ArtistDiff::diff(before, after));
    QCOMPARE(fields,
             (QStringList{u"audience.description"_s, u"identity.palette"_s, u"music.energy"_s,
                          u"music.instrumental"_s, u"providers.video"_s, u"status"_s}));
}

void TestArtistDiff::writesJsonForHistory()
{
    const QList<FieldChange> changes{
        {u"music.tempoMinBpm"_s, 90, 100},
        {u"music.subgenres"_s, QJsonValue(QJsonValue::Undefined), QJsonArray{u"dub"_s}},
        {u"identity.realName"_s, u"Ana"_s, QJsonValue(QJsonValue::Undefined)},
    };
    const QJsonArray json = ArtistDiff::toJson(changes);
    QCOMPARE(json.size(), 3);
    QCOMPARE(
        json.at(0).toObject(),
        (QJsonObject{{u"field"_s, u"music.tempoMinBpm"_s}, {u"before"_s, 90}, {u"after"_s, 100}}));
    // Added and removed fields have no "before" / "after" rather than a misleading null.
    QVERIFY(!json.at(1).toObject().contains(u"before"));
    QCOMPARE(json.at(1).toObject().value(u"after").toArray(), QJsonArray{u"dub"_s});
    QVERIFY(!json.at(2).toObject().contains(u"after"));

    // A real diff survives the trip into JSON.
    Artist after = sampleArtist();
    after.music.lyricThemes = {u"summer"_s};
    const QJsonArray real = ArtistDiff::toJson(ArtistDiff::diff(sampleArtist(), after));
    QCOMPARE(real.size(), 1);
    QCOMPARE(real.at(0).toObject().value(u"field").toString(), u"music.lyricThemes"_s);
    QCOMPARE(real.at(0).toObject().value(u"after").toArray(), QJsonArray{u"summer"_s});
}

QTEST_GUILESS_MAIN(TestArtistDiff)
#include "tst_artistdiff.moc"

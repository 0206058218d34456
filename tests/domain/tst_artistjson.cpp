#include "domain/artistjson.h"
#include "sampleartist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QStringList fieldsOf(const ValidationIssues &issues)
{
    QStringList fields;
    for (const ValidationIssue &issue : issues)
        fields.append(issue.field);
    return fields;
}

QString describe(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.field + QStringLiteral(": ") + issue.message);
    return lines.join(u'\n');
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestArtistJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsFullyPopulatedArtist();
    void roundTripsDefaults();
    void writesDocumentedLayout();
    void readsHandWrittenMinimalProfile();
    void refusesHostileDocuments_data();
    void refusesHostileDocuments();
    void refusesHostileObjects_data();
    void refusesHostileObjects();
    void reportsEveryProblemAtOnce();
    void boundsTheIssueList();
    void clearsIssuesOnSuccess();
};

void TestArtistJson::roundTripsFullyPopulatedArtist()
{
    const Artist artist = sampleArtist();

    ValidationIssues issues;
    const Result<Artist> fromObject = ArtistJson::fromJson(ArtistJson::toJson(artist), &issues);
    QVERIFY2(fromObject.ok(), qPrintable(describe(issues)));
    QCOMPARE(*fromObject, artist);

    const QByteArray bytes = ArtistJson::toBytes(artist);
    const Result<Artist> fromBytes = ArtistJson::fromBytes(bytes, &issues);
    QVERIFY2(fromBytes.ok(), qPrintable(describe(issues)));
    QCOMPARE(*fromBytes, artist);
    QCOMPARE(fromBytes->music.energy, artist.music.energy); // bit-exact doubles
    QCOMPARE(fromBytes->identity.stageName, QStringLiteral("Søren Ålvik — ソレン 🎧"));
    QCOMPARE(ArtistJson::toBytes(*fromBytes), bytes);
}

void TestArtistJson::roundTripsDefaults()
{
    const Artist artist;
    ValidationIssues issues;
    const QByteArray bytes = ArtistJson::toBytes(artist);
    const Result<Artist> parsed = ArtistJson::fromBytes(bytes, &issues);
    QVERIFY2(parsed.ok(), qPrintable(describe(issues)));
    QCOMPARE(*parsed, artist);
    QVERIFY(!parsed->lastRunAt.isValid());
    QCOMPARE(ArtistJson::toBytes(*parsed), bytes);
}

void TestArtistJson::writesDocumentedLayout()
{
    Artist artist = sampleArtist();
    artist.lastRunAt = QDateTime();
    const QJsonObject json = ArtistJson::toJson(artist);

    QCOMPARE(json.value(u"format").toString(), QStringLiteral("artist-studio.artist"));
    QCOMPARE(json.value(u"formatVersion").toInt(), 1);
    QCOMPARE(json.value(u"createdAt").toString(), QStringLiteral("2024-05-01T12:30:45.123Z"));
    QVERIFY(json.value(u"lastRunAt").isNull());
    QCOMPARE(json.value(u"status").toString(), QStringLiteral("evolving"));
    QCOMPARE(json.value(u"behaviour").toObject().value(u"trendAlignment").toString(),
             QStringLiteral("experimental"));
    const QJsonArray instruments =
        json.value(u"music").toObject().value(u"instrumentation").toArray();
    QCOMPARE(instruments.size(), 3);
    QCOMPARE(instruments.at(1).toObject().value(u"name").toString(), QStringLiteral("kick"));
    QCOMPARE(instruments.at(1).toObject().value(u"level").toDouble(), 1.0);
    QCOMPARE(json.value(u"audience").toObject().value(u"targetCountries").toArray().size(), 3);
    QCOMPARE(json.value(u"providers").toObject().value(u"music").toString(),
             QStringLiteral("suno"));
    QCOMPARE(json.value(u"releaseStrategy").toObject().value(u"cadenceDays").toInt(), 21);
}

void TestArtistJson::readsHandWrittenMinimalProfile()
{
    // No format, id, version or timestamps: an operator's own file or a provider's answer.
    const QByteArray json = R"({
        "identity": {"stageName": "Nova Reyes", "persona": "Sunny reggaeton"},
        "music": {"primaryGenre": "reggaeton", "tempoMinBpm": 88, "tempoMaxBpm": 100},
        "audience": {"targetCountries": ["PR", "MX"]}
    })";
    ValidationIssues issues;
    const Result<Artist> parsed = ArtistJson::fromBytes(json, &issues);
    QVERIFY2(parsed.ok(), qPrintable(describe(issues)));
    QVERIFY(issues.isEmpty());

    Artist expected;
    expected.identity.stageName = QStringLiteral("Nova Reyes");
    expected.identity.persona = QStringLiteral("Sunny reggaeton");
    expected.music.primaryGenre = QStringLiteral("reggaeton");
    expected.music.tempoMinBpm = 88;
    expected.music.tempoMaxBpm = 100;
    expected.audience.targetCountries = {QStringLiteral("PR"), QStringLiteral("MX")};
    QCOMPARE(*parsed, expected);
    QVERIFY(parsed->id.isEmpty());
    QCOMPARE(parsed->version, 0);
    QCOMPARE(parsed->providers.text, QStringLiteral("local"));
}

void TestArtistJson::refusesHostileDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");       // expected among the issues' fields
    QTest::addColumn<QString>("messagePart"); // expected in that issue's message

    const QString any;
    QTest::newRow("stage name is a number")
        << QByteArray(R"({"identity":{"stageName":5}})") << u"identity.stageName"_s << u"string"_s;
    QTest::newRow("tempo is a string") << QByteArray(R"({"music":{"tempoMinBpm":"fast"}})")
                                       << u"music.tempoMinBpm"_s << u"whole number"_s;
    QTest::newRow("tempo is fractional") << QByteArray(R"({"music":{"tempoMaxBpm":120.5}})")
                                         << u"music.tempoMaxBpm"_s << u"whole number"_s;
    QTest::newRow("tempo beyond int") << QByteArray(R"({"music":{"tempoMaxBpm":1e12}})")
                                      << u"music.tempoMaxBpm"_s << u"whole number"_s;
    QTest::newRow("instrument level is a string")
        << QByteArray(R"({"music":{"instrumentation":[{"name":"kick","level":1},)"
                      R"({"name":"bass","level":"loud"}]}})")
        << u"music.instrumentation[1].level"_s << u"number"_s;
    QTest::newRow("instrument is a string")
        << QByteArray(R"({"music":{"instrumentation":["kick"]}})") << u"music.instrumentation[0]"_s
        << u"object"_s;
    QTest::newRow("palette entry is a number")
        << QByteArray(R"({"identity":{"palette":["#000000","#ffffff",255]}})")
        << u"identity.palette[2]"_s << u"string"_s;
    QTest::newRow("section is an array")
        << QByteArray(R"({"identity":["Nova"]})") << u"identity"_s << u"object"_s;
    QTest::newRow("list is a string") << QByteArray(R"({"audience":{"targetCountries":"DE"}})")
                                      << u"audience.targetCountries"_s << u"array"_s;
    QTest::newRow("flag is a string")
        << QByteArray(R"({"archived":"yes"})") << u"archived"_s << u"true or false"_s;
    QTest::newRow("null where text is expected")
        << QByteArray(R"({"music":{"vocalStyle":null}})") << u"music.vocalStyle"_s << u"null"_s;
    QTest::newRow("string over the length limit")
        << (R"({"identity":{"backstory":")" + QByteArray(30000, 'a') + R"("}})")
        << u"identity.backstory"_s << u"at most 20000"_s;
    QTest::newRow("10 MB string") << (R"({"identity":{"backstory":")" +
                                      QByteArray(10 * 1024 * 1024, 'a') + R"("}})")
                                  << QString() << u"at most"_s;
    QTest::newRow("unknown top-level field") << QByteArray(R"({"favouriteColour":"blue"})")
                                             << u"favouriteColour"_s << u"Unknown field"_s;
    QTest::newRow("unknown nested field")
        << QByteArray(R"({"music":{"bpm":120}})") << u"music.bpm"_s << u"Unknown field"_s;
    QTest::newRow("unknown field in an instrument")
        << QByteArray(R"({"music":{"instrumentation":[{"name":"kick","volume":3}]}})")
        << u"music.instrumentation[0].volume"_s << u"Unknown field"_s;
    QTest::newRow("invalid UTF-8 byte")
        << QByteArray("{\"identity\":{\"stageName\":\"Nova\xff\"}}") << QString() << u"UTF-8"_s;
    QTest::newRow("overlong UTF-8 slash")
        << QByteArray("{\"identity\":{\"stageName\":\"a\xc0\xaf\"}}") << QString() << u"UTF-8"_s;
    QTest::newRow("UTF-16 surrogate in UTF-8")
        << QByteArray("{\"identity\":{\"stageName\":\"\xed\xa0\x80\"}}") << QString() << u"UTF-8"_s;
    QTest::newRow("truncated JSON")
        << QByteArray(R"({"identity":{"stageName":"Nova)") << QString() << u"at byte"_s;
    QTest::newRow("empty file") << QByteArray() << QString() << u"not valid JSON"_s;
    QTest::newRow("top-level array")
        << QByteArray(R"([{"identity":{}}])") << QString() << u"one JSON object"_s;
    // Qt 6.4's parser refuses a bare value; a later Qt accepts it and then the object check does.
    QTest::newRow("top-level string") << QByteArray(R"("artist")") << QString() << any;
    QTest::newRow("newer format version")
        << QByteArray(R"({"format":"artist-studio.artist","formatVersion":2})")
        << u"formatVersion"_s << u"newer Artist Studio"_s;
    QTest::newRow("format version zero")
        << QByteArray(R"({"formatVersion":0})") << u"formatVersion"_s << u"first is 1"_s;
    QTest::newRow("someone else's format")
        << QByteArray(R"({"format":"spotify.playlist","formatVersion":1})") << u"format"_s
        << u"not an artist profile"_s;
    QTest::newRow("bare NaN") << QByteArray(R"({"music":{"energy":NaN}})") << QString()
                              << u"not valid JSON"_s;
    QTest::newRow("NaN as a string")
        << QByteArray(R"({"music":{"energy":"NaN"}})") << u"music.energy"_s << u"number"_s;
    QTest::newRow("Infinity") << QByteArray(R"({"music":{"valence":Infinity}})") << QString()
                              << u"not valid JSON"_s;
    QTest::newRow("number overflowing a double")
        << QByteArray(R"({"music":{"arousal":1e999}})") << any << any;
    QTest::newRow("100000-element array")
        << (R"({"identity":{"influences":[)" + QByteArray("\"x\",").repeated(99999) + R"("x"]}})")
        << u"identity.influences"_s << u"at most 64"_s;
    QTest::newRow("deeply nested junk") << (R"({"identity":{"junk":)" + nested(500) + "}}")
                                        << u"identity.junk"_s << u"Unknown field"_s;
    QTest::newRow("nesting beyond the parser's limit")
        << (R"({"identity":{"junk":)" + nested(100000) + "}}") << QString() << any;
    QTest::newRow("unknown status")
        << QByteArray(R"({"status":"famous"})") << u"status"_s << u"candidate"_s;
    QTest::newRow("unknown trend alignment")
        << QByteArray(R"({"behaviour":{"trendAlignment":"loose"}})")
        << u"behaviour.trendAlignment"_s << u"experimental"_s;
    QTest::newRow("path in the id")
        << QByteArray(R"({"id":"../../etc/passwd"})") << u"id"_s << u"UUID"_s;
    QTest::newRow("id in braces") << QByteArray(
                                         R"({"id":"{0f8fad5b-d9cb-469f-a165-70867728950e}"})")
                                  << u"id"_s << u"UUID"_s;
    QTest::newRow("bad timestamp")
        << QByteArray(R"({"createdAt":"yesterday"})") << u"createdAt"_s << u"ISO 8601"_s;
    QTest::newRow("negative version")
        << QByteArray(R"({"version":-1})") << u"version"_s << u"negative"_s;
}

void TestArtistJson::refusesHostileDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    ValidationIssues issues;
    const Result<Artist> parsed = ArtistJson::fromBytes(json, &issues);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY(!issues.isEmpty());
    if (field.isNull() && messagePart.isNull())
        return; // only "refused" is promised (e.g. the parser's own limits)
    const qsizetype at = fieldsOf(issues).indexOf(field);
    QVERIFY2(
        at >= 0,
        qPrintable(QStringLiteral("no issue at \"%1\"; got:\n%2").arg(field, describe(issues))));
    QVERIFY2(issues.at(at).message.contains(messagePart), qPrintable(issues.at(at).message));
    // A refusal never echoes megabytes of the input back to the operator.
    for (const ValidationIssue &issue : issues)
        QVERIFY(issue.message.size() + issue.field.size() < 1000);
}

void TestArtistJson::refusesHostileObjects_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("field");

    QTest::newRow("10 MB string past the byte limit")
        << QJsonObject{{u"identity"_s,
                        QJsonObject{{u"persona"_s, QString(10 * 1024 * 1024, u'x')}}}}
        << u"identity.persona"_s;
    QTest::newRow("NaN energy")
        << QJsonObject{{u"music"_s,
                        QJsonObject{{u"energy"_s, std::numeric_limits<double>::quiet_NaN()}}}}
        << u"music.energy"_s;
    QTest::newRow("infinite video ratio")
        << QJsonObject{{u"releaseStrategy"_s,
                        QJsonObject{{u"videoRatio"_s, std::numeric_limits<double>::infinity()}}}}
        << u"releaseStrategy.videoRatio"_s;
    QTest::newRow("infinite cadence")
        << QJsonObject{{u"releaseStrategy"_s,
                        QJsonObject{{u"cadenceDays"_s, std::numeric_limits<double>::infinity()}}}}
        << u"releaseStrategy.cadenceDays"_s;
    QTest::newRow("huge unknown key")
        << QJsonObject{{QString(100000, u'k'), 1}} << QString(60, u'k') + u"…"_s;
}

void TestArtistJson::refusesHostileObjects()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, field);

    ValidationIssues issues;
    const Result<Artist> parsed = ArtistJson::fromJson(object, &issues);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(fieldsOf(issues).contains(field), qPrintable(describe(issues)));
}

void TestArtistJson::reportsEveryProblemAtOnce()
{
    const QByteArray json = R"({
        "identity": {"stageName": 1, "palette": ["#000000", false]},
        "music": {"tempoMinBpm": "slow", "energy": true, "mood": "sad"},
        "status": "famous",
        "extra": {}
    })";
    ValidationIssues issues;
    QVERIFY(!ArtistJson::fromBytes(json, &issues).ok());
    QStringList fields = fieldsOf(issues);
    fields.sort();
    QCOMPARE(fields, (QStringList{u"extra"_s, u"identity.palette[1]"_s, u"identity.stageName"_s,
                                  u"music.energy"_s, u"music.mood"_s, u"music.tempoMinBpm"_s,
                                  u"status"_s}));
}

void TestArtistJson::boundsTheIssueList()
{
    QJsonObject object;
    for (int i = 0; i < 5000; ++i)
        object.insert(QStringLiteral("junk%1").arg(i), i);
    ValidationIssues issues;
    const Result<Artist> parsed = ArtistJson::fromJson(object, &issues);
    QVERIFY(!parsed.ok());
    QVERIFY(issues.size() <= 101);
    QVERIFY(issues.constLast().message.contains(u"4900 more"));
}

void TestArtistJson::clearsIssuesOnSuccess()
{
    ValidationIssues issues{{u"old"_s, u"stale"_s}};
    QVERIFY(ArtistJson::fromBytes(ArtistJson::toBytes(sampleArtist()), &issues).ok());
    QVERIFY(issues.isEmpty());
    // A null issues pointer is allowed for callers that only need the summary.
    const Result<Artist> parsed = ArtistJson::fromBytes("[]", nullptr);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(u"JSON object"));
}

QTEST_GUILESS_MAIN(TestArtistJson)
#include "tst_artistjson.moc"

#include "domain/artistjson.h"
#include "domain/artistvalidator.h"
#include "generation/profiledraft.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ArtistBrief brief(const QString &genre = u"synthwave"_s, const QString &country = u"DE"_s,
                  const QString &mood = {})
{
    ArtistBrief b;
    b.genre = genre;
    b.country = country;
    b.mood = mood;
    return b;
}

// What a model typically writes: the creative parts, little else.
QJsonObject creativeDraft()
{
    return QJsonObject{
        {u"identity"_s, QJsonObject{{u"stageName"_s, u"Neon Vesper"_s},
                                    {u"persona"_s, u"A night-drive dreamer in chrome."_s},
                                    {u"backstory"_s, u"Grew up above a Leipzig arcade."_s}}},
        {u"music"_s, QJsonObject{{u"vocalStyle"_s, u"breathy alto"_s}}},
    };
}

} // namespace

class TestProfileDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completesCreativeDraftIntoValidProfile();
    void fillsFromTheBrief();
    void recordsEveryFilledPathOnce();
    void keepsWhatTheModelWrote();
    void keepsUnknownFieldsForValidationToReport();
    void oneTempoEndGivenKeepsARange();
    void instrumentalArtistNeedsNoLanguage();
    void refusesSectionThatIsNotAnObject();
    void languageForCountry_data();
    void languageForCountry();
    void tempoForGenre_data();
    void tempoForGenre();
};

void TestProfileDraft::completesCreativeDraftIntoValidProfile()
{
    QStringList filled;
    const Result<QJsonObject> completed =
        ProfileDraft::completeProfileDraft(creativeDraft(), brief(), &filled);
    QVERIFY(completed.ok());
    ValidationIssues issues;
    const Result<Artist> artist = ArtistJson::fromJson(completed.value(), &issues);
    QVERIFY2(artist.ok(), qPrintable(artist.ok() ? QString() : artist.error().message));
    const ValidationIssues semantic = ArtistValidator::validate(artist.value());
    QVERIFY2(semantic.isEmpty(), qPrintable(semantic.isEmpty() ? QString()
                                                               : semantic.first().field + u": "_s +
                                                                     semantic.first().message));
    QVERIFY(artist->status == LifecycleStatus::Candidate);
    QCOMPARE(artist->providers.text, u"local"_s);
}

void TestProfileDraft::fillsFromTheBrief()
{
    const QJsonObject profile =
        ProfileDraft::completeProfileDraft(creativeDraft(), brief(u"Techno"_s, u"br"_s, u"dark"_s),
                                           nullptr)
            .value();
    const QJsonObject music = profile.value(u"music"_s).toObject();
    QCOMPARE(music.value(u"primaryGenre"_s).toString(), u"Techno"_s);
    QCOMPARE(music.value(u"lyricsLanguage"_s).toString(), u"pt"_s);
    QCOMPARE(music.value(u"tempoMinBpm"_s).toInt(), 125);
    QCOMPARE(music.value(u"tempoMaxBpm"_s).toInt(), 140);
    QVERIFY(music.value(u"valence"_s).toDouble() < 0.5); // a dark mood
    QCOMPARE(profile.value(u"audience"_s).toObject().value(u"targetCountries"_s).toArray(),
             QJsonArray{u"BR"_s});
}

void TestProfileDraft::recordsEveryFilledPathOnce()
{
    QStringList filled;
    QJsonObject draft = creativeDraft();
    draft.insert(u"audience"_s, QJsonObject{{u"targetCountries"_s, QJsonArray()}});
    QVERIFY(ProfileDraft::completeProfileDraft(draft, brief(), &filled).ok());
    QVERIFY(filled.contains(u"music.primaryGenre"_s));
    QVERIFY(filled.contains(u"music.tempoMinBpm"_s));
    QVERIFY(filled.contains(u"audience.targetCountries"_s)); // empty counts as left out
    QVERIFY(filled.contains(u"identity.palette"_s));
    QVERIFY(filled.contains(u"status"_s));
    // a section left out entirely is one entry, not one per field
    QVERIFY(filled.contains(u"behaviour"_s));
    QVERIFY(!filled.contains(u"behaviour.trendAlignment"_s));
    QVERIFY(!filled.contains(u"identity.stageName"_s)); // the model wrote it
    QCOMPARE(filled.size(), QSet<QString>(filled.cbegin(), filled.cend()).size());
}

void TestProfileDraft::keepsWhatTheModelWrote()
{
    QJsonObject draft = creativeDraft();
    QJsonObject music = draft.value(u"music"_s).toObject();
    music.insert(u"primaryGenre"_s, u"darksynth"_s);
    music.insert(u"tempoMinBpm"_s, 300); // wrong, but the validator must see it
    music.insert(u"instrumental"_s, false);
    draft.insert(u"music"_s, music);
    draft.insert(u"status"_s, u"active"_s);
    QStringList filled;
    const QJsonObject profile = ProfileDraft::completeProfileDraft(draft, brief(), &filled).value();
    const QJsonObject out = profile.value(u"music"_s).toObject();
    QCOMPARE(out.value(u"primaryGenre"_s).toString(), u"darksynth"_s);
    QCOMPARE(out.value(u"tempoMinBpm"_s).toInt(), 300);
    QCOMPARE(profile.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(profile.value(u"identity"_s).toObject().value(u"stageName"_s).toString(),
             u"Neon Vesper"_s);
    QVERIFY(!filled.contains(u"music.primaryGenre"_s));
    QVERIFY(!filled.contains(u"status"_s));
}

void TestProfileDraft::keepsUnknownFieldsForValidationToReport()
{
    QJsonObject draft = creativeDraft();
    draft.insert(u"mood"_s, u"sunny"_s);
    const QJsonObject profile = ProfileDraft::completeProfileDraft(draft, brief(), nullptr).value();
    QCOMPARE(profile.value(u"mood"_s).toString(), u"sunny"_s);
    ValidationIssues issues;
    QVERIFY(!ArtistJson::fromJson(profile, &issues).ok());
    QVERIFY(!issues.isEmpty());
}

void TestProfileDraft::oneTempoEndGivenKeepsARange()
{
    QJsonObject draft = creativeDraft();
    QJsonObject music = draft.value(u"music"_s).toObject();
    music.insert(u"tempoMinBpm"_s, 150); // above synthwave's usual maximum
    draft.insert(u"music"_s, music);
    const QJsonObject out = ProfileDraft::completeProfileDraft(draft, brief(), nullptr)
                                .value()
                                .value(u"music"_s)
                                .toObject();
    QCOMPARE(out.value(u"tempoMinBpm"_s).toInt(), 150);
    QVERIFY(out.value(u"tempoMaxBpm"_s).toInt() >= 150);
}

void TestProfileDraft::instrumentalArtistNeedsNoLanguage()
{
    QJsonObject draft = creativeDraft();
    draft.insert(u"music"_s, QJsonObject{{u"instrumental"_s, true}});
    QStringList filled;
    const QJsonObject out = ProfileDraft::completeProfileDraft(draft, brief(), &filled)
                                .value()
                                .value(u"music"_s)
                                .toObject();
    QCOMPARE(out.value(u"lyricsLanguage"_s).toString(), QString());
    QCOMPARE(out.value(u"vocalStyle"_s).toString(), QString());
}

void TestProfileDraft::refusesSectionThatIsNotAnObject()
{
    QJsonObject draft = creativeDraft();
    draft.insert(u"music"_s, u"synthwave, 100 bpm"_s);
    const Result<QJsonObject> completed =
        ProfileDraft::completeProfileDraft(draft, brief(), nullptr);
    QVERIFY(!completed.ok());
    QCOMPARE(completed.error().code, ErrorCode::InvalidInput);
    QVERIFY(completed.error().message.contains(u"music"_s));
}

void TestProfileDraft::languageForCountry_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("language");
    QTest::newRow("DE") << u"DE"_s << u"de"_s;
    QTest::newRow("lower case br") << u"br"_s << u"pt"_s;
    QTest::newRow("JP") << u"JP"_s << u"ja"_s;
    QTest::newRow("US") << u"US"_s << u"en"_s;
    QTest::newRow("unknown") << u"ZZ"_s << u"en"_s;
}

void TestProfileDraft::languageForCountry()
{
    QFETCH(QString, country);
    QFETCH(QString, language);
    QCOMPARE(ProfileDraft::languageForCountry(country), language);
}

void TestProfileDraft::tempoForGenre_data()
{
    QTest::addColumn<QString>("genre");
    QTest::addColumn<int>("minBpm");
    QTest::addColumn<int>("maxBpm");
    QTest::newRow("drum and bass beats bass") << u"Drum and Bass"_s << 160 << 178;
    QTest::newRow("deep house") << u"deep house"_s << 118 << 128;
    QTest::newRow("lo-fi hip hop") << u"lo-fi hip hop"_s << 70 << 90;
    QTest::newRow("unknown") << u"gregorian chant"_s << 90 << 130;
}

void TestProfileDraft::tempoForGenre()
{
    QFETCH(QString, genre);
    QFETCH(int, minBpm);
    QFETCH(int, maxBpm);
    const auto range = ProfileDraft::tempoRangeForGenre(genre);
    QCOMPARE(range.first, minBpm);
    QCOMPARE(range.second, maxBpm);
}

QTEST_GUILESS_MAIN(TestProfileDraft)
#include "tst_profiledraft.moc"

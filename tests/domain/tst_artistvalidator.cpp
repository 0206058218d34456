#include "domain/artistvalidator.h"
#include "sampleartist.h"

#include <QTest>

#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

using Mutation = std::function<void(Artist &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QString describe(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.field + QStringLiteral(": ") + issue.message);
    return lines.join(u'\n');
}

} // namespace

class TestArtistValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validArtistHasNoIssues();
    void instrumentalArtistNeedsNoVoice();
    void acceptsBoundaryValues();
    void eachRuleReportsItsField_data();
    void eachRuleReportsItsField();
    void reportsSeveralProblemsAtOnce();
    void lockableFieldsAreProfilePaths();
};

void TestArtistValidator::validArtistHasNoIssues()
{
    const ValidationIssues issues = ArtistValidator::validate(sampleArtist());
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestArtistValidator::instrumentalArtistNeedsNoVoice()
{
    Artist artist = sampleArtist();
    artist.music.instrumental = true;
    artist.music.vocalStyle.clear();
    artist.music.lyricsLanguage.clear();
    const ValidationIssues issues = ArtistValidator::validate(artist);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestArtistValidator::acceptsBoundaryValues()
{
    Artist artist = sampleArtist();
    artist.identity.stageName = QString(80, u'a');
    artist.music.tempoMinBpm = 40;
    artist.music.tempoMaxBpm = 40;
    artist.music.energy = 0.0;
    artist.music.valence = 1.0;
    artist.music.subgenres = {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s};
    artist.releaseStrategy.cadenceDays = 365;
    artist.releaseStrategy.videoRatio = 0.0;
    artist.audience.targetCountries = {u"AX"_s, u"ZW"_s};
    artist.music.preferredKeys = {u"C# minor"_s, u"Bb major"_s, u"B minor"_s};
    artist.providers = ArtistProviders{};
    artist.providers.video = u"luma"_s;
    const ValidationIssues issues = ArtistValidator::validate(artist);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestArtistValidator::eachRuleReportsItsField_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");

    const auto row = [](const char *name, const QString &field, Mutation mutate) {
        QTest::newRow(name) << mutate << field;
    };
    row("stage name missing", u"identity.stageName"_s,
        [](Artist &a) { a.identity.stageName = u"   "_s; });
    row("stage name too long", u"identity.stageName"_s,
        [](Artist &a) { a.identity.stageName = QString(81, u'x'); });
    row("stage name with a line break", u"identity.stageName"_s,
        [](Artist &a) { a.identity.stageName = u"Nova\nReyes"_s; });
    row("stage name with a NUL", u"identity.stageName"_s,
        [](Artist &a) { a.identity.stageName = u"Nova"_s + QChar(u'\0'); });
    row("persona missing", u"identity.persona"_s, [](Artist &a) { a.identity.persona.clear(); });
    row("palette not a colour", u"identity.palette[2]"_s,
        [](Artist &a) { a.identity.palette[2] = u"blue"_s; });
    row("palette short form", u"identity.palette[0]"_s,
        [](Artist &a) { a.identity.palette[0] = u"#fff"_s; });
    row("primary genre missing", u"music.primaryGenre"_s,
        [](Artist &a) { a.music.primaryGenre.clear(); });
    row("nine subgenres", u"music.subgenres"_s, [](Artist &a) {
        a.music.subgenres.clear();
        for (int i = 0; i < 9; ++i)
            a.music.subgenres.append(QStringLiteral("sub %1").arg(i));
    });
    row("subgenre twice", u"music.subgenres[2]"_s,
        [](Artist &a) { a.music.subgenres.append(u"Dub Techno"_s); });
    row("tempo minimum too low", u"music.tempoMinBpm"_s,
        [](Artist &a) { a.music.tempoMinBpm = 39; });
    row("tempo maximum too high", u"music.tempoMaxBpm"_s,
        [](Artist &a) { a.music.tempoMaxBpm = 251; });
    row("tempo range reversed", u"music.tempoMaxBpm"_s, [](Artist &a) {
        a.music.tempoMinBpm = 140;
        a.music.tempoMaxBpm = 120;
    });
    row("key without mode", u"music.preferredKeys[1]"_s,
        [](Artist &a) { a.music.preferredKeys[1] = u"F#"_s; });
    row("key with unknown tonic", u"music.preferredKeys[0]"_s,
        [](Artist &a) { a.music.preferredKeys[0] = u"H minor"_s; });
    row("key in lower case", u"music.preferredKeys[0]"_s,
        [](Artist &a) { a.music.preferredKeys[0] = u"a minor"_s; });
    row("key with unknown mode", u"music.preferredKeys[2]"_s,
        [](Artist &a) { a.music.preferredKeys[2] = u"Eb dorian"_s; });
    row("key twice", u"music.preferredKeys[3]"_s,
        [](Artist &a) { a.music.preferredKeys.append(u"A minor"_s); });
    row("energy above 1", u"music.energy"_s, [](Artist &a) { a.music.energy = 1.01; });
    row("valence below 0", u"music.valence"_s, [](Artist &a) { a.music.valence = -0.1; });
    row("arousal NaN", u"music.arousal"_s,
        [](Artist &a) { a.music.arousal = std::numeric_limits<double>::quiet_NaN(); });
    row("instrument without name", u"music.instrumentation[1].name"_s,
        [](Artist &a) { a.music.instrumentation[1].name = u" "_s; });
    row("instrument twice", u"music.instrumentation[3].name"_s, [](Artist &a) {
        a.music.instrumentation.append({u"KICK"_s, 0.2});
    });
    row("instrument level above 1", u"music.instrumentation[1].level"_s,
        [](Artist &a) { a.music.instrumentation[1].level = 1.5; });
    row("vocal style missing", u"music.vocalStyle"_s,
        [](Artist &a) { a.music.vocalStyle.clear(); });
    row("lyrics language missing", u"music.lyricsLanguage"_s,
        [](Artist &a) { a.music.lyricsLanguage.clear(); });
    row("lyrics language upper case", u"music.lyricsLanguage"_s,
        [](Artist &a) { a.music.lyricsLanguage = u"EN"_s; });
    row("lyrics language as a name", u"music.lyricsLanguage"_s,
        [](Artist &a) { a.music.lyricsLanguage = u"english"_s; });
    row("instrumental with a bad language", u"music.lyricsLanguage"_s, [](Artist &a) {
        a.music.instrumental = true;
        a.music.lyricsLanguage = u"e"_s;
    });
    row("no target country", u"audience.targetCountries"_s,
        [](Artist &a) { a.audience.targetCountries.clear(); });
    row("country not ISO", u"audience.targetCountries[1]"_s,
        [](Artist &a) { a.audience.targetCountries[1] = u"UK"_s; });
    row("country lower case", u"audience.targetCountries[0]"_s,
        [](Artist &a) { a.audience.targetCountries[0] = u"no"_s; });
    row("country twice", u"audience.targetCountries[3]"_s,
        [](Artist &a) { a.audience.targetCountries.append(u"DE"_s); });
    row("locked field unknown", u"behaviour.lockedFields[1]"_s,
        [](Artist &a) { a.behaviour.lockedFields[1] = u"music.bpm"_s; });
    row("locked field twice", u"behaviour.lockedFields[2]"_s,
        [](Artist &a) { a.behaviour.lockedFields.append(u"identity.stageName"_s); });
    row("cadence zero", u"releaseStrategy.cadenceDays"_s,
        [](Artist &a) { a.releaseStrategy.cadenceDays = 0; });
    row("cadence over a year", u"releaseStrategy.cadenceDays"_s,
        [](Artist &a) { a.releaseStrategy.cadenceDays = 366; });
    row("video ratio above 1", u"releaseStrategy.videoRatio"_s,
        [](Artist &a) { a.releaseStrategy.videoRatio = 2; });
    row("unknown text provider", u"providers.text"_s,
        [](Artist &a) { a.providers.text = u"anthropic"_s; });
    row("unknown music provider", u"providers.music"_s,
        [](Artist &a) { a.providers.music = u"udio"_s; });
    row("unknown video provider", u"providers.video"_s,
        [](Artist &a) { a.providers.video = u"youtube"_s; });
}

void TestArtistValidator::eachRuleReportsItsField()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);

    Artist artist = sampleArtist();
    mutate(artist);
    const ValidationIssues issues = ArtistValidator::validate(artist);
    QVERIFY2(!issues.isEmpty(), "the broken profile was accepted");
    for (const ValidationIssue &issue : issues) {
        QVERIFY2(
            issue.field == field,
            qPrintable(
                QStringLiteral("expected only \"%1\", got:\n%2").arg(field, describe(issues))));
        QVERIFY(issue.message.endsWith(u'.'));
        QVERIFY(issue.message.size() > 15);
    }
}

void TestArtistValidator::reportsSeveralProblemsAtOnce()
{
    Artist artist = sampleArtist();
    artist.identity.stageName.clear();
    artist.music.tempoMinBpm = 300;
    artist.music.tempoMaxBpm = 100;
    artist.audience.targetCountries = {u"XX"_s};
    artist.providers.music = u"udio"_s;

    const ValidationIssues issues = ArtistValidator::validate(artist);
    QStringList fields;
    for (const ValidationIssue &issue : issues)
        fields.append(issue.field);
    QCOMPARE(fields,
             (QStringList{u"identity.stageName"_s, u"music.tempoMinBpm"_s, u"music.tempoMaxBpm"_s,
                          u"audience.targetCountries[0]"_s, u"providers.music"_s}));
    QVERIFY(issues.at(1).message.contains(u"between 40 and 250 BPM"));
    QVERIFY(issues.at(2).message.contains(u"below the minimum"));
}

void TestArtistValidator::lockableFieldsAreProfilePaths()
{
    const QStringList fields = ArtistValidator::lockableFields();
    QVERIFY(fields.contains(u"identity.stageName"_s));
    QVERIFY(fields.contains(u"music.tempoMinBpm"_s));
    QVERIFY(fields.contains(u"audience.targetCountries"_s));
    QVERIFY(!fields.contains(u"id"_s));
    QVERIFY(!fields.contains(u"status"_s));

    // Locking every lockable field at once is a valid profile.
    Artist artist = sampleArtist();
    artist.behaviour.lockedFields = fields;
    const ValidationIssues issues = ArtistValidator::validate(artist);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

QTEST_GUILESS_MAIN(TestArtistValidator)
#include "tst_artistvalidator.moc"

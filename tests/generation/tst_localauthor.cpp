#include "domain/artistjson.h"
#include "domain/artistvalidator.h"
#include "generation/localauthor.h"

#include <QJsonDocument>
#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

// The local author is what a new user without keys creates artists with: its profiles must be
// valid, varied, reproducible and fit the genre and country asked for.
class TestLocalAuthor : public QObject
{
    Q_OBJECT

private:
    // QVERIFY2 evaluates its message even on success, so never call error() on a value.
    template<typename T> static QString errorText(const Result<T> &result)
    {
        return result.ok() ? QString() : result.error().message;
    }

    static ArtistBrief brief(const QString &genre, const QString &country, quint64 seed,
                             const QString &mood = {})
    {
        ArtistBrief b;
        b.genre = genre;
        b.country = country;
        b.mood = mood;
        b.seed = seed;
        return b;
    }

    // What the service does with a provider's answer: parse strictly, then validate.
    static QString problems(const QJsonObject &profile)
    {
        ValidationIssues issues;
        const Result<Artist> parsed = ArtistJson::fromJson(profile, &issues);
        if (parsed.ok())
            issues += ArtistValidator::validate(parsed.value());
        QStringList lines;
        for (const ValidationIssue &issue : issues)
            lines.append(issue.field + QStringLiteral(": ") + issue.message);
        return lines.join(u'\n');
    }

    static Result<AuthoringResult> runAsync(LocalAuthor &author, const ArtistBrief &b)
    {
        QFuture<Result<AuthoringResult>> future = author.authorArtist(b);
        future.waitForFinished();
        if (future.resultCount() != 1)
            return Error(ErrorCode::Internal, QStringLiteral("no result"));
        return future.result();
    }

private Q_SLOTS:
    void identifiesItself()
    {
        LocalAuthor author;
        QCOMPARE(author.id(), QStringLiteral("local"));
        QCOMPARE(author.model(), QStringLiteral("local-author-1"));
    }

    void sameSeedGivesSameProfile()
    {
        LocalAuthor author;
        const Result<AuthoringResult> first = runAsync(author, brief(u"synthwave"_s, u"DE"_s, 42));
        const Result<AuthoringResult> second = runAsync(author, brief(u"synthwave"_s, u"DE"_s, 42));
        QVERIFY(first.ok());
        QVERIFY(second.ok());
        QCOMPARE(first->profile, second->profile);
        QCOMPARE(first->provider, QStringLiteral("local"));
        QCOMPARE(first->model, QStringLiteral("local-author-1"));
        QCOMPARE(first->exchanges.size(), 1);
        // The seed is recorded so a report can reproduce the profile.
        QVERIFY(first->exchanges.first().request.contains(u"\"42\""_s));
    }

    void differentSeedsGiveDifferentProfiles()
    {
        const Result<Artist> a = LocalAuthor::compose(brief(u"pop"_s, u"US"_s, 1), 1);
        const Result<Artist> b = LocalAuthor::compose(brief(u"pop"_s, u"US"_s, 2), 2);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->identity.stageName != b->identity.stageName);
        QVERIFY(a->identity.backstory != b->identity.backstory);
    }

    void briefWithoutSeedDrawsAndRecordsOne()
    {
        LocalAuthor author;
        ArtistBrief b = brief(u"house"_s, u"FR"_s, 0);
        b.seed.reset();
        const Result<AuthoringResult> result = runAsync(author, b);
        QVERIFY(result.ok());
        const QJsonObject request =
            QJsonDocument::fromJson(result->exchanges.first().request.toUtf8()).object();
        bool ok = false;
        const quint64 seed = request.value(u"seed"_s).toString().toULongLong(&ok);
        QVERIFY(ok);
        // Re-running with the recorded seed reproduces the profile.
        const Result<AuthoringResult> again =
            LocalAuthor::author(brief(u"house"_s, u"FR"_s, seed), seed);
        QVERIFY(again.ok());
        QCOMPARE(again->profile, result->profile);
    }

    void thousandSeedsGiveValidDistinctArtists_data()
    {
        QTest::addColumn<QString>("genre");
        QTest::addColumn<QString>("country");
        QTest::newRow("techno DE") << u"techno"_s << u"DE"_s;
        QTest::newRow("k-pop KR") << u"k-pop"_s << u"KR"_s;
        QTest::newRow("unknown genre, country without flavour") << u"sea shanty"_s << u"PT"_s;
    }

    void thousandSeedsGiveValidDistinctArtists()
    {
        QFETCH(QString, genre);
        QFETCH(QString, country);
        QSet<QString> names;
        for (quint64 seed = 1; seed <= 1000; ++seed) {
            const Result<AuthoringResult> result =
                LocalAuthor::author(brief(genre, country, seed), seed);
            QVERIFY2(result.ok(), qPrintable(errorText(result)));
            const QString issues = problems(result->profile);
            QVERIFY2(issues.isEmpty(),
                     qPrintable(QStringLiteral("seed %1:\n%2").arg(seed).arg(issues)));
            names.insert(
                result->profile.value(u"identity"_s).toObject().value(u"stageName"_s).toString());
        }
        QVERIFY2(names.size() >= 990, qPrintable(QString::number(names.size())));
    }

    void fitsGenreAndCountry_data()
    {
        QTest::addColumn<QString>("genre");
        QTest::addColumn<int>("minBpm"); // the plausible range of the genre
        QTest::addColumn<int>("maxBpm");
        const QList<std::tuple<const char *, int, int>> genres = {
            {"techno", 120, 150},   {"house", 115, 130},       {"synthwave", 80, 120},
            {"pop", 90, 130},       {"hip-hop", 75, 105},      {"trap", 125, 165},
            {"lo-fi", 65, 95},      {"ambient", 55, 100},      {"rock", 95, 165},
            {"indie", 80, 145},     {"drum & bass", 160, 180}, {"r&b", 60, 110},
            {"metal", 85, 210},     {"jazz", 65, 190},         {"k-pop", 90, 140},
            {"afrobeats", 95, 120}, {"reggaeton", 85, 105},    {"electronic", 90, 145},
        };
        for (const auto &[genre, low, high] : genres)
            QTest::newRow(genre) << QString::fromLatin1(genre) << low << high;
    }

    void fitsGenreAndCountry()
    {
        QFETCH(QString, genre);
        QFETCH(int, minBpm);
        QFETCH(int, maxBpm);
        const QList<std::pair<const char *, const char *>> countries = {
            {"DE", "de"}, {"JP", "ja"}, {"BR", "pt"}, {"RU", "ru"}, {"US", "en"}, {"GB", "en"},
            {"FR", "fr"}, {"KR", "ko"}, {"ES", "es"}, {"MX", "es"}, {"IT", "it"}, {"SE", "sv"},
            {"NG", "en"}, {"IN", "hi"}, {"KE", "sw"}, {"PL", "pl"}, {"NL", "nl"},
        };
        quint64 seed = 7;
        for (const auto &[country, language] : countries) {
            const QString code = QString::fromLatin1(country);
            const Result<Artist> artist = LocalAuthor::compose(brief(genre, code, seed), seed);
            ++seed;
            QVERIFY2(artist.ok(), qPrintable(errorText(artist)));
            const ArtistMusic &music = artist->music;
            QCOMPARE(music.primaryGenre, genre);
            QVERIFY2(music.tempoMinBpm >= minBpm && music.tempoMaxBpm <= maxBpm,
                     qPrintable(QStringLiteral("%1: %2-%3 BPM")
                                    .arg(code)
                                    .arg(music.tempoMinBpm)
                                    .arg(music.tempoMaxBpm)));
            QVERIFY(music.tempoMinBpm < music.tempoMaxBpm);
            QCOMPARE(artist->audience.targetCountries.first(), code);
            QCOMPARE(music.lyricsLanguage, QString::fromLatin1(language));
            QVERIFY(artist->identity.persona.contains(genre) ||
                    artist->identity.backstory.contains(genre));
            QVERIFY(music.instrumental == music.vocalStyle.isEmpty());
            QVERIFY(ArtistValidator::validate(artist.value()).isEmpty());
        }
    }

    void ambientAndTechnoAreMostlyInstrumental()
    {
        int instrumental = 0;
        for (quint64 seed = 0; seed < 100; ++seed) {
            instrumental +=
                LocalAuthor::compose(brief(u"ambient"_s, u"SE"_s, seed), seed)->music.instrumental;
            instrumental +=
                LocalAuthor::compose(brief(u"techno"_s, u"DE"_s, seed), seed)->music.instrumental;
        }
        QVERIFY2(instrumental > 140, qPrintable(QString::number(instrumental)));
        for (quint64 seed = 0; seed < 50; ++seed)
            QVERIFY(
                !LocalAuthor::compose(brief(u"pop"_s, u"US"_s, seed), seed)->music.instrumental);
    }

    void moodShapesValence()
    {
        double sad = 0;
        double happy = 0;
        for (quint64 seed = 0; seed < 50; ++seed) {
            sad += LocalAuthor::compose(brief(u"pop"_s, u"GB"_s, seed, u"melancholic"_s), seed)
                       ->music.valence;
            happy += LocalAuthor::compose(brief(u"pop"_s, u"GB"_s, seed, u"happy"_s), seed)
                         ->music.valence;
        }
        QVERIFY(happy > sad + 50 * 0.3);
    }

    void backstoryMentionsTheCountry()
    {
        const Result<Artist> artist = LocalAuthor::compose(brief(u"metal"_s, u"JP"_s, 3), 3);
        QVERIFY(artist.ok());
        const QString text = artist->identity.persona + artist->identity.backstory;
        QVERIFY2(text.contains(u"Japan"_s) || text.contains(u"Japanese"_s), qPrintable(text));
    }

    void refusesBadBriefs_data()
    {
        QTest::addColumn<QString>("genre");
        QTest::addColumn<QString>("country");
        QTest::newRow("no genre") << QString() << u"DE"_s;
        QTest::newRow("unknown country") << u"pop"_s << u"XX"_s;
        QTest::newRow("region, not a country") << u"pop"_s << u"EU"_s;
    }

    void refusesBadBriefs()
    {
        QFETCH(QString, genre);
        QFETCH(QString, country);
        LocalAuthor author;
        const Result<AuthoringResult> result = runAsync(author, brief(genre, country, 1));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    }

    void cancelStopsTheJob()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore gate;
        pool.start([&gate] { gate.acquire(); }); // keeps the only thread busy
        LocalAuthor author(&pool);
        QFuture<Result<AuthoringResult>> future = author.authorArtist(brief(u"rock"_s, u"GB"_s, 5));
        future.cancel();
        gate.release();
        future.waitForFinished();
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
        pool.waitForDone();
    }
};

QTEST_GUILESS_MAIN(TestLocalAuthor)
#include "tst_localauthor.moc"

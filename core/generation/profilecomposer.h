#pragma once

#include "domain/artist.h"
#include "generation/artistbrief.h"
#include "generation/seededrandom.h"
#include "util/error.h"

#include <QHash>
#include <QJsonObject>

class AuthorVocabulary;

// Writes one complete artist profile from a brief and a seed, out of the local author's word
// lists and templates: the same brief and seed always give the same profile.
// Thread: one instance per job, used on one thread.
class ProfileComposer
{
public:
    ProfileComposer(const AuthorVocabulary &vocabulary, const ArtistBrief &brief, quint64 seed);

    // InvalidInput for a brief without a genre or with an unknown country code.
    Result<Artist> compose();

private:
    void prepare();
    QString stageName();
    QString coined(int syllables);
    QString realName();
    void composeIdentity(Artist *artist);
    void composeMusic(Artist *artist);
    void composeAudience(Artist *artist);
    void composeBehaviour(Artist *artist);
    QString fill(const QString &text) const;
    QString pickTemplate(const char *key);
    QStringList list(const QJsonObject &object, const char *key) const;
    double moodShift(const char *key) const;
    double shaped(const char *key);

    const AuthorVocabulary &m_vocabulary;
    ArtistBrief m_brief;
    SeededRandom m_random;
    QJsonObject m_genre;
    QJsonObject m_country;
    QJsonObject m_mood;
    QString m_countryCode;
    QString m_genreLabel;
    QHash<QString, QString> m_words; // placeholder -> text, for the templates
};

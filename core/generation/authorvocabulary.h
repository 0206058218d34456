#pragma once

#include <QJsonObject>
#include <QString>

// The local author's word lists and templates (resources under :/generation/author/), parsed
// once on first use and read-only afterwards. Thread: immutable after construction, any thread.
class AuthorVocabulary
{
public:
    static const AuthorVocabulary &instance();

    // The genre template for a genre name or alias ("dnb" -> "drum & bass"); the generic
    // template (with an empty "label") for an unknown genre.
    QJsonObject genre(const QString &name) const;
    // Name flavour of a country code ("DE"); the generic flavour for any other code.
    QJsonObject country(const QString &alpha2) const;
    bool hasCountryFlavour(const QString &alpha2) const;
    // ISO 639-1 lyrics language for a country: its flavour's language, else the country's most
    // widely used language according to QLocale, else "en".
    QString lyricsLanguage(const QString &alpha2) const;
    // Shifts for a mood word ("melancholic"); empty for an unknown mood.
    QJsonObject mood(const QString &word) const;
    QJsonObject templates() const { return m_templates; }
    // Every genre label with its own template, e.g. for the GUI's genre combo box.
    QStringList genreLabels() const;

    static QString normalizeGenre(const QString &name);

private:
    AuthorVocabulary();

    QJsonObject m_genres;
    QJsonObject m_countries;
    QJsonObject m_moods;
    QJsonObject m_templates;
};

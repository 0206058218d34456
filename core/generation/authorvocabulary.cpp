#include "authorvocabulary.h"

#include "logging/logcategories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {

QJsonObject loadResource(const QString &name)
{
    const QString path = QStringLiteral(":/generation/author/") + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGeneration) << "local author resource missing:" << path;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        qCWarning(lcGeneration) << "local author resource" << path
                                << "is not a JSON object:" << error.errorString();
    return document.object();
}

const QString kGeneric = QStringLiteral("_generic");

} // namespace

AuthorVocabulary::AuthorVocabulary()
    : m_genres(loadResource(QStringLiteral("genres.json")))
    , m_countries(loadResource(QStringLiteral("countries.json")))
    , m_moods(loadResource(QStringLiteral("moods.json")))
    , m_templates(loadResource(QStringLiteral("templates.json")))
{}

const AuthorVocabulary &AuthorVocabulary::instance()
{
    static const AuthorVocabulary vocabulary; // thread-safe one-time initialisation
    return vocabulary;
}

QString AuthorVocabulary::normalizeGenre(const QString &name)
{
    return name.simplified().toLower();
}

QJsonObject AuthorVocabulary::genre(const QString &name) const
{
    const QString wanted = normalizeGenre(name);
    for (auto it = m_genres.begin(); it != m_genres.end(); ++it) {
        if (it.key().startsWith(u'_'))
            continue;
        const QJsonObject genre = it.value().toObject();
        if (it.key() == wanted)
            return genre;
        const QJsonArray aliases = genre.value(QStringLiteral("aliases")).toArray();
        for (const QJsonValue &alias : aliases) {
            if (alias.toString() == wanted)
                return genre;
        }
    }
    return m_genres.value(kGeneric).toObject();
}

QJsonObject AuthorVocabulary::country(const QString &alpha2) const
{
    const QJsonValue value = m_countries.value(alpha2.toUpper());
    if (value.isObject() && !alpha2.startsWith(u'_'))
        return value.toObject();
    return m_countries.value(kGeneric).toObject();
}

bool AuthorVocabulary::hasCountryFlavour(const QString &alpha2) const
{
    return !alpha2.startsWith(u'_') && m_countries.contains(alpha2.toUpper());
}

QString AuthorVocabulary::lyricsLanguage(const QString &alpha2) const
{
    if (hasCountryFlavour(alpha2))
        return country(alpha2).value(QStringLiteral("language")).toString();
    const QLocale::Territory territory = QLocale::codeToTerritory(alpha2.toUpper());
    if (territory == QLocale::AnyTerritory)
        return QStringLiteral("en");
    const QLocale locale(QLocale::AnyLanguage, territory);
    const QString code = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
    if (code.size() == 2 && locale.language() != QLocale::C)
        return code.toLower();
    return QStringLiteral("en");
}

QJsonObject AuthorVocabulary::mood(const QString &word) const
{
    return m_moods.value(word.simplified().toLower()).toObject();
}

QStringList AuthorVocabulary::genreLabels() const
{
    QStringList labels;
    for (auto it = m_genres.begin(); it != m_genres.end(); ++it) {
        if (!it.key().startsWith(u'_'))
            labels.append(it.key());
    }
    return labels;
}

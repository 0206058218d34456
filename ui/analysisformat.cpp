#include "analysisformat.h"

#include <QLocale>

#include <cmath>

QString AnalysisFormat::duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return {};
    const qint64 total = qRound64(seconds);
    const qint64 hours = total / 3600;
    const qint64 minutes = (total / 60) % 60;
    const qint64 secs = total % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(secs, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
}

QString AnalysisFormat::bpm(double bpm)
{
    if (!std::isfinite(bpm) || bpm <= 0)
        return {};
    return QLocale().toString(bpm, 'f', 1);
}

QString AnalysisFormat::decibels(double value, const QString &unit)
{
    if (!std::isfinite(value))
        return {};
    return tr("%1 %2").arg(QLocale().toString(value, 'f', 1), unit);
}

QString AnalysisFormat::percent(double fraction)
{
    if (!std::isfinite(fraction))
        return {};
    return tr("%1 %").arg(qRound(fraction * 100));
}

QStringList AnalysisFormat::allKeys()
{
    static const QStringList names = {
        QStringLiteral("C"),  QStringLiteral("C#"), QStringLiteral("D"),  QStringLiteral("D#"),
        QStringLiteral("E"),  QStringLiteral("F"),  QStringLiteral("F#"), QStringLiteral("G"),
        QStringLiteral("G#"), QStringLiteral("A"),  QStringLiteral("A#"), QStringLiteral("B")};
    QStringList keys;
    for (const QString &name : names)
        keys.append(name + QStringLiteral(" major"));
    for (const QString &name : names)
        keys.append(name + QStringLiteral(" minor"));
    return keys;
}

bool AnalysisFormat::parseKey(const QString &key, int *pitchClass, bool *minor)
{
    const QStringList parts = key.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 2 || parts[0].isEmpty())
        return false;
    static const int natural[] = {9, 11, 0, 2, 4, 5, 7}; // A B C D E F G
    const QChar letter = parts[0].at(0).toUpper();
    if (letter < u'A' || letter > u'G')
        return false;
    int pc = natural[letter.unicode() - u'A'];
    for (qsizetype i = 1; i < parts[0].size(); ++i) {
        const QChar accidental = parts[0].at(i);
        if (accidental == u'#' || accidental == QChar(0x266F))
            ++pc;
        else if (accidental == u'b' || accidental == QChar(0x266D))
            --pc;
        else
            return false;
    }
    const QString mode = parts[1].toLower();
    if (mode != QLatin1String("major") && mode != QLatin1String("minor"))
        return false;
    if (pitchClass)
        *pitchClass = ((pc % 12) + 12) % 12;
    if (minor)
        *minor = mode == QLatin1String("minor");
    return true;
}

QString AnalysisFormat::camelot(const QString &key)
{
    int pc = 0;
    bool minor = false;
    if (!parseKey(key, &pc, &minor))
        return {};
    // The wheel walks in fifths: C major is 8B, each fifth up adds one; a minor key sits on
    // the number of its relative major (three semitones up).
    const int majorPc = minor ? (pc + 3) % 12 : pc;
    const int number = (majorPc * 7 + 7) % 12 + 1;
    return QString::number(number) + (minor ? u'A' : u'B');
}

QString AnalysisFormat::keyDisplay(const QString &key, bool camelotNotation)
{
    if (key.isEmpty())
        return {};
    int pc = 0;
    bool minor = false;
    if (!parseKey(key, &pc, &minor))
        return key;
    if (camelotNotation)
        return camelot(key);
    const QString tonic = key.trimmed().section(u' ', 0, 0);
    return minor ? tr("%1 minor").arg(tonic) : tr("%1 major").arg(tonic);
}

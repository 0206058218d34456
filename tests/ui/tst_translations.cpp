#include "artistfilterbar.h"
#include "artistfilterproxymodel.h"
#include "artiststablemodel.h"
#include "studiotranslations.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// One <message> of a .ts file as lupdate wrote it.
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one entry, or one per numerus form
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(STUDIO_TEST_DATA_DIR "/../../translations/artist_studio_%1.ts")
        .arg(language);
}

// An accelerator is '&' before a letter; "&&" is a literal ampersand.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("(?<!&)&(?!&)\\w"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    return accelerator.match(text).hasMatch();
}

} // namespace

// The German and Russian translations: compiled into the binary, complete, and installed by
// StudioTranslations::install as the settings dialog's language choice expects.
class TstTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void compiledTranslationTranslatesUi_data();
    void compiledTranslationTranslatesUi();
    void russianPluralsFollowTheNumber_data();
    void russianPluralsFollowTheNumber();
    void widgetsShowTheInstalledLanguage();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void installPicksLanguage_data();
    void installPicksLanguage();
};

void TstTranslations::cleanup()
{
    // install() parents its translators to the application; drop them between tests.
    const auto translators = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TstTranslations::compiledTranslationTranslatesUi_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("de navigation") << "de"
                                   << "MainWindow"
                                   << "Artists" << u"Künstler"_qs;
    QTest::newRow("de settings menu") << "de"
                                      << "MainWindow" << u"&Settings…"_qs << u"&Einstellungen …"_qs;
    QTest::newRow("de new artist")
        << "de"
        << "ArtistsPane" << u"&New Artist…"_qs << u"&Neuer Künstler …"_qs;
    QTest::newRow("de cancel") << "de"
                               << "TaskProgressWidget"
                               << "Cancel"
                               << "Abbrechen";
    QTest::newRow("de core error")
        << "de"
        << "ArtistValidator"
        << "Stage name is required." << u"Der Künstlername ist erforderlich."_qs;
    QTest::newRow("ru navigation") << "ru"
                                   << "MainWindow"
                                   << "Artists" << u"Артисты"_qs;
    QTest::newRow("ru settings menu") << "ru"
                                      << "MainWindow" << u"&Settings…"_qs << u"&Настройки…"_qs;
    QTest::newRow("ru new artist") << "ru"
                                   << "ArtistsPane" << u"&New Artist…"_qs << u"&Новый артист…"_qs;
    QTest::newRow("ru cancel") << "ru"
                               << "TaskProgressWidget"
                               << "Cancel" << u"Отмена"_qs;
    QTest::newRow("ru core error")
        << "ru"
        << "ArtistValidator"
        << "Stage name is required." << u"Сценическое имя обязательно."_qs;
}

void TstTranslations::compiledTranslationTranslatesUi()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/artist_studio_%1.qm").arg(language)),
             "the .qm is not embedded under :/i18n");
    QCOMPARE(translator.language(), language);
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()),
             expected);
}

void TstTranslations::russianPluralsFollowTheNumber_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("2") << 2 << u"2 артиста"_qs;
    QTest::newRow("5") << 5 << u"5 артистов"_qs;
    QTest::newRow("11") << 11 << u"11 артистов"_qs;
    QTest::newRow("21") << 21 << u"21 артист"_qs;
    QTest::newRow("24") << 24 << u"24 артиста"_qs;
}

void TstTranslations::russianPluralsFollowTheNumber()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/artist_studio_ru.qm")));
    QCoreApplication::installTranslator(&translator);
    const QString text =
        QCoreApplication::translate("ArtistFilterBar", "%n artists", nullptr, count);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

void TstTranslations::widgetsShowTheInstalledLanguage()
{
    QCOMPARE(StudioTranslations::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    ArtistsTableModel model;
    ArtistFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    ArtistFilterBar bar(&model, &proxy);

    QCOMPARE(model.headerData(ArtistsTableModel::CountriesColumn, Qt::Horizontal).toString(),
             u"Länder"_qs);
    QCOMPARE(model.headerData(ArtistsTableModel::LastRunColumn, Qt::Horizontal).toString(),
             u"Letzter Durchlauf"_qs);
    QCOMPARE(bar.searchField()->placeholderText(), u"Name, Genre oder Land suchen (Strg+F)"_qs);
    QStringList boxes;
    for (const QCheckBox *box : bar.findChildren<QCheckBox *>())
        boxes.append(box->text());
    QVERIFY2(boxes.contains(u"Archivierte anzeigen"_qs), qPrintable(boxes.join(u", ")));
}

void TstTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("numerusForms");
    QTest::newRow("de") << "de" << 2;
    QTest::newRow("ru") << "ru" << 3;
}

void TstTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, numerusForms);

    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QVERIFY(ts.messages.size() > 100);

    static const QRegularExpression placeholder(QStringLiteral("%([1-9]|n)"));
    QStringList problems;
    for (const TsMessage &message : ts.messages) {
        const QString where = message.context + QStringLiteral(" \"") + message.source + u'"';
        if (!message.type.isEmpty()) {
            problems.append(where + QStringLiteral(": type=") + message.type);
            continue;
        }
        const qsizetype expectedForms = message.numerus ? numerusForms : 1;
        if (message.translations.size() != expectedForms) {
            problems.append(where + QStringLiteral(": %1 forms instead of %2")
                                        .arg(message.translations.size())
                                        .arg(expectedForms));
            continue;
        }
        QSet<QString> wanted;
        for (auto it = placeholder.globalMatch(message.source); it.hasNext();)
            wanted.insert(it.next().captured());
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems.append(where + QStringLiteral(": empty translation"));
                continue;
            }
            for (const QString &marker : wanted) {
                if (!translation.contains(marker))
                    problems.append(
                        where + QStringLiteral(": %1 missing in \"%2\"").arg(marker, translation));
            }
            if (hasAccelerator(message.source) != hasAccelerator(translation))
                problems.append(
                    where + QStringLiteral(": accelerator mismatch in \"%1\"").arg(translation));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstTranslations::installPicksLanguage_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("artists");
    QTest::newRow("de") << "de"
                        << "de" << u"Künstler"_qs;
    QTest::newRow("de_AT") << "de_AT"
                           << "de" << u"Künstler"_qs;
    QTest::newRow("ru") << "ru"
                        << "ru" << u"Артисты"_qs;
    QTest::newRow("en") << "en"
                        << "en"
                        << "Artists";
    QTest::newRow("unknown") << "xx"
                             << "en"
                             << "Artists";
    QTest::newRow("no translation shipped") << "fr"
                                            << "en"
                                            << "Artists";
}

void TstTranslations::installPicksLanguage()
{
    QFETCH(QString, requested);
    QFETCH(QString, installed);
    QFETCH(QString, artists);

    QCOMPARE(StudioTranslations::install(*qApp, requested), installed);
    QCOMPARE(QCoreApplication::translate("MainWindow", "Artists"), artists);
    QCOMPARE(StudioTranslations::available(), (QStringList{u"de"_qs, u"ru"_qs}));
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"

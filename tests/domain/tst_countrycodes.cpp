#include "domain/countrycodes.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCountryCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryAssignedCode();
    void validates_data();
    void validates();
    void namesCountries();
};

void TestCountryCodes::listsEveryAssignedCode()
{
    const QStringList codes = CountryCodes::all();
    QCOMPARE(codes.size(), 249);
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 249);
    for (const QString &code : codes) {
        QVERIFY2(CountryCodes::isValid(code), qPrintable(code));
        QVERIFY2(!CountryCodes::name(code).isEmpty(), qPrintable(code));
    }
}

void TestCountryCodes::validates_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("first") << u"AD"_s << true;
    QTest::newRow("last") << u"ZW"_s << true;
    QTest::newRow("Germany") << u"DE"_s << true;
    QTest::newRow("Great Britain") << u"GB"_s << true;
    QTest::newRow("UK is not ISO") << u"UK"_s << false;
    QTest::newRow("EU is not a country") << u"EU"_s << false;
    QTest::newRow("lower case") << u"de"_s << false;
    QTest::newRow("alpha-3") << u"DEU"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("user-assigned") << u"XX"_s << false;
}

void TestCountryCodes::validates()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(CountryCodes::isValid(code), valid);
    QCOMPARE(CountryCodes::name(code).isEmpty(), !valid);
}

void TestCountryCodes::namesCountries()
{
    QCOMPARE(CountryCodes::name(u"DE"_s), u"Germany"_s);
    QCOMPARE(CountryCodes::name(u"BR"_s), u"Brazil"_s);
    QCOMPARE(CountryCodes::name(u"CI"_s), u"Côte d'Ivoire"_s);
    QCOMPARE(CountryCodes::name(u"AX"_s), u"Åland Islands"_s);
}

QTEST_GUILESS_MAIN(TestCountryCodes)
#include "tst_countrycodes.moc"

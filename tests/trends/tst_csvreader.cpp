#include "trends/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct ReadAll
{
    QList<QStringList> records;
    QList<qint64> lines;
    CsvReader::Status last = CsvReader::Status::End;
    QString error;
};

ReadAll readAll(const QByteArray &bytes, qsizetype maxField = CsvReader::kDefaultMaxFieldBytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, maxField);
    ReadAll result;
    QStringList fields;
    while ((result.last = reader.readRecord(&fields)) == CsvReader::Status::Record) {
        result.records.append(fields);
        result.lines.append(reader.lineNumber());
    }
    result.error = reader.errorString();
    return result;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRecords_data();
    void parsesRecords();
    void reportsTheLineEachRecordStartsOn();
    void readsAcrossChunkBoundaries();
    void errors_data();
    void errors();
    void hugeFieldIsRefusedWithBoundedMemory();
};

void TestCsvReader::parsesRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n")
                        << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("CRLF, no final newline")
        << QByteArray("a,b\r\n1,2") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("quoted comma and doubled quote")
        << QByteArray("\"x, y\",\"say \"\"hi\"\"\"\n")
        << QList<QStringList>{{u"x, y"_s, u"say \"hi\""_s}};
    QTest::newRow("newline inside quotes")
        << QByteArray("\"two\r\nlines\",b\n") << QList<QStringList>{{u"two\r\nlines"_s, u"b"_s}};
    QTest::newRow("empty fields") << QByteArray(",,\n\"\",x\n")
                                  << QList<QStringList>{{u""_s, u""_s, u""_s}, {u""_s, u"x"_s}};
    QTest::newRow("BOM is not part of the first name")
        << QByteArray("\xEF\xBB\xBF"
                      "country,date\n")
        << QList<QStringList>{{u"country"_s, u"date"_s}};
    QTest::newRow("blank lines skipped")
        << QByteArray("a\n\n\r\nb\n") << QList<QStringList>{{u"a"_s}, {u"b"_s}};
    QTest::newRow("UTF-8") << QByteArray("Beyonc\xC3\xA9,\xE6\x97\xA5\xE6\x9C\xAC\n")
                           << QList<QStringList>{{u"Beyoncé"_s, u"日本"_s}};
}

void TestCsvReader::parsesRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    const ReadAll result = readAll(input);
    QCOMPARE(result.last, CsvReader::Status::End);
    QCOMPARE(result.records, expected);
}

void TestCsvReader::reportsTheLineEachRecordStartsOn()
{
    const ReadAll result = readAll("h1,h2\r\n\"multi\nline\",x\r\n\r\nlast,y\r\n");
    QCOMPARE(result.last, CsvReader::Status::End);
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.lines, (QList<qint64>{1, 2, 5}));
}

void TestCsvReader::readsAcrossChunkBoundaries()
{
    // 100,000 records (about 2.4 MB) cross many 64 KiB chunk edges, CRLF and quotes included.
    QByteArray input;
    for (int i = 0; i < 100000; ++i)
        input += "DE,\"q,\"\"" + QByteArray::number(i) + "\",x\r\n";
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList fields;
    int count = 0;
    while (reader.readRecord(&fields) == CsvReader::Status::Record) {
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(1), u"q,\""_s + QString::number(count));
        QCOMPARE(reader.lineNumber(), qint64(count + 1));
        ++count;
    }
    QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    QCOMPARE(count, 100000);
    QCOMPARE(reader.bytesRead(), qint64(input.size()));
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("recordsBefore");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unterminated quote at EOF")
        << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n") << 2 << u"line 3"_s;
    QTest::newRow("text after closing quote") << QByteArray("a\n\"x\"y\n") << 1 << u"Line 2"_s;
    QTest::newRow("binary (NUL byte)")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 0 << u"binary"_s;
    QTest::newRow("invalid UTF-8")
        << QByteArray("a\nok\nbad \xC3\x28 byte\n") << 2 << u"Line 3 is not valid UTF-8"_s;
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, recordsBefore);
    QFETCH(QString, mentions);
    const ReadAll result = readAll(input);
    QCOMPARE(result.last, CsvReader::Status::Error);
    QCOMPARE(result.records.size(), recordsBefore);
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
}

void TestCsvReader::hugeFieldIsRefusedWithBoundedMemory()
{
    // A 10 MB field: the reader stops at its limit instead of buffering it.
    QByteArray input = "country,date\nDE,";
    input += QByteArray(10 * 1024 * 1024, 'x');
    input += "\n";
    const ReadAll result = readAll(input);
    QCOMPARE(result.last, CsvReader::Status::Error);
    QCOMPARE(result.records.size(), 1);
    QVERIFY2(result.error.contains(u"line 2"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"1024 KiB"_s), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

#include "services/studio.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"
#include "trendimportwizard.h"
#include "trends/chartcsvimporter.h"
#include "trends/trendstore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

// The Import Trends wizard on a real chart-CSV import into a temporary studio: the report lists
// rejected rows with their line numbers, skip-bad-rows imports the rest, and Cancel leaves
// nothing imported. The wizard only sees an importer function, as the pane binds it to the
// TrendService; here it runs the same ChartCsvImporter on a pool thread.
class TstTrendImportWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void badRowsAreListedWithLineNumbersAndNothingIsImported();
    void skipBadRowsImportsTheRest();
    void cancelLeavesNothingImported();
    void missingFileReportsTheError();

private:
    TrendImportWizard::Importer importer();
    QString writeCsv(const QString &name, int goodRows, bool withBadRows);
    QList<ImportSource> sources();
    bool runImport(TrendImportWizard &wizard);

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Studio> m_studio;
};

void TstTrendImportWizard::init()
{
    m_env = std::make_unique<TestEnvironment>();
    Result<std::unique_ptr<Studio>> studio = Studio::open({m_env->dataDir(), false});
    QVERIFY2(studio.ok(), studio.ok() ? "" : qPrintable(studio.error().message));
    m_studio = std::move(studio.value());
}

void TstTrendImportWizard::cleanup()
{
    m_studio.reset();
    m_env.reset();
}

TrendImportWizard::Importer TstTrendImportWizard::importer()
{
    std::shared_ptr<Database> database = m_studio->database();
    return [database](const QString &path, TrendImportFormat, const ImportOptions &options) {
        return QtConcurrent::run([database, path, options]() -> Result<ImportReport> {
            DbConnection connection(*database);
            return ChartCsvImporter(connection.database()).importFile(path, options);
        });
    };
}

QString TstTrendImportWizard::writeCsv(const QString &name, int goodRows, bool withBadRows)
{
    QByteArray csv = "country,date,rank,streams,track,artist,genre,tempo,key,mode,energy,"
                     "danceability,valence,loudness,duration_ms\n";
    const QDate monday(2024, 1, 1);
    for (int i = 0; i < goodRows; ++i) {
        const QDate date = monday.addDays(7 * (i % 20));
        csv +=
            QStringLiteral("%1,%2,%3,%4,Track %5,Artist,synthwave,%6,5,1,0.7,0.6,0.5,-8,200000\n")
                .arg(i % 2 ? QStringLiteral("DE") : QStringLiteral("FR"),
                     date.toString(Qt::ISODate))
                .arg(i % 50 + 1)
                .arg(1000 + i)
                .arg(i)
                .arg(110 + i % 30)
                .toUtf8();
        if (withBadRows && i == 2)
            csv += "DE,2024-02-30,1,100,Bad date,Artist,pop,120,5,1,0.5,0.5,0.5,-8,200000\n";
        if (withBadRows && i == 4)
            csv += "DE,2024-01-08,2,100,Too fast,Artist,pop,900,5,1,0.5,0.5,0.5,-8,200000\n";
    }
    const QString path = m_env->path(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<ImportSource> TstTrendImportWizard::sources()
{
    DbConnection connection(*m_studio->database());
    Result<QList<ImportSource>> list = TrendStore(connection.database()).sources();
    if (!list.ok())
        qFatal("%s", qPrintable(list.error().message));
    return list.value();
}

bool TstTrendImportWizard::runImport(TrendImportWizard &wizard)
{
    QSignalSpy finished(&wizard, &TrendImportWizard::importFinished);
    auto *start = wizard.findChild<QPushButton *>(QStringLiteral("trendImportStart"));
    if (!start || !start->isEnabled())
        return false;
    start->click();
    return finished.wait(60000);
}

void TstTrendImportWizard::badRowsAreListedWithLineNumbersAndNothingIsImported()
{
    const QString csv = writeCsv(QStringLiteral("charts.csv"), 10, true);
    TrendImportWizard wizard(importer());
    wizard.resize(760, 480);
    wizard.show();
    QCOMPARE(wizard.page(), TrendImportWizard::ChoosePage);
    auto *start = wizard.findChild<QPushButton *>(QStringLiteral("trendImportStart"));
    QVERIFY(!start->isEnabled()); // nothing chosen yet
    wizard.setPath(csv);
    QVERIFY(runImport(wizard));

    QCOMPARE(wizard.page(), TrendImportWizard::ReportPage);
    QVERIFY(wizard.outcome() && wizard.outcome()->ok());
    QVERIFY(!wizard.outcome()->value().committed);
    QVERIFY2(wizard.summaryLabel()->text().startsWith(QStringLiteral("Nothing was imported: 2")),
             qPrintable(wizard.summaryLabel()->text()));
    // Line 1 is the header: the bad date follows good rows 0-2 (lines 2-4), the bad tempo
    // follows rows 3-4 (lines 6-7).
    QTableWidget *table = wizard.rejectedTable();
    QVERIFY(table->isVisibleTo(&wizard));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("5"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("date"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("8"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("tempo"));
    QVERIFY(!table->item(1, 2)->text().isEmpty());
    QVERIFY(sources().isEmpty());

    // The report is copyable as text, one tab-separated line per rejected row.
    wizard.copyReport();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("\n5\tdate\t")), qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("\n8\ttempo\t")));

    const QString dir = qEnvironmentVariable("ARTIST_STUDIO_SCREENSHOT_DIR");
    QCoreApplication::processEvents(); // the wrapped summary takes its height
    if (!dir.isEmpty())
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/trends-import-report.png")));
}

void TstTrendImportWizard::skipBadRowsImportsTheRest()
{
    const QString csv = writeCsv(QStringLiteral("charts.csv"), 10, true);
    TrendImportWizard wizard(importer());
    wizard.setPath(csv);
    wizard.setSkipBadRows(true);
    QVERIFY(runImport(wizard));
    QVERIFY(wizard.outcome()->value().committed);
    QCOMPARE(wizard.outcome()->value().rowsAccepted, 10);
    QCOMPARE(wizard.summaryLabel()->text(),
             QStringLiteral("Imported 10 rows; 2 rejected rows were skipped."));
    QCOMPARE(wizard.rejectedTable()->rowCount(), 2);
    const QList<ImportSource> imported = sources();
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().rowsAccepted, 10);

    // Import Another goes back to the first page with the choices kept.
    wizard.findChild<QPushButton *>(QStringLiteral("trendImportAnother"))->click();
    QCOMPARE(wizard.page(), TrendImportWizard::ChoosePage);
    QCOMPARE(wizard.path(), csv);
}

void TstTrendImportWizard::cancelLeavesNothingImported()
{
    // Large enough that the importer polls the cancel flag before it writes.
    const QString csv = writeCsv(QStringLiteral("big.csv"), 5000, false);
    TrendImportWizard wizard(importer());
    wizard.show();
    wizard.setPath(csv);
    QSignalSpy finished(&wizard, &TrendImportWizard::importFinished);
    wizard.startImport();
    QCOMPARE(wizard.page(), TrendImportWizard::ProgressPage);
    QVERIFY(wizard.isImporting());
    // The dialog's Cancel stops the import instead of closing over it.
    wizard.findChild<QPushButton *>(QStringLiteral("trendImportCancel"))->click();
    QVERIFY(wizard.isVisible());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(wizard.page(), TrendImportWizard::ReportPage);
    QCOMPARE(wizard.summaryLabel()->text(),
             QStringLiteral("The import was cancelled. Nothing was imported."));
    QVERIFY(sources().isEmpty());
}

void TstTrendImportWizard::missingFileReportsTheError()
{
    TrendImportWizard wizard(importer());
    wizard.setPath(m_env->path(QStringLiteral("nowhere.csv")));
    QVERIFY(runImport(wizard));
    QVERIFY(!wizard.outcome()->ok());
    QVERIFY(wizard.summaryLabel()->text().startsWith(QStringLiteral("Nothing was imported: ")));
    QVERIFY(!wizard.rejectedTable()->isVisibleTo(&wizard));
}

QTEST_MAIN(TstTrendImportWizard)
#include "tst_trendimportwizard.moc"

#include "versionhistorydialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

namespace {

QJsonObject change(const QString &field, const QJsonValue &before, const QJsonValue &after)
{
    QJsonObject object{{QStringLiteral("field"), field}};
    if (!before.isUndefined())
        object.insert(QStringLiteral("before"), before);
    if (!after.isUndefined())
        object.insert(QStringLiteral("after"), after);
    return object;
}

QList<ArtistVersion> history()
{
    ArtistVersion first;
    first.artistId = QStringLiteral("a1");
    first.version = 1;
    first.createdAt = QDateTime(QDate(2024, 1, 5), QTime(9, 0), Qt::UTC);
    first.source = ChangeSource::Creation;
    first.reason = QStringLiteral("Created by the local author");

    ArtistVersion second;
    second.artistId = QStringLiteral("a1");
    second.version = 2;
    second.createdAt = QDateTime(QDate(2024, 2, 7), QTime(18, 30), Qt::UTC);
    second.source = ChangeSource::Operator;
    second.reason = QStringLiteral("Faster and brighter");
    second.diff = QJsonArray{
        change(QStringLiteral("music.tempoMaxBpm"), 120, 128),
        change(QStringLiteral("identity.influences"), QJsonArray{QStringLiteral("Kraftwerk")},
               QJsonArray{QStringLiteral("Kraftwerk"), QStringLiteral("Robyn")}),
        change(QStringLiteral("identity.backstory"), QString(QStringLiteral("short")),
               QString(QStringLiteral("word ")).repeated(100)),
        change(QStringLiteral("identity.realName"), QJsonValue(QJsonValue::Undefined),
               QStringLiteral("Nora")),
    };
    return {first, second};
}

} // namespace

class TestVersionHistoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsVersionsNewestFirst()
    {
        VersionHistoryDialog dialog(history());
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("versionList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("2"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Operator"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Faster and brighter"));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("Creation"));
        QVERIFY(!list->topLevelItem(1)->text(1).isEmpty());
    }

    void showsDiffOfSelectedVersion()
    {
        VersionHistoryDialog dialog(history());
        auto *diff = dialog.findChild<QTableWidget *>(QStringLiteral("diffTable"));
        QVERIFY(diff);
        QCOMPARE(diff->rowCount(), 4); // the newest is selected at first
        QCOMPARE(diff->item(0, 0)->text(), QStringLiteral("music.tempoMaxBpm"));
        QCOMPARE(diff->item(0, 1)->text(), QStringLiteral("120"));
        QCOMPARE(diff->item(0, 2)->text(), QStringLiteral("128"));
        QCOMPARE(diff->item(1, 2)->text(), QStringLiteral("Kraftwerk, Robyn"));
        QCOMPARE(diff->item(3, 1)->text(), QStringLiteral("—")); // field added

        // Long values are elided, with the whole text in the tooltip.
        const QString longText = QString(QStringLiteral("word ")).repeated(100);
        QTableWidgetItem *longItem = diff->item(2, 2);
        QVERIFY(longItem->text().size() < longText.size());
        QVERIFY(longItem->text().endsWith(u'…'));
        QCOMPARE(longItem->toolTip(), longText);

        dialog.selectRow(1);
        QCOMPARE(diff->rowCount(), 0);
        auto *title = dialog.findChild<QLabel *>(QStringLiteral("diffTitle"));
        QVERIFY(title->text().contains(QStringLiteral("no fields")));
    }

    void emptyHistory()
    {
        VersionHistoryDialog dialog({});
        auto *title = dialog.findChild<QLabel *>(QStringLiteral("diffTitle"));
        QVERIFY(title->text().contains(QStringLiteral("no saved versions")));
    }
};

QTEST_MAIN(TestVersionHistoryDialog)
#include "tst_versionhistorydialog.moc"

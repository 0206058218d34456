#include "versionhistorydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kMaxShownChars = 120;

QString sourceText(ChangeSource source)
{
    switch (source) {
    case ChangeSource::Operator:
        return VersionHistoryDialog::tr("Operator");
    case ChangeSource::Evolution:
        return VersionHistoryDialog::tr("Evolution");
    case ChangeSource::Import:
        return VersionHistoryDialog::tr("Import");
    case ChangeSource::Creation:
        return VersionHistoryDialog::tr("Creation");
    }
    return {};
}

QTableWidgetItem *valueItem(const QJsonValue &value)
{
    const QString full = VersionHistoryDialog::displayValue(value);
    // Elide by characters here; the view elides further to the column width.
    QString shown = full;
    shown.replace(u'\n', u' ');
    if (shown.size() > kMaxShownChars)
        shown = shown.left(kMaxShownChars - 1) + u'…';
    auto *item = new QTableWidgetItem(shown);
    item->setToolTip(full);
    if (value.isUndefined() || value.isNull())
        item->setForeground(QPalette().brush(QPalette::PlaceholderText));
    return item;
}

} // namespace

VersionHistoryDialog::VersionHistoryDialog(const QList<ArtistVersion> &versions, QWidget *parent)
    : QDialog(parent)
    , m_versions(versions)
    , m_list(new QTreeWidget(this))
    , m_diff(new QTableWidget(this))
    , m_diffTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("versionHistoryDialog"));
    setWindowTitle(tr("Version History"));
    resize(820, 560);
    std::sort(m_versions.begin(), m_versions.end(),
              [](const ArtistVersion &a, const ArtistVersion &b) { return a.version > b.version; });

    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Version"), tr("Date"), tr("Source"), tr("Reason")});
    const QLocale locale;
    for (const ArtistVersion &version : std::as_const(m_versions)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(version.version));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, locale.toString(version.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, sourceText(version.source));
        item->setText(3, version.reason.isEmpty() ? tr("(no reason given)") : version.reason);
        item->setToolTip(3, version.reason);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    m_diffTitle->setObjectName(QStringLiteral("diffTitle"));
    m_diff->setObjectName(QStringLiteral("diffTable"));
    m_diff->setColumnCount(3);
    m_diff->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_diff->verticalHeader()->hide();
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diff->setWordWrap(false);
    m_diff->setTextElideMode(Qt::ElideRight);
    m_diff->setAlternatingRowColors(true);
    m_diff->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_diff->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_diff->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *diffPane = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diff, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(diffPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { showDiff(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    if (m_versions.isEmpty())
        m_diffTitle->setText(tr("This artist has no saved versions yet."));
    else
        selectRow(0);
}

void VersionHistoryDialog::selectRow(int row)
{
    if (row >= 0 && row < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row));
}

QString VersionHistoryDialog::displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 10);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        // A list of strings reads best as "a, b, c"; anything else as compact JSON.
        const QJsonArray array = value.toArray();
        QStringList parts;
        for (const QJsonValue &entry : array) {
            if (!entry.isString())
                return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
            parts.append(entry.toString());
        }
        return parts.isEmpty() ? tr("(empty)") : parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

void VersionHistoryDialog::showDiff(int row)
{
    m_diff->setRowCount(0);
    if (row < 0 || row >= m_versions.size())
        return;
    const ArtistVersion &version = m_versions.at(row);
    const QJsonArray diff = version.diff;
    if (diff.isEmpty())
        m_diffTitle->setText(tr("Version %1 changed no fields.").arg(version.version));
    else
        m_diffTitle->setText(
            diff.size() == 1 ? tr("Changes in version %1 (1 field)").arg(version.version)
                             : tr("Changes in version %1 (%n fields)", nullptr, int(diff.size()))
                                   .arg(version.version));
    m_diff->setRowCount(int(diff.size()));
    for (int i = 0; i < diff.size(); ++i) {
        const QJsonObject change = diff.at(i).toObject();
        auto *fieldItem = new QTableWidgetItem(change.value(QLatin1String("field")).toString());
        fieldItem->setToolTip(fieldItem->text());
        m_diff->setItem(i, 0, fieldItem);
        m_diff->setItem(i, 1, valueItem(change.value(QLatin1String("before"))));
        m_diff->setItem(i, 2, valueItem(change.value(QLatin1String("after"))));
    }
}

#include "artiststablecolumns.h"

#include "artiststablemodel.h"

#include <QDate>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

#include <algorithm>

void fitArtistsTableColumns(QTableView *table, const ArtistsTableModel *model)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArtistsTableModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics cell = table->fontMetrics();
    const QFontMetrics head = header->fontMetrics();
    auto fit = [&](int column, const QStringList &samples) {
        int width = head.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString());
        width += head.height(); // the sort arrow
        for (const QString &sample : samples)
            width = std::max(width, cell.horizontalAdvance(sample));
        header->resizeSection(column, width + 2 * cell.averageCharWidth() + 8);
    };
    fit(ArtistsTableModel::GenreColumn, {QStringLiteral("drum & bass")});
    fit(ArtistsTableModel::CountriesColumn, {QStringLiteral("DE, FR, GB")});
    QStringList statuses;
    for (int status = 0; status <= int(LifecycleStatus::Retired); ++status)
        statuses.append(ArtistsTableModel::statusText(LifecycleStatus(status)));
    fit(ArtistsTableModel::StatusColumn, statuses);
    fit(ArtistsTableModel::LastRunColumn,
        {QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat),
         ArtistsTableModel::tr("Never")});
    fit(ArtistsTableModel::VersionColumn, {QStringLiteral("999")});
}

#pragma once

#include "domain/artistversion.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTableWidget;
class QTreeWidget;

// Read-only history of one artist: every saved version (number, date, source, reason) and, for
// the selected one, what changed as a table of field / before / after. Long values are elided;
// the full text is in the tooltip. Thread: GUI.
class VersionHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VersionHistoryDialog(const QList<ArtistVersion> &versions, QWidget *parent = nullptr);

    // Shows the diff of the version in row `row` of the list (newest first).
    void selectRow(int row);

    // How a diff value reads in the table ("—" when the field was added or removed).
    static QString displayValue(const QJsonValue &value);

private:
    void showDiff(int row);

    QList<ArtistVersion> m_versions; // newest first
    QTreeWidget *m_list = nullptr;
    QTableWidget *m_diff = nullptr;
    QLabel *m_diffTitle = nullptr;
};

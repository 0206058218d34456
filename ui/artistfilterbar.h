#pragma once

#include <QWidget>

class ArtistFilterProxyModel;
class ArtistsTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

// The row above the roster table: search field, status/genre/country filters (genre and
// country choices come from the data), "Show archived" and the "12 of 40" count. Drives an
// ArtistFilterProxyModel. Thread: GUI thread.
class ArtistFilterBar : public QWidget
{
    Q_OBJECT
public:
    ArtistFilterBar(ArtistsTableModel *model, ArtistFilterProxyModel *proxy,
                    QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    void focusSearch();
    // Back to "everything but archived"; with showArchived also archived artists.
    void clearFilters(bool showArchived);
    void setShowArchived(bool show);
    bool showArchived() const;

private:
    void refreshChoices();
    void updateCount();

    ArtistsTableModel *m_model;
    ArtistFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_genre;
    QComboBox *m_country;
    QCheckBox *m_archived;
    QLabel *m_count;
    QTimer *m_refresh;
};

#pragma once

#include "trends/trendseries.h"
#include "trends/trendstore.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QListWidget;
class QListWidgetItem;

// What the Trends pane shows: the segments (checked countries, or the global market, with one
// genre and audience), the feature and the period. Thread: value type.
struct TrendSelection
{
    QList<TrendSegment> segments; // the first is the primary segment (forecast, summary)
    TrendFeature feature = TrendFeature::Tempo;
    QDate from; // invalid: open
    QDate to;
};

// The left column of the Trends pane: countries to compare (checkable, "Global" first), genre,
// audience, feature and period (3 months, 1 year, 2 years, all, custom from/to). Presets count
// back from the newest data the pane has seen (setDataRange), not from today, so old data
// sets still show something. Emits selectionChanged() on every change. Thread: GUI thread.
class TrendSelectionPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Period
    {
        ThreeMonths,
        OneYear,
        TwoYears,
        All,
        Custom,
    };

    explicit TrendSelectionPanel(QWidget *parent = nullptr);

    // Replaces the country list, keeping the checked ones that remain (first country when none).
    void setCountries(const QList<TrendCountry> &countries);
    void setGenres(const QStringList &genres); // of the primary country; keeps the choice
    // The data's first and last period seen so far: presets count back from the last, "All
    // data" shows both in the (disabled) date fields.
    void setDataRange(const QDate &first, const QDate &last);

    TrendSelection selection() const;
    QStringList checkedCountries() const; // "" stands for the global market
    void setCheckedCountries(const QStringList &codes);
    void setFeature(TrendFeature feature);
    void setPeriod(Period period);
    Period period() const;
    void setCustomRange(const QDate &from, const QDate &to);
    QString genre() const;
    void setGenre(const QString &genre);

    QListWidget *countryList() const { return m_countries; }
    QComboBox *featureBox() const { return m_feature; }
    QComboBox *periodBox() const { return m_period; }

    QByteArray saveState() const; // feature and period
    bool restoreState(const QByteArray &state);

Q_SIGNALS:
    void selectionChanged();
    void primaryCountryChanged(const QString &country);

private:
    void onPeriodChanged();
    void onCountryChanged(QListWidgetItem *item);

    QListWidget *m_countries;
    QComboBox *m_genre;
    QComboBox *m_audience;
    QComboBox *m_feature;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDate m_earliest;
    QDate m_latest;
    QString m_primary;
    bool m_updating = false;
};

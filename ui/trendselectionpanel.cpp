#include "trendselectionpanel.h"

#include "trendformat.h"

#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
constexpr quint32 kStateMagic = 0x54525350; // "TRSP"
constexpr quint16 kStateVersion = 1;
constexpr int kCodeRole = Qt::UserRole + 1;
} // namespace

TrendSelectionPanel::TrendSelectionPanel(QWidget *parent)
    : QWidget(parent)
    , m_countries(new QListWidget(this))
    , m_genre(new QComboBox(this))
    , m_audience(new QComboBox(this))
    , m_feature(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("trendSelection"));
    m_countries->setObjectName(QStringLiteral("trendCountries"));
    m_countries->setToolTip(tr("Check several countries to compare them on one chart; the first "
                               "checked one gets the forecast and the summary."));
    m_countries->setUniformItemSizes(true);
    connect(m_countries, &QListWidget::itemChanged, this, &TrendSelectionPanel::onCountryChanged);

    m_genre->setObjectName(QStringLiteral("trendGenre"));
    m_genre->addItem(tr("All genres"), QString());
    connect(m_genre, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT selectionChanged();
    });
    m_audience->setObjectName(QStringLiteral("trendAudience"));
    m_audience->setEditable(true);
    m_audience->lineEdit()->setPlaceholderText(tr("All listeners"));
    m_audience->setToolTip(tr("An audience segment id such as 18-24; empty for all listeners"));
    connect(m_audience->lineEdit(), &QLineEdit::editingFinished, this,
            &TrendSelectionPanel::selectionChanged);

    m_feature->setObjectName(QStringLiteral("trendFeature"));
    for (const TrendFeature feature : kTrendFeatures)
        m_feature->addItem(TrendFormat::featureLabel(feature), int(feature));
    connect(m_feature, &QComboBox::currentIndexChanged, this,
            &TrendSelectionPanel::selectionChanged);

    m_period->setObjectName(QStringLiteral("trendPeriod"));
    m_period->addItem(tr("Last 3 months"), int(Period::ThreeMonths));
    m_period->addItem(tr("Last year"), int(Period::OneYear));
    m_period->addItem(tr("Last 2 years"), int(Period::TwoYears));
    m_period->addItem(tr("All data"), int(Period::All));
    m_period->addItem(tr("Custom…"), int(Period::Custom));
    m_period->setCurrentIndex(m_period->findData(int(Period::All)));
    connect(m_period, &QComboBox::currentIndexChanged, this, &TrendSelectionPanel::onPeriodChanged);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updating && period() == Period::Custom)
                Q_EMIT selectionChanged();
        });
    }
    m_from->setObjectName(QStringLiteral("trendFrom"));
    m_to->setObjectName(QStringLiteral("trendTo"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Genre:"), m_genre);
    form->addRow(tr("A&udience:"), m_audience);
    form->addRow(tr("&Feature:"), m_feature);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);

    auto *countriesLabel = new QLabel(tr("&Countries:"), this);
    countriesLabel->setBuddy(m_countries);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(countriesLabel);
    layout->addWidget(m_countries, 1);
    layout->addLayout(form);
}

void TrendSelectionPanel::setCountries(const QList<TrendCountry> &countries)
{
    QStringList checked = checkedCountries();
    m_updating = true;
    m_countries->clear();
    auto add = [this](const QString &code, const QString &text) {
        auto *item = new QListWidgetItem(text, m_countries);
        item->setData(kCodeRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    };
    add(QString(), tr("Global (all countries)"));
    for (const TrendCountry &country : countries)
        add(country.code, country.name.isEmpty() || country.name == country.code
                              ? country.code
                              : tr("%1 · %2").arg(country.code, country.name));
    m_updating = false;
    checked.removeIf([this](const QString &code) {
        for (int row = 0; row < m_countries->count(); ++row) {
            if (m_countries->item(row)->data(kCodeRole).toString() == code)
                return false;
        }
        return true;
    });
    if (checked.isEmpty() && !countries.isEmpty())
        checked.append(countries.first().code);
    setCheckedCountries(checked);
}

void TrendSelectionPanel::setGenres(const QStringList &genres)
{
    const QString current = genre();
    m_updating = true;
    m_genre->clear();
    m_genre->addItem(tr("All genres"), QString());
    for (const QString &g : genres)
        m_genre->addItem(g, g);
    m_genre->setCurrentIndex(std::max(0, m_genre->findData(current)));
    m_updating = false;
    if (genre() != current)
        Q_EMIT selectionChanged();
}

QString TrendSelectionPanel::genre() const
{
    return m_genre->currentData().toString();
}

void TrendSelectionPanel::setGenre(const QString &genre)
{
    const int index = m_genre->findData(genre);
    if (index < 0)
        m_genre->addItem(genre, genre); // known before the genre list arrives
    m_genre->setCurrentIndex(m_genre->findData(genre));
}

void TrendSelectionPanel::setDataRange(const QDate &first, const QDate &last)
{
    if (first.isValid() && (!m_earliest.isValid() || first < m_earliest)) {
        m_earliest = first;
        if (period() == Period::All) {
            m_updating = true; // only the date fields change, not the query
            onPeriodChanged();
            m_updating = false;
        }
    }
    if (!last.isValid() || last == m_latest)
        return;
    const bool changes =
        m_latest.isValid() || (period() != Period::All && period() != Period::Custom);
    m_latest = last;
    m_updating = true;
    if (period() != Period::Custom) {
        m_to->setDate(last);
        onPeriodChanged();
    }
    m_updating = false;
    if (changes && period() != Period::All && period() != Period::Custom)
        Q_EMIT selectionChanged();
}

QStringList TrendSelectionPanel::checkedCountries() const
{
    QStringList codes;
    for (int row = 0; row < m_countries->count(); ++row) {
        const QListWidgetItem *item = m_countries->item(row);
        if (item->checkState() == Qt::Checked)
            codes.append(item->data(kCodeRole).toString());
    }
    // The primary country first, then the others in list order.
    if (codes.removeOne(m_primary))
        codes.prepend(m_primary);
    return codes;
}

void TrendSelectionPanel::setCheckedCountries(const QStringList &codes)
{
    m_updating = true;
    for (int row = 0; row < m_countries->count(); ++row) {
        QListWidgetItem *item = m_countries->item(row);
        item->setCheckState(codes.contains(item->data(kCodeRole).toString()) ? Qt::Checked
                                                                             : Qt::Unchecked);
    }
    m_updating = false;
    const QString primary = codes.isEmpty() ? QString() : codes.first();
    const bool primaryChanged = primary != m_primary;
    m_primary = primary;
    if (primaryChanged)
        Q_EMIT primaryCountryChanged(m_primary);
    Q_EMIT selectionChanged();
}

void TrendSelectionPanel::onCountryChanged(QListWidgetItem *item)
{
    Q_UNUSED(item);
    if (m_updating)
        return;
    // The primary segment stays while it is checked; otherwise the first checked one takes over.
    const QStringList codes = checkedCountries();
    if (!codes.contains(m_primary)) {
        m_primary = codes.isEmpty() ? QString() : codes.first();
        Q_EMIT primaryCountryChanged(m_primary);
    }
    Q_EMIT selectionChanged();
}

TrendSelection TrendSelectionPanel::selection() const
{
    TrendSelection s;
    const QString audience = m_audience->currentText().trimmed();
    for (const QString &code : checkedCountries())
        s.segments.append(TrendSegment{code, genre(), audience});
    s.feature = TrendFeature(m_feature->currentData().toInt());
    if (period() != Period::All) {
        s.from = m_from->date();
        s.to = m_to->date();
    }
    return s;
}

void TrendSelectionPanel::setFeature(TrendFeature feature)
{
    m_feature->setCurrentIndex(std::max(0, m_feature->findData(int(feature))));
}

TrendSelectionPanel::Period TrendSelectionPanel::period() const
{
    return Period(m_period->currentData().toInt());
}

void TrendSelectionPanel::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void TrendSelectionPanel::setCustomRange(const QDate &from, const QDate &to)
{
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    if (period() != Period::Custom)
        setPeriod(Period::Custom);
    else
        Q_EMIT selectionChanged();
}

void TrendSelectionPanel::onPeriodChanged()
{
    const Period p = period();
    const QDate end = m_latest.isValid() ? m_latest : QDate::currentDate();
    const bool wasUpdating = m_updating;
    m_updating = true;
    switch (p) {
    case Period::ThreeMonths:
        m_from->setDate(end.addMonths(-3));
        m_to->setDate(end);
        break;
    case Period::OneYear:
        m_from->setDate(end.addYears(-1));
        m_to->setDate(end);
        break;
    case Period::TwoYears:
        m_from->setDate(end.addYears(-2));
        m_to->setDate(end);
        break;
    case Period::All:
        if (m_earliest.isValid())
            m_from->setDate(m_earliest);
        m_to->setDate(end);
        break;
    case Period::Custom:
        break;
    }
    m_updating = wasUpdating;
    m_from->setEnabled(p == Period::Custom);
    m_to->setEnabled(p == Period::Custom);
    if (!m_updating)
        Q_EMIT selectionChanged();
}

QByteArray TrendSelectionPanel::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << kStateVersion << qint32(m_feature->currentData().toInt())
        << qint32(m_period->currentData().toInt());
    return state;
}

bool TrendSelectionPanel::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    quint16 version = 0;
    qint32 feature = 0;
    qint32 period = 0;
    in >> magic >> version >> feature >> period;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion)
        return false;
    setFeature(TrendFeature(feature));
    if (m_period->findData(period) >= 0)
        setPeriod(Period(period));
    return true;
}

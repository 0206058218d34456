#include "newartistdialog.h"

#include "domain/countrycodes.h"
#include "generation/authorvocabulary.h"
#include "services/artistservice.h"
#include "services/taskregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {
// Mood words the local author knows; any other word is passed on as written.
const char *const kMoods[] = {"melancholic", "dreamy",    "uplifting",  "energetic", "dark",
                              "chill",       "nostalgic", "euphoric",   "romantic",  "epic",
                              "playful",     "hopeful",   "mysterious", "aggressive"};
} // namespace

NewArtistDialog::NewArtistDialog(ArtistService *service, TaskRegistry *tasks, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_tasks(tasks)
    , m_genre(new QComboBox(this))
    , m_country(new QComboBox(this))
    , m_mood(new QComboBox(this))
    , m_seed(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_form(new QWidget(this))
{
    setWindowTitle(tr("New Artist"));

    auto *intro = new QLabel(
        tr("Describe the artist you want. The author writes a complete profile from this brief; "
           "you can change every field afterwards."),
        this);
    intro->setWordWrap(true);

    m_genre->setEditable(true);
    m_genre->addItems(AuthorVocabulary::instance().genreLabels());
    m_genre->setCurrentText(QStringLiteral("synthwave"));
    m_genre->setInsertPolicy(QComboBox::NoInsert);
    m_genre->setToolTip(tr("Pick a genre or type your own."));
    connect(m_genre, &QComboBox::currentTextChanged, this, &NewArtistDialog::updateCreateButton);

    const QStringList codes = CountryCodes::all();
    QList<QPair<QString, QString>> countries; // name, code
    for (const QString &code : codes)
        countries.append({CountryCodes::name(code), code});
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, code] : std::as_const(countries))
        m_country->addItem(tr("%1 (%2)").arg(name, code), code);
    const QString systemCountry = QLocale::territoryToCode(QLocale::system().territory());
    const int systemIndex = m_country->findData(systemCountry);
    m_country->setCurrentIndex(systemIndex >= 0 ? systemIndex
                                                : m_country->findData(QStringLiteral("US")));

    m_mood->setEditable(true);
    m_mood->addItem(QString());
    for (const char *mood : kMoods)
        m_mood->addItem(QString::fromLatin1(mood));
    m_mood->lineEdit()->setPlaceholderText(tr("optional, e.g. melancholic"));

    m_seed->setPlaceholderText(tr("random"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,19}")), m_seed));
    m_seed->setToolTip(tr("The same seed with the same brief always gives the same artist "
                          "(local author)."));

    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->addItem(tr("Local author (offline)"), QStringLiteral("local"));
    m_provider->addItem(tr("OpenAI-compatible server"), QStringLiteral("openai"));

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Genre:"), m_genre);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Mood:"), m_mood);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("&Author:"), m_provider);

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setWordWrap(true);
    m_status->hide();

    m_create = m_buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_create, &QPushButton::clicked, this, &NewArtistDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewArtistDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &NewArtistDialog::onFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

NewArtistDialog::~NewArtistDialog()
{
    // The dialog may go while the author still writes: stop it, do not wait for it.
    if (m_running)
        m_watcher.future().cancel();
    if (m_taskId != 0)
        m_tasks->finishTask(m_taskId);
}

ArtistBrief NewArtistDialog::brief() const
{
    ArtistBrief brief;
    brief.genre = m_genre->currentText().trimmed();
    brief.country = m_country->currentData().toString();
    brief.mood = m_mood->currentText().trimmed();
    bool ok = false;
    const quint64 seed = m_seed->text().toULongLong(&ok);
    if (ok)
        brief.seed = seed;
    return brief;
}

QString NewArtistDialog::providerId() const
{
    return m_provider->currentData().toString();
}

void NewArtistDialog::setBrief(const ArtistBrief &brief)
{
    m_genre->setCurrentText(brief.genre);
    const int country = m_country->findData(brief.country);
    if (country >= 0)
        m_country->setCurrentIndex(country);
    m_mood->setCurrentText(brief.mood);
    m_seed->setText(brief.seed ? QString::number(*brief.seed) : QString());
}

void NewArtistDialog::updateCreateButton()
{
    m_create->setEnabled(!m_running && !m_genre->currentText().trimmed().isEmpty());
}

void NewArtistDialog::setRunning(bool running)
{
    m_running = running;
    m_form->setEnabled(!running);
    m_busy->setVisible(running);
    m_status->setVisible(running);
    if (running)
        m_status->setText(m_provider->currentData().toString() == QLatin1String("local")
                              ? tr("Writing the profile…")
                              : tr("Asking %1 for a profile…").arg(m_provider->currentText()));
    updateCreateButton();
}

void NewArtistDialog::start()
{
    if (m_running || m_genre->currentText().trimmed().isEmpty())
        return;
    m_lastError.clear();
    QFuture<Result<CreatedArtist>> future = m_service->createArtist(brief(), providerId());
    m_collect = [this, future] {
        if (future.isCanceled() || future.resultCount() == 0)
            return false;
        const Result<CreatedArtist> result = future.result();
        if (result.ok()) {
            m_artist = result.value().artist;
            m_report = result.value().report;
        } else {
            m_lastError = result.error().message;
        }
        return true;
    };
    m_taskId = m_tasks->addTask(tr("Creating a %1 artist").arg(brief().genre),
                                [future]() mutable { future.cancel(); });
    setRunning(true);
    m_watcher.setFuture(QFuture<void>(future));
}

void NewArtistDialog::onFinished()
{
    if (m_taskId != 0) {
        m_tasks->finishTask(m_taskId);
        m_taskId = 0;
    }
    setRunning(false);
    if (!m_collect()) {
        // Cancelled from the status bar while the dialog is still open: stay, nothing stored.
        m_status->setText(tr("Cancelled. Nothing was stored."));
        m_status->show();
        return;
    }
    if (m_lastError.isEmpty()) {
        accept();
        return;
    }
    // Window-modal, not exec(): the dialog stays responsive and tests are not blocked.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Could Not Create Artist"),
                                tr("The artist could not be created."), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(m_lastError);
    box->open();
    Q_EMIT failed(m_lastError);
}

void NewArtistDialog::reject()
{
    if (m_running) {
        m_watcher.future().cancel();
        m_running = false;
    }
    QDialog::reject();
}

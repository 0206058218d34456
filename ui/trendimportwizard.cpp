#include "trendimportwizard.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum RejectedColumn
{
    LineColumn,
    ColumnColumn,
    ReasonColumn,
    FileColumn,
    ColumnCount,
};

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

TrendImportWizard::TrendImportWizard(Importer importer, QWidget *parent)
    : QDialog(parent)
    , m_importer(std::move(importer))
{
    Q_ASSERT(m_importer);
    setObjectName(QStringLiteral("trendImportWizard"));
    setWindowTitle(tr("Import Trends"));
    m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createChoosePage());
    m_pages->addWidget(createProgressPage());
    m_pages->addWidget(createReportPage());

    m_back = new QPushButton(tr("Import &Another…"), this);
    m_back->setObjectName(QStringLiteral("trendImportAnother"));
    m_import =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("trendImportStart"));
    m_import->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("trendImportCancel"));
    m_close = new QPushButton(tr("&Close"), this);
    m_close->setObjectName(QStringLiteral("trendImportClose"));
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(ChoosePage);
        updateButtons();
    });
    connect(m_import, &QPushButton::clicked, this, &TrendImportWizard::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &TrendImportWizard::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(&m_watcher, &QFutureWatcher<Result<ImportReport>>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Result<ImportReport>>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Result<ImportReport>>::finished, this,
            &TrendImportWizard::onFinished);
    resize(720, 480);
    updateButtons();
}

TrendImportWizard::~TrendImportWizard()
{
    // The import runs on the service's pool; without the dialog nobody reads its report.
    if (m_future.isRunning())
        cancelImport();
}

QWidget *TrendImportWizard::createChoosePage()
{
    auto *page = new QWidget(this);
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("trendImportPath"));
    m_path->setPlaceholderText(tr("A chart CSV, a prototype folder or an audio folder"));
    m_path->setClearButtonEnabled(true);
    connect(m_path, &QLineEdit::textChanged, this, &TrendImportWizard::updateButtons);
    auto *file =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("&File…"), page);
    connect(file, &QPushButton::clicked, this, &TrendImportWizard::chooseFile);
    auto *folder =
        new QPushButton(QIcon::fromTheme(QStringLiteral("folder-open")), tr("F&older…"), page);
    connect(folder, &QPushButton::clicked, this, &TrendImportWizard::chooseFolder);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(file);
    pathRow->addWidget(folder);

    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("trendImportFormat"));
    m_format->addItem(tr("Detect automatically"), int(TrendImportFormat::Auto));
    m_format->addItem(tr("Chart CSV (one row per chart entry)"), int(TrendImportFormat::Csv));
    m_format->addItem(tr("Prototype folder (country_profiles_data)"),
                      int(TrendImportFormat::Prototype));
    m_format->addItem(tr("Audio folder with a sidecar CSV (analyzed here)"),
                      int(TrendImportFormat::AudioFolder));

    m_skipBadRows = new QCheckBox(tr("&Skip bad rows and import the rest"), page);
    m_skipBadRows->setObjectName(QStringLiteral("trendImportSkipBadRows"));
    m_skipBadRows->setToolTip(
        tr("Off: one bad row keeps the whole file out, so you can fix it and import again."));
    m_replace = new QRadioButton(tr("&Replace an earlier import of the same file"), page);
    m_replace->setObjectName(QStringLiteral("trendImportReplace"));
    m_merge = new QRadioButton(tr("&Merge with it (keep both)"), page);
    m_merge->setObjectName(QStringLiteral("trendImportMerge"));
    m_replace->setChecked(true);
    auto *group = new QButtonGroup(page);
    group->addButton(m_replace);
    group->addButton(m_merge);

    auto *form = new QFormLayout;
    form->addRow(tr("Source:"), pathRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(QString(), m_skipBadRows);
    form->addRow(tr("Earlier import:"), m_replace);
    form->addRow(QString(), m_merge);

    auto *hint = new QLabel(
        tr("A chart CSV has one row per chart entry: country, date, rank, streams, genre and "
           "the audio features (tempo, key, mode, energy, danceability, valence, loudness, "
           "duration_ms). Every row is checked; rejected rows are listed with their line "
           "numbers at the end."),
        page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Choose the trend data to import"), page));
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(hint);
    layout->addStretch(1);
    return page;
}

QWidget *TrendImportWizard::createProgressPage()
{
    auto *page = new QWidget(this);
    m_progressLabel = new QLabel(page);
    m_progressLabel->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("trendImportProgress"));
    m_progress->setRange(0, 0);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Importing…"), page));
    layout->addSpacing(6);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    auto *hint =
        new QLabel(tr("Cancel stops the import; nothing of this file is kept then."), page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    layout->addStretch(1);
    return page;
}

QWidget *TrendImportWizard::createReportPage()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("trendImportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_columns = new QLabel(page);
    m_columns->setWordWrap(true);
    m_columns->setForegroundRole(QPalette::PlaceholderText);
    m_rejected = new QTableWidget(0, ColumnCount, page);
    m_rejected->setObjectName(QStringLiteral("trendImportRejected"));
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason"), tr("File")});
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejected->setAlternatingRowColors(true);
    m_rejected->setShowGrid(false);
    m_rejected->setWordWrap(false);
    m_rejected->verticalHeader()->hide();
    m_rejected->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_rejected->horizontalHeader()->setHighlightSections(false);
    m_copy =
        new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Report"), page);
    m_copy->setObjectName(QStringLiteral("trendImportCopy"));
    connect(m_copy, &QPushButton::clicked, this, &TrendImportWizard::copyReport);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(m_copy);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Import report"), page));
    layout->addWidget(m_summary);
    layout->addWidget(m_columns);
    layout->addWidget(m_rejected, 1);
    layout->addLayout(copyRow);
    return page;
}

void TrendImportWizard::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString TrendImportWizard::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void TrendImportWizard::setFormat(TrendImportFormat format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

TrendImportFormat TrendImportWizard::format() const
{
    return TrendImportFormat(m_format->currentData().toInt());
}

void TrendImportWizard::setSkipBadRows(bool skip)
{
    m_skipBadRows->setChecked(skip);
}

void TrendImportWizard::setReplace(bool replace)
{
    (replace ? m_replace : m_merge)->setChecked(true);
}

TrendImportWizard::Page TrendImportWizard::page() const
{
    return Page(m_pages->currentIndex());
}

void TrendImportWizard::chooseFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import Trends from a File"), m_lastDirectory,
                                     tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    m_lastDirectory = QFileInfo(file).absolutePath();
    setPath(file);
}

void TrendImportWizard::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Import Trends from a Folder"), m_lastDirectory);
    if (folder.isEmpty())
        return;
    m_lastDirectory = folder;
    setPath(folder);
}

void TrendImportWizard::startImport()
{
    if (m_future.isRunning() || path().isEmpty())
        return;
    ImportOptions options;
    options.skipBadRows = m_skipBadRows->isChecked();
    options.replace = m_replace->isChecked();
    // Checked by the importer between rows, next to the future's own cancel.
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    options.cancelled = [flag = m_cancelled] { return flag->load(); };
    m_outcome.reset();
    m_progressLabel->setText(tr("Importing %1…").arg(QDir::toNativeSeparators(path())));
    m_progress->setRange(0, 0);
    m_pages->setCurrentIndex(ProgressPage);
    m_future = m_importer(path(), format(), options);
    m_watcher.setFuture(m_future);
    updateButtons();
}

void TrendImportWizard::cancelImport()
{
    if (!m_future.isRunning())
        return;
    if (m_cancelled)
        m_cancelled->store(true);
    m_future.cancel();
    m_progressLabel->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void TrendImportWizard::reject()
{
    if (m_future.isRunning()) {
        // Stop first; the report page then says that nothing was imported.
        cancelImport();
        return;
    }
    QDialog::reject();
}

void TrendImportWizard::onFinished()
{
    if (m_future.isCanceled() || m_future.resultCount() == 0)
        showReport(Error(ErrorCode::Cancelled, tr("The import was cancelled.")));
    else
        showReport(m_future.result());
    m_cancel->setEnabled(true);
    Q_EMIT importFinished(m_outcome->ok() && m_outcome->value().committed);
}

void TrendImportWizard::showReport(const Result<ImportReport> &result)
{
    m_outcome = result;
    m_pages->setCurrentIndex(ReportPage);
    m_rejected->setRowCount(0);
    m_columns->clear();
    if (!result.ok()) {
        m_summary->setText(result.error().code == ErrorCode::Cancelled
                               ? tr("The import was cancelled. Nothing was imported.")
                               : tr("Nothing was imported: %1").arg(result.error().message));
        m_rejected->hide();
        m_copy->setEnabled(true);
        updateButtons();
        return;
    }
    const ImportReport &report = result.value();
    const QLocale locale;
    const QString accepted = locale.toString(report.rowsAccepted);
    const QString rejected = locale.toString(report.rowsRejected);
    if (!report.committed)
        m_summary->setText(
            tr("Nothing was imported: %1 rows were rejected. Fix them and import again, or "
               "choose “Skip bad rows” to import the other %2 rows.")
                .arg(rejected, accepted));
    else if (report.rowsRejected == 0)
        m_summary->setText(tr("Imported %1 rows.").arg(accepted));
    else
        m_summary->setText(
            tr("Imported %1 rows; %2 rejected rows were skipped.").arg(accepted, rejected));
    QStringList notes;
    if (!report.missingColumns.isEmpty())
        notes.append(tr("Columns not in the file: %1.")
                         .arg(report.missingColumns.join(QStringLiteral(", "))));
    if (!report.ignoredColumns.isEmpty())
        notes.append(
            tr("Columns ignored: %1.").arg(report.ignoredColumns.join(QStringLiteral(", "))));
    if (report.rowsRejected > report.rejected.size())
        notes.append(tr("The first %1 problems are listed.").arg(report.rejected.size()));
    m_columns->setText(notes.join(u' '));
    m_columns->setVisible(!notes.isEmpty());

    bool anyFile = false;
    m_rejected->setRowCount(int(report.rejected.size()));
    for (int row = 0; row < report.rejected.size(); ++row) {
        const RejectedRow &problem = report.rejected[row];
        auto *line = new QTableWidgetItem;
        if (problem.line > 0)
            line->setData(Qt::DisplayRole, problem.line);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejected->setItem(row, LineColumn, line);
        m_rejected->setItem(row, ColumnColumn, new QTableWidgetItem(problem.column));
        auto *reason = new QTableWidgetItem(problem.reason);
        reason->setToolTip(problem.reason);
        m_rejected->setItem(row, ReasonColumn, reason);
        m_rejected->setItem(row, FileColumn, new QTableWidgetItem(problem.file));
        anyFile = anyFile || !problem.file.isEmpty();
    }
    m_rejected->setColumnHidden(FileColumn, !anyFile);
    m_rejected->setVisible(!report.rejected.isEmpty());
    m_rejected->resizeColumnToContents(LineColumn);
    m_rejected->resizeColumnToContents(ColumnColumn);
    m_copy->setEnabled(true);
    updateButtons();
}

QString TrendImportWizard::reportText() const
{
    QStringList lines{m_summary->text()};
    if (!m_columns->text().isEmpty())
        lines.append(m_columns->text());
    if (m_rejected->rowCount() > 0) {
        lines.append(QStringList{tr("Line"), tr("Column"), tr("Reason"), tr("File")}.join(u'\t'));
        for (int row = 0; row < m_rejected->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < ColumnCount; ++column)
                cells.append(m_rejected->item(row, column)->text());
            lines.append(cells.join(u'\t'));
        }
    }
    return lines.join(u'\n') + u'\n';
}

void TrendImportWizard::copyReport()
{
    QApplication::clipboard()->setText(reportText());
}

void TrendImportWizard::updateButtons()
{
    const Page current = page();
    m_back->setVisible(current == ReportPage);
    m_import->setVisible(current == ChoosePage);
    m_import->setEnabled(!path().isEmpty());
    m_cancel->setVisible(current != ReportPage);
    m_close->setVisible(current == ReportPage);
    m_close->setDefault(current == ReportPage);
    m_import->setDefault(current == ChoosePage);
}

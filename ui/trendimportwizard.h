#pragma once

#include "services/trendservice.h"
#include "trends/importreport.h"
#include "util/error.h"

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

// The Import Trends wizard: choose a file or folder, its format, whether bad rows are skipped
// and whether the import replaces an earlier one of the same file; then progress with Cancel;
// then the report: rows accepted and rejected, each rejected row with its line, column and
// reason in a table that can be copied. The import itself is the importer's (the TrendService
// in the app), so the dialog never touches the database; a cancelled import writes nothing.
// Thread: GUI thread.
class TrendImportWizard : public QDialog
{
    Q_OBJECT
public:
    using Importer = std::function<QFuture<Result<ImportReport>>(
        const QString &path, TrendImportFormat format, const ImportOptions &options)>;

    enum Page
    {
        ChoosePage,
        ProgressPage,
        ReportPage,
    };

    explicit TrendImportWizard(Importer importer, QWidget *parent = nullptr);
    ~TrendImportWizard() override;

    void setPath(const QString &path);
    QString path() const;
    void setFormat(TrendImportFormat format);
    TrendImportFormat format() const;
    void setSkipBadRows(bool skip);
    void setReplace(bool replace);

    Page page() const;
    bool isImporting() const { return m_future.isRunning(); }
    // The last import's outcome; empty before one finished.
    const std::optional<Result<ImportReport>> &outcome() const { return m_outcome; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *rejectedTable() const { return m_rejected; }
    QProgressBar *progressBar() const { return m_progress; }
    // The report as text (headline, then one tab-separated line per rejection), as copied.
    QString reportText() const;

public Q_SLOTS:
    void startImport();
    void cancelImport();
    void copyReport();

Q_SIGNALS:
    void importFinished(bool committed);

protected:
    void reject() override;

private:
    QWidget *createChoosePage();
    QWidget *createProgressPage();
    QWidget *createReportPage();
    void chooseFile();
    void chooseFolder();
    void onFinished();
    void showReport(const Result<ImportReport> &result);
    void updateButtons();

    Importer m_importer;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_skipBadRows = nullptr;
    QRadioButton *m_replace = nullptr;
    QRadioButton *m_merge = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_columns = nullptr;
    QTableWidget *m_rejected = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_close = nullptr;

    QFuture<Result<ImportReport>> m_future;
    QFutureWatcher<Result<ImportReport>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::optional<Result<ImportReport>> m_outcome;
    QString m_lastDirectory;
};

#pragma once

#include <QDialog>
#include <QString>

class QTextBrowser;

// Shows a creation (or run) report: its Markdown rendered, plus a button that opens the folder
// holding the report's JSON file in the file manager. Thread: GUI thread.
class ReportViewerDialog : public QDialog
{
    Q_OBJECT
public:
    ReportViewerDialog(const QString &title, const QString &markdown, const QString &jsonPath,
                       QWidget *parent = nullptr);

    // Reads the Markdown file from disk; on failure the dialog says so instead of showing text.
    static ReportViewerDialog *fromFiles(const QString &title, const QString &markdownPath,
                                         const QString &jsonPath, QWidget *parent = nullptr);

    QString markdown() const { return m_markdown; }

private:
    void openFolder();

    QTextBrowser *m_browser;
    QString m_markdown;
    QString m_jsonPath;
};

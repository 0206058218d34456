#include "reportviewerdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

ReportViewerDialog::ReportViewerDialog(const QString &title, const QString &markdown,
                                       const QString &jsonPath, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_markdown(markdown)
    , m_jsonPath(jsonPath)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(markdown);
    layout->addWidget(m_browser);

    if (!jsonPath.isEmpty()) {
        auto *pathLabel = new QLabel(tr("Machine-readable report: %1").arg(jsonPath), this);
        pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        pathLabel->setWordWrap(true);
        layout->addWidget(pathLabel);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open Folder"), QDialogButtonBox::ActionRole);
    open->setIcon(QIcon::fromTheme(QStringLiteral("folder-open")));
    open->setEnabled(!jsonPath.isEmpty());
    connect(open, &QPushButton::clicked, this, &ReportViewerDialog::openFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 640);
}

ReportViewerDialog *ReportViewerDialog::fromFiles(const QString &title, const QString &markdownPath,
                                                  const QString &jsonPath, QWidget *parent)
{
    QFile file(markdownPath);
    QString markdown;
    if (file.open(QIODevice::ReadOnly))
        markdown = QString::fromUtf8(file.readAll());
    else
        markdown = tr("**The report could not be read.**\n\n%1: %2")
                       .arg(markdownPath.toHtmlEscaped(), file.errorString());
    return new ReportViewerDialog(title, markdown, jsonPath, parent);
}

void ReportViewerDialog::openFolder()
{
    const QString folder = QFileInfo(m_jsonPath).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        QMessageBox::information(
            this, windowTitle(),
            tr("No file manager could be started. The report is in:\n%1").arg(folder));
}

#include "artisteditor.h"

#include "artisteditorcommand.h"
#include "artisteditorfields.h"
#include "domain/artistvalidator.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QString statusText(LifecycleStatus status)
{
    switch (status) {
    case LifecycleStatus::Candidate:
        return ArtistEditor::tr("Candidate");
    case LifecycleStatus::Active:
        return ArtistEditor::tr("Active");
    case LifecycleStatus::Evolving:
        return ArtistEditor::tr("Evolving");
    case LifecycleStatus::Paused:
        return ArtistEditor::tr("Paused");
    case LifecycleStatus::Retired:
        return ArtistEditor::tr("Retired");
    }
    return {};
}

// Breeze-like colours: the badge reads at a glance in light and dark themes.
QString statusColour(LifecycleStatus status)
{
    switch (status) {
    case LifecycleStatus::Candidate:
        return QStringLiteral("#3daee9");
    case LifecycleStatus::Active:
        return QStringLiteral("#27ae60");
    case LifecycleStatus::Evolving:
        return QStringLiteral("#9b59b6");
    case LifecycleStatus::Paused:
        return QStringLiteral("#f67400");
    case LifecycleStatus::Retired:
        return QStringLiteral("#7f8c8d");
    }
    return {};
}

// Numerus forms come from the translations; the source text needs its own singular.
QString problemCount(int count)
{
    return count == 1 ? ArtistEditor::tr("1 problem")
                      : ArtistEditor::tr("%n problems", nullptr, count);
}

void setInvalid(QWidget *widget, bool invalid)
{
    if (widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace

ArtistEditor::ArtistEditor(QWidget *parent)
    : QWidget(parent)
    , m_fields(new ArtistEditorFields(this))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("artistEditor"));
    m_undoStack->setObjectName(QStringLiteral("artistUndoStack"));

    QWidget *form = m_fields->createForm();
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("artistFormScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto separator = [this] {
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        return line;
    };
    layout->addWidget(createHeader());
    layout->addWidget(separator());
    layout->addWidget(m_scroll, 1);
    layout->addWidget(separator());
    layout->addWidget(createButtons());

    // Only invalid fields get a frame; compound fields need a styled background to show it.
    for (const EditorField &field : m_fields->fields())
        field.widget->setAttribute(Qt::WA_StyledBackground, true);
    form->setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #da4453; "
                                       "border-radius: 3px; }"));

    // The editor's undo stack owns Ctrl+Z: keep the fields' own undo from taking the keys.
    const QList<QWidget *> children = form->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (qobject_cast<QLineEdit *>(child) || qobject_cast<QAbstractSpinBox *>(child) ||
            qobject_cast<QPlainTextEdit *>(child) || qobject_cast<QComboBox *>(child))
            child->installEventFilter(this);
    }

    connect(m_fields, &ArtistEditorFields::edited, this, &ArtistEditor::onFieldEdited);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        updateActions();
        Q_EMIT modifiedChanged(!clean);
    });
    // A new typing session starts whenever the focus moves: coming back to a field and typing
    // again is a new undo step.
    connect(qApp, &QApplication::focusChanged, this, [this] { ++m_session; });

    setArtist(Artist{});
}

ArtistEditor::~ArtistEditor()
{
    // Children (the undo stack, focused fields) still signal while ~QWidget deletes them; by
    // then this is no longer an ArtistEditor, so no slot of ours may run.
    m_undoStack->disconnect(this);
    disconnect(qApp, nullptr, this, nullptr);
}

QWidget *ArtistEditor::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("artistHeader"));
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("artistTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_badge = new QLabel(header);
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    m_meta = new QLabel(header);
    m_meta->setObjectName(QStringLiteral("artistMeta"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_summary = new QLabel(header);
    m_summary->setObjectName(QStringLiteral("issueSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    connect(m_summary, &QLabel::linkActivated, this, &ArtistEditor::showFirstIssue);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_badge);
    titleRow->addStretch(1);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(4);
    layout->addLayout(titleRow);
    layout->addWidget(m_meta);
    layout->addWidget(m_summary);
    return header;
}

QWidget *ArtistEditor::createButtons()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("artistButtons"));

    m_undoAction = m_undoStack->createUndoAction(this, tr("Undo"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAction = m_undoStack->createRedoAction(this, tr("Redo"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, &ArtistEditor::requestSave);
    addActions({m_undoAction, m_redoAction, m_saveAction});

    auto *undo = new QToolButton(bar);
    undo->setObjectName(QStringLiteral("undoButton"));
    undo->setDefaultAction(m_undoAction);
    undo->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *redo = new QToolButton(bar);
    redo->setObjectName(QStringLiteral("redoButton"));
    redo->setDefaultAction(m_redoAction);
    redo->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_revertButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-revert")), tr("Revert"), bar);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(tr("Discard the changes and reload the saved profile"));
    connect(m_revertButton, &QPushButton::clicked, this, &ArtistEditor::revertRequested);
    m_saveButton = new QPushButton(m_saveAction->icon(), m_saveAction->text(), bar);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &ArtistEditor::requestSave);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(12, 6, 12, 8);
    layout->addWidget(undo);
    layout->addWidget(redo);
    layout->addStretch(1);
    layout->addWidget(m_revertButton);
    layout->addWidget(m_saveButton);
    return bar;
}

void ArtistEditor::setArtist(const Artist &artist)
{
    m_artist = artist;
    m_fields->loadAll(artist);
    m_undoStack->clear();
    m_externalIssues.clear();
    ++m_session;
    revalidate();
    updateHeader();
    updateActions();
}

bool ArtistEditor::isModified() const
{
    return !m_undoStack->isClean();
}

void ArtistEditor::showIssues(const ValidationIssues &issues)
{
    m_externalIssues = issues;
    showAllIssues();
}

void ArtistEditor::applyEdit(const Artist &state, int field, bool reloadWidget)
{
    m_artist = state;
    if (reloadWidget) {
        m_fields->loadField(field, state);
        m_scroll->ensureWidgetVisible(m_fields->fields().at(field).widget);
    }
    m_externalIssues.clear();
    revalidate();
    updateHeader();
}

void ArtistEditor::onFieldEdited(int index)
{
    const EditorField &field = m_fields->fields().at(index);
    Artist after = m_artist;
    field.store(after);
    if (after == m_artist)
        return;
    m_undoStack->push(new ArtistEditorCommand(this, index, m_session,
                                              tr("Edit %1").arg(field.label.toLower()), m_artist,
                                              after, field.mergeable));
}

void ArtistEditor::revalidate()
{
    m_validatorIssues = ArtistValidator::validate(m_artist);
    showAllIssues();
}

void ArtistEditor::showAllIssues()
{
    m_shownIssues = m_validatorIssues;
    for (const ValidationIssue &issue : std::as_const(m_externalIssues)) {
        if (!m_shownIssues.contains(issue))
            m_shownIssues.append(issue);
    }

    const QList<EditorField> &fields = m_fields->fields();
    QList<QStringList> messages(fields.size());
    QStringList general; // issues without a field in the form
    for (const ValidationIssue &issue : std::as_const(m_shownIssues)) {
        const int index = m_fields->fieldForIssue(issue.field);
        if (index >= 0) {
            if (!messages[index].contains(issue.message))
                messages[index].append(issue.message);
        } else {
            general.append(issue.field.isEmpty()
                               ? issue.message
                               : QStringLiteral("%1: %2").arg(issue.field, issue.message));
        }
    }
    for (int i = 0; i < fields.size(); ++i) {
        const EditorField &field = fields.at(i);
        const bool invalid = !messages.at(i).isEmpty();
        field.errorLabel->setText(messages.at(i).join(u'\n'));
        field.errorLabel->setVisible(invalid);
        setInvalid(field.widget, invalid);
    }

    const int count = int(m_shownIssues.size());
    if (count == 0) {
        m_summary->hide();
    } else {
        QString text =
            QStringLiteral("<span style=\"color:#da4453\">⚠ %1</span> "
                           "<a href=\"#first\">%2</a>")
                .arg(problemCount(count).toHtmlEscaped(), tr("Show the first").toHtmlEscaped());
        for (const QString &line : std::as_const(general))
            text += QStringLiteral("<br><span style=\"color:#da4453\">%1</span>")
                        .arg(line.toHtmlEscaped());
        m_summary->setText(text);
        m_summary->show();
    }
    updateActions();
}

void ArtistEditor::showFirstIssue()
{
    for (const ValidationIssue &issue : std::as_const(m_shownIssues)) {
        const int index = m_fields->fieldForIssue(issue.field);
        if (index < 0)
            continue;
        QWidget *widget = m_fields->fields().at(index).widget;
        m_scroll->ensureWidgetVisible(widget);
        widget->setFocus(Qt::OtherFocusReason);
        return;
    }
}

void ArtistEditor::updateHeader()
{
    const QString name = m_artist.identity.stageName.trimmed();
    m_title->setText(name.isEmpty() ? tr("Unnamed artist") : name);
    m_badge->setText(statusText(m_artist.status));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                          "border-radius: 8px; padding: 2px 10px; "
                                          "font-weight: bold; }")
                               .arg(statusColour(m_artist.status)));
    if (m_artist.version <= 0 || !m_artist.updatedAt.isValid()) {
        m_meta->setText(tr("New artist · not saved yet"));
    } else {
        const QString updated =
            QLocale().toString(m_artist.updatedAt.toLocalTime(), QLocale::ShortFormat);
        m_meta->setText(tr("version %1 · updated %2").arg(m_artist.version).arg(updated));
    }
}

void ArtistEditor::updateActions()
{
    const bool valid = m_validatorIssues.isEmpty();
    const bool modified = isModified();
    // An artist that was never stored can be saved as it is (e.g. fresh from "New artist…").
    const bool canSave = valid && (modified || m_artist.id.isEmpty());
    QString why;
    if (!valid)
        why = tr("Fix the problems shown in the form before saving (%1).")
                  .arg(problemCount(int(m_validatorIssues.size())));
    else if (!canSave)
        why = tr("Nothing to save: the profile is unchanged.");
    else
        why = tr("Save the changes as a new version (%1)")
                  .arg(m_saveAction->shortcut().toString(QKeySequence::NativeText));
    m_saveAction->setEnabled(canSave);
    m_saveButton->setEnabled(canSave);
    m_saveButton->setToolTip(why);
    m_saveAction->setToolTip(why);
    m_revertButton->setEnabled(modified);
}

void ArtistEditor::requestSave()
{
    if (!m_saveAction->isEnabled())
        return;
    Q_EMIT saveRequested(m_artist);
}

bool ArtistEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Not accepted: the key becomes the editor's undo/redo shortcut.
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

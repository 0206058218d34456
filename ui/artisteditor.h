#pragma once

#include "domain/artist.h"
#include "domain/validationissue.h"

#include <QWidget>

class ArtistEditorFields;
class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QUndoStack;

// The form that edits every field of one artist profile, with inline validation
// (ArtistValidator on every change, issues shown under their fields), undo/redo through a
// QUndoStack (one command per field edit, typing merges), Save (Ctrl+S) and Revert. The editor
// never stores anything: it emits saveRequested() and the caller saves and reloads.
// Thread: GUI.
class ArtistEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ArtistEditor(QWidget *parent = nullptr);
    ~ArtistEditor() override;

    // Loads a profile: clears the undo stack and the issues from outside; not modified after.
    void setArtist(const Artist &artist);
    // The edited profile; id, version, timestamps and archived are kept from setArtist().
    Artist artist() const { return m_artist; }
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    // Shows issues found elsewhere (e.g. by the service on save) next to their fields, until the
    // next edit or setArtist().
    void showIssues(const ValidationIssues &issues);
    // Every issue shown now: the validator's and those from showIssues().
    ValidationIssues issues() const { return m_shownIssues; }

    // For ArtistEditorCommand: makes `state` the edited profile; reloads the widget of `field`
    // when it does not show the value yet (undo, redo).
    void applyEdit(const Artist &state, int field, bool reloadWidget);

Q_SIGNALS:
    void saveRequested(const Artist &edited);
    void revertRequested();
    void modifiedChanged(bool modified);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createButtons();
    void onFieldEdited(int index);
    void revalidate();
    void showAllIssues();
    void updateHeader();
    void updateActions();
    void requestSave();
    void showFirstIssue();

    Artist m_artist;
    ValidationIssues m_validatorIssues;
    ValidationIssues m_externalIssues;
    ValidationIssues m_shownIssues;
    int m_session = 0; // typing session: edits merge only within one

    ArtistEditorFields *m_fields = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};

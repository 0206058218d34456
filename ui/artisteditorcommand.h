#pragma once

#include "domain/artist.h"

#include <QUndoCommand>

class ArtistEditor;

// One edit of one field of the artist editor, holding the whole profile before and after (values
// are implicitly shared, so this is cheap). Consecutive edits of the same field in one typing
// session merge into one command. Thread: GUI.
class ArtistEditorCommand : public QUndoCommand
{
public:
    ArtistEditorCommand(ArtistEditor *editor, int field, int session, const QString &label,
                        const Artist &before, const Artist &after, bool mergeable);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArtistEditor *m_editor;
    int m_field;
    int m_session;
    Artist m_before;
    Artist m_after;
    bool m_mergeable;
    bool m_firstRedo = true;
};

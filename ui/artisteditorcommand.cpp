#include "artisteditorcommand.h"

#include "artisteditor.h"

namespace {
// Ids of mergeable commands: one per field, well away from other command ids.
constexpr int kIdBase = 0x4152'0000;
} // namespace

ArtistEditorCommand::ArtistEditorCommand(ArtistEditor *editor, int field, int session,
                                         const QString &label, const Artist &before,
                                         const Artist &after, bool mergeable)
    : QUndoCommand(label)
    , m_editor(editor)
    , m_field(field)
    , m_session(session)
    , m_before(before)
    , m_after(after)
    , m_mergeable(mergeable)
{}

void ArtistEditorCommand::undo()
{
    m_editor->applyEdit(m_before, m_field, true);
}

void ArtistEditorCommand::redo()
{
    // The first redo happens on push: the widget already shows the new value, and resetting it
    // would move the text cursor.
    m_editor->applyEdit(m_after, m_field, !m_firstRedo);
    m_firstRedo = false;
}

int ArtistEditorCommand::id() const
{
    return m_mergeable ? kIdBase + m_field : -1;
}

bool ArtistEditorCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ArtistEditorCommand *>(other);
    if (next->m_field != m_field || next->m_session != m_session)
        return false;
    m_after = next->m_after;
    // Typing back to where the field started leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

#pragma once

#include "domain/artist.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QFormLayout;
class QLabel;
class QLayout;
class QWidget;

// One editable field of the artist editor: its validator path, the widget that shows it and the
// two directions between widget and profile.
struct EditorField
{
    QString path;                 // "identity.stageName": the widget's objectName too
    QString label;                // "Stage name", for undo texts and locked-field names
    QWidget *widget = nullptr;    // marked when the field has issues
    QLabel *errorLabel = nullptr; // shows the field's issues under the widget
    std::function<void(const Artist &)> load;
    std::function<void(Artist &)> store;
    bool mergeable = false; // typing: consecutive edits merge into one undo step
};

// Builds the artist editor's form (one group box per part of the profile) and knows how to move
// every field between widgets and an Artist. Emits edited(index) when the operator changes a
// field, never while loading. Thread: GUI.
class ArtistEditorFields : public QObject
{
    Q_OBJECT
public:
    explicit ArtistEditorFields(QObject *parent = nullptr);

    // The form, built once; owned by the caller after this call.
    QWidget *createForm();

    const QList<EditorField> &fields() const { return m_fields; }
    void loadAll(const Artist &artist);
    void loadField(int index, const Artist &artist);
    // Index of the field an issue path belongs to ("identity.palette[2]" -> palette); -1: none.
    int fieldForIssue(const QString &issuePath) const;
    // Group boxes by section path prefix ("identity"), for marking sections with issues.
    QWidget *sectionFor(int index) const;

Q_SIGNALS:
    void edited(int index);

private:
    QWidget *section(QWidget *parent, const QString &title, const QString &prefix,
                     QFormLayout **form);
    int addField(QFormLayout *form, const QString &label, QWidget *widget, const QString &path,
                 const QString &toolTip, std::function<void(const Artist &)> load,
                 std::function<void(Artist &)> store, bool mergeable);
    void notify(int index);

    template<typename Ref>
    int addLine(QFormLayout *form, const QString &label, const QString &path,
                const QString &toolTip, const QString &placeholder, Ref ref);
    template<typename Ref>
    int addText(QFormLayout *form, const QString &label, const QString &path,
                const QString &toolTip, Ref ref);
    template<typename Ref>
    int addList(QFormLayout *form, const QString &label, const QString &path,
                const QString &toolTip, const QString &placeholder, Ref ref);
    template<typename Ref>
    int addUnit(QFormLayout *form, const QString &label, const QString &path,
                const QString &toolTip, Ref ref);
    template<typename Ref>
    int addInt(QFormLayout *form, const QString &label, const QString &path, const QString &toolTip,
               int min, int max, const QString &suffix, Ref ref);
    template<typename Ref>
    int addCheck(QFormLayout *form, const QString &label, const QString &text, const QString &path,
                 const QString &toolTip, Ref ref);
    template<typename Enum, typename Ref>
    int addEnum(QFormLayout *form, const QString &label, const QString &path,
                const QString &toolTip, const QList<QPair<Enum, QString>> &items, Ref ref);
    template<typename Ref>
    int addChoice(QFormLayout *form, const QString &label, const QString &path,
                  const QString &toolTip, const QStringList &choices, Ref ref);

    void buildIdentity(QWidget *parent, QLayout *into);
    void buildMusic(QWidget *parent, QLayout *into);
    void buildAudience(QWidget *parent, QLayout *into);
    void buildBehaviour(QWidget *parent, QLayout *into);
    void buildRelease(QWidget *parent, QLayout *into);
    void buildProviders(QWidget *parent, QLayout *into);
    void buildStatus(QWidget *parent, QLayout *into);

    QList<EditorField> m_fields;
    QList<QPair<QString, QWidget *>> m_sections; // path prefix -> group box
    bool m_loading = false;
};

#include "artisteditorfields.h"

#include "domain/artistvalidator.h"
#include "domain/countrycodes.h"
#include "instrumentationedit.h"
#include "paletteedit.h"
#include "stringlistedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int kUnitDecimals = 2;

// Spin boxes show two decimals; keep the exact stored value while the shown one is unchanged.
double keepExact(double stored, double shown)
{
    const double scale = std::pow(10.0, kUnitDecimals);
    return std::lround(stored * scale) == std::lround(shown * scale) ? stored : shown;
}

QString countryDisplay(const QString &code)
{
    const QString name = CountryCodes::name(code);
    return name.isEmpty() ? ArtistEditorFields::tr("%1 — unknown code").arg(code)
                          : QStringLiteral("%1 — %2").arg(code, name);
}

// "de", "DE — Germany" and "germany" all become "DE"; anything else is refused.
QString countryCode(const QString &text)
{
    const QString head = text.left(2).toUpper();
    if ((text.size() == 2 || text.mid(2).trimmed().startsWith(u'—')) && CountryCodes::isValid(head))
        return head;
    const QStringList codes = CountryCodes::all();
    for (const QString &code : codes) {
        if (CountryCodes::name(code).compare(text, Qt::CaseInsensitive) == 0)
            return code;
    }
    return {};
}

const QStringList &tonics()
{
    static const QStringList names{QStringLiteral("C"),  QStringLiteral("C#"), QStringLiteral("Db"),
                                   QStringLiteral("D"),  QStringLiteral("D#"), QStringLiteral("Eb"),
                                   QStringLiteral("E"),  QStringLiteral("F"),  QStringLiteral("F#"),
                                   QStringLiteral("Gb"), QStringLiteral("G"),  QStringLiteral("G#"),
                                   QStringLiteral("Ab"), QStringLiteral("A"),  QStringLiteral("A#"),
                                   QStringLiteral("Bb"), QStringLiteral("B")};
    return names;
}

} // namespace

ArtistEditorFields::ArtistEditorFields(QObject *parent)
    : QObject(parent)
{}

QWidget *ArtistEditorFields::createForm()
{
    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("artistForm"));
    auto *layout = new QVBoxLayout(form);
    layout->setSpacing(12);
    buildIdentity(form, layout);
    buildMusic(form, layout);
    buildAudience(form, layout);
    buildBehaviour(form, layout);
    buildRelease(form, layout);
    buildProviders(form, layout);
    buildStatus(form, layout);
    layout->addStretch(1);
    return form;
}

void ArtistEditorFields::loadAll(const Artist &artist)
{
    for (int i = 0; i < m_fields.size(); ++i)
        loadField(i, artist);
}

void ArtistEditorFields::loadField(int index, const Artist &artist)
{
    const QScopedValueRollback guard(m_loading, true);
    m_fields.at(index).load(artist);
}

int ArtistEditorFields::fieldForIssue(const QString &issuePath) const
{
    // "music.instrumentation[1].level" belongs to "music.instrumentation".
    QString path = issuePath;
    const qsizetype bracket = path.indexOf(u'[');
    if (bracket >= 0)
        path.truncate(bracket);
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).path == path)
            return i;
    }
    for (int i = 0; i < m_fields.size(); ++i) {
        if (path.startsWith(m_fields.at(i).path + u'.'))
            return i;
    }
    return -1;
}

QWidget *ArtistEditorFields::sectionFor(int index) const
{
    const QString &path = m_fields.at(index).path;
    for (const auto &[prefix, box] : m_sections) {
        if (path == prefix || path.startsWith(prefix + u'.'))
            return box;
    }
    return nullptr;
}

QWidget *ArtistEditorFields::section(QWidget *parent, const QString &title, const QString &prefix,
                                     QFormLayout **form)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(QStringLiteral("section.") + prefix);
    auto *formLayout = new QFormLayout(box);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    formLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_sections.append({prefix, box});
    *form = formLayout;
    return box;
}

int ArtistEditorFields::addField(QFormLayout *form, const QString &label, QWidget *widget,
                                 const QString &path, const QString &toolTip,
                                 std::function<void(const Artist &)> load,
                                 std::function<void(Artist &)> store, bool mergeable)
{
    widget->setObjectName(path);
    widget->setToolTip(toolTip);
    // The field and, under it, its issues (hidden while there are none).
    auto *cell = new QWidget(form->parentWidget());
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    widget->setParent(cell);
    cellLayout->addWidget(widget);
    auto *error = new QLabel(cell);
    error->setObjectName(path + QStringLiteral(".error"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->setStyleSheet(QStringLiteral("color: #da4453;"));
    error->hide();
    cellLayout->addWidget(error);

    auto *labelWidget = new QLabel(label.isEmpty() ? QString() : tr("%1:").arg(label), cell);
    labelWidget->setBuddy(widget);
    labelWidget->setToolTip(toolTip);
    form->addRow(labelWidget, cell);

    m_fields.append(
        EditorField{path, label, widget, error, std::move(load), std::move(store), mergeable});
    return int(m_fields.size()) - 1;
}

void ArtistEditorFields::notify(int index)
{
    if (!m_loading)
        Q_EMIT edited(index);
}

template<typename Ref>
int ArtistEditorFields::addLine(QFormLayout *form, const QString &label, const QString &path,
                                const QString &toolTip, const QString &placeholder, Ref ref)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    const int index = addField(
        form, label, edit, path, toolTip,
        [edit, ref](const Artist &a) {
            if (edit->text() != ref(a))
                edit->setText(ref(a));
        },
        [edit, ref](Artist &a) { ref(a) = edit->text(); }, true);
    connect(edit, &QLineEdit::textChanged, this, [this, index] { notify(index); });
    return index;
}

template<typename Ref>
int ArtistEditorFields::addText(QFormLayout *form, const QString &label, const QString &path,
                                const QString &toolTip, Ref ref)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    // The editor's undo stack owns undo; the widget's own would fight it.
    edit->setUndoRedoEnabled(false);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
    const int index = addField(
        form, label, edit, path, toolTip,
        [edit, ref](const Artist &a) {
            if (edit->toPlainText() != ref(a))
                edit->setPlainText(ref(a));
        },
        [edit, ref](Artist &a) { ref(a) = edit->toPlainText(); }, true);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, index] { notify(index); });
    return index;
}

template<typename Ref>
int ArtistEditorFields::addList(QFormLayout *form, const QString &label, const QString &path,
                                const QString &toolTip, const QString &placeholder, Ref ref)
{
    auto *edit = new StringListEdit;
    edit->setPlaceholderText(placeholder);
    const int index = addField(
        form, label, edit, path, toolTip, [edit, ref](const Artist &a) { edit->setItems(ref(a)); },
        [edit, ref](Artist &a) { ref(a) = edit->items(); }, false);
    connect(edit, &StringListEdit::changed, this, [this, index] { notify(index); });
    return index;
}

template<typename Ref>
int ArtistEditorFields::addUnit(QFormLayout *form, const QString &label, const QString &path,
                                const QString &toolTip, Ref ref)
{
    // A slider for feel, a spin box for the exact value; both edit the same field.
    auto *box = new QWidget;
    auto *slider = new QSlider(Qt::Horizontal, box);
    slider->setObjectName(path + QStringLiteral(".slider"));
    slider->setRange(0, 100);
    auto *spin = new QDoubleSpinBox(box);
    spin->setObjectName(path + QStringLiteral(".spin"));
    spin->setRange(0.0, 1.0);
    spin->setSingleStep(0.05);
    spin->setDecimals(kUnitDecimals);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(slider, 1);
    row->addWidget(spin);
    const int index = addField(
        form, label, box, path, toolTip,
        [spin, slider, ref](const Artist &a) {
            spin->setValue(ref(a));
            slider->setValue(int(std::lround(ref(a) * 100)));
        },
        [spin, ref](Artist &a) { ref(a) = keepExact(ref(a), spin->value()); }, true);
    connect(slider, &QSlider::valueChanged, this, [this, spin](int value) {
        if (!m_loading && std::lround(spin->value() * 100) != value)
            spin->setValue(value / 100.0);
    });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, slider, index](double value) {
        const QSignalBlocker blocker(slider);
        slider->setValue(int(std::lround(value * 100)));
        notify(index);
    });
    return index;
}

template<typename Ref>
int ArtistEditorFields::addInt(QFormLayout *form, const QString &label, const QString &path,
                               const QString &toolTip, int min, int max, const QString &suffix,
                               Ref ref)
{
    auto *spin = new QSpinBox;
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setMinimumWidth(120);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    const int index = addField(
        form, label, spin, path, toolTip, [spin, ref](const Artist &a) { spin->setValue(ref(a)); },
        [spin, ref](Artist &a) { ref(a) = spin->value(); }, true);
    connect(spin, &QSpinBox::valueChanged, this, [this, index] { notify(index); });
    return index;
}

template<typename Ref>
int ArtistEditorFields::addCheck(QFormLayout *form, const QString &label, const QString &text,
                                 const QString &path, const QString &toolTip, Ref ref)
{
    auto *check = new QCheckBox(text);
    const int index = addField(
        form, label, check, path, toolTip,
        [check, ref](const Artist &a) { check->setChecked(ref(a)); },
        [check, ref](Artist &a) { ref(a) = check->isChecked(); }, false);
    connect(check, &QCheckBox::toggled, this, [this, index] { notify(index); });
    return index;
}

template<typename Enum, typename Ref>
int ArtistEditorFields::addEnum(QFormLayout *form, const QString &label, const QString &path,
                                const QString &toolTip, const QList<QPair<Enum, QString>> &items,
                                Ref ref)
{
    auto *combo = new QComboBox;
    for (const auto &[value, text] : items)
        combo->addItem(text, int(value));
    const int index = addField(
        form, label, combo, path, toolTip,
        [combo, ref](const Artist &a) { combo->setCurrentIndex(combo->findData(int(ref(a)))); },
        [combo, ref](Artist &a) {
            if (combo->currentIndex() >= 0)
                ref(a) = Enum(combo->currentData().toInt());
        },
        false);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, index] { notify(index); });
    return index;
}

template<typename Ref>
int ArtistEditorFields::addChoice(QFormLayout *form, const QString &label, const QString &path,
                                  const QString &toolTip, const QStringList &choices, Ref ref)
{
    // Editable: a provider id this version does not know yet is kept as typed.
    auto *combo = new QComboBox;
    combo->setEditable(true);
    combo->addItems(choices);
    combo->setInsertPolicy(QComboBox::NoInsert);
    const int index = addField(
        form, label, combo, path, toolTip,
        [combo, ref](const Artist &a) {
            if (combo->currentText() != ref(a))
                combo->setCurrentText(ref(a));
        },
        [combo, ref](Artist &a) { ref(a) = combo->currentText(); }, true);
    connect(combo, &QComboBox::currentTextChanged, this, [this, index] { notify(index); });
    return index;
}

void ArtistEditorFields::buildIdentity(QWidget *parent, QLayout *into)
{
    QFormLayout *form = nullptr;
    into->addWidget(section(parent, tr("Identity"), QStringLiteral("identity"), &form));
    addLine(
        form, tr("Stage name"), QStringLiteral("identity.stageName"),
        tr("The name the artist releases under. Required, at most 80 characters, one line."),
        tr("Required"), [](auto &a) -> auto & { return a.identity.stageName; });
    addLine(
        form, tr("Real name"), QStringLiteral("identity.realName"),
        tr("Optional civil name of the persona, shown in credits only."), tr("Optional"),
        [](auto &a) -> auto & { return a.identity.realName; });
    addText(
        form, tr("Persona"), QStringLiteral("identity.persona"),
        tr("Style and persona description: how the artist sounds, looks and speaks. Required."),
        [](auto &a) -> auto & { return a.identity.persona; });
    addText(
        form, tr("Backstory"), QStringLiteral("identity.backstory"),
        tr("Where the artist comes from; used when writing lyrics and press texts."),
        [](auto &a) -> auto & { return a.identity.backstory; });
    addList(
        form, tr("Influences"), QStringLiteral("identity.influences"),
        tr("Artists and records that shaped the sound, one per entry."), tr("Add an influence…"),
        [](auto &a) -> auto & { return a.identity.influences; });
    addList(
        form, tr("Personality"), QStringLiteral("identity.personalityTraits"),
        tr("Personality traits, one per entry (e.g. \"introspective\")."), tr("Add a trait…"),
        [](auto &a) -> auto & { return a.identity.personalityTraits; });

    auto *palette = new PaletteEdit;
    const int paletteIndex = addField(
        form, tr("Palette"), palette, QStringLiteral("identity.palette"),
        tr("Colours of the visual identity (#rrggbb), used for cover art and videos."),
        [palette](const Artist &a) { palette->setColors(a.identity.palette); },
        [palette](Artist &a) { a.identity.palette = palette->colors(); }, false);
    connect(palette, &PaletteEdit::changed, this, [this, paletteIndex] { notify(paletteIndex); });

    addList(
        form, tr("Visual keywords"), QStringLiteral("identity.visualKeywords"),
        tr("Words that describe the artist's imagery (e.g. \"neon\", \"rain\")."),
        tr("Add a keyword…"), [](auto &a) -> auto & { return a.identity.visualKeywords; });
    addText(
        form, tr("Image prompt"), QStringLiteral("identity.imagePrompt"),
        tr("Prompt used to paint cover art and portraits of the artist."),
        [](auto &a) -> auto & { return a.identity.imagePrompt; });
}

void ArtistEditorFields::buildMusic(QWidget *parent, QLayout *into)
{
    QFormLayout *form = nullptr;
    into->addWidget(section(parent, tr("Music"), QStringLiteral("music"), &form));
    addLine(
        form, tr("Primary genre"), QStringLiteral("music.primaryGenre"),
        tr("The genre the artist is known for. Required."), tr("e.g. synthwave"),
        [](auto &a) -> auto & { return a.music.primaryGenre; });
    addList(
        form, tr("Subgenres"), QStringLiteral("music.subgenres"),
        tr("Related styles the artist also explores; at most 8."), tr("Add a subgenre…"),
        [](auto &a) -> auto & { return a.music.subgenres; });
    const QString tempoTip = tr("Tempo range in beats per minute, between 40 and 250; the "
                                "maximum must not be below the minimum.");
    addInt(
        form, tr("Tempo from"), QStringLiteral("music.tempoMinBpm"), tempoTip, 0, 999, tr(" BPM"),
        [](auto &a) -> auto & { return a.music.tempoMinBpm; });
    addInt(
        form, tr("Tempo to"), QStringLiteral("music.tempoMaxBpm"), tempoTip, 0, 999, tr(" BPM"),
        [](auto &a) -> auto & { return a.music.tempoMaxBpm; });

    // Keys: tonic × mode pickers feed the list.
    auto *keys = new StringListEdit;
    auto *picker = new QWidget(keys);
    auto *tonic = new QComboBox(picker);
    tonic->setObjectName(QStringLiteral("keyTonic"));
    tonic->addItems(tonics());
    tonic->setCurrentText(QStringLiteral("A"));
    auto *mode = new QComboBox(picker);
    mode->setObjectName(QStringLiteral("keyMode"));
    mode->addItem(tr("minor"), QStringLiteral("minor"));
    mode->addItem(tr("major"), QStringLiteral("major"));
    auto *pickerRow = new QHBoxLayout(picker);
    pickerRow->setContentsMargins(0, 0, 0, 0);
    pickerRow->addWidget(tonic);
    pickerRow->addWidget(mode);
    pickerRow->addStretch(1);
    keys->setInputWidget(picker, [tonic, mode] {
        return tonic->currentText() + u' ' + mode->currentData().toString();
    });
    const int keysIndex = addField(
        form, tr("Preferred keys"), keys, QStringLiteral("music.preferredKeys"),
        tr("Keys the artist writes in, as tonic and mode (e.g. \"A minor\", \"F# major\")."),
        [keys](const Artist &a) { keys->setItems(a.music.preferredKeys); },
        [keys](Artist &a) { a.music.preferredKeys = keys->items(); }, false);
    connect(keys, &StringListEdit::changed, this, [this, keysIndex] { notify(keysIndex); });

    addUnit(
        form, tr("Energy"), QStringLiteral("music.energy"),
        tr("From 0 (ambient, sparse) to 1 (driving, dense)."),
        [](auto &a) -> auto & { return a.music.energy; });
    addUnit(
        form, tr("Valence"), QStringLiteral("music.valence"),
        tr("Mood from 0 (sad, dark) to 1 (happy, bright)."),
        [](auto &a) -> auto & { return a.music.valence; });
    addUnit(
        form, tr("Arousal"), QStringLiteral("music.arousal"),
        tr("Mood from 0 (calm) to 1 (excited)."),
        [](auto &a) -> auto & { return a.music.arousal; });

    auto *instruments = new InstrumentationEdit;
    const int instrumentsIndex = addField(
        form, tr("Instrumentation"), instruments, QStringLiteral("music.instrumentation"),
        tr("Instruments in the mix, each with a level from 0 (barely audible) to 1 (leading)."),
        [instruments](const Artist &a) { instruments->setInstruments(a.music.instrumentation); },
        [instruments](Artist &a) { a.music.instrumentation = instruments->instruments(); }, false);
    connect(instruments, &InstrumentationEdit::changed, this,
            [this, instrumentsIndex] { notify(instrumentsIndex); });

    const int instrumentalIndex = addCheck(
        form, tr("Vocals"), tr("Instrumental (no vocals, no lyrics)"),
        QStringLiteral("music.instrumental"),
        tr("An instrumental artist needs neither a vocal style nor a lyrics language."),
        [](auto &a) -> auto & { return a.music.instrumental; });
    const int vocalIndex = addLine(
        form, tr("Vocal style"), QStringLiteral("music.vocalStyle"),
        tr("How the voice sounds (e.g. \"breathy alto, close-miked\"). Required unless "
           "the artist is instrumental."),
        tr("e.g. breathy alto"), [](auto &a) -> auto & { return a.music.vocalStyle; });
    const int languageIndex = addLine(
        form, tr("Lyrics language"), QStringLiteral("music.lyricsLanguage"),
        tr("Two-letter ISO 639-1 code in lower case (e.g. \"en\", \"de\", \"pt\"). Required "
           "unless the artist is instrumental."),
        tr("e.g. en"), [](auto &a) -> auto & { return a.music.lyricsLanguage; });
    auto *language = static_cast<QLineEdit *>(m_fields.at(languageIndex).widget);
    language->setMaxLength(8);
    auto *languages =
        new QCompleter(QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                                   QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("ja"),
                                   QStringLiteral("ko"), QStringLiteral("pt"), QStringLiteral("ru"),
                                   QStringLiteral("sv"), QStringLiteral("tr"), QStringLiteral("uk"),
                                   QStringLiteral("zh")},
                       language);
    language->setCompleter(languages);
    addList(
        form, tr("Lyric themes"), QStringLiteral("music.lyricThemes"),
        tr("What the songs are about, one theme per entry."), tr("Add a theme…"),
        [](auto &a) -> auto & { return a.music.lyricThemes; });

    // Vocal fields do not apply to an instrumental artist; their values are kept.
    auto *instrumental = static_cast<QCheckBox *>(m_fields.at(instrumentalIndex).widget);
    QWidget *vocal = m_fields.at(vocalIndex).widget;
    connect(instrumental, &QCheckBox::toggled, this, [vocal, language](bool on) {
        vocal->setEnabled(!on);
        language->setEnabled(!on);
    });
}

void ArtistEditorFields::buildAudience(QWidget *parent, QLayout *into)
{
    QFormLayout *form = nullptr;
    into->addWidget(section(parent, tr("Audience"), QStringLiteral("audience"), &form));
    const int countriesIndex = addList(
        form, tr("Target countries"), QStringLiteral("audience.targetCountries"),
        tr("Countries the artist is made for, as ISO 3166-1 alpha-2 codes. At least one."),
        tr("Type a code or a country name…"),
        [](auto &a) -> auto & { return a.audience.targetCountries; });
    auto *countries = static_cast<StringListEdit *>(m_fields.at(countriesIndex).widget);
    QStringList completions;
    const QStringList codes = CountryCodes::all();
    for (const QString &code : codes)
        completions.append(countryDisplay(code));
    countries->setCompletions(completions);
    countries->setNormalizer(countryCode);
    countries->setDisplay(countryDisplay);
    addText(
        form, tr("Description"), QStringLiteral("audience.description"),
        tr("Who listens: age, scenes, moments of the day."),
        [](auto &a) -> auto & { return a.audience.description; });
}

void ArtistEditorFields::buildBehaviour(QWidget *parent, QLayout *into)
{
    QFormLayout *form = nullptr;
    into->addWidget(section(parent, tr("Behaviour"), QStringLiteral("behaviour"), &form));
    addEnum<TrendAlignment>(
        form, tr("Trend alignment"), QStringLiteral("behaviour.trendAlignment"),
        tr("How closely evolution follows the trends of the target countries."),
        {{TrendAlignment::Strict, tr("Strict — follow the trends closely")},
         {TrendAlignment::Soft, tr("Soft — lean towards the trends")},
         {TrendAlignment::Experimental, tr("Experimental — use trends as a starting point")}},
        [](auto &a) -> auto & { return a.behaviour.trendAlignment; });
    addEnum<EvolutionSpeed>(
        form, tr("Evolution speed"), QStringLiteral("behaviour.evolutionSpeed"),
        tr("How far the profile may move in one evolution step."),
        {{EvolutionSpeed::Slow, tr("Slow")},
         {EvolutionSpeed::Medium, tr("Medium")},
         {EvolutionSpeed::Fast, tr("Fast")}},
        [](auto &a) -> auto & { return a.behaviour.evolutionSpeed; });

    // Locked fields: one checkable row per lockable path; checked order is kept as stored.
    auto *locked = new QListWidget;
    locked->setFixedHeight(locked->fontMetrics().height() * 8);
    const QStringList lockable = ArtistValidator::lockableFields();
    auto labelOf = [this](const QString &path) {
        for (const EditorField &field : std::as_const(m_fields)) {
            if (field.path == path)
                return field.label;
        }
        return path;
    };
    for (const QString &path : lockable) {
        auto *item = new QListWidgetItem(labelOf(path), locked);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const int lockedIndex = addField(
        form, tr("Core identity"), locked, QStringLiteral("behaviour.lockedFields"),
        tr("Checked fields are locked: evolution never changes them."),
        [locked](const Artist &a) {
            // Paths not in the lockable list stay visible so they can be unlocked.
            for (int row = locked->count() - 1; row >= 0; --row) {
                if (locked->item(row)->data(Qt::UserRole + 1).toBool())
                    delete locked->takeItem(row);
            }
            for (const QString &path : a.behaviour.lockedFields) {
                bool known = false;
                for (int row = 0; row < locked->count(); ++row)
                    known = known || locked->item(row)->data(Qt::UserRole).toString() == path;
                if (!known) {
                    auto *item = new QListWidgetItem(path, locked);
                    item->setData(Qt::UserRole, path);
                    item->setData(Qt::UserRole + 1, true);
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                }
            }
            for (int row = 0; row < locked->count(); ++row) {
                QListWidgetItem *item = locked->item(row);
                const bool on = a.behaviour.lockedFields.contains(item->data(Qt::UserRole));
                item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            }
        },
        [locked](Artist &a) {
            QStringList checked;
            for (int row = 0; row < locked->count(); ++row) {
                if (locked->item(row)->checkState() == Qt::Checked)
                    checked.append(locked->item(row)->data(Qt::UserRole).toString());
            }
            QStringList result;
            for (const QString &path : std::as_const(a.behaviour.lockedFields)) {
                if (checked.contains(path))
                    result.append(path);
            }
            for (const QString &path : std::as_const(checked)) {
                if (!result.contains(path))
                    result.append(path);
            }
            a.behaviour.lockedFields = result;
        },
        false);
    connect(locked, &QListWidget::itemChanged, this, [this, lockedIndex] { notify(lockedIndex); });

    addCheck(
        form, tr("Autopilot"), tr("Run generation cycles for this artist automatically"),
        QStringLiteral("behaviour.autopilot"),
        tr("When on, batch cycles pick this artist without asking."),
        [](auto &a) -> auto & { return a.behaviour.autopilot; });
}

void ArtistEditorFields::buildRelease(QWidget *parent, QLayout *into)
{
    QFormLayout *form = nullptr;
    into->addWidget(
        section(parent, tr("Release strategy"), QStringLiteral("releaseStrategy"), &form));
    addInt(
        form, tr("Cadence"), QStringLiteral("releaseStrategy.cadenceDays"),
        tr("Days between releases, from 1 to 365."), 0, 9999, tr(" days"),
        [](auto &a) -> auto & { return a.releaseStrategy.cadenceDays; });
    addUnit(
        form, tr("Video ratio"), QStringLiteral("releaseStrategy.videoRatio"),
        tr("Share of releases that get a video, from 0 (none) to 1 (every one)."),
        [](auto &a) -> auto & { return a.releaseStrategy.videoRatio; });
}

void ArtistEditorFields::buildProviders(QWidget *parent, QLayout *into)
{
    QFormLayout *form = nullptr;
    into->addWidget(section(parent, tr("Providers"), QStringLiteral("providers"), &form));
    const QString modelTip =
        tr("Model name passed to the provider; empty: the provider's default.");
    addChoice(
        form, tr("Text"), QStringLiteral("providers.text"),
        tr("Writes briefs and lyrics: \"local\" (offline) or \"openai\" (any "
           "OpenAI-compatible server)."),
        {QStringLiteral("local"), QStringLiteral("openai")},
        [](auto &a) -> auto & { return a.providers.text; });
    addLine(
        form, tr("Text model"), QStringLiteral("providers.textModel"), modelTip, tr("Default"),
        [](auto &a) -> auto & { return a.providers.textModel; });
    addChoice(
        form, tr("Music"), QStringLiteral("providers.music"),
        tr("Renders the tracks: \"local\" (offline synthesizer) or \"suno\"."),
        {QStringLiteral("local"), QStringLiteral("suno")},
        [](auto &a) -> auto & { return a.providers.music; });
    addLine(
        form, tr("Music model"), QStringLiteral("providers.musicModel"), modelTip, tr("Default"),
        [](auto &a) -> auto & { return a.providers.musicModel; });
    addChoice(
        form, tr("Video"), QStringLiteral("providers.video"),
        tr("Makes the videos: \"local\" (visualizer), \"pexels\" (stock) or \"luma\"."),
        {QStringLiteral("local"), QStringLiteral("pexels"), QStringLiteral("luma")},
        [](auto &a) -> auto & { return a.providers.video; });
    addLine(
        form, tr("Video model"), QStringLiteral("providers.videoModel"), modelTip, tr("Default"),
        [](auto &a) -> auto & { return a.providers.videoModel; });
}

void ArtistEditorFields::buildStatus(QWidget *parent, QLayout *into)
{
    QFormLayout *form = nullptr;
    into->addWidget(section(parent, tr("Lifecycle"), QStringLiteral("status"), &form));
    addEnum<LifecycleStatus>(
        form, tr("Status"), QStringLiteral("status"),
        tr("Candidate: not released yet. Active: releasing. Evolving: moving towards its "
           "trends. Paused: no new runs. Retired: kept for history."),
        {{LifecycleStatus::Candidate, tr("Candidate")},
         {LifecycleStatus::Active, tr("Active")},
         {LifecycleStatus::Evolving, tr("Evolving")},
         {LifecycleStatus::Paused, tr("Paused")},
         {LifecycleStatus::Retired, tr("Retired")}},
        [](auto &a) -> auto & { return a.status; });
}

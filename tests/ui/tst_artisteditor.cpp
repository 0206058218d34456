#include "artisteditor.h"
#include "domain/artistvalidator.h"
#include "instrumentationedit.h"
#include "paletteedit.h"
#include "stringlistedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

namespace {

Artist fullArtist()
{
    Artist a;
    a.id = QStringLiteral("0b9f5a8e-3c2d-4b7a-9f10-2a6c4d8e1f00");
    a.version = 7;
    a.createdAt = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    a.updatedAt = QDateTime(QDate(2024, 5, 2), QTime(12, 30), Qt::UTC);
    a.lastRunAt = QDateTime(QDate(2024, 5, 3), QTime(8, 15), Qt::UTC);
    a.archived = false;
    a.identity.stageName = QStringLiteral("Nova Keller");
    a.identity.realName = QStringLiteral("Nora Keller");
    a.identity.persona = QStringLiteral("Moody synth-pop with cold drum machines.");
    a.identity.backstory = QStringLiteral("Grew up in Leipzig,\nrecorded in a basement.");
    a.identity.influences = {QStringLiteral("Kraftwerk"), QStringLiteral("Robyn")};
    a.identity.personalityTraits = {QStringLiteral("introspective"), QStringLiteral("witty")};
    a.identity.palette = {QStringLiteral("#1B2A49"), QStringLiteral("#e94f37")};
    a.identity.visualKeywords = {QStringLiteral("neon"), QStringLiteral("rain")};
    a.identity.imagePrompt = QStringLiteral("portrait in neon rain");
    a.music.primaryGenre = QStringLiteral("synthpop");
    a.music.subgenres = {QStringLiteral("darkwave"), QStringLiteral("electroclash")};
    a.music.tempoMinBpm = 98;
    a.music.tempoMaxBpm = 124;
    a.music.preferredKeys = {QStringLiteral("A minor"), QStringLiteral("F# major")};
    a.music.energy = 0.6271; // more decimals than the spin box shows: must survive
    a.music.valence = 0.25;
    a.music.arousal = 0.8;
    a.music.instrumentation = {{QStringLiteral("analog synth"), 0.9},
                               {QStringLiteral("drum machine"), 0.7333}};
    a.music.instrumental = false;
    a.music.vocalStyle = QStringLiteral("breathy alto");
    a.music.lyricsLanguage = QStringLiteral("de");
    a.music.lyricThemes = {QStringLiteral("night drives")};
    a.audience.targetCountries = {QStringLiteral("DE"), QStringLiteral("AT")};
    a.audience.description = QStringLiteral("Night owls, 20-35.");
    a.behaviour.trendAlignment = TrendAlignment::Experimental;
    a.behaviour.evolutionSpeed = EvolutionSpeed::Fast;
    a.behaviour.lockedFields = {QStringLiteral("music.primaryGenre"),
                                QStringLiteral("identity.stageName")};
    a.behaviour.autopilot = true;
    a.releaseStrategy.cadenceDays = 21;
    a.releaseStrategy.videoRatio = 0.45;
    a.providers.text = QStringLiteral("openai");
    a.providers.textModel = QStringLiteral("gpt-4o-mini");
    a.providers.music = QStringLiteral("suno");
    a.providers.musicModel = QStringLiteral("v4");
    a.providers.video = QStringLiteral("pexels");
    a.providers.videoModel = QString();
    a.status = LifecycleStatus::Evolving;
    return a;
}

template<typename T> T *field(ArtistEditor &editor, const QString &name)
{
    T *widget = editor.findChild<T *>(name);
    if (!widget)
        qWarning("no widget %s", qPrintable(name));
    return widget;
}

} // namespace

class TestArtistEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureIsValid() { QCOMPARE(ArtistValidator::validate(fullArtist()), ValidationIssues{}); }

    void setArtistFillsWidgets()
    {
        ArtistEditor editor;
        editor.setArtist(fullArtist());
        QCOMPARE(field<QLineEdit>(editor, QStringLiteral("identity.stageName"))->text(),
                 QStringLiteral("Nova Keller"));
        QCOMPARE(field<QPlainTextEdit>(editor, QStringLiteral("identity.backstory"))->toPlainText(),
                 QStringLiteral("Grew up in Leipzig,\nrecorded in a basement."));
        QCOMPARE(field<QSpinBox>(editor, QStringLiteral("music.tempoMinBpm"))->value(), 98);
        QCOMPARE(field<QDoubleSpinBox>(editor, QStringLiteral("music.energy.spin"))->value(), 0.63);
        QCOMPARE(field<StringListEdit>(editor, QStringLiteral("audience.targetCountries"))->items(),
                 (QStringList{QStringLiteral("DE"), QStringLiteral("AT")}));
        auto *countries = field<StringListEdit>(editor, QStringLiteral("audience.targetCountries"));
        QCOMPARE(countries->listWidget()->item(0)->text(), QStringLiteral("DE — Germany"));
        QCOMPARE(field<QCheckBox>(editor, QStringLiteral("behaviour.autopilot"))->isChecked(),
                 true);
        QCOMPARE(field<QComboBox>(editor, QStringLiteral("status"))->currentText(),
                 QStringLiteral("Evolving"));
        QCOMPARE(field<QLabel>(editor, QStringLiteral("artistTitle"))->text(),
                 QStringLiteral("Nova Keller"));
        QCOMPARE(field<QLabel>(editor, QStringLiteral("statusBadge"))->text(),
                 QStringLiteral("Evolving"));
        QVERIFY(field<QLabel>(editor, QStringLiteral("artistMeta"))
                    ->text()
                    .startsWith(QStringLiteral("version 7 · updated ")));
        QVERIFY(!editor.isModified());
        QCOMPARE(editor.undoStack()->count(), 0);
    }

    void everyFieldSurvivesRoundTrip()
    {
        ArtistEditor editor;
        const Artist original = fullArtist();
        editor.setArtist(original);
        QCOMPARE(editor.artist(), original);
        // Loading a second, different artist replaces everything (no leftovers).
        Artist other;
        other.identity.stageName = QStringLiteral("Other");
        editor.setArtist(other);
        QCOMPARE(editor.artist(), other);
        editor.setArtist(original);
        QCOMPARE(editor.artist(), original);
        QVERIFY(!editor.isModified());
    }

    void editingChangesArtistAndModified()
    {
        ArtistEditor editor;
        editor.setArtist(fullArtist());
        QSignalSpy modified(&editor, &ArtistEditor::modifiedChanged);
        auto *cadence = field<QSpinBox>(editor, QStringLiteral("releaseStrategy.cadenceDays"));
        cadence->setValue(30);
        QCOMPARE(editor.artist().releaseStrategy.cadenceDays, 30);
        QVERIFY(editor.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.at(0).at(0).toBool(), true);

        auto *status = field<QComboBox>(editor, QStringLiteral("status"));
        status->setCurrentIndex(status->findData(int(LifecycleStatus::Paused)));
        QVERIFY(editor.artist().status == LifecycleStatus::Paused);
        QCOMPARE(field<QLabel>(editor, QStringLiteral("statusBadge"))->text(),
                 QStringLiteral("Paused"));
        QCOMPARE(editor.undoStack()->count(), 2);
    }

    void undoRestoresAndRedoReapplies()
    {
        ArtistEditor editor;
        editor.setArtist(fullArtist());
        auto *genre = field<QLineEdit>(editor, QStringLiteral("music.primaryGenre"));
        auto *themes = field<StringListEdit>(editor, QStringLiteral("music.lyricThemes"));
        genre->setText(QStringLiteral("techno"));
        QVERIFY(themes->addEntry(QStringLiteral("city lights")));
        QCOMPARE(editor.undoStack()->count(), 2);

        editor.undoStack()->undo();
        QCOMPARE(themes->items(), QStringList{QStringLiteral("night drives")});
        QCOMPARE(editor.undoStack()->count(), 2); // undo creates no command
        editor.undoStack()->undo();
        QCOMPARE(genre->text(), QStringLiteral("synthpop"));
        QCOMPARE(editor.artist(), fullArtist());
        QVERIFY(!editor.isModified());

        editor.undoStack()->redo();
        QCOMPARE(genre->text(), QStringLiteral("techno"));
        QCOMPARE(editor.artist().music.primaryGenre, QStringLiteral("techno"));
        QVERIFY(editor.isModified());
        QCOMPARE(editor.undoStack()->count(), 2);
    }

    void typingMergesIntoOneCommand()
    {
        ArtistEditor editor;
        editor.setArtist(fullArtist());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *name = field<QLineEdit>(editor, QStringLiteral("identity.stageName"));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Luma"));
        QCOMPARE(editor.artist().identity.stageName, QStringLiteral("Luma"));
        QCOMPARE(editor.undoStack()->count(), 1);
        QCOMPARE(field<QLabel>(editor, QStringLiteral("artistTitle"))->text(),
                 QStringLiteral("Luma"));

        // Ctrl+Z in the line edit is the editor's undo, not the line edit's own.
        QTest::keySequence(name, QKeySequence::Undo);
        QCOMPARE(name->text(), QStringLiteral("Nova Keller"));
        QVERIFY(!editor.isModified());
    }

    void invalidTempoRangeShowsIssueAndDisablesSave()
    {
        ArtistEditor editor;
        editor.setArtist(fullArtist());
        auto *save = field<QPushButton>(editor, QStringLiteral("saveButton"));
        auto *error = field<QLabel>(editor, QStringLiteral("music.tempoMaxBpm.error"));
        field<QSpinBox>(editor, QStringLiteral("music.tempoMinBpm"))->setValue(150);
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(QStringLiteral("problem")));
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("must not be below the minimum")));
        QVERIFY(field<QSpinBox>(editor, QStringLiteral("music.tempoMaxBpm"))
                    ->property("invalid")
                    .toBool());
        auto *summary = field<QLabel>(editor, QStringLiteral("issueSummary"));
        QVERIFY(!summary->isHidden());
        QVERIFY(summary->text().contains(QStringLiteral("1 problem")));

        field<QSpinBox>(editor, QStringLiteral("music.tempoMinBpm"))->setValue(100);
        QVERIFY(error->isHidden());
        QVERIFY(summary->isHidden());
        QVERIFY(save->isEnabled());
    }

    void listItemIssueAttachesToList()
    {
        ArtistEditor editor;
        Artist artist = fullArtist();
        artist.identity.palette.append(QStringLiteral("red"));
        editor.setArtist(artist);
        auto *error = field<QLabel>(editor, QStringLiteral("identity.palette.error"));
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("red")));
        field<PaletteEdit>(editor, QStringLiteral("identity.palette"))->removeColor(2);
        QVERIFY(error->isHidden());
    }

    void showIssuesFromOutside()
    {
        ArtistEditor editor;
        editor.setArtist(fullArtist());
        editor.showIssues({{QStringLiteral("identity.stageName"),
                            QStringLiteral("Another artist already uses this name.")},
                           {QString(), QStringLiteral("The database is read-only.")}});
        auto *error = field<QLabel>(editor, QStringLiteral("identity.stageName.error"));
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), QStringLiteral("Another artist already uses this name."));
        auto *summary = field<QLabel>(editor, QStringLiteral("issueSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("2 problems")));
        QVERIFY(summary->text().contains(QStringLiteral("The database is read-only.")));
        QCOMPARE(editor.issues().size(), 2);

        // The next edit clears them: the service checks again on save.
        field<QLineEdit>(editor, QStringLiteral("identity.stageName"))
            ->setText(QStringLiteral("Nova K"));
        QVERIFY(error->isHidden());
        QVERIFY(editor.issues().isEmpty());
    }

    void saveRequestedCarriesEditedArtist()
    {
        ArtistEditor editor;
        editor.setArtist(fullArtist());
        QSignalSpy saved(&editor, &ArtistEditor::saveRequested);
        auto *save = field<QPushButton>(editor, QStringLiteral("saveButton"));
        QVERIFY(!save->isEnabled()); // nothing changed yet

        field<InstrumentationEdit>(editor, QStringLiteral("music.instrumentation"))
            ->addInstrument(QStringLiteral("808 bass"), 0.8);
        field<StringListEdit>(editor, QStringLiteral("audience.targetCountries"))
            ->addEntry(QStringLiteral("france"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        const Artist edited = saved.at(0).at(0).value<Artist>();
        Artist expected = fullArtist();
        expected.music.instrumentation.append({QStringLiteral("808 bass"), 0.8});
        expected.audience.targetCountries.append(QStringLiteral("FR"));
        QCOMPARE(edited, expected);
        QCOMPARE(edited.id, fullArtist().id);
        QCOMPARE(edited.version, 7);
    }

    void revertRequested()
    {
        ArtistEditor editor;
        editor.setArtist(fullArtist());
        QSignalSpy revert(&editor, &ArtistEditor::revertRequested);
        auto *button = field<QPushButton>(editor, QStringLiteral("revertButton"));
        QVERIFY(!button->isEnabled());
        field<QCheckBox>(editor, QStringLiteral("music.instrumental"))->setChecked(true);
        QVERIFY(!field<QLineEdit>(editor, QStringLiteral("music.vocalStyle"))->isEnabled());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(revert.count(), 1);
    }

    void lockedFieldsKeepOrderAndUnknownPaths()
    {
        ArtistEditor editor;
        Artist artist = fullArtist();
        artist.behaviour.lockedFields.append(QStringLiteral("music.nonsense"));
        editor.setArtist(artist);
        QCOMPARE(editor.artist(), artist);
        QVERIFY(!field<QLabel>(editor, QStringLiteral("behaviour.lockedFields.error"))->isHidden());

        auto *list = field<QListWidget>(editor, QStringLiteral("behaviour.lockedFields"));
        QListWidgetItem *unknown = list->item(list->count() - 1);
        QCOMPARE(unknown->data(Qt::UserRole).toString(), QStringLiteral("music.nonsense"));
        unknown->setCheckState(Qt::Unchecked);
        QCOMPARE(editor.artist().behaviour.lockedFields, fullArtist().behaviour.lockedFields);
        editor.undoStack()->undo();
        QCOMPARE(editor.artist(), artist);
    }
};

QTEST_MAIN(TestArtistEditor)
#include "tst_artisteditor.moc"

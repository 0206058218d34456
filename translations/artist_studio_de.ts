<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnalysisDetailView</name>
    <message>
        <source>Select a track to see its waveform, beats, sections and values.</source>
        <translation>Wählen Sie einen Track aus, um Wellenform, Beats, Abschnitte und Werte zu sehen.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play from the playhead (Space)</source>
        <translation>Ab der Abspielposition abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show the Whole Track</source>
        <translation>Ganzen Track anzeigen</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>BPM:</source>
        <translation>BPM:</translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation>Gemessen:</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Alternativen:</translation>
    </message>
    <message>
        <source>Beats:</source>
        <translation>Beats:</translation>
    </message>
    <message>
        <source>Double the tempo</source>
        <translation>Tempo verdoppeln</translation>
    </message>
    <message>
        <source>Halve the tempo</source>
        <translation>Tempo halbieren</translation>
    </message>
    <message>
        <source>Two thirds of the tempo</source>
        <translation>Zwei Drittel des Tempos</translation>
    </message>
    <message>
        <source>One and a half times the tempo</source>
        <translation>Anderthalbfaches Tempo</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <source>Tap along with the beat; the tempo is set when you stop</source>
        <translation>Im Takt mittippen; das Tempo wird gesetzt, sobald Sie aufhören</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Back to the measured tempo</source>
        <translation>Zurück zum gemessenen Tempo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <source>Override the measured key</source>
        <translation>Die gemessene Tonart überschreiben</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Tonart:</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>Überschreiben:</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>Integrated:</source>
        <translation>Integriert:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>True peak:</source>
        <translation>True Peak:</translation>
    </message>
    <message>
        <source>Silence:</source>
        <translation>Stille:</translation>
    </message>
    <message>
        <source>Clipping:</source>
        <translation>Übersteuerung:</translation>
    </message>
    <message>
        <source>Structure and Character</source>
        <translation>Struktur und Charakter</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Energie:</translation>
    </message>
    <message>
        <source>Mood:</source>
        <translation>Stimmung:</translation>
    </message>
    <message>
        <source>%1 is waiting to be analyzed.</source>
        <translation>%1 wartet auf die Analyse.</translation>
    </message>
    <message>
        <source>%1 could not be analyzed: %2</source>
        <translation>%1 konnte nicht analysiert werden: %2</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>Stereo</translation>
    </message>
    <message numerus="yes">
        <source>%n channels</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 Hz · %3</source>
        <translation>%1 · %2 Hz · %3</translation>
    </message>
    <message>
        <source> · from the cache</source>
        <translation> · aus dem Cache</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (korrigiert)</translation>
    </message>
    <message>
        <source>%1, confidence %2%3</source>
        <translation>%1, Konfidenz %2%3</translation>
    </message>
    <message>
        <source>, variable tempo</source>
        <translation>, variables Tempo</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, overridden</source>
        <translation>%1, überschrieben</translation>
    </message>
    <message>
        <source>%1, confidence %2; runner-up %3</source>
        <translation>%1, Konfidenz %2; Alternative %3</translation>
    </message>
    <message>
        <source>As measured</source>
        <translation>Wie gemessen</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>LU</source>
        <translation>LU</translation>
    </message>
    <message>
        <source>%1 (sample peak %2)</source>
        <translation>%1 (Sample-Peak %2)</translation>
    </message>
    <message>
        <source>dBTP</source>
        <translation>dBTP</translation>
    </message>
    <message>
        <source>dBFS</source>
        <translation>dBFS</translation>
    </message>
    <message>
        <source>%1 s at the start, %2 s at the end</source>
        <translation>%1 s am Anfang, %2 s am Ende</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>1 clipped sample</source>
        <translation>1 übersteuertes Sample</translation>
    </message>
    <message numerus="yes">
        <source>%n clipped samples</source>
        <translation>
            <numerusform>%n übersteuertes Sample</numerusform>
            <numerusform>%n übersteuerte Samples</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>The most energetic section is in bold</source>
        <translation>Der energiereichste Abschnitt ist fett dargestellt</translation>
    </message>
    <message>
        <source>energy %1, danceability %2</source>
        <translation>Energie %1, Tanzbarkeit %2</translation>
    </message>
    <message>
        <source>valence %1, arousal %2</source>
        <translation>Valenz %1, Erregung %2</translation>
    </message>
    <message>
        <source>Tap: %1</source>
        <translation>Tippen: %1</translation>
    </message>
    <message>
        <source>Tap…</source>
        <translation>Tippen …</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The track could not be played: %1</source>
        <translation>Der Track konnte nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>AnalysisExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AnalysisFormat</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 minor</source>
        <translation>%1-Moll</translation>
    </message>
    <message>
        <source>%1 major</source>
        <translation>%1-Dur</translation>
    </message>
</context>
<context>
    <name>AnalysisPane</name>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Filter by file, key or tempo…</source>
        <translation>Nach Datei, Tonart oder Tempo filtern …</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Analyze audio files</source>
        <translation>Audiodateien analysieren</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Analyze every audio file in a folder and its subfolders</source>
        <translation>Alle Audiodateien in einem Ordner und seinen Unterordnern analysieren</translation>
    </message>
    <message>
        <source>&amp;Re-analyze</source>
        <translation>&amp;Neu analysieren</translation>
    </message>
    <message>
        <source>Measure the selected files again, ignoring the cache (all files when none is selected)</source>
        <translation>Die ausgewählten Dateien erneut messen, ohne den Cache zu verwenden (alle Dateien, wenn keine ausgewählt ist)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Save the listed results as a spreadsheet (CSV)</source>
        <translation>Die aufgelisteten Ergebnisse als Tabelle (CSV) speichern</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren …</translation>
    </message>
    <message>
        <source>Save the listed results as JSON, with the operator&apos;s corrections</source>
        <translation>Die aufgelisteten Ergebnisse als JSON speichern, mit den Korrekturen des Bedieners</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop analyzing; finished files stay in the cache</source>
        <translation>Die Analyse beenden; fertige Dateien bleiben im Cache</translation>
    </message>
    <message>
        <source>Ca&amp;melot Keys</source>
        <translation>Ca&amp;melot-Tonarten</translation>
    </message>
    <message>
        <source>Show keys in Camelot notation (8A = A minor)</source>
        <translation>Tonarten in Camelot-Notation anzeigen (8A = A-Moll)</translation>
    </message>
    <message>
        <source>No tracks analyzed yet</source>
        <translation>Noch keine Tracks analysiert</translation>
    </message>
    <message>
        <source>Drop audio files or folders here, or choose them. Tempo, key, loudness and structure are measured in the background.</source>
        <translation>Ziehen Sie Audiodateien oder Ordner hierher oder wählen Sie sie aus. Tempo, Tonart, Lautheit und Struktur werden im Hintergrund gemessen.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>The recent analyses could not be loaded: %1</source>
        <translation>Die letzten Analysen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Analyzing…</source>
        <translation>Wird analysiert …</translation>
    </message>
    <message>
        <source>Analysis finished.</source>
        <translation>Analyse abgeschlossen.</translation>
    </message>
    <message>
        <source>Analysis finished; 1 file could not be analyzed.</source>
        <translation>Analyse abgeschlossen; 1 Datei konnte nicht analysiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Analysis finished; %n files could not be analyzed.</source>
        <translation>
            <numerusform>Analyse abgeschlossen; %n Datei konnte nicht analysiert werden.</numerusform>
            <numerusform>Analyse abgeschlossen; %n Dateien konnten nicht analysiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyzing… (1 more batch waiting)</source>
        <translation>Wird analysiert … (1 weiterer Stapel wartet)</translation>
    </message>
    <message numerus="yes">
        <source>Analyzing… (%n more batches waiting)</source>
        <translation>
            <numerusform>Wird analysiert … (%n weiterer Stapel wartet)</numerusform>
            <numerusform>Wird analysiert … (%n weitere Stapel warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Analyze Audio Files</source>
        <translation>Audiodateien analysieren</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.flac *.ogg *.oga *.opus *.mp3);;All files (*)</source>
        <translation>Audiodateien (*.wav *.flac *.ogg *.oga *.opus *.mp3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Analyze a Folder</source>
        <translation>Ordner analysieren</translation>
    </message>
    <message>
        <source>Exported 1 track to %1.</source>
        <translation>1 Track nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tracks to %1.</source>
        <translation>
            <numerusform>%n Track nach %1 exportiert.</numerusform>
            <numerusform>%n Tracks nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export Analysis as CSV</source>
        <translation>Analyse als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Analysis as JSON</source>
        <translation>Analyse als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The correction could not be stored: %1</source>
        <translation>Die Korrektur konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Re-analyze Selected</source>
        <translation>&amp;Ausgewählte neu analysieren</translation>
    </message>
    <message>
        <source>&amp;Re-analyze All</source>
        <translation>&amp;Alle neu analysieren</translation>
    </message>
</context>
<context>
    <name>AnalysisRepository</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>No current analysis of content %1.</source>
        <translation>Keine aktuelle Analyse des Inhalts %1.</translation>
    </message>
    <message>
        <source>A stored analysis is unreadable: %1</source>
        <translation>Eine gespeicherte Analyse ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>read the stored analysis</source>
        <translation>Gespeicherte Analyse lesen</translation>
    </message>
    <message>
        <source>store an analysis</source>
        <translation>Analyse speichern</translation>
    </message>
    <message>
        <source>remember where %1 is</source>
        <translation>Speicherort von %1 merken</translation>
    </message>
    <message>
        <source>An analysis record needs a path and a content hash.</source>
        <translation>Ein Analyseeintrag braucht einen Pfad und einen Inhalts-Hash.</translation>
    </message>
    <message>
        <source>read a correction</source>
        <translation>Korrektur lesen</translation>
    </message>
    <message>
        <source>look up the analysis</source>
        <translation>Analyse nachschlagen</translation>
    </message>
    <message>
        <source>This file has not been analyzed yet; analyze it before correcting its tempo or key.</source>
        <translation>Diese Datei wurde noch nicht analysiert; analysieren Sie sie, bevor Sie Tempo oder Tonart korrigieren.</translation>
    </message>
    <message>
        <source>store the correction</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>list the recent analyses</source>
        <translation>Letzte Analysen auflisten</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 has not been analyzed yet.</source>
        <translation>%1 wurde noch nicht analysiert.</translation>
    </message>
    <message>
        <source>%1 is a folder; compare needs two files.</source>
        <translation>%1 ist ein Ordner; der Vergleich braucht zwei Dateien.</translation>
    </message>
    <message>
        <source>%1 has no fingerprint (too short or silent).</source>
        <translation>%1 hat keinen Fingerabdruck (zu kurz oder still).</translation>
    </message>
</context>
<context>
    <name>AnalysisTableModel</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Analyzed</source>
        <translation>Analysiert</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>dBTP</source>
        <translation>dBTP</translation>
    </message>
    <message>
        <source>%1 (measured %2)</source>
        <translation>%1 (gemessen %2)</translation>
    </message>
    <message>
        <source>Tempo in beats per minute; * marks the operator&apos;s correction</source>
        <translation>Tempo in Schlägen pro Minute; * kennzeichnet die Korrektur des Bedieners</translation>
    </message>
    <message>
        <source>How sure the tempo measurement is</source>
        <translation>Wie sicher die Tempomessung ist</translation>
    </message>
    <message>
        <source>Key in Camelot notation; * marks an override</source>
        <translation>Tonart in Camelot-Notation; * kennzeichnet eine Überschreibung</translation>
    </message>
    <message>
        <source>Key; * marks an override</source>
        <translation>Tonart; * kennzeichnet eine Überschreibung</translation>
    </message>
    <message>
        <source>Integrated loudness (EBU R 128)</source>
        <translation>Integrierte Lautheit (EBU R 128)</translation>
    </message>
    <message>
        <source>Highest inter-sample peak</source>
        <translation>Höchster Inter-Sample-Peak</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Key (Camelot)</source>
        <translation>Tonart (Camelot)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>True Peak</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Danceability</source>
        <translation>Tanzbarkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ArtistCreation</name>
    <message>
        <source>The %1 text provider wrote a profile that is not valid: %2</source>
        <translation>Der Textanbieter %1 hat ein ungültiges Profil geschrieben: %2</translation>
    </message>
    <message>
        <source>The creation was cancelled.</source>
        <translation>Die Erstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ArtistEditor</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Evolving</source>
        <translation>In Entwicklung</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Im Ruhestand</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the changes and reload the saved profile</source>
        <translation>Änderungen verwerfen und das gespeicherte Profil neu laden</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Änderung an „%1“</translation>
    </message>
    <message>
        <source>Show the first</source>
        <translation>Das erste anzeigen</translation>
    </message>
    <message>
        <source>Unnamed artist</source>
        <translation>Unbenannter Künstler</translation>
    </message>
    <message>
        <source>New artist · not saved yet</source>
        <translation>Neuer Künstler · noch nicht gespeichert</translation>
    </message>
    <message>
        <source>version %1 · updated %2</source>
        <translation>Version %1 · aktualisiert %2</translation>
    </message>
    <message>
        <source>Fix the problems shown in the form before saving (%1).</source>
        <translation>Beheben Sie vor dem Speichern die im Formular angezeigten Probleme (%1).</translation>
    </message>
    <message>
        <source>Nothing to save: the profile is unchanged.</source>
        <translation>Nichts zu speichern: Das Profil ist unverändert.</translation>
    </message>
    <message>
        <source>Save the changes as a new version (%1)</source>
        <translation>Änderungen als neue Version speichern (%1)</translation>
    </message>
</context>
<context>
    <name>ArtistEditorFields</name>
    <message>
        <source>%1 — unknown code</source>
        <translation>%1 — unbekannter Code</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Künstlername</translation>
    </message>
    <message>
        <source>The name the artist releases under. Required, at most 80 characters, one line.</source>
        <translation>Der Name, unter dem der Künstler veröffentlicht. Erforderlich, höchstens 80 Zeichen, eine Zeile.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Bürgerlicher Name</translation>
    </message>
    <message>
        <source>Optional civil name of the persona, shown in credits only.</source>
        <translation>Optionaler bürgerlicher Name der Persona, erscheint nur in den Credits.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Style and persona description: how the artist sounds, looks and speaks. Required.</source>
        <translation>Beschreibung von Stil und Persona: wie der Künstler klingt, aussieht und spricht. Erforderlich.</translation>
    </message>
    <message>
        <source>Backstory</source>
        <translation>Hintergrundgeschichte</translation>
    </message>
    <message>
        <source>Where the artist comes from; used when writing lyrics and press texts.</source>
        <translation>Woher der Künstler kommt; wird für Songtexte und Pressetexte verwendet.</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>Einflüsse</translation>
    </message>
    <message>
        <source>Artists and records that shaped the sound, one per entry.</source>
        <translation>Künstler und Platten, die den Sound geprägt haben, einer pro Eintrag.</translation>
    </message>
    <message>
        <source>Add an influence…</source>
        <translation>Einfluss hinzufügen …</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Persönlichkeit</translation>
    </message>
    <message>
        <source>Personality traits, one per entry (e.g. &quot;introspective&quot;).</source>
        <translation>Charakterzüge, einer pro Eintrag (z. B. „introspektiv“).</translation>
    </message>
    <message>
        <source>Add a trait…</source>
        <translation>Charakterzug hinzufügen …</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Farbpalette</translation>
    </message>
    <message>
        <source>Colours of the visual identity (#rrggbb), used for cover art and videos.</source>
        <translation>Farben der visuellen Identität (#rrggbb), verwendet für Cover und Videos.</translation>
    </message>
    <message>
        <source>Visual keywords</source>
        <translation>Visuelle Stichwörter</translation>
    </message>
    <message>
        <source>Words that describe the artist&apos;s imagery (e.g. &quot;neon&quot;, &quot;rain&quot;).</source>
        <translation>Wörter, die die Bildsprache des Künstlers beschreiben (z. B. „Neon“, „Regen“).</translation>
    </message>
    <message>
        <source>Add a keyword…</source>
        <translation>Stichwort hinzufügen …</translation>
    </message>
    <message>
        <source>Image prompt</source>
        <translation>Bild-Prompt</translation>
    </message>
    <message>
        <source>Prompt used to paint cover art and portraits of the artist.</source>
        <translation>Prompt, mit dem Cover und Porträts des Künstlers gemalt werden.</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>Primary genre</source>
        <translation>Hauptgenre</translation>
    </message>
    <message>
        <source>The genre the artist is known for. Required.</source>
        <translation>Das Genre, für das der Künstler bekannt ist. Erforderlich.</translation>
    </message>
    <message>
        <source>e.g. synthwave</source>
        <translation>z. B. Synthwave</translation>
    </message>
    <message>
        <source>Subgenres</source>
        <translation>Subgenres</translation>
    </message>
    <message>
        <source>Related styles the artist also explores; at most 8.</source>
        <translation>Verwandte Stilrichtungen, die der Künstler ebenfalls erkundet; höchstens 8.</translation>
    </message>
    <message>
        <source>Add a subgenre…</source>
        <translation>Subgenre hinzufügen …</translation>
    </message>
    <message>
        <source>Tempo range in beats per minute, between 40 and 250; the maximum must not be below the minimum.</source>
        <translation>Tempobereich in Schlägen pro Minute, zwischen 40 und 250; das Maximum darf nicht unter dem Minimum liegen.</translation>
    </message>
    <message>
        <source>Tempo from</source>
        <translation>Tempo von</translation>
    </message>
    <message>
        <source> BPM</source>
        <translation> BPM</translation>
    </message>
    <message>
        <source>Tempo to</source>
        <translation>Tempo bis</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>Moll</translation>
    </message>
    <message>
        <source>major</source>
        <translation>Dur</translation>
    </message>
    <message>
        <source>Preferred keys</source>
        <translation>Bevorzugte Tonarten</translation>
    </message>
    <message>
        <source>Keys the artist writes in, as tonic and mode (e.g. &quot;A minor&quot;, &quot;F# major&quot;).</source>
        <translation>Tonarten, in denen der Künstler schreibt, als Grundton und Tongeschlecht (z. B. „A minor“, „F# major“).</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>From 0 (ambient, sparse) to 1 (driving, dense).</source>
        <translation>Von 0 (ruhig, spärlich) bis 1 (treibend, dicht).</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Valenz</translation>
    </message>
    <message>
        <source>Mood from 0 (sad, dark) to 1 (happy, bright).</source>
        <translation>Stimmung von 0 (traurig, düster) bis 1 (fröhlich, hell).</translation>
    </message>
    <message>
        <source>Arousal</source>
        <translation>Erregung</translation>
    </message>
    <message>
        <source>Mood from 0 (calm) to 1 (excited).</source>
        <translation>Stimmung von 0 (ruhig) bis 1 (aufgeregt).</translation>
    </message>
    <message>
        <source>Instrumentation</source>
        <translation>Instrumentierung</translation>
    </message>
    <message>
        <source>Instruments in the mix, each with a level from 0 (barely audible) to 1 (leading).</source>
        <translation>Instrumente im Mix, jeweils mit einem Pegel von 0 (kaum hörbar) bis 1 (führend).</translation>
    </message>
    <message>
        <source>Vocals</source>
        <translation>Gesang</translation>
    </message>
    <message>
        <source>Instrumental (no vocals, no lyrics)</source>
        <translation>Instrumental (kein Gesang, kein Text)</translation>
    </message>
    <message>
        <source>An instrumental artist needs neither a vocal style nor a lyrics language.</source>
        <translation>Ein instrumentaler Künstler braucht weder einen Gesangsstil noch eine Textsprache.</translation>
    </message>
    <message>
        <source>Vocal style</source>
        <translation>Gesangsstil</translation>
    </message>
    <message>
        <source>How the voice sounds (e.g. &quot;breathy alto, close-miked&quot;). Required unless the artist is instrumental.</source>
        <translation>Wie die Stimme klingt (z. B. „hauchiger Alt, nah mikrofoniert“). Erforderlich, außer bei instrumentalen Künstlern.</translation>
    </message>
    <message>
        <source>e.g. breathy alto</source>
        <translation>z. B. hauchiger Alt</translation>
    </message>
    <message>
        <source>Lyrics language</source>
        <translation>Textsprache</translation>
    </message>
    <message>
        <source>Two-letter ISO 639-1 code in lower case (e.g. &quot;en&quot;, &quot;de&quot;, &quot;pt&quot;). Required unless the artist is instrumental.</source>
        <translation>Zweistelliger ISO-639-1-Code in Kleinbuchstaben (z. B. „en“, „de“, „pt“). Erforderlich, außer bei instrumentalen Künstlern.</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>z. B. de</translation>
    </message>
    <message>
        <source>Lyric themes</source>
        <translation>Textthemen</translation>
    </message>
    <message>
        <source>What the songs are about, one theme per entry.</source>
        <translation>Worum es in den Songs geht, ein Thema pro Eintrag.</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>Thema hinzufügen …</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>Target countries</source>
        <translation>Zielländer</translation>
    </message>
    <message>
        <source>Countries the artist is made for, as ISO 3166-1 alpha-2 codes. At least one.</source>
        <translation>Länder, für die der Künstler gemacht ist, als ISO-3166-1-Alpha-2-Codes. Mindestens eines.</translation>
    </message>
    <message>
        <source>Type a code or a country name…</source>
        <translation>Code oder Ländername eingeben …</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Who listens: age, scenes, moments of the day.</source>
        <translation>Wer zuhört: Alter, Szenen, Tageszeiten.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Trend alignment</source>
        <translation>Trendausrichtung</translation>
    </message>
    <message>
        <source>How closely evolution follows the trends of the target countries.</source>
        <translation>Wie eng die Weiterentwicklung den Trends der Zielländer folgt.</translation>
    </message>
    <message>
        <source>Strict — follow the trends closely</source>
        <translation>Streng — den Trends eng folgen</translation>
    </message>
    <message>
        <source>Soft — lean towards the trends</source>
        <translation>Sanft — sich an den Trends orientieren</translation>
    </message>
    <message>
        <source>Experimental — use trends as a starting point</source>
        <translation>Experimentell — Trends als Ausgangspunkt nutzen</translation>
    </message>
    <message>
        <source>Evolution speed</source>
        <translation>Entwicklungstempo</translation>
    </message>
    <message>
        <source>How far the profile may move in one evolution step.</source>
        <translation>Wie weit sich das Profil in einem Entwicklungsschritt verändern darf.</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <source>Core identity</source>
        <translation>Kernidentität</translation>
    </message>
    <message>
        <source>Checked fields are locked: evolution never changes them.</source>
        <translation>Markierte Felder sind gesperrt: Die Weiterentwicklung ändert sie nie.</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Run generation cycles for this artist automatically</source>
        <translation>Generierungszyklen für diesen Künstler automatisch ausführen</translation>
    </message>
    <message>
        <source>When on, batch cycles pick this artist without asking.</source>
        <translation>Wenn aktiviert, wählen Stapelzyklen diesen Künstler ohne Rückfrage aus.</translation>
    </message>
    <message>
        <source>Release strategy</source>
        <translation>Veröffentlichungsstrategie</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Days between releases, from 1 to 365.</source>
        <translation>Tage zwischen Veröffentlichungen, von 1 bis 365.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Video ratio</source>
        <translation>Videoanteil</translation>
    </message>
    <message>
        <source>Share of releases that get a video, from 0 (none) to 1 (every one).</source>
        <translation>Anteil der Veröffentlichungen mit Video, von 0 (keine) bis 1 (alle).</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model name passed to the provider; empty: the provider&apos;s default.</source>
        <translation>Modellname, der an den Anbieter übergeben wird; leer: Standard des Anbieters.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Writes briefs and lyrics: &quot;local&quot; (offline) or &quot;openai&quot; (any OpenAI-compatible server).</source>
        <translation>Schreibt Briefings und Songtexte: „local“ (offline) oder „openai“ (jeder OpenAI-kompatible Server).</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>Textmodell</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Renders the tracks: &quot;local&quot; (offline synthesizer) or &quot;suno&quot;.</source>
        <translation>Erzeugt die Tracks: „local“ (Offline-Synthesizer) oder „suno“.</translation>
    </message>
    <message>
        <source>Music model</source>
        <translation>Musikmodell</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Makes the videos: &quot;local&quot; (visualizer), &quot;pexels&quot; (stock) or &quot;luma&quot;.</source>
        <translation>Erstellt die Videos: „local“ (Visualisierung), „pexels“ (Stockmaterial) oder „luma“.</translation>
    </message>
    <message>
        <source>Video model</source>
        <translation>Videomodell</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Candidate: not released yet. Active: releasing. Evolving: moving towards its trends. Paused: no new runs. Retired: kept for history.</source>
        <translation>Kandidat: noch nichts veröffentlicht. Aktiv: veröffentlicht. In Entwicklung: bewegt sich auf seine Trends zu. Pausiert: keine neuen Durchläufe. Im Ruhestand: nur noch für die Historie aufbewahrt.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Evolving</source>
        <translation>In Entwicklung</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Im Ruhestand</translation>
    </message>
</context>
<context>
    <name>ArtistFilterBar</name>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Search name, genre or country (Ctrl+F)</source>
        <translation>Name, Genre oder Land suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show only artists with this status</source>
        <translation>Nur Künstler mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Show only artists of this genre</source>
        <translation>Nur Künstler dieses Genres anzeigen</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Alle Genres</translation>
    </message>
    <message>
        <source>Show only artists that target this country</source>
        <translation>Nur Künstler anzeigen, die auf dieses Land zielen</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>Also list archived artists (shown in italics)</source>
        <translation>Auch archivierte Künstler auflisten (kursiv dargestellt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>1 artist</source>
        <translation>1 Künstler</translation>
    </message>
    <message numerus="yes">
        <source>%n artists</source>
        <translation>
            <numerusform>%n Künstler</numerusform>
            <numerusform>%n Künstler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ArtistImporter</name>
    <message>
        <source>Importing an artist file</source>
        <translation>Künstlerdatei wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n artist files</source>
        <translation>
            <numerusform>%n Künstlerdatei wird importiert</numerusform>
            <numerusform>%n Künstlerdateien werden importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not imported, the import was cancelled.</source>
        <translation>%1: nicht importiert, der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ArtistJson</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>Unknown field; remove it or check its spelling.</source>
        <translation>Unbekanntes Feld; entfernen Sie es oder prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>Must be %1, not %2.</source>
        <translation>Erwartet: %1, gefunden: %2.</translation>
    </message>
    <message>
        <source>Text is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Text ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Has %1 entries; at most %2 are allowed.</source>
        <translation>Enthält %1 Einträge; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Must be a finite number.</source>
        <translation>Muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a date and time string or null</source>
        <translation>eine Datums- und Zeitangabe als Zeichenkette oder null</translation>
    </message>
    <message>
        <source>Must be an ISO 8601 date and time such as &quot;2024-05-01T12:00:00.000Z&quot;.</source>
        <translation>Muss ein Datum mit Uhrzeit nach ISO 8601 sein, z. B. „2024-05-01T12:00:00.000Z“.</translation>
    </message>
    <message>
        <source>Unknown value; use one of: %1.</source>
        <translation>Unbekannter Wert; erlaubt sind: %1.</translation>
    </message>
    <message>
        <source>This is not an artist profile (expected format &quot;%1&quot;).</source>
        <translation>Dies ist kein Künstlerprofil (erwartetes Format „%1“).</translation>
    </message>
    <message>
        <source>This profile was written by a newer Artist Studio (format version %1); this version reads format version %2. Update Artist Studio to import it.</source>
        <translation>Dieses Profil wurde von einer neueren Version von Artist Studio geschrieben (Formatversion %1); diese Version liest Formatversion %2. Aktualisieren Sie Artist Studio, um es zu importieren.</translation>
    </message>
    <message>
        <source>Format version %1 does not exist; the first is 1.</source>
        <translation>Formatversion %1 gibt es nicht; die erste ist 1.</translation>
    </message>
    <message>
        <source>an object with &quot;name&quot; and &quot;level&quot;</source>
        <translation>ein Objekt mit „name“ und „level“</translation>
    </message>
    <message>
        <source>Must be a UUID such as &quot;0f8fad5b-d9cb-469f-a165-70867728950e&quot;.</source>
        <translation>Muss eine UUID sein, z. B. „0f8fad5b-d9cb-469f-a165-70867728950e“.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The artist profile was refused: %1%2</source>
        <translation>Das Künstlerprofil wurde abgelehnt: %1%2</translation>
    </message>
    <message>
        <source>The artist profile was refused with %1 problems, the first: %2%3</source>
        <translation>Das Künstlerprofil wurde abgelehnt (Probleme: %1), das erste: %2%3</translation>
    </message>
    <message>
        <source>%1 more problems were not listed.</source>
        <translation>Weitere Probleme wurden nicht aufgeführt: %1.</translation>
    </message>
    <message>
        <source>The file is %1 bytes; an artist profile may be at most %2 bytes.</source>
        <translation>Die Datei ist %1 Byte groß; ein Künstlerprofil darf höchstens %2 Byte groß sein.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text; speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The file must hold one JSON object (an artist profile), not an array or a single value.</source>
        <translation>Die Datei muss ein JSON-Objekt (ein Künstlerprofil) enthalten, kein Array und keinen Einzelwert.</translation>
    </message>
</context>
<context>
    <name>ArtistRepository</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>No artist with id %1; it may have been deleted.</source>
        <translation>Kein Künstler mit der ID %1; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>check the artist id</source>
        <translation>Künstler-ID prüfen</translation>
    </message>
    <message>
        <source>An artist with id %1 already exists.</source>
        <translation>Ein Künstler mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <source>store the artist</source>
        <translation>Künstler ablegen</translation>
    </message>
    <message>
        <source>The artist &quot;%1&quot; was changed elsewhere since you opened it (you edited version %2, the stored one is version %3). Reload it and apply your changes again.</source>
        <translation>Der Künstler „%1“ wurde anderswo geändert, seit Sie ihn geöffnet haben (Sie haben Version %2 bearbeitet, gespeichert ist Version %3). Laden Sie ihn neu und übernehmen Sie Ihre Änderungen erneut.</translation>
    </message>
    <message>
        <source>save the artist</source>
        <translation>Künstler speichern</translation>
    </message>
    <message>
        <source>The artist &quot;%1&quot; was changed elsewhere since you opened it. Reload it and apply your changes again.</source>
        <translation>Der Künstler „%1“ wurde anderswo geändert, seit Sie ihn geöffnet haben. Laden Sie ihn neu und übernehmen Sie Ihre Änderungen erneut.</translation>
    </message>
    <message>
        <source>record the artist&apos;s version</source>
        <translation>Version des Künstlers festhalten</translation>
    </message>
    <message>
        <source>read the artist</source>
        <translation>Künstler lesen</translation>
    </message>
    <message>
        <source>The stored profile of artist %1 cannot be read: %2</source>
        <translation>Das gespeicherte Profil des Künstlers %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>list the artists</source>
        <translation>Künstler auflisten</translation>
    </message>
    <message>
        <source>read the artist&apos;s history</source>
        <translation>Verlauf des Künstlers lesen</translation>
    </message>
    <message>
        <source>archive the artist</source>
        <translation>Künstler archivieren</translation>
    </message>
    <message>
        <source>record the artist&apos;s last run</source>
        <translation>Letzten Durchlauf des Künstlers festhalten</translation>
    </message>
    <message>
        <source>delete the artist</source>
        <translation>Künstler löschen</translation>
    </message>
    <message>
        <source>count the artists</source>
        <translation>Künstler zählen</translation>
    </message>
</context>
<context>
    <name>ArtistService</name>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No text provider is set up.</source>
        <translation>Es ist kein Textanbieter eingerichtet.</translation>
    </message>
    <message>
        <source>The text provider was not set up.</source>
        <translation>Der Textanbieter wurde nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The text provider is missing.</source>
        <translation>Der Textanbieter fehlt.</translation>
    </message>
    <message>
        <source>The creation was cancelled.</source>
        <translation>Die Erstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The profile was not saved because:</source>
        <translation>Das Profil wurde nicht gespeichert, weil:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: it is %2 bytes; an artist profile is at most %3 bytes.</source>
        <translation>%1 wurde nicht importiert: Die Datei ist %2 Byte groß; ein Künstlerprofil hat höchstens %3 Byte.</translation>
    </message>
    <message>
        <source>%1 was not imported because:</source>
        <translation>%1 wurde nicht importiert, weil:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ArtistTimelineView</name>
    <message>
        <source>Parameters across versions</source>
        <translation>Parameter über die Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Level (0–1)</source>
        <translation>Pegel (0–1)</translation>
    </message>
    <message>
        <source>Tempo (BPM)</source>
        <translation>Tempo (BPM)</translation>
    </message>
    <message>
        <source>Tempo min</source>
        <translation>Tempo min.</translation>
    </message>
    <message>
        <source>Tempo max</source>
        <translation>Tempo max.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Valenz</translation>
    </message>
    <message>
        <source>Arousal</source>
        <translation>Erregung</translation>
    </message>
    <message>
        <source>%1, version %2 (%3): %4</source>
        <translation>%1, Version %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>ArtistValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 1.</source>
        <translation>%1 muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is listed twice.</source>
        <translation>%1 „%2“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;; use one of: %3.</source>
        <translation>Unbekannter %1 „%2“; erlaubt sind: %3.</translation>
    </message>
    <message>
        <source>Stage name is required.</source>
        <translation>Der Künstlername ist erforderlich.</translation>
    </message>
    <message>
        <source>Stage name is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Künstlername ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Stage name must not contain control characters such as line breaks or tabs.</source>
        <translation>Der Künstlername darf keine Steuerzeichen wie Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <source>Persona description</source>
        <translation>Persona-Beschreibung</translation>
    </message>
    <message>
        <source>Palette colour &quot;%1&quot; must be written as #rrggbb, e.g. #1a2b3c.</source>
        <translation>Palettenfarbe „%1“ muss als #rrggbb geschrieben werden, z. B. #1a2b3c.</translation>
    </message>
    <message>
        <source>Tempo must be between %1 and %2 BPM.</source>
        <translation>Das Tempo muss zwischen %1 und %2 BPM liegen.</translation>
    </message>
    <message>
        <source>Maximum tempo (%1 BPM) must not be below the minimum (%2 BPM).</source>
        <translation>Das Höchsttempo (%1 BPM) darf nicht unter dem Mindesttempo (%2 BPM) liegen.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; must be a tonic and a mode, e.g. &quot;A minor&quot;, &quot;F# major&quot; or &quot;Eb minor&quot;.</source>
        <translation>Tonart „%1“ muss aus Grundton und Tongeschlecht bestehen, z. B. „A minor“, „F# major“ oder „Eb minor“.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is listed twice.</source>
        <translation>Tonart „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Instrument name is required.</source>
        <translation>Der Instrumentname ist erforderlich.</translation>
    </message>
    <message>
        <source>Instrument &quot;%1&quot; is listed twice.</source>
        <translation>Instrument „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Instrument level must be between 0 and 1.</source>
        <translation>Der Instrumentpegel muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>Primary genre</source>
        <translation>Hauptgenre</translation>
    </message>
    <message>
        <source>At most %1 subgenres are allowed, not %2.</source>
        <translation>Höchstens %1 Subgenres sind erlaubt, nicht %2.</translation>
    </message>
    <message>
        <source>Subgenre</source>
        <translation>Subgenre</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Valence (mood)</source>
        <translation>Valenz (Stimmung)</translation>
    </message>
    <message>
        <source>Arousal (mood)</source>
        <translation>Erregung (Stimmung)</translation>
    </message>
    <message>
        <source>Vocal style (unless the artist is instrumental)</source>
        <translation>Gesangsstil (außer bei instrumentalen Künstlern)</translation>
    </message>
    <message>
        <source>Lyrics language is required unless the artist is instrumental.</source>
        <translation>Die Textsprache ist erforderlich, außer bei instrumentalen Künstlern.</translation>
    </message>
    <message>
        <source>Lyrics language &quot;%1&quot; must be a two-letter ISO 639-1 code in lower case, e.g. &quot;en&quot; or &quot;pt&quot;.</source>
        <translation>Textsprache „%1“ muss ein zweistelliger ISO-639-1-Code in Kleinbuchstaben sein, z. B. „en“ oder „pt“.</translation>
    </message>
    <message>
        <source>At least one target country is required.</source>
        <translation>Mindestens ein Zielland ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code; use two upper-case letters, e.g. &quot;DE&quot; or &quot;BR&quot;.</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1; verwenden Sie zwei Großbuchstaben, z. B. „DE“ oder „BR“.</translation>
    </message>
    <message>
        <source>Country %1 is listed twice.</source>
        <translation>Land %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field that can be locked, e.g. &quot;identity.stageName&quot;.</source>
        <translation>„%1“ ist kein Feld, das gesperrt werden kann, wie z. B. „identity.stageName“.</translation>
    </message>
    <message>
        <source>Field %1 is locked twice.</source>
        <translation>Feld %1 ist doppelt gesperrt.</translation>
    </message>
    <message>
        <source>Release cadence must be between %1 and %2 days.</source>
        <translation>Der Veröffentlichungsrhythmus muss zwischen %1 und %2 Tagen liegen.</translation>
    </message>
    <message>
        <source>Video ratio</source>
        <translation>Videoanteil</translation>
    </message>
    <message>
        <source>text provider</source>
        <translation>Textanbieter</translation>
    </message>
    <message>
        <source>music provider</source>
        <translation>Musikanbieter</translation>
    </message>
    <message>
        <source>video provider</source>
        <translation>Videoanbieter</translation>
    </message>
</context>
<context>
    <name>ArtistsPane</name>
    <message>
        <source>Artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Select an artist to see and edit the profile.</source>
        <translation>Wählen Sie einen Künstler aus, um sein Profil anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>The artists could not be loaded: %1</source>
        <translation>Die Künstler konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;New Artist…</source>
        <translation>&amp;Neuer Künstler …</translation>
    </message>
    <message>
        <source>Create an artist from a short brief</source>
        <translation>Einen Künstler aus einem kurzen Briefing erstellen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import artists from JSON files</source>
        <translation>Künstler aus JSON-Dateien importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export the selected artist as a JSON file</source>
        <translation>Den ausgewählten Künstler als JSON-Datei exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Create a copy of the selected artist</source>
        <translation>Eine Kopie des ausgewählten Künstlers erstellen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Hide the selected artist from the roster without deleting it</source>
        <translation>Den ausgewählten Künstler aus der Liste ausblenden, ohne ihn zu löschen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected artist</source>
        <translation>Den ausgewählten Künstler löschen</translation>
    </message>
    <message>
        <source>Version &amp;History…</source>
        <translation>&amp;Versionsverlauf …</translation>
    </message>
    <message>
        <source>Every saved version of the selected artist, with its changes</source>
        <translation>Alle gespeicherten Versionen des ausgewählten Künstlers mit ihren Änderungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Creation &amp;Report…</source>
        <translation>Erstellungs&amp;bericht …</translation>
    </message>
    <message>
        <source>How the selected artist was created</source>
        <translation>Wie der ausgewählte Künstler erstellt wurde</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>No artists yet</source>
        <translation>Noch keine Künstler</translation>
    </message>
    <message>
        <source>Describe a genre, a country and a mood, and the studio writes a complete artist profile for you. You can also drop exported .json files onto this window.</source>
        <translation>Beschreiben Sie ein Genre, ein Land und eine Stimmung, und das Studio schreibt ein vollständiges Künstlerprofil für Sie. Sie können auch exportierte .json-Dateien auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Create your first artist</source>
        <translation>Ersten Künstler erstellen</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Aus dem &amp;Archiv holen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Do you want to save them first?</source>
        <translation>Möchten Sie sie zuerst speichern?</translation>
    </message>
    <message>
        <source>Could not open the artist: %1</source>
        <translation>Der Künstler konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Edited in the studio</source>
        <translation>Im Studio bearbeitet</translation>
    </message>
    <message>
        <source>Saved %1 (version %2).</source>
        <translation>%1 gespeichert (Version %2).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>%1 wurde erstellt.</translation>
    </message>
    <message>
        <source>View Creation Report</source>
        <translation>Erstellungsbericht anzeigen</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <source>Import Artists</source>
        <translation>Künstler importieren</translation>
    </message>
    <message>
        <source>Artist profiles (*.json);;All files (*)</source>
        <translation>Künstlerprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported 1 artist.</source>
        <translation>1 Künstler importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n artists.</source>
        <translation>
            <numerusform>%n Künstler importiert.</numerusform>
            <numerusform>%n Künstler importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file could not be imported. Nothing was stored from it.</source>
        <translation>Die Datei konnte nicht importiert werden. Nichts davon wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be imported. Nothing was stored from them.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden. Nichts davon wurde gespeichert.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden. Nichts davon wurde gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Artist</source>
        <translation>Künstler exportieren</translation>
    </message>
    <message>
        <source>Artist profiles (*.json)</source>
        <translation>Künstlerprofile (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The artist could not be exported.

%1</source>
        <translation>Der Künstler konnte nicht exportiert werden.

%1</translation>
    </message>
    <message>
        <source>The artist could not be duplicated: %1</source>
        <translation>Der Künstler konnte nicht dupliziert werden: %1</translation>
    </message>
    <message>
        <source>%1 was archived.</source>
        <translation>%1 wurde archiviert.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <source>Restored %1 from the archive.</source>
        <translation>%1 aus dem Archiv wiederhergestellt.</translation>
    </message>
    <message>
        <source>Delete Artist</source>
        <translation>Künstler löschen</translation>
    </message>
    <message>
        <source>Delete %1 permanently?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <source>The profile and its version history are removed. Reports stay in the reports folder. Archive the artist instead to keep it.</source>
        <translation>Das Profil und sein Versionsverlauf werden entfernt. Berichte bleiben im Berichtsordner. Archivieren Sie den Künstler stattdessen, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Version History of %1</source>
        <translation>Versionsverlauf von %1</translation>
    </message>
    <message>
        <source>The reports could not be read: %1</source>
        <translation>Die Berichte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no creation report for %1 (imported or created by an older version).</source>
        <translation>Für %1 gibt es keinen Erstellungsbericht (importiert oder mit einer älteren Version erstellt).</translation>
    </message>
    <message>
        <source>Creation Report of %1</source>
        <translation>Erstellungsbericht von %1</translation>
    </message>
    <message>
        <source>E&amp;volution…</source>
        <translation>&amp;Weiterentwicklung …</translation>
    </message>
    <message>
        <source>How the selected artist fits its markets, and plans to adapt it</source>
        <translation>Wie der ausgewählte Künstler zu seinen Märkten passt, und Pläne, ihn anzupassen</translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation>Weiterentwicklung</translation>
    </message>
</context>
<context>
    <name>ArtistsTableModel</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Evolving</source>
        <translation>In Entwicklung</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Im Ruhestand</translation>
    </message>
    <message>
        <source>%1 (archived)
Last changed %2</source>
        <translation>%1 (archiviert)
Zuletzt geändert %2</translation>
    </message>
    <message>
        <source>%1
Last changed %2</source>
        <translation>%1
Zuletzt geändert %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This artist has not run yet.</source>
        <translation>Für diesen Künstler gab es noch keinen Durchlauf.</translation>
    </message>
    <message>
        <source>The first version</source>
        <translation>Die erste Version</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Durchlauf</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>AudioFolderTrendImporter</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 has no sidecar CSV (a .csv file with the columns file, country, date, rank, streams, genre).</source>
        <translation>%1 hat keine Begleit-CSV (eine .csv-Datei mit den Spalten file, country, date, rank, streams, genre).</translation>
    </message>
    <message>
        <source>%1 has several sidecar CSVs (%2); import one of them.</source>
        <translation>%1 hat mehrere Begleit-CSVs (%2); importieren Sie eine davon.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2 Nothing was imported.</source>
        <translation>%1 kann nicht importiert werden: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>Die Spalte „%1“ kommt in der Kopfzeile doppelt vor.</translation>
    </message>
    <message>
        <source>the header has no %1 column (found: %2).</source>
        <translation>Die Kopfzeile hat keine Spalte %1 (gefunden: %2).</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Die Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>The file is missing.</source>
        <translation>Die Datei fehlt.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not an audio file (wav, flac, ogg, oga, opus, mp3).</source>
        <translation>%1 ist keine Audiodatei (wav, flac, ogg, oga, opus, mp3).</translation>
    </message>
    <message>
        <source>The country is missing.</source>
        <translation>Das Land fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Das Datum fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein ISO-Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 1.</source>
        <translation>„%1“ ist keine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 0.</source>
        <translation>„%1“ ist keine Zahl ab 0.</translation>
    </message>
    <message>
        <source>%1 could not be analyzed: %2</source>
        <translation>%1 konnte nicht analysiert werden: %2</translation>
    </message>
    <message>
        <source>%1 was not analyzed.</source>
        <translation>%1 wurde nicht analysiert.</translation>
    </message>
</context>
<context>
    <name>ChartCsvImporter</name>
    <message>
        <source>a whole number from 1</source>
        <translation>eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>a number from 0</source>
        <translation>eine Zahl ab 0</translation>
    </message>
    <message>
        <source>a tempo from 30 to 300 BPM</source>
        <translation>ein Tempo von 30 bis 300 BPM</translation>
    </message>
    <message>
        <source>a whole number from -1 (no key) to 11</source>
        <translation>eine ganze Zahl von -1 (keine Tonart) bis 11</translation>
    </message>
    <message>
        <source>0 (minor) or 1 (major)</source>
        <translation>0 (Moll) oder 1 (Dur)</translation>
    </message>
    <message>
        <source>a loudness from -60 to 5 dB</source>
        <translation>eine Lautheit von -60 bis 5 dB</translation>
    </message>
    <message>
        <source>a duration above 0 ms</source>
        <translation>eine Dauer über 0 ms</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>The country is missing.</source>
        <translation>Das Land fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Das Datum fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein ISO-Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation>„%1“ ist nicht %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2 Nothing was imported.</source>
        <translation>%1 kann nicht importiert werden: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>Die Spalte „%1“ kommt in der Kopfzeile doppelt vor.</translation>
    </message>
    <message>
        <source>the header has no %1 column (found: %2).</source>
        <translation>Die Kopfzeile hat keine Spalte %1 (gefunden: %2).</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Die Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Option %1 takes no value.</source>
        <translation>Option %1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>Option %1 needs a command, e.g. &quot;artist list&quot;.</source>
        <translation>Option %1 braucht einen Befehl, z. B. „artist list“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Unbekannter Befehl „%1“. Siehe --help.</translation>
    </message>
    <message>
        <source>&quot;artist&quot; needs a subcommand: create, list, show, import, export.</source>
        <translation>„artist“ braucht einen Unterbefehl: create, list, show, import, export.</translation>
    </message>
    <message>
        <source>Option %1 does not apply to &quot;artist %2&quot;.</source>
        <translation>Option %1 gilt nicht für „artist %2“.</translation>
    </message>
    <message>
        <source>Usage: artist-studio artist %1</source>
        <translation>Aufruf: artist-studio artist %1</translation>
    </message>
    <message>
        <source>artist create needs --genre, e.g. --genre synthwave.</source>
        <translation>artist create braucht --genre, z. B. --genre synthwave.</translation>
    </message>
    <message>
        <source>artist create needs --country, e.g. --country DE.</source>
        <translation>artist create braucht --country, z. B. --country DE.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--provider must be &quot;local&quot; or &quot;openai&quot;.</source>
        <translation>--provider muss „local“ oder „openai“ sein.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;artist %1&quot;. Try --help.</source>
        <translation>Unbekannter Unterbefehl „artist %1“. Siehe --help.</translation>
    </message>
    <message>
        <source>Option %1 does not apply to &quot;%2&quot;.</source>
        <translation>Option %1 gilt nicht für „%2“.</translation>
    </message>
    <message>
        <source>Usage: artist-studio analyze compare FILE_A FILE_B [--json]</source>
        <translation>Aufruf: artist-studio analyze compare FILE_A FILE_B [--json]</translation>
    </message>
    <message>
        <source>analyze needs at least one audio file or folder, e.g. artist-studio analyze track.wav.</source>
        <translation>analyze braucht mindestens eine Audiodatei oder einen Ordner, z. B. artist-studio analyze track.wav.</translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to %1.</source>
        <translation>--jobs muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>Usage: artist-studio [--data-dir DIR] [COMMAND] [OPTIONS]

Without a command the studio opens its window.

Commands:
  artist create --genre G --country CC [--mood M] [--seed N]
                [--provider local|openai] [--json]
  artist list [--all] [--json]
  artist show ID [--json]
  artist import FILE [--json]
  artist export ID FILE
  analyze [--jobs N] [--no-cache] [--json] FILE|DIR...
                one line per audio file: duration, BPM, key, loudness
                (--json: one JSON object per line, with every measurement)
  analyze compare FILE_A FILE_B [--json]
                fingerprint similarity of two recordings, 0..1
  trends import FILE|DIR [--format csv|prototype|audio-folder] [--skip-bad-rows]
                [--merge] [--json]
                import a chart CSV, a prototype folder or an audio folder with a
                sidecar CSV; prints accepted and rejected rows (with line numbers)
  trends import --sample [--json]
                import the bundled sample dataset (labelled &quot;Sample data&quot;)
  trends show --country CC [--genre G] --feature F [--from DATE] [--to DATE] [--json]
                the series with its moving average, forecast (80/95% intervals),
                slope and significance; F: tempo, energy, danceability, valence,
                loudness, duration_s, mode
  evolve plan --artist ID [--json]
                propose a gradual change toward the artist&apos;s target trends
  evolve apply PLAN_ID [--json]
                apply a proposed plan as a new version of the artist
  lifecycle run [--json]
                evaluate every artist&apos;s lifecycle stage now
  performance import FILE [--skip-bad-rows] [--json]
                import a sales/streams report (CSV: date, release or isrc, country,
                store, streams, revenue)
Global options:
  --data-dir DIR   use DIR for the database, media, reports and logs
                   (default: $ARTIST_STUDIO_DATA_DIR, else the user data dir)
  --json           print machine-readable JSON
  --version        print the version and exit
  --help           print this help and exit

Exit codes: 0 success, 1 runtime error, 2 usage error, 3 validation failed.
</source>
        <translation>Aufruf: artist-studio [--data-dir DIR] [COMMAND] [OPTIONS]

Ohne Befehl öffnet das Studio sein Fenster.

Befehle:
  artist create --genre G --country CC [--mood M] [--seed N]
                [--provider local|openai] [--json]
  artist list [--all] [--json]
  artist show ID [--json]
  artist import FILE [--json]
  artist export ID FILE
  analyze [--jobs N] [--no-cache] [--json] FILE|DIR...
                eine Zeile pro Audiodatei: Dauer, BPM, Tonart, Lautheit
                (--json: ein JSON-Objekt pro Zeile, mit allen Messwerten)
  analyze compare FILE_A FILE_B [--json]
                Ähnlichkeit der Fingerabdrücke zweier Aufnahmen, 0..1
  trends import FILE|DIR [--format csv|prototype|audio-folder] [--skip-bad-rows]
                [--merge] [--json]
                importiert eine Chart-CSV, einen Prototyp-Ordner oder einen
                Audio-Ordner mit Begleit-CSV; gibt angenommene und abgelehnte
                Zeilen aus (mit Zeilennummern)
  trends import --sample [--json]
                importiert den mitgelieferten Beispieldatensatz
                (gekennzeichnet als „Beispieldaten“)
  trends show --country CC [--genre G] --feature F [--from DATE] [--to DATE] [--json]
                die Zeitreihe mit gleitendem Durchschnitt, Prognose
                (80/95-%-Intervalle), Steigung und Signifikanz; F: tempo, energy,
                danceability, valence, loudness, duration_s, mode
  evolve plan --artist ID [--json]
                schlägt eine schrittweise Änderung in Richtung der Zieltrends
                des Künstlers vor
  evolve apply PLAN_ID [--json]
                wendet einen vorgeschlagenen Plan als neue Version des Künstlers an
  lifecycle run [--json]
                bewertet jetzt die Lebenszyklusphase jedes Künstlers
  performance import FILE [--skip-bad-rows] [--json]
                importiert einen Verkaufs-/Streaming-Bericht (CSV: date, release
                oder isrc, country, store, streams, revenue)
Globale Optionen:
  --data-dir DIR   DIR für Datenbank, Medien, Berichte und Protokolle verwenden
                   (Standard: $ARTIST_STUDIO_DATA_DIR, sonst das Datenverzeichnis
                   des Benutzers)
  --json           maschinenlesbares JSON ausgeben
  --version        die Version ausgeben und beenden
  --help           diese Hilfe ausgeben und beenden

Exit-Codes: 0 Erfolg, 1 Laufzeitfehler, 2 Aufruffehler, 3 Validierung fehlgeschlagen.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>„%1“ braucht einen Unterbefehl: %2.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;. Try --help.</source>
        <translation>Unbekannter Unterbefehl „%1“. Siehe --help.</translation>
    </message>
    <message>
        <source>Usage: artist-studio %1</source>
        <translation>Aufruf: artist-studio %1</translation>
    </message>
    <message>
        <source>evolve plan needs --artist ID (see artist list).</source>
        <translation>evolve plan braucht --artist ID (siehe artist list).</translation>
    </message>
    <message>
        <source>PLAN_ID must be a plan number, not &quot;%1&quot;.</source>
        <translation>PLAN_ID muss eine Plannummer sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 muss ein Datum im Format YYYY-MM-DD sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;trends&quot; needs a subcommand: import, show.</source>
        <translation>„trends“ braucht einen Unterbefehl: import, show.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;trends %1&quot;. Try --help.</source>
        <translation>Unbekannter Unterbefehl „trends %1“. Siehe --help.</translation>
    </message>
    <message>
        <source>Option %1 does not apply to &quot;trends %2&quot;.</source>
        <translation>Option %1 gilt nicht für „trends %2“.</translation>
    </message>
    <message>
        <source>Usage: artist-studio trends import FILE|DIR [--format csv|prototype|audio-folder] [--skip-bad-rows] [--merge], or trends import --sample</source>
        <translation>Aufruf: artist-studio trends import FILE|DIR [--format csv|prototype|audio-folder] [--skip-bad-rows] [--merge] oder trends import --sample</translation>
    </message>
    <message>
        <source>--format must be &quot;csv&quot;, &quot;prototype&quot; or &quot;audio-folder&quot;.</source>
        <translation>--format muss „csv“, „prototype“ oder „audio-folder“ sein.</translation>
    </message>
    <message>
        <source>Usage: artist-studio trends show --country CC [--genre G] --feature F [--from DATE] [--to DATE] [--json]</source>
        <translation>Aufruf: artist-studio trends show --country CC [--genre G] --feature F [--from DATE] [--to DATE] [--json]</translation>
    </message>
    <message>
        <source>trends show needs --country, e.g. --country DE.</source>
        <translation>trends show braucht --country, z. B. --country DE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>trends show needs --feature, e.g. --feature tempo.</source>
        <translation>trends show braucht --feature, z. B. --feature tempo.</translation>
    </message>
    <message>
        <source>Unknown feature &quot;%1&quot;; use tempo, energy, danceability, valence, loudness, duration_s or mode.</source>
        <translation>Unbekanntes Merkmal „%1“; verwenden Sie tempo, energy, danceability, valence, loudness, duration_s oder mode.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
</context>
<context>
    <name>CompatibilityChartView</name>
    <message>
        <source>Compatibility per target segment</source>
        <translation>Kompatibilität pro Zielsegment</translation>
    </message>
    <message>
        <source>Score (0–1)</source>
        <translation>Wert (0–1)</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Kompatibilität</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Musical fit %1 × market %2 × targeting %3</source>
        <translation>Musikalische Passung %1 × Markt %2 × Ausrichtung %3</translation>
    </message>
</context>
<context>
    <name>CreationReportWriter</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the report folder %1.</source>
        <translation>Der Berichtsordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This is a binary file, not CSV text (a NUL byte on line %1).</source>
        <translation>Dies ist eine Binärdatei, kein CSV-Text (ein NUL-Byte in Zeile %1).</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as UTF-8 and import it again.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text. Speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields; this does not look like a chart CSV.</source>
        <translation>Zeile %1 hat mehr als %2 Felder; das sieht nicht nach einer Chart-CSV aus.</translation>
    </message>
    <message>
        <source>The quoted field starting on line %1 is never closed: the file ends inside it.</source>
        <translation>Das in Zeile %1 beginnende Feld in Anführungszeichen wird nie geschlossen: Die Datei endet darin.</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a field. Quotes inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen eines Feldes. Anführungszeichen innerhalb eines Feldes in Anführungszeichen müssen verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A field on line %1 is longer than %2 KiB; this does not look like a chart CSV.</source>
        <translation>Ein Feld in Zeile %1 ist länger als %2 KiB; das sieht nicht nach einer Chart-CSV aus.</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>No standard location for application data is known on this system. Choose a data directory with --data-dir DIR or ARTIST_STUDIO_DATA_DIR.</source>
        <translation>Auf diesem System ist kein Standardort für Anwendungsdaten bekannt. Wählen Sie ein Datenverzeichnis mit --data-dir VERZ oder ARTIST_STUDIO_DATA_DIR.</translation>
    </message>
    <message>
        <source>Choose another directory with --data-dir DIR or ARTIST_STUDIO_DATA_DIR, or fix its permissions.</source>
        <translation>Wählen Sie ein anderes Verzeichnis mit --data-dir VERZ oder ARTIST_STUDIO_DATA_DIR, oder korrigieren Sie seine Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The data directory &quot;%1&quot; (%2) is a file, not a directory. %3</source>
        <translation>Das Datenverzeichnis „%1“ (%2) ist eine Datei, kein Verzeichnis. %3</translation>
    </message>
    <message>
        <source>Cannot create the data directory &quot;%1&quot; (%2). %3</source>
        <translation>Das Datenverzeichnis „%1“ (%2) kann nicht angelegt werden. %3</translation>
    </message>
    <message>
        <source>The data directory &quot;%1&quot; (%2) is not writable: %3. %4</source>
        <translation>Das Datenverzeichnis „%1“ (%2) ist nicht beschreibbar: %3. %4</translation>
    </message>
    <message>
        <source>given with --data-dir</source>
        <translation>angegeben mit --data-dir</translation>
    </message>
    <message>
        <source>given by ARTIST_STUDIO_DATA_DIR</source>
        <translation>angegeben durch ARTIST_STUDIO_DATA_DIR</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>der Standardort</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a database Artist Studio can read (%2). It was not modified.</source>
        <translation>%1 ist keine Datenbank, die Artist Studio lesen kann (%2). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 does not look like an Artist Studio database: %2</source>
        <translation>%1 sieht nicht wie eine Artist-Studio-Datenbank aus: %2</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was not upgraded: %2</source>
        <translation>%1 konnte vor der Aktualisierung nicht gesichert werden und wurde daher nicht aktualisiert: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check the permissions.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this Artist Studio only knows schema versions up to %3: it was written by a newer Artist Studio. The file was not modified. Update Artist Studio or choose another data directory.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, aber diese Version von Artist Studio kennt nur Schemaversionen bis %3: Sie wurde von einer neueren Version von Artist Studio geschrieben. Die Datei wurde nicht verändert. Aktualisieren Sie Artist Studio oder wählen Sie ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <source> A backup taken before the upgrade is at %1.</source>
        <translation> Eine vor der Aktualisierung angelegte Sicherung liegt unter %1.</translation>
    </message>
</context>
<context>
    <name>DbConnection</name>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>DefaultTextProviderFactory</name>
    <message>
        <source>Unknown text provider &quot;%1&quot;; use &quot;local&quot; or &quot;openai&quot;.</source>
        <translation>Unbekannter Textanbieter „%1“; verwenden Sie „local“ oder „openai“.</translation>
    </message>
</context>
<context>
    <name>EvolutionDialog</name>
    <message>
        <source>&amp;Propose Plan</source>
        <translation>Plan &amp;vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden …</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Evolution of %1</source>
        <translation>Weiterentwicklung von %1</translation>
    </message>
    <message>
        <source>&amp;Fit and Versions</source>
        <translation>&amp;Passung und Versionen</translation>
    </message>
    <message>
        <source>P&amp;erformance</source>
        <translation>P&amp;erformance</translation>
    </message>
    <message>
        <source>Plan bounded changes toward the artist&apos;s target segments</source>
        <translation>Begrenzte Änderungen in Richtung der Zielsegmente des Künstlers planen</translation>
    </message>
    <message>
        <source>Apply the plan: the artist gets a new version with these changes</source>
        <translation>Plan anwenden: Der Künstler erhält eine neue Version mit diesen Änderungen</translation>
    </message>
    <message>
        <source>Keep the artist as it is and mark the plan rejected</source>
        <translation>Den Künstler unverändert lassen und den Plan als abgelehnt markieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adaptation plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anpassungsplan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Zuwachs</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;Frühere Pläne&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The compatibility could not be computed: %1</source>
        <translation>Die Kompatibilität konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Overall compatibility: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Gesamtkompatibilität: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(trends as of %1)</source>
        <translation>(Trends, Stand %1)</translation>
    </message>
    <message>
        <source>(no trend data yet: import charts in the Trends pane)</source>
        <translation>(noch keine Trenddaten: Importieren Sie Charts im Bereich „Trends“)</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Die Versionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The plans could not be read: %1</source>
        <translation>Die Pläne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No open plan: propose one to see how %1 would adapt.</source>
        <translation>Kein offener Plan: Schlagen Sie einen vor, um zu sehen, wie sich %1 anpassen würde.</translation>
    </message>
    <message>
        <source>No plan could be made: %1</source>
        <translation>Es konnte kein Plan erstellt werden: %1</translation>
    </message>
    <message>
        <source>No changes to propose: %1</source>
        <translation>Keine Änderungen vorzuschlagen: %1</translation>
    </message>
    <message>
        <source>Proposed plan %1 for %2.</source>
        <translation>Plan %1 für %2 vorgeschlagen.</translation>
    </message>
    <message>
        <source>Apply Plan</source>
        <translation>Plan anwenden</translation>
    </message>
    <message>
        <source>Apply plan %1 to %2?</source>
        <translation>Plan %1 auf %2 anwenden?</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) change and the artist gets a new version. You can restore the current version later from its history.</source>
        <translation>
            <numerusform>%n Feld ändert sich und der Künstler erhält eine neue Version. Sie können die aktuelle Version später aus dem Verlauf wiederherstellen.</numerusform>
            <numerusform>%n Felder ändern sich und der Künstler erhält eine neue Version. Sie können die aktuelle Version später aus dem Verlauf wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Plan %1 was not applied: %2</source>
        <translation>Plan %1 wurde nicht angewendet: %2</translation>
    </message>
    <message>
        <source>Propose a New Plan</source>
        <translation>Neuen Plan vorschlagen</translation>
    </message>
    <message>
        <source>Plan %1 applied: %2 is now at version %3.</source>
        <translation>Plan %1 angewendet: %2 ist jetzt bei Version %3.</translation>
    </message>
    <message>
        <source>Plan %1 was not rejected: %2</source>
        <translation>Plan %1 wurde nicht abgelehnt: %2</translation>
    </message>
    <message>
        <source>Rejected plan %1 for %2.</source>
        <translation>Plan %1 für %2 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>EvolutionPlan</name>
    <message>
        <source>Directive %1 of the plan has no field or no new value.</source>
        <translation>Anweisung %1 des Plans hat kein Feld oder keinen neuen Wert.</translation>
    </message>
</context>
<context>
    <name>EvolutionPlanView</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Expected Gain</source>
        <translation>Erwarteter Zuwachs</translation>
    </message>
    <message>
        <source>No plan yet: propose one to see how the artist would adapt.</source>
        <translation>Noch kein Plan: Schlagen Sie einen vor, um zu sehen, wie sich der Künstler anpassen würde.</translation>
    </message>
    <message>
        <source>1 change: compatibility %1 → %2 (%3).</source>
        <translation>1 Änderung: Kompatibilität %1 → %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n changes: compatibility %1 → %2 (%3).</source>
        <translation>
            <numerusform>%n Änderung: Kompatibilität %1 → %2 (%3).</numerusform>
            <numerusform>%n Änderungen: Kompatibilität %1 → %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan %1 for version %2, %3.</source>
        <translation>Plan %1 für Version %2, %3.</translation>
    </message>
    <message>
        <source>It created version %1.</source>
        <translation>Daraus entstand Version %1.</translation>
    </message>
    <message>
        <source>Tempo min (BPM)</source>
        <translation>Tempo min. (BPM)</translation>
    </message>
    <message>
        <source>Tempo max (BPM)</source>
        <translation>Tempo max. (BPM)</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Valenz</translation>
    </message>
    <message>
        <source>Arousal</source>
        <translation>Erregung</translation>
    </message>
    <message>
        <source>Subgenre</source>
        <translation>Subgenre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Vocal element</source>
        <translation>Gesangselement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>EvolutionService</name>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>EvolveCommands</name>
    <message>
        <source>No plan: %1.</source>
        <translation>Kein Plan: %1.</translation>
    </message>
    <message>
        <source>Plan %1 for %2 (version %3): compatibility %4 → %5 (%6)</source>
        <translation>Plan %1 für %2 (Version %3): Kompatibilität %4 → %5 (%6)</translation>
    </message>
    <message>
        <source>Apply it with: artist-studio evolve apply %1</source>
        <translation>Anwenden mit: artist-studio evolve apply %1</translation>
    </message>
    <message>
        <source>Applied plan %1: &quot;%2&quot; is now at version %3.</source>
        <translation>Plan %1 angewendet: „%2“ ist jetzt bei Version %3.</translation>
    </message>
    <message>
        <source>%1 artist(s) evaluated, %2 change(s).</source>
        <translation>%1 Künstler bewertet, %2 Änderung(en).</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>%1: %2 row(s) imported, %3 rejected.</source>
        <translation>%1: %2 Zeile(n) importiert, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>nothing was imported; fix the rows above or use --skip-bad-rows</source>
        <translation>es wurde nichts importiert; korrigieren Sie die Zeilen oben oder verwenden Sie --skip-bad-rows</translation>
    </message>
</context>
<context>
    <name>GenreShareChartView</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Share of streams (%)</source>
        <translation>Anteil an den Streams (%)</translation>
    </message>
    <message>
        <source>Genre shares · %1</source>
        <translation>Genre-Anteile · %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;%4% of streams</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;%4 % der Streams</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rank %1</source>
        <translation>&lt;br&gt;Platz %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Growth: %1%</source>
        <translation>&lt;br&gt;Wachstum: %1 %</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>not a headless command</source>
        <translation>kein Befehl für den Betrieb ohne Oberfläche</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2).</source>
        <translation>„%1“ erstellt (%2).</translation>
    </message>
    <message>
        <source>Creation report: %1</source>
        <translation>Erstellungsbericht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n artist(s)</source>
        <translation>
            <numerusform>%n Künstler</numerusform>
            <numerusform>%n Künstler</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (%2).</source>
        <translation>„%1“ importiert (%2).</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>Tonarten</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>vocals</source>
        <translation>Gesang</translation>
    </message>
    <message>
        <source>instrumental</source>
        <translation>instrumental</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>im Cache</translation>
    </message>
    <message>
        <source>no audio files found</source>
        <translation>keine Audiodateien gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be analyzed</source>
        <translation>
            <numerusform>%n Datei konnte nicht analysiert werden</numerusform>
            <numerusform>%n Dateien konnten nicht analysiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>similarity: %1</source>
        <translation>Ähnlichkeit: %1</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>InstrumentationEdit</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Pegel</translation>
    </message>
    <message>
        <source>Add instrument</source>
        <translation>Instrument hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected instrument</source>
        <translation>Das ausgewählte Instrument entfernen</translation>
    </message>
    <message>
        <source>new instrument</source>
        <translation>neues Instrument</translation>
    </message>
    <message>
        <source>How prominent the instrument is in the mix, from 0 (barely audible) to 1 (leading).</source>
        <translation>Wie präsent das Instrument im Mix ist, von 0 (kaum hörbar) bis 1 (führend).</translation>
    </message>
</context>
<context>
    <name>LifecycleEventRepository</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>log the lifecycle change</source>
        <translation>Lebenszyklusänderung protokollieren</translation>
    </message>
    <message>
        <source>read the lifecycle log</source>
        <translation>Lebenszyklusprotokoll lesen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Artist Studio</source>
        <translation>Artist Studio</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Artist Studio</source>
        <translation>Über &amp;Artist Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Artist Studio</source>
        <translation>Über Artist Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Artist Studio %1&lt;/h3&gt;&lt;p&gt;A desktop studio for running virtual music artists: create and evolve artist profiles, generate and approve their releases.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Artist Studio %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Studio für virtuelle Musikkünstler: Künstlerprofile erstellen und weiterentwickeln, ihre Veröffentlichungen generieren und freigeben.&lt;/p&gt;&lt;p&gt;Datenordner: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Trends</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The migrations folder %1 does not exist.</source>
        <translation>Der Migrationsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read migration %1: %2</source>
        <translation>Migration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Migrations in %1 must be numbered 1, 2, 3 ... without gaps or duplicates; %2 is out of place.</source>
        <translation>Migrationen in %1 müssen lückenlos und ohne Doppelungen mit 1, 2, 3 … nummeriert sein; %2 passt nicht in die Reihe.</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Database migration %1 failed: %2. The migration was rolled back; the database keeps its previous schema version.</source>
        <translation>Datenbankmigration %1 ist fehlgeschlagen: %2. Die Migration wurde zurückgerollt; die Datenbank behält ihre bisherige Schemaversion.</translation>
    </message>
</context>
<context>
    <name>NewArtistDialog</name>
    <message>
        <source>New Artist</source>
        <translation>Neuer Künstler</translation>
    </message>
    <message>
        <source>Describe the artist you want. The author writes a complete profile from this brief; you can change every field afterwards.</source>
        <translation>Beschreiben Sie den gewünschten Künstler. Der Autor schreibt aus diesem Briefing ein vollständiges Profil; Sie können danach jedes Feld ändern.</translation>
    </message>
    <message>
        <source>Pick a genre or type your own.</source>
        <translation>Wählen Sie ein Genre aus oder geben Sie ein eigenes ein.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>optional, e.g. melancholic</source>
        <translation>optional, z. B. melancholisch</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>The same seed with the same brief always gives the same artist (local author).</source>
        <translation>Derselbe Startwert mit demselben Briefing ergibt immer denselben Künstler (lokaler Autor).</translation>
    </message>
    <message>
        <source>Local author (offline)</source>
        <translation>Lokaler Autor (offline)</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>&amp;Stimmung:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>E&amp;rstellen</translation>
    </message>
    <message>
        <source>Writing the profile…</source>
        <translation>Das Profil wird geschrieben …</translation>
    </message>
    <message>
        <source>Asking %1 for a profile…</source>
        <translation>%1 wird nach einem Profil gefragt …</translation>
    </message>
    <message>
        <source>Creating a %1 artist</source>
        <translation>Künstler (%1) wird erstellt</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was stored.</source>
        <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could Not Create Artist</source>
        <translation>Künstler konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>The artist could not be created.</source>
        <translation>Der Künstler konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>OpenAiTextProvider</name>
    <message>
        <source>%1 did not answer within %2 s (%3 attempts). Check that the server is running, or raise the timeout in settings.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet (Versuche: %3). Prüfen Sie, ob der Server läuft, oder erhöhen Sie die Zeitüberschreitung in den Einstellungen.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the base URL and the network.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Basis-URL und das Netzwerk.</translation>
    </message>
    <message>
        <source>The API key was refused by %1 (HTTP %2: %3). Check the key in Settings → Providers.</source>
        <translation>Der API-Schlüssel wurde von %1 abgelehnt (HTTP %2: %3). Prüfen Sie den Schlüssel unter Einstellungen → Anbieter.</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; was not found on %2 (%3). Check the model name in settings; &quot;Test connection&quot; lists the models.</source>
        <translation>Das Modell „%1“ wurde auf %2 nicht gefunden (%3). Prüfen Sie den Modellnamen in den Einstellungen; „Verbindung testen“ listet die Modelle auf.</translation>
    </message>
    <message>
        <source>The account&apos;s quota on %1 is used up (%2). Add credits or use another key; retrying will not help.</source>
        <translation>Das Kontingent des Kontos bei %1 ist aufgebraucht (%2). Laden Sie Guthaben auf oder verwenden Sie einen anderen Schlüssel; ein erneuter Versuch hilft nicht.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting requests and still was after %2 attempts (%3). Try again in a minute.</source>
        <translation>%1 begrenzt die Anfragerate und tat das auch nach %2 Versuchen noch (%3). Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 after %3 attempts while %4: %5</source>
        <translation>%1 ist nach %3 Versuchen mit HTTP %2 gescheitert beim %4: %5</translation>
    </message>
    <message>
        <source>%1 refused the request with HTTP %2 while %3: %4</source>
        <translation>%1 hat die Anfrage mit HTTP %2 abgelehnt beim %3: %4</translation>
    </message>
    <message>
        <source>writing the profile</source>
        <translation>Schreiben des Profils</translation>
    </message>
    <message>
        <source>%1 answered with something that is not a chat completion: %2</source>
        <translation>%1 hat mit etwas geantwortet, das keine Chat-Completion ist: %2</translation>
    </message>
    <message>
        <source>The model refused to write the profile: %1</source>
        <translation>Das Modell hat sich geweigert, das Profil zu schreiben: %1</translation>
    </message>
    <message>
        <source>The model&apos;s answer was cut off at %1 tokens even after doubling the limit; raise &quot;max tokens&quot; in settings.</source>
        <translation>Die Antwort des Modells wurde auch nach Verdoppeln des Limits bei %1 Tokens abgeschnitten; erhöhen Sie „max tokens“ in den Einstellungen.</translation>
    </message>
    <message>
        <source>The answer contains no JSON object.</source>
        <translation>Die Antwort enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON: %1.</source>
        <translation>Die Antwort ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The model&apos;s profile is still invalid after one repair request:
%1</source>
        <translation>Das Profil des Modells ist auch nach einer Reparaturanfrage noch ungültig:
%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 has no /v1/models endpoint (HTTP 404). Is the base URL that of an OpenAI-compatible server?</source>
        <translation>%1 hat keinen Endpunkt /v1/models (HTTP 404). Ist die Basis-URL die eines OpenAI-kompatiblen Servers?</translation>
    </message>
    <message>
        <source>listing the models</source>
        <translation>Auflisten der Modelle</translation>
    </message>
    <message>
        <source>Connected to %1: 1 model</source>
        <translation>Verbunden mit %1: 1 Modell</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n models</source>
        <translation>
            <numerusform>Verbunden mit %1: %n Modell</numerusform>
            <numerusform>Verbunden mit %1: %n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>, including %1.</source>
        <translation>, darunter %1.</translation>
    </message>
    <message>
        <source>; &quot;%1&quot; is not among them.</source>
        <translation>; „%1“ ist nicht darunter.</translation>
    </message>
</context>
<context>
    <name>PaletteEdit</name>
    <message>
        <source>Add colour…</source>
        <translation>Farbe hinzufügen …</translation>
    </message>
    <message>
        <source>Add a colour to the palette</source>
        <translation>Der Palette eine Farbe hinzufügen</translation>
    </message>
    <message>
        <source>%1 — click to change, right-click to remove</source>
        <translation>%1 — Klicken zum Ändern, Rechtsklick zum Entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour — click to pick one</source>
        <translation>„%1“ ist keine Farbe — klicken, um eine auszuwählen</translation>
    </message>
    <message>
        <source>Palette colour</source>
        <translation>Palettenfarbe</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>PerformanceChartView</name>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Streams per day</source>
        <translation>Streams pro Tag</translation>
    </message>
    <message>
        <source>Revenue per day</source>
        <translation>Umsatz pro Tag</translation>
    </message>
    <message>
        <source>%1: %2 streams, revenue %3</source>
        <translation>%1: %2 Streams, Umsatz %3</translation>
    </message>
</context>
<context>
    <name>PerformanceImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2 Nothing was imported.</source>
        <translation>%1 kann nicht importiert werden: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>Die Spalte „%1“ kommt in der Kopfzeile doppelt vor.</translation>
    </message>
    <message>
        <source>the header has no %1 column (found: %2).</source>
        <translation>Die Kopfzeile hat keine Spalte %1 (gefunden: %2).</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Die Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Das Datum fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein ISO-Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The row names neither a release nor an ISRC.</source>
        <translation>Die Zeile nennt weder eine Veröffentlichung noch einen ISRC.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISRC (CC-XXX-YY-NNNNN).</source>
        <translation>„%1“ ist kein ISRC (CC-XXX-YY-NNNNN).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of streams from 0.</source>
        <translation>„%1“ ist keine ganze Zahl von Streams ab 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>The row has neither streams nor revenue.</source>
        <translation>Die Zeile hat weder Streams noch Umsatz.</translation>
    </message>
</context>
<context>
    <name>PerformancePanel</name>
    <message>
        <source>&amp;Import Report…</source>
        <translation>Bericht &amp;importieren …</translation>
    </message>
    <message>
        <source>Chart the artist&apos;s total or one release</source>
        <translation>Die Gesamtwerte des Künstlers oder eine einzelne Veröffentlichung als Diagramm darstellen</translation>
    </message>
    <message>
        <source>Import a distributor&apos;s sales/streams report (CSV: date, release or ISRC, country, store, streams, revenue)</source>
        <translation>Einen Verkaufs-/Streaming-Bericht eines Vertriebs importieren (CSV: Datum, Veröffentlichung oder ISRC, Land, Shop, Streams, Umsatz)</translation>
    </message>
    <message>
        <source>Recency-weighted streams relative to the roster&apos;s best artist (a row 30 days old counts half). A selling artist evolves in smaller steps.</source>
        <translation>Nach Aktualität gewichtete Streams im Verhältnis zum besten Künstler der Liste (eine 30 Tage alte Zeile zählt halb). Ein gut verkaufender Künstler entwickelt sich in kleineren Schritten weiter.</translation>
    </message>
    <message>
        <source>No performance data yet: import a report.</source>
        <translation>Noch keine Performance-Daten: Importieren Sie einen Bericht.</translation>
    </message>
    <message>
        <source>Performance score %1 (last day %2)</source>
        <translation>Performance-Wert %1 (letzter Tag %2)</translation>
    </message>
    <message>
        <source>All releases</source>
        <translation>Alle Veröffentlichungen</translation>
    </message>
    <message>
        <source>Import Sales Report</source>
        <translation>Verkaufsbericht importieren</translation>
    </message>
    <message>
        <source>CSV reports (*.csv);;All files (*)</source>
        <translation>CSV-Berichte (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n row(s) rejected (%2).</source>
        <translation>
            <numerusform>Aus %1 wurde nichts importiert: %n Zeile abgelehnt (%2).</numerusform>
            <numerusform>Aus %1 wurde nichts importiert: %n Zeilen abgelehnt (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the Other Rows</source>
        <translation>Die übrigen Zeilen importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) imported.</source>
        <translation>
            <numerusform>%1: %n Zeile importiert.</numerusform>
            <numerusform>%1: %n Zeilen importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerformanceStore</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>replace the earlier import</source>
        <translation>Früheren Import ersetzen</translation>
    </message>
    <message>
        <source>register the import</source>
        <translation>Import registrieren</translation>
    </message>
    <message>
        <source>finish the import</source>
        <translation>Import abschließen</translation>
    </message>
    <message>
        <source>match an artist</source>
        <translation>Künstler zuordnen</translation>
    </message>
    <message>
        <source>store a report row</source>
        <translation>Berichtszeile speichern</translation>
    </message>
    <message>
        <source>read the artists</source>
        <translation>Künstler lesen</translation>
    </message>
    <message>
        <source>read the performance</source>
        <translation>Performance lesen</translation>
    </message>
    <message>
        <source>read the releases</source>
        <translation>Veröffentlichungen lesen</translation>
    </message>
</context>
<context>
    <name>PlanApplier</name>
    <message>
        <source>%1 changed since the plan was made; make a new plan.</source>
        <translation>%1 hat sich geändert, seit der Plan erstellt wurde; erstellen Sie einen neuen Plan.</translation>
    </message>
    <message>
        <source>%1 needs a number.</source>
        <translation>%1 braucht eine Zahl.</translation>
    </message>
    <message>
        <source>The plan changes %1, which evolution never changes.</source>
        <translation>Der Plan ändert %1, was die Weiterentwicklung nie ändert.</translation>
    </message>
    <message>
        <source>%1 is locked; the plan cannot change it.</source>
        <translation>%1 ist gesperrt; der Plan kann es nicht ändern.</translation>
    </message>
    <message>
        <source>The plan goes beyond the evolution limits: %1.</source>
        <translation>Der Plan überschreitet die Grenzen der Weiterentwicklung: %1.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>No evolution plan with id %1.</source>
        <translation>Kein Entwicklungsplan mit der ID %1.</translation>
    </message>
    <message>
        <source>Evolution plan %1 was already %2.</source>
        <translation>Entwicklungsplan %1 war bereits %2.</translation>
    </message>
    <message>
        <source>Only a proposed plan with at least one change can be stored.</source>
        <translation>Nur ein vorgeschlagener Plan mit mindestens einer Änderung kann gespeichert werden.</translation>
    </message>
    <message>
        <source>read the artist</source>
        <translation>Künstler lesen</translation>
    </message>
    <message>
        <source>No artist with id %1; the plan was not stored.</source>
        <translation>Kein Künstler mit der ID %1; der Plan wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>store the plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>read the plan</source>
        <translation>Plan lesen</translation>
    </message>
    <message>
        <source>list the artist&apos;s plans</source>
        <translation>Pläne des Künstlers auflisten</translation>
    </message>
    <message>
        <source>The stored evolution plan %1 cannot be read: %2</source>
        <translation>Der gespeicherte Entwicklungsplan %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The artist &quot;%1&quot; changed since evolution plan %2 was made (the plan is for version %3, the artist is at version %4). Make a new plan.</source>
        <translation>Der Künstler „%1“ hat sich geändert, seit Entwicklungsplan %2 erstellt wurde (der Plan gilt für Version %3, der Künstler ist bei Version %4). Erstellen Sie einen neuen Plan.</translation>
    </message>
    <message>
        <source>Evolution plan %1 changes nothing.</source>
        <translation>Entwicklungsplan %1 ändert nichts.</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Evolution plan %1 was decided elsewhere.</source>
        <translation>Über Entwicklungsplan %1 wurde anderswo entschieden.</translation>
    </message>
</context>
<context>
    <name>ProfileComposer</name>
    <message>
        <source>The brief needs a genre, e.g. &quot;techno&quot; or &quot;pop&quot;.</source>
        <translation>Das Briefing braucht ein Genre, z. B. „techno“ oder „pop“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code; use two upper-case letters, e.g. &quot;DE&quot; or &quot;BR&quot;.</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1; verwenden Sie zwei Großbuchstaben, z. B. „DE“ oder „BR“.</translation>
    </message>
</context>
<context>
    <name>PrototypeImporter</name>
    <message>
        <source>expected a number from %1 to %2.</source>
        <translation>erwartet wurde eine Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>erwartet wurde ein Objekt.</translation>
    </message>
    <message>
        <source>expected an object with mean (and std, min, max).</source>
        <translation>erwartet wurde ein Objekt mit mean (und std, min, max).</translation>
    </message>
    <message>
        <source>the mean is missing.</source>
        <translation>der Mittelwert (mean) fehlt.</translation>
    </message>
    <message>
        <source>min is above max.</source>
        <translation>min ist größer als max.</translation>
    </message>
    <message>
        <source>expected text.</source>
        <translation>erwartet wurde Text.</translation>
    </message>
    <message>
        <source>expected a list of language codes.</source>
        <translation>erwartet wurde eine Liste von Sprachcodes.</translation>
    </message>
    <message>
        <source>expected a genre and its share from 0 to 1.</source>
        <translation>erwartet wurde ein Genre und sein Anteil von 0 bis 1.</translation>
    </message>
    <message>
        <source>neither audio_feature_trends nor genre_popularity.</source>
        <translation>weder audio_feature_trends noch genre_popularity.</translation>
    </message>
    <message>
        <source>the stream share is missing.</source>
        <translation>der Stream-Anteil fehlt.</translation>
    </message>
    <message>
        <source>expected a whole number.</source>
        <translation>erwartet wurde eine ganze Zahl.</translation>
    </message>
    <message>
        <source>neither audio_features nor popularity.</source>
        <translation>weder audio_features noch popularity.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB.</source>
        <translation>die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2.</source>
        <translation>kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>erwartet wurde ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>the folder %1 is not an ISO date (YYYY-MM-DD).</source>
        <translation>der Ordner %1 ist kein ISO-Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 does not start with an ISO 3166-1 alpha-2 country code.</source>
        <translation>%1 beginnt nicht mit einem Ländercode nach ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>expected a name like DE-synthwave.json.</source>
        <translation>erwartet wurde ein Name wie DE-synthwave.json.</translation>
    </message>
    <message>
        <source>expected a name like DE.json.</source>
        <translation>erwartet wurde ein Name wie DE.json.</translation>
    </message>
    <message>
        <source>%1 is not a prototype country-profiles folder: it has no .json files under countries/, daily_profiles/&lt;date&gt;/ or genre_trends/&lt;date&gt;/. Nothing was imported.</source>
        <translation>%1 ist kein Prototyp-Ordner mit Länderprofilen: Er enthält keine .json-Dateien unter countries/, daily_profiles/&lt;date&gt;/ oder genre_trends/&lt;date&gt;/. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>A report needs a kind and both file paths.</source>
        <translation>Ein Bericht braucht eine Art und beide Dateipfade.</translation>
    </message>
    <message>
        <source>look up the report&apos;s artist</source>
        <translation>Künstler des Berichts suchen</translation>
    </message>
    <message>
        <source>No artist with id %1; the report was not indexed.</source>
        <translation>Kein Künstler mit der ID %1; der Bericht wurde nicht indiziert.</translation>
    </message>
    <message>
        <source>index the report</source>
        <translation>Bericht indizieren</translation>
    </message>
    <message>
        <source>list the artist&apos;s reports</source>
        <translation>Berichte des Künstlers auflisten</translation>
    </message>
    <message>
        <source>list recent reports</source>
        <translation>Neueste Berichte auflisten</translation>
    </message>
    <message>
        <source>read the report</source>
        <translation>Bericht lesen</translation>
    </message>
    <message>
        <source>No report with id %1.</source>
        <translation>Kein Bericht mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>ReportViewerDialog</name>
    <message>
        <source>Machine-readable report: %1</source>
        <translation>Maschinenlesbarer Bericht: %1</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>**The report could not be read.**

%1: %2</source>
        <translation>**Der Bericht konnte nicht gelesen werden.**

%1: %2</translation>
    </message>
    <message>
        <source>No file manager could be started. The report is in:
%1</source>
        <translation>Es konnte keine Dateiverwaltung gestartet werden. Der Bericht liegt in:
%1</translation>
    </message>
</context>
<context>
    <name>ScopedTransaction</name>
    <message>
        <source>The database transaction could not be started: %1</source>
        <translation>Die Datenbanktransaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>already finished</source>
        <translation>bereits abgeschlossen</translation>
    </message>
    <message>
        <source>The database could not save the change: %1</source>
        <translation>Die Datenbank konnte die Änderung nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>API keys are kept in the system keychain (Secret Service); environment variables ARTIST_STUDIO_&lt;PROVIDER&gt;_API_KEY override them.</source>
        <translation>API-Schlüssel werden im Schlüsselbund des Systems (Secret Service) aufbewahrt; die Umgebungsvariablen ARTIST_STUDIO_&lt;PROVIDER&gt;_API_KEY haben Vorrang.</translation>
    </message>
    <message>
        <source>No system keychain found (Secret Service on D-Bus); keys are read from environment variables ARTIST_STUDIO_&lt;PROVIDER&gt;_API_KEY.</source>
        <translation>Kein Schlüsselbund des Systems gefunden (Secret Service auf D-Bus); Schlüssel werden aus den Umgebungsvariablen ARTIST_STUDIO_&lt;PROVIDER&gt;_API_KEY gelesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider id (lower-case letters, digits and _).</source>
        <translation>„%1“ ist keine Anbieterkennung (Kleinbuchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>No API key for %1 is stored. Enter it in Settings or set %2.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert. Geben Sie ihn in den Einstellungen ein oder setzen Sie %2.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the key for %1 (%2). Unlock the keychain, or set %3.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf den Schlüssel für %1 verweigert (%2). Entsperren Sie den Schlüsselbund oder setzen Sie %3.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Set %2 instead.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Setzen Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>The system keychain failed for %1: %2</source>
        <translation>Der Schlüsselbund des Systems ist für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No API key for %1: set the environment variable %2 (no system keychain was found).</source>
        <translation>Kein API-Schlüssel für %1: Setzen Sie die Umgebungsvariable %2 (es wurde kein Schlüsselbund des Systems gefunden).</translation>
    </message>
    <message>
        <source>The system keychain did not answer when reading the key for %1. Is it locked?</source>
        <translation>Der Schlüsselbund des Systems hat beim Lesen des Schlüssels für %1 nicht geantwortet. Ist er gesperrt?</translation>
    </message>
    <message>
        <source>The key for %1 is empty; use Remove to delete it.</source>
        <translation>Der Schlüssel für %1 ist leer; verwenden Sie „Entfernen“, um ihn zu löschen.</translation>
    </message>
    <message>
        <source>No system keychain found (Secret Service on D-Bus), so the key for %1 cannot be saved. Set the environment variable %2 instead.</source>
        <translation>Kein Schlüsselbund des Systems gefunden (Secret Service auf D-Bus), daher kann der Schlüssel für %1 nicht gespeichert werden. Setzen Sie stattdessen die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>The system keychain did not answer when saving the key for %1. Is it locked?</source>
        <translation>Der Schlüsselbund des Systems hat beim Speichern des Schlüssels für %1 nicht geantwortet. Ist er gesperrt?</translation>
    </message>
    <message>
        <source>No system keychain found (Secret Service on D-Bus); to remove the key for %1, unset the environment variable %2.</source>
        <translation>Kein Schlüsselbund des Systems gefunden (Secret Service auf D-Bus); um den Schlüssel für %1 zu entfernen, löschen Sie die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>The system keychain did not answer when removing the key for %1. Is it locked?</source>
        <translation>Der Schlüsselbund des Systems hat beim Entfernen des Schlüssels für %1 nicht geantwortet. Ist er gesperrt?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Artist Studio</source>
        <translation>Artist Studio einrichten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Providers → Text</source>
        <translation>Anbieter → Text</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>The database, media, releases, reports and logs live here. To use another folder, start Artist Studio with --data-dir FOLDER or set ARTIST_STUDIO_DATA_DIR; the change takes effect on the next start.</source>
        <translation>Hier liegen Datenbank, Medien, Veröffentlichungen, Berichte und Protokolle. Um einen anderen Ordner zu verwenden, starten Sie Artist Studio mit --data-dir ORDNER oder setzen Sie ARTIST_STUDIO_DATA_DIR; die Änderung wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Applies when Artist Studio is started again.</source>
        <translation>Wird beim nächsten Start von Artist Studio wirksam.</translation>
    </message>
    <message>
        <source>Text provider</source>
        <translation>Textanbieter</translation>
    </message>
    <message>
        <source>Local author (offline, no key)</source>
        <translation>Lokaler Autor (offline, ohne Schlüssel)</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>The local author writes profiles offline. An OpenAI-compatible server can be OpenAI, Ollama, a llama.cpp server or a proxy.</source>
        <translation>Der lokale Autor schreibt Profile offline. Ein OpenAI-kompatibler Server kann OpenAI, Ollama, ein llama.cpp-Server oder ein Proxy sein.</translation>
    </message>
    <message>
        <source>Root of the server; /v1/chat/completions is appended. For a local Ollama: http://127.0.0.1:11434</source>
        <translation>Wurzeladresse des Servers; /v1/chat/completions wird angehängt. Für ein lokales Ollama: http://127.0.0.1:11434</translation>
    </message>
    <message>
        <source>Model name as the server knows it, e.g. gpt-4o-mini or llama3.1.</source>
        <translation>Modellname, wie ihn der Server kennt, z. B. gpt-4o-mini oder llama3.1.</translation>
    </message>
    <message>
        <source>From 0 (predictable) to 2 (wild); 0.7–1.0 suits profiles.</source>
        <translation>Von 0 (vorhersehbar) bis 2 (wild); 0,7–1,0 passt gut für Profile.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Set by the environment variable %1 for this run; unset it to change the value here.</source>
        <translation>Für diesen Lauf durch die Umgebungsvariable %1 gesetzt; entfernen Sie sie, um den Wert hier zu ändern.</translation>
    </message>
    <message>
        <source>The API key was stored.</source>
        <translation>Der API-Schlüssel wurde gespeichert.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Gesetzt durch %1</translation>
    </message>
    <message>
        <source>Set by the environment variable %1 for this run; unset it to change the key here.</source>
        <translation>Für diesen Lauf durch die Umgebungsvariable %1 gesetzt; entfernen Sie sie, um den Schlüssel hier zu ändern.</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1.</source>
        <translation>Der Schlüssel stammt aus der Umgebungsvariable %1.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Set the environment variable %1 to give the key.</source>
        <translation>Setzen Sie die Umgebungsvariable %1, um den Schlüssel anzugeben.</translation>
    </message>
    <message>
        <source>No key is set. Set %1 before starting Artist Studio.</source>
        <translation>Es ist kein Schlüssel gesetzt. Setzen Sie %1, bevor Sie Artist Studio starten.</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>Paste the key; local servers need none</source>
        <translation>Schlüssel einfügen; lokale Server brauchen keinen</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file, the database or the logs.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei, der Datenbank oder den Protokollen.</translation>
    </message>
    <message>
        <source>A key is stored in the keychain.</source>
        <translation>Im Schlüsselbund ist ein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>Noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Ask the server for its models with these values</source>
        <translation>Den Server mit diesen Werten nach seinen Modellen fragen</translation>
    </message>
    <message>
        <source>No network in this session</source>
        <translation>In dieser Sitzung kein Netzwerk</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
</context>
<context>
    <name>StringListEdit</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the entry (Enter)</source>
        <translation>Eintrag hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>Ausgewählte Einträge entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel this task</source>
        <translation>Diese Aufgabe abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tasks running)</source>
        <translation>
            <numerusform>%1 (%n Aufgabe läuft)</numerusform>
            <numerusform>%1 (%n Aufgaben laufen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChartExporter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported from Artist Studio</source>
        <translation>Exportiert aus Artist Studio</translation>
    </message>
</context>
<context>
    <name>TrendChartView</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n-period average</source>
        <translation>
            <numerusform>%1 · Durchschnitt über %n Zeitraum</numerusform>
            <numerusform>%1 · Durchschnitt über %n Zeiträume</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · forecast</source>
        <translation>%1 · Prognose</translation>
    </message>
    <message>
        <source>%1 · 95% interval</source>
        <translation>%1 · 95-%-Intervall</translation>
    </message>
    <message>
        <source>%1 · 80% interval</source>
        <translation>%1 · 80-%-Intervall</translation>
    </message>
    <message>
        <source>Forecast starts</source>
        <translation>Beginn der Prognose</translation>
    </message>
</context>
<context>
    <name>TrendFormat</name>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Danceability</source>
        <translation>Tanzbarkeit</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Valenz</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Major mode</source>
        <translation>Dur</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>%1 (0–1)</source>
        <translation>%1 (0–1)</translation>
    </message>
    <message>
        <source>Major mode (share of entries)</source>
        <translation>Dur (Anteil der Einträge)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0,001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>Not enough data for a slope</source>
        <translation>Nicht genug Daten für eine Steigung</translation>
    </message>
    <message>
        <source>%1 per 30 days</source>
        <translation>%1 pro 30 Tage</translation>
    </message>
    <message>
        <source>%1 %2 per 30 days</source>
        <translation>%1 %2 pro 30 Tage</translation>
    </message>
    <message>
        <source>%1 (too few points to test)</source>
        <translation>%1 (zu wenige Punkte für einen Test)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Rückläufig</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Nicht genug Daten</translation>
    </message>
    <message>
        <source>Holt&apos;s linear smoothing</source>
        <translation>Lineare Glättung nach Holt</translation>
    </message>
    <message>
        <source>linear regression</source>
        <translation>lineare Regression</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>Keine Prognose: %1</translation>
    </message>
    <message>
        <source>Forecast: %1 (series too short to backtest)</source>
        <translation>Prognose: %1 (Zeitreihe zu kurz für einen Backtest)</translation>
    </message>
    <message numerus="yes">
        <source>Forecast: %1, backtest error ±%2 over %n periods</source>
        <translation>
            <numerusform>Prognose: %1, Backtest-Fehler ±%2 über %n Zeitraum</numerusform>
            <numerusform>Prognose: %1, Backtest-Fehler ±%2 über %n Zeiträume</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Spread: ±%1</source>
        <translation>&lt;br&gt;Streuung: ±%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Sample size: %1 chart entries</source>
        <translation>&lt;br&gt;Stichprobengröße: %1 Chart-Einträge</translation>
    </message>
    <message>
        <source>&lt;br&gt;Streams: %1</source>
        <translation>&lt;br&gt;Streams: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (forecast, %n periods ahead)&lt;br&gt;%3: &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;80%: %5 – %6&lt;br&gt;95%: %7 – %8</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 (Prognose, %n Zeitraum voraus)&lt;br&gt;%3: &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;80 %: %5 – %6&lt;br&gt;95 %: %7 – %8</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 (Prognose, %n Zeiträume voraus)&lt;br&gt;%3: &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;80 %: %5 – %6&lt;br&gt;95 %: %7 – %8</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendHeatModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 · %2: %3
Sample size: %4 chart entries</source>
        <translation>%1 · %2: %3
Stichprobengröße: %4 Chart-Einträge</translation>
    </message>
    <message numerus="yes">
        <source>
%1 standard deviations from the mean of %n countries</source>
        <translation>
            <numerusform>
%1 Standardabweichungen vom Mittelwert von %n Land</numerusform>
            <numerusform>
%1 Standardabweichungen vom Mittelwert von %n Ländern</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Cells are coloured by how far each country lies from the others: orange above, blue below</source>
        <translation>Zellen sind danach eingefärbt, wie weit jedes Land von den anderen abweicht: orange darüber, blau darunter</translation>
    </message>
</context>
<context>
    <name>TrendImportWizard</name>
    <message>
        <source>Import Trends</source>
        <translation>Trends importieren</translation>
    </message>
    <message>
        <source>Import &amp;Another…</source>
        <translation>&amp;Weitere importieren …</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>A chart CSV, a prototype folder or an audio folder</source>
        <translation>Eine Chart-CSV, ein Prototyp-Ordner oder ein Audio-Ordner</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datei …</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner …</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Chart CSV (one row per chart entry)</source>
        <translation>Chart-CSV (eine Zeile pro Chart-Eintrag)</translation>
    </message>
    <message>
        <source>Prototype folder (country_profiles_data)</source>
        <translation>Prototyp-Ordner (country_profiles_data)</translation>
    </message>
    <message>
        <source>Audio folder with a sidecar CSV (analyzed here)</source>
        <translation>Audio-Ordner mit Begleit-CSV (wird hier analysiert)</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows and import the rest</source>
        <translation>&amp;Fehlerhafte Zeilen überspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Off: one bad row keeps the whole file out, so you can fix it and import again.</source>
        <translation>Aus: Eine fehlerhafte Zeile hält die ganze Datei zurück, sodass Sie sie korrigieren und erneut importieren können.</translation>
    </message>
    <message>
        <source>&amp;Replace an earlier import of the same file</source>
        <translation>Früheren Import derselben Datei &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Merge with it (keep both)</source>
        <translation>Damit &amp;zusammenführen (beide behalten)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Earlier import:</source>
        <translation>Früherer Import:</translation>
    </message>
    <message>
        <source>A chart CSV has one row per chart entry: country, date, rank, streams, genre and the audio features (tempo, key, mode, energy, danceability, valence, loudness, duration_ms). Every row is checked; rejected rows are listed with their line numbers at the end.</source>
        <translation>Eine Chart-CSV hat eine Zeile pro Chart-Eintrag: country, date, rank, streams, genre und die Audiomerkmale (tempo, key, mode, energy, danceability, valence, loudness, duration_ms). Jede Zeile wird geprüft; abgelehnte Zeilen werden am Ende mit ihren Zeilennummern aufgeführt.</translation>
    </message>
    <message>
        <source>Choose the trend data to import</source>
        <translation>Wählen Sie die zu importierenden Trenddaten</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Cancel stops the import; nothing of this file is kept then.</source>
        <translation>„Abbrechen“ beendet den Import; von dieser Datei wird dann nichts behalten.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Import Trends from a File</source>
        <translation>Trends aus einer Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Trends from a Folder</source>
        <translation>Trends aus einem Ordner importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows were rejected. Fix them and import again, or choose “Skip bad rows” to import the other %2 rows.</source>
        <translation>Es wurde nichts importiert: %1 Zeilen wurden abgelehnt. Korrigieren Sie sie und importieren Sie erneut, oder wählen Sie „Fehlerhafte Zeilen überspringen“, um die übrigen %2 Zeilen zu importieren.</translation>
    </message>
    <message>
        <source>Imported %1 rows.</source>
        <translation>%1 Zeilen importiert.</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 rejected rows were skipped.</source>
        <translation>%1 Zeilen importiert; %2 abgelehnte Zeilen wurden übersprungen.</translation>
    </message>
    <message>
        <source>Columns not in the file: %1.</source>
        <translation>Spalten, die nicht in der Datei sind: %1.</translation>
    </message>
    <message>
        <source>Columns ignored: %1.</source>
        <translation>Ignorierte Spalten: %1.</translation>
    </message>
    <message>
        <source>The first %1 problems are listed.</source>
        <translation>Die ersten %1 Probleme werden aufgeführt.</translation>
    </message>
</context>
<context>
    <name>TrendSelectionPanel</name>
    <message>
        <source>Check several countries to compare them on one chart; the first checked one gets the forecast and the summary.</source>
        <translation>Markieren Sie mehrere Länder, um sie in einem Diagramm zu vergleichen; das erste markierte erhält die Prognose und die Zusammenfassung.</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Alle Genres</translation>
    </message>
    <message>
        <source>All listeners</source>
        <translation>Alle Hörer</translation>
    </message>
    <message>
        <source>An audience segment id such as 18-24; empty for all listeners</source>
        <translation>Eine Zielgruppen-ID wie 18-24; leer für alle Hörer</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Letzte 2 Jahre</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>Zielgr&amp;uppe:</translation>
    </message>
    <message>
        <source>&amp;Feature:</source>
        <translation>&amp;Merkmal:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Länder:</translation>
    </message>
    <message>
        <source>Global (all countries)</source>
        <translation>Global (alle Länder)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TrendService</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is neither a prototype folder (countries/, daily_profiles/, genre_trends/) nor an audio folder with a sidecar CSV.</source>
        <translation>%1 ist weder ein Prototyp-Ordner (countries/, daily_profiles/, genre_trends/) noch ein Audio-Ordner mit Begleit-CSV.</translation>
    </message>
    <message>
        <source>Importing trends from %1</source>
        <translation>Trends werden aus %1 importiert</translation>
    </message>
    <message>
        <source>Analyzing and importing %1</source>
        <translation>%1 wird analysiert und importiert</translation>
    </message>
    <message>
        <source>Audio folders need the analysis service.</source>
        <translation>Audio-Ordner brauchen den Analysedienst.</translation>
    </message>
    <message>
        <source>Importing the sample trend data</source>
        <translation>Die Beispiel-Trenddaten werden importiert</translation>
    </message>
    <message>
        <source>The sample trend data is missing.</source>
        <translation>Die Beispiel-Trenddaten fehlen.</translation>
    </message>
    <message>
        <source>The sample trend data is damaged.</source>
        <translation>Die Beispiel-Trenddaten sind beschädigt.</translation>
    </message>
</context>
<context>
    <name>TrendStore</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>update the trend aggregates</source>
        <translation>Trend-Aggregate aktualisieren</translation>
    </message>
    <message>
        <source>read the trend aggregates</source>
        <translation>Trend-Aggregate lesen</translation>
    </message>
    <message>
        <source>clear the trend aggregates</source>
        <translation>Trend-Aggregate leeren</translation>
    </message>
    <message>
        <source>read the observations</source>
        <translation>Beobachtungen lesen</translation>
    </message>
    <message>
        <source>rebuild the trend aggregates</source>
        <translation>Trend-Aggregate neu aufbauen</translation>
    </message>
    <message>
        <source>store an observation</source>
        <translation>Beobachtung speichern</translation>
    </message>
    <message>
        <source>read an observation</source>
        <translation>Beobachtung lesen</translation>
    </message>
    <message>
        <source>merge an observation</source>
        <translation>Beobachtung zusammenführen</translation>
    </message>
    <message>
        <source>look up earlier imports</source>
        <translation>Frühere Importe nachschlagen</translation>
    </message>
    <message>
        <source>register the import</source>
        <translation>Import registrieren</translation>
    </message>
    <message>
        <source>record the import&apos;s counts</source>
        <translation>Zählwerte des Imports festhalten</translation>
    </message>
    <message>
        <source>list the imports</source>
        <translation>Importe auflisten</translation>
    </message>
    <message>
        <source>delete an import</source>
        <translation>Import löschen</translation>
    </message>
    <message>
        <source>find what an import brought</source>
        <translation>Ermitteln, was ein Import gebracht hat</translation>
    </message>
    <message>
        <source>%1 is not a country profile the studio can store (an ISO code and a market weight from 0 to 1 are needed).</source>
        <translation>%1 ist kein Länderprofil, das das Studio speichern kann (ein ISO-Code und eine Marktgewichtung von 0 bis 1 sind erforderlich).</translation>
    </message>
    <message>
        <source>store the profile of %1</source>
        <translation>Profil von %1 speichern</translation>
    </message>
    <message>
        <source>list the countries</source>
        <translation>Länder auflisten</translation>
    </message>
    <message>
        <source>list the genres</source>
        <translation>Genres auflisten</translation>
    </message>
    <message>
        <source>An observation needs a country, a period, at least one entry and finite statistics (%1, %2).</source>
        <translation>Eine Beobachtung braucht ein Land, einen Zeitraum, mindestens einen Eintrag und endliche Statistiken (%1, %2).</translation>
    </message>
    <message>
        <source>list the trend segments</source>
        <translation>Trendsegmente auflisten</translation>
    </message>
    <message>
        <source>store a genre share</source>
        <translation>Genre-Anteil speichern</translation>
    </message>
    <message>
        <source>store a key/mode count</source>
        <translation>Anzahl je Tonart/Tongeschlecht speichern</translation>
    </message>
    <message>
        <source>read the trend of %1</source>
        <translation>Trend von %1 lesen</translation>
    </message>
    <message>
        <source>A window needs at least one day and an end.</source>
        <translation>Ein Fenster braucht mindestens einen Tag und ein Ende.</translation>
    </message>
    <message>
        <source>read the genre shares of %1</source>
        <translation>Genre-Anteile von %1 lesen</translation>
    </message>
    <message>
        <source>read the keys of %1</source>
        <translation>Tonarten von %1 lesen</translation>
    </message>
</context>
<context>
    <name>TrendSummaryBar</name>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>These figures come from the sample dataset shipped with Artist Studio, not from real charts. Import your own data to replace it.</source>
        <translation>Diese Zahlen stammen aus dem mit Artist Studio ausgelieferten Beispieldatensatz, nicht aus echten Charts. Importieren Sie Ihre eigenen Daten, um ihn zu ersetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Theil–Sen slope over %n points; 95% interval %1 to %2 per 30 days. Mann–Kendall test for a monotonic trend.</source>
        <translation>
            <numerusform>Theil-Sen-Steigung über %n Punkt; 95-%-Intervall %1 bis %2 pro 30 Tage. Mann-Kendall-Test auf einen monotonen Trend.</numerusform>
            <numerusform>Theil-Sen-Steigung über %n Punkte; 95-%-Intervall %1 bis %2 pro 30 Tage. Mann-Kendall-Test auf einen monotonen Trend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last %1 periods against the %2 before: %3 (score %4; ±%5 counts as a change)</source>
        <translation>Letzte %1 Zeiträume gegenüber den %2 davor: %3 (Wert %4; ±%5 gilt als Änderung)</translation>
    </message>
</context>
<context>
    <name>TrendsCommands</name>
    <message>
        <source>Imported %1 (%2) as source %3.</source>
        <translation>%1 (%2) als Quelle %3 importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1 (%2).</source>
        <translation>Aus %1 (%2) wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Rows read: %1, accepted: %2, rejected: %3.</source>
        <translation>Gelesene Zeilen: %1, angenommen: %2, abgelehnt: %3.</translation>
    </message>
    <message>
        <source>Stored %1 segment-periods, %2 observations.</source>
        <translation>%1 Segment-Zeiträume, %2 Beobachtungen gespeichert.</translation>
    </message>
    <message>
        <source>Optional columns not in the file: %1</source>
        <translation>Optionale Spalten, die nicht in der Datei sind: %1</translation>
    </message>
    <message>
        <source>Columns ignored: %1</source>
        <translation>Ignorierte Spalten: %1</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>(%1 more problems not listed)</source>
        <translation>(%1 weitere Probleme nicht aufgeführt)</translation>
    </message>
    <message>
        <source>includes sample data</source>
        <translation>enthält Beispieldaten</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>MA(%1)</source>
        <translation>MA(%1)</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Slope (Theil-Sen): %1 per 30 days (95%: %2 to %3)</source>
        <translation>Steigung (Theil-Sen): %1 pro 30 Tage (95 %: %2 bis %3)</translation>
    </message>
    <message>
        <source>, Mann-Kendall p %1, %2</source>
        <translation>, Mann-Kendall p %1, %2</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>signifikant</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>nicht signifikant</translation>
    </message>
    <message>
        <source>Slope: not available</source>
        <translation>Steigung: nicht verfügbar</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>Forecast (%1): %2</source>
        <translation>Prognose (%1): %2</translation>
    </message>
    <message>
        <source>no rows were imported</source>
        <translation>es wurden keine Zeilen importiert</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n row(s) rejected (--skip-bad-rows imports the others)</source>
        <translation>
            <numerusform>es wurde nichts importiert: %n Zeile abgelehnt (--skip-bad-rows importiert die übrigen)</numerusform>
            <numerusform>es wurde nichts importiert: %n Zeilen abgelehnt (--skip-bad-rows importiert die übrigen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no %1 data for %2 in that period; import some with &quot;artist-studio trends import FILE&quot; (or --sample)</source>
        <translation>keine Daten zu %1 für %2 in diesem Zeitraum; importieren Sie welche mit „artist-studio trends import FILE“ (oder --sample)</translation>
    </message>
</context>
<context>
    <name>TrendsPane</name>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Genre Shares</source>
        <translation>Genre-Anteile</translation>
    </message>
    <message>
        <source>No trend data yet</source>
        <translation>Noch keine Trenddaten</translation>
    </message>
    <message>
        <source>Import a chart CSV with audio features, the prototype&apos;s country profiles or an audio folder with a sidecar CSV to explore what listeners in each country want.</source>
        <translation>Importieren Sie eine Chart-CSV mit Audiomerkmalen, die Länderprofile des Prototyps oder einen Audio-Ordner mit Begleit-CSV, um zu erkunden, was Hörer in jedem Land wollen.</translation>
    </message>
    <message>
        <source>Import Trends…</source>
        <translation>Trends importieren …</translation>
    </message>
    <message>
        <source>Import &amp;Trends…</source>
        <translation>&amp;Trends importieren …</translation>
    </message>
    <message>
        <source>Import chart data, the prototype&apos;s country profiles or an audio folder</source>
        <translation>Chartdaten, die Länderprofile des Prototyps oder einen Audio-Ordner importieren</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren …</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image</source>
        <translation>Das angezeigte Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren …</translation>
    </message>
    <message>
        <source>Save the chart shown as a scalable SVG drawing</source>
        <translation>Das angezeigte Diagramm als skalierbare SVG-Grafik speichern</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Save the trend chart&apos;s data (observed periods and the forecast) as CSV</source>
        <translation>Die Daten des Trenddiagramms (beobachtete Zeiträume und die Prognose) als CSV speichern</translation>
    </message>
    <message>
        <source>The trend data could not be read: %1</source>
        <translation>Die Trenddaten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The trend could not be computed: %1</source>
        <translation>Der Trend konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>The country table could not be computed: %1</source>
        <translation>Die Ländertabelle konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Trend</source>
        <translation>Trend exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Trend data imported.</source>
        <translation>Trenddaten importiert.</translation>
    </message>
</context>
<context>
    <name>VersionHistoryDialog</name>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation>Weiterentwicklung</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Erstellung</translation>
    </message>
    <message>
        <source>Version History</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>This artist has no saved versions yet.</source>
        <translation>Dieser Künstler hat noch keine gespeicherten Versionen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Version %1 changed no fields.</source>
        <translation>Version %1 hat keine Felder geändert.</translation>
    </message>
    <message>
        <source>Changes in version %1 (1 field)</source>
        <translation>Änderungen in Version %1 (1 Feld)</translation>
    </message>
    <message numerus="yes">
        <source>Changes in version %1 (%n fields)</source>
        <translation>
            <numerusform>Änderungen in Version %1 (%n Feld)</numerusform>
            <numerusform>Änderungen in Version %1 (%n Felder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionRestore</name>
    <message>
        <source>Artist %1 has no version %2.</source>
        <translation>Künstler %1 hat keine Version %2.</translation>
    </message>
    <message>
        <source>Version %1 of artist %2 cannot be read: %3</source>
        <translation>Version %1 von Künstler %2 kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Click to set the play position. Ctrl+wheel zooms, the wheel scrolls.</source>
        <translation>Klicken, um die Abspielposition zu setzen. Strg+Mausrad zoomt, das Mausrad scrollt.</translation>
    </message>
    <message>
        <source>No waveform</source>
        <translation>Keine Wellenform</translation>
    </message>
    <message>
        <source>%1 · most energetic</source>
        <translation>%1 · höchste Energie</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Artist Studio</source>
        <translation>Artist Studio</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AnalysisDetailView</name>
    <message>
        <source>Select a track to see its waveform, beats, sections and values.</source>
        <translation>Выберите трек, чтобы увидеть его осциллограмму, доли, секции и значения.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Play from the playhead (Space)</source>
        <translation>Воспроизвести с позиции курсора (Пробел)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Show the Whole Track</source>
        <translation>Показать весь трек</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>BPM:</source>
        <translation>BPM:</translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation>Измерено:</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Варианты:</translation>
    </message>
    <message>
        <source>Beats:</source>
        <translation>Доли:</translation>
    </message>
    <message>
        <source>Double the tempo</source>
        <translation>Удвоить темп</translation>
    </message>
    <message>
        <source>Halve the tempo</source>
        <translation>Уменьшить темп вдвое</translation>
    </message>
    <message>
        <source>Two thirds of the tempo</source>
        <translation>Две трети темпа</translation>
    </message>
    <message>
        <source>One and a half times the tempo</source>
        <translation>Полуторный темп</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Отстучать</translation>
    </message>
    <message>
        <source>Tap along with the beat; the tempo is set when you stop</source>
        <translation>Отстукивайте доли; темп будет задан, когда вы остановитесь</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Измеренный</translation>
    </message>
    <message>
        <source>Back to the measured tempo</source>
        <translation>Вернуть измеренный темп</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Override the measured key</source>
        <translation>Заменить измеренную тональность</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Тональность:</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>Замена:</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Integrated:</source>
        <translation>Интегральная:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Диапазон:</translation>
    </message>
    <message>
        <source>True peak:</source>
        <translation>Истинный пик:</translation>
    </message>
    <message>
        <source>Silence:</source>
        <translation>Тишина:</translation>
    </message>
    <message>
        <source>Clipping:</source>
        <translation>Клиппинг:</translation>
    </message>
    <message>
        <source>Structure and Character</source>
        <translation>Структура и характер</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Секции:</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Энергичность:</translation>
    </message>
    <message>
        <source>Mood:</source>
        <translation>Настроение:</translation>
    </message>
    <message>
        <source>%1 is waiting to be analyzed.</source>
        <translation>%1 ожидает анализа.</translation>
    </message>
    <message>
        <source>%1 could not be analyzed: %2</source>
        <translation>Не удалось проанализировать %1: %2</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>моно</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>стерео</translation>
    </message>
    <message numerus="yes">
        <source>%n channels</source>
        <translation>
            <numerusform>%n канал</numerusform>
            <numerusform>%n канала</numerusform>
            <numerusform>%n каналов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 Hz · %3</source>
        <translation>%1 · %2 Гц · %3</translation>
    </message>
    <message>
        <source> · from the cache</source>
        <translation> · из кэша</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (исправлено)</translation>
    </message>
    <message>
        <source>%1, confidence %2%3</source>
        <translation>%1, достоверность %2%3</translation>
    </message>
    <message>
        <source>, variable tempo</source>
        <translation>, переменный темп</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не измерено</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, overridden</source>
        <translation>%1, заменена</translation>
    </message>
    <message>
        <source>%1, confidence %2; runner-up %3</source>
        <translation>%1, достоверность %2; второй вариант %3</translation>
    </message>
    <message>
        <source>As measured</source>
        <translation>Как измерено</translation>
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
        <translation>%1 (пик по отсчётам %2)</translation>
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
        <translation>%1 с в начале, %2 с в конце</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>1 clipped sample</source>
        <translation>1 отсчёт с клиппингом</translation>
    </message>
    <message numerus="yes">
        <source>%n clipped samples</source>
        <translation>
            <numerusform>%n отсчёт с клиппингом</numerusform>
            <numerusform>%n отсчёта с клиппингом</numerusform>
            <numerusform>%n отсчётов с клиппингом</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>The most energetic section is in bold</source>
        <translation>Самая энергичная секция выделена жирным</translation>
    </message>
    <message>
        <source>energy %1, danceability %2</source>
        <translation>энергичность %1, танцевальность %2</translation>
    </message>
    <message>
        <source>valence %1, arousal %2</source>
        <translation>валентность %1, возбуждение %2</translation>
    </message>
    <message>
        <source>Tap: %1</source>
        <translation>Отстук: %1</translation>
    </message>
    <message>
        <source>Tap…</source>
        <translation>Отстук…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>The track could not be played: %1</source>
        <translation>Не удалось воспроизвести трек: %1</translation>
    </message>
</context>
<context>
    <name>AnalysisExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
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
        <translation>%1 минор</translation>
    </message>
    <message>
        <source>%1 major</source>
        <translation>%1 мажор</translation>
    </message>
</context>
<context>
    <name>AnalysisPane</name>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Filter by file, key or tempo…</source>
        <translation>Фильтр по файлу, тональности или темпу…</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v из %m файлов</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <source>Analyze audio files</source>
        <translation>Анализировать аудиофайлы</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Добавить &amp;папку…</translation>
    </message>
    <message>
        <source>Analyze every audio file in a folder and its subfolders</source>
        <translation>Анализировать все аудиофайлы в папке и её подпапках</translation>
    </message>
    <message>
        <source>&amp;Re-analyze</source>
        <translation>&amp;Повторить анализ</translation>
    </message>
    <message>
        <source>Measure the selected files again, ignoring the cache (all files when none is selected)</source>
        <translation>Измерить выбранные файлы заново без учёта кэша (все файлы, если ничего не выбрано)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the listed results as a spreadsheet (CSV)</source>
        <translation>Сохранить показанные результаты как таблицу (CSV)</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Экспорт в &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the listed results as JSON, with the operator&apos;s corrections</source>
        <translation>Сохранить показанные результаты в JSON вместе с исправлениями оператора</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Stop analyzing; finished files stay in the cache</source>
        <translation>Остановить анализ; готовые файлы останутся в кэше</translation>
    </message>
    <message>
        <source>Ca&amp;melot Keys</source>
        <translation>Тональности &amp;Camelot</translation>
    </message>
    <message>
        <source>Show keys in Camelot notation (8A = A minor)</source>
        <translation>Показывать тональности в нотации Camelot (8A = A minor)</translation>
    </message>
    <message>
        <source>No tracks analyzed yet</source>
        <translation>Треки ещё не проанализированы</translation>
    </message>
    <message>
        <source>Drop audio files or folders here, or choose them. Tempo, key, loudness and structure are measured in the background.</source>
        <translation>Перетащите сюда аудиофайлы или папки либо выберите их. Темп, тональность, громкость и структура измеряются в фоновом режиме.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>The recent analyses could not be loaded: %1</source>
        <translation>Не удалось загрузить последние анализы: %1</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Analyzing…</source>
        <translation>Анализ…</translation>
    </message>
    <message>
        <source>Analysis finished.</source>
        <translation>Анализ завершён.</translation>
    </message>
    <message>
        <source>Analysis finished; 1 file could not be analyzed.</source>
        <translation>Анализ завершён; 1 файл не удалось проанализировать.</translation>
    </message>
    <message numerus="yes">
        <source>Analysis finished; %n files could not be analyzed.</source>
        <translation>
            <numerusform>Анализ завершён; не удалось проанализировать %n файл.</numerusform>
            <numerusform>Анализ завершён; не удалось проанализировать %n файла.</numerusform>
            <numerusform>Анализ завершён; не удалось проанализировать %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyzing… (1 more batch waiting)</source>
        <translation>Анализ… (ожидает ещё 1 пакет)</translation>
    </message>
    <message numerus="yes">
        <source>Analyzing… (%n more batches waiting)</source>
        <translation>
            <numerusform>Анализ… (ожидает ещё %n пакет)</numerusform>
            <numerusform>Анализ… (ожидают ещё %n пакета)</numerusform>
            <numerusform>Анализ… (ожидают ещё %n пакетов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Analyze Audio Files</source>
        <translation>Анализ аудиофайлов</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.flac *.ogg *.oga *.opus *.mp3);;All files (*)</source>
        <translation>Аудиофайлы (*.wav *.flac *.ogg *.oga *.opus *.mp3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Analyze a Folder</source>
        <translation>Анализ папки</translation>
    </message>
    <message>
        <source>Exported 1 track to %1.</source>
        <translation>Экспортирован 1 трек в %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tracks to %1.</source>
        <translation>
            <numerusform>Экспортирован %n трек в %1.</numerusform>
            <numerusform>Экспортировано %n трека в %1.</numerusform>
            <numerusform>Экспортировано %n треков в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
    <message>
        <source>Export Analysis as CSV</source>
        <translation>Экспорт анализа в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Analysis as JSON</source>
        <translation>Экспорт анализа в JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>The correction could not be stored: %1</source>
        <translation>Не удалось сохранить исправление: %1</translation>
    </message>
    <message>
        <source>&amp;Re-analyze Selected</source>
        <translation>&amp;Повторить анализ выбранных</translation>
    </message>
    <message>
        <source>&amp;Re-analyze All</source>
        <translation>&amp;Повторить анализ всех</translation>
    </message>
</context>
<context>
    <name>AnalysisRepository</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Не удалось %1: %2</translation>
    </message>
    <message>
        <source>No current analysis of content %1.</source>
        <translation>Нет актуального анализа содержимого %1.</translation>
    </message>
    <message>
        <source>A stored analysis is unreadable: %1</source>
        <translation>Сохранённый анализ не читается: %1</translation>
    </message>
    <message>
        <source>read the stored analysis</source>
        <translation>прочитать сохранённый анализ</translation>
    </message>
    <message>
        <source>store an analysis</source>
        <translation>сохранить анализ</translation>
    </message>
    <message>
        <source>remember where %1 is</source>
        <translation>запомнить расположение %1</translation>
    </message>
    <message>
        <source>An analysis record needs a path and a content hash.</source>
        <translation>Для записи анализа нужны путь и хеш содержимого.</translation>
    </message>
    <message>
        <source>read a correction</source>
        <translation>прочитать исправление</translation>
    </message>
    <message>
        <source>look up the analysis</source>
        <translation>найти анализ</translation>
    </message>
    <message>
        <source>This file has not been analyzed yet; analyze it before correcting its tempo or key.</source>
        <translation>Этот файл ещё не проанализирован; проанализируйте его, прежде чем исправлять темп или тональность.</translation>
    </message>
    <message>
        <source>store the correction</source>
        <translation>сохранить исправление</translation>
    </message>
    <message>
        <source>list the recent analyses</source>
        <translation>получить список последних анализов</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 не существует или не является файлом.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 has not been analyzed yet.</source>
        <translation>%1 ещё не проанализирован.</translation>
    </message>
    <message>
        <source>%1 is a folder; compare needs two files.</source>
        <translation>%1 — папка; для сравнения нужны два файла.</translation>
    </message>
    <message>
        <source>%1 has no fingerprint (too short or silent).</source>
        <translation>У %1 нет отпечатка (слишком короткий или тихий).</translation>
    </message>
</context>
<context>
    <name>AnalysisTableModel</name>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Analyzed</source>
        <translation>Проанализирован</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Из кэша</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
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
        <translation>%1 (измерено %2)</translation>
    </message>
    <message>
        <source>Tempo in beats per minute; * marks the operator&apos;s correction</source>
        <translation>Темп в ударах в минуту; * отмечает исправление оператора</translation>
    </message>
    <message>
        <source>How sure the tempo measurement is</source>
        <translation>Насколько надёжно измерение темпа</translation>
    </message>
    <message>
        <source>Key in Camelot notation; * marks an override</source>
        <translation>Тональность в нотации Camelot; * отмечает замену</translation>
    </message>
    <message>
        <source>Key; * marks an override</source>
        <translation>Тональность; * отмечает замену</translation>
    </message>
    <message>
        <source>Integrated loudness (EBU R 128)</source>
        <translation>Интегральная громкость (EBU R 128)</translation>
    </message>
    <message>
        <source>Highest inter-sample peak</source>
        <translation>Наибольший межотсчётный пик</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Key (Camelot)</source>
        <translation>Тональность (Camelot)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>Истинный пик</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергичность</translation>
    </message>
    <message>
        <source>Danceability</source>
        <translation>Танцевальность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ArtistCreation</name>
    <message>
        <source>The %1 text provider wrote a profile that is not valid: %2</source>
        <translation>Текстовый провайдер %1 написал недопустимый профиль: %2</translation>
    </message>
    <message>
        <source>The creation was cancelled.</source>
        <translation>Создание отменено.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Не удаётся открыть базу данных: %1</translation>
    </message>
</context>
<context>
    <name>ArtistEditor</name>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Evolving</source>
        <translation>Развивается</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>На покое</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 проблема</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Discard the changes and reload the saved profile</source>
        <translation>Отменить изменения и заново загрузить сохранённый профиль</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение поля «%1»</translation>
    </message>
    <message>
        <source>Show the first</source>
        <translation>Показать первую</translation>
    </message>
    <message>
        <source>Unnamed artist</source>
        <translation>Безымянный артист</translation>
    </message>
    <message>
        <source>New artist · not saved yet</source>
        <translation>Новый артист · ещё не сохранён</translation>
    </message>
    <message>
        <source>version %1 · updated %2</source>
        <translation>версия %1 · обновлён %2</translation>
    </message>
    <message>
        <source>Fix the problems shown in the form before saving (%1).</source>
        <translation>Перед сохранением исправьте проблемы, показанные в форме (%1).</translation>
    </message>
    <message>
        <source>Nothing to save: the profile is unchanged.</source>
        <translation>Нечего сохранять: профиль не изменён.</translation>
    </message>
    <message>
        <source>Save the changes as a new version (%1)</source>
        <translation>Сохранить изменения как новую версию (%1)</translation>
    </message>
</context>
<context>
    <name>ArtistEditorFields</name>
    <message>
        <source>%1 — unknown code</source>
        <translation>%1 — неизвестный код</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Образ</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Сценическое имя</translation>
    </message>
    <message>
        <source>The name the artist releases under. Required, at most 80 characters, one line.</source>
        <translation>Имя, под которым выходят релизы артиста. Обязательно, не более 80 символов, одна строка.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Настоящее имя</translation>
    </message>
    <message>
        <source>Optional civil name of the persona, shown in credits only.</source>
        <translation>Необязательное гражданское имя персонажа, показывается только в титрах.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <source>Style and persona description: how the artist sounds, looks and speaks. Required.</source>
        <translation>Описание стиля и персонажа: как артист звучит, выглядит и говорит. Обязательно.</translation>
    </message>
    <message>
        <source>Backstory</source>
        <translation>Предыстория</translation>
    </message>
    <message>
        <source>Where the artist comes from; used when writing lyrics and press texts.</source>
        <translation>Откуда родом артист; используется при написании текстов песен и пресс-релизов.</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>Влияния</translation>
    </message>
    <message>
        <source>Artists and records that shaped the sound, one per entry.</source>
        <translation>Артисты и записи, сформировавшие звучание, по одному в записи.</translation>
    </message>
    <message>
        <source>Add an influence…</source>
        <translation>Добавить влияние…</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Характер</translation>
    </message>
    <message>
        <source>Personality traits, one per entry (e.g. &quot;introspective&quot;).</source>
        <translation>Черты характера, по одной в записи (например, «склонный к самоанализу»).</translation>
    </message>
    <message>
        <source>Add a trait…</source>
        <translation>Добавить черту…</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Палитра</translation>
    </message>
    <message>
        <source>Colours of the visual identity (#rrggbb), used for cover art and videos.</source>
        <translation>Цвета визуального образа (#rrggbb), используются для обложек и видео.</translation>
    </message>
    <message>
        <source>Visual keywords</source>
        <translation>Визуальные ключевые слова</translation>
    </message>
    <message>
        <source>Words that describe the artist&apos;s imagery (e.g. &quot;neon&quot;, &quot;rain&quot;).</source>
        <translation>Слова, описывающие образы артиста (например, «неон», «дождь»).</translation>
    </message>
    <message>
        <source>Add a keyword…</source>
        <translation>Добавить ключевое слово…</translation>
    </message>
    <message>
        <source>Image prompt</source>
        <translation>Промпт изображения</translation>
    </message>
    <message>
        <source>Prompt used to paint cover art and portraits of the artist.</source>
        <translation>Промпт для рисования обложек и портретов артиста.</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Музыка</translation>
    </message>
    <message>
        <source>Primary genre</source>
        <translation>Основной жанр</translation>
    </message>
    <message>
        <source>The genre the artist is known for. Required.</source>
        <translation>Жанр, которым известен артист. Обязательно.</translation>
    </message>
    <message>
        <source>e.g. synthwave</source>
        <translation>например, synthwave</translation>
    </message>
    <message>
        <source>Subgenres</source>
        <translation>Поджанры</translation>
    </message>
    <message>
        <source>Related styles the artist also explores; at most 8.</source>
        <translation>Смежные стили, которые артист тоже исследует; не более 8.</translation>
    </message>
    <message>
        <source>Add a subgenre…</source>
        <translation>Добавить поджанр…</translation>
    </message>
    <message>
        <source>Tempo range in beats per minute, between 40 and 250; the maximum must not be below the minimum.</source>
        <translation>Диапазон темпа в ударах в минуту, от 40 до 250; максимум не может быть меньше минимума.</translation>
    </message>
    <message>
        <source>Tempo from</source>
        <translation>Темп от</translation>
    </message>
    <message>
        <source> BPM</source>
        <translation> BPM</translation>
    </message>
    <message>
        <source>Tempo to</source>
        <translation>Темп до</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>минор</translation>
    </message>
    <message>
        <source>major</source>
        <translation>мажор</translation>
    </message>
    <message>
        <source>Preferred keys</source>
        <translation>Предпочитаемые тональности</translation>
    </message>
    <message>
        <source>Keys the artist writes in, as tonic and mode (e.g. &quot;A minor&quot;, &quot;F# major&quot;).</source>
        <translation>Тональности, в которых пишет артист, как тоника и лад (например, «A minor», «F# major»).</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергичность</translation>
    </message>
    <message>
        <source>From 0 (ambient, sparse) to 1 (driving, dense).</source>
        <translation>От 0 (эмбиент, разреженно) до 1 (драйв, плотно).</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Валентность</translation>
    </message>
    <message>
        <source>Mood from 0 (sad, dark) to 1 (happy, bright).</source>
        <translation>Настроение от 0 (грустное, мрачное) до 1 (радостное, светлое).</translation>
    </message>
    <message>
        <source>Arousal</source>
        <translation>Возбуждение</translation>
    </message>
    <message>
        <source>Mood from 0 (calm) to 1 (excited).</source>
        <translation>Настроение от 0 (спокойное) до 1 (возбуждённое).</translation>
    </message>
    <message>
        <source>Instrumentation</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <source>Instruments in the mix, each with a level from 0 (barely audible) to 1 (leading).</source>
        <translation>Инструменты в миксе, у каждого уровень от 0 (едва слышно) до 1 (ведущий).</translation>
    </message>
    <message>
        <source>Vocals</source>
        <translation>Вокал</translation>
    </message>
    <message>
        <source>Instrumental (no vocals, no lyrics)</source>
        <translation>Инструментальная музыка (без вокала и текста)</translation>
    </message>
    <message>
        <source>An instrumental artist needs neither a vocal style nor a lyrics language.</source>
        <translation>Инструментальному артисту не нужны ни стиль вокала, ни язык текстов.</translation>
    </message>
    <message>
        <source>Vocal style</source>
        <translation>Стиль вокала</translation>
    </message>
    <message>
        <source>How the voice sounds (e.g. &quot;breathy alto, close-miked&quot;). Required unless the artist is instrumental.</source>
        <translation>Как звучит голос (например, «воздушный альт, близкий микрофон»). Обязательно, если артист не инструментальный.</translation>
    </message>
    <message>
        <source>e.g. breathy alto</source>
        <translation>например, воздушный альт</translation>
    </message>
    <message>
        <source>Lyrics language</source>
        <translation>Язык текстов</translation>
    </message>
    <message>
        <source>Two-letter ISO 639-1 code in lower case (e.g. &quot;en&quot;, &quot;de&quot;, &quot;pt&quot;). Required unless the artist is instrumental.</source>
        <translation>Двухбуквенный код ISO 639-1 строчными буквами (например, «en», «de», «pt»). Обязательно, если артист не инструментальный.</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>например, ru</translation>
    </message>
    <message>
        <source>Lyric themes</source>
        <translation>Темы текстов</translation>
    </message>
    <message>
        <source>What the songs are about, one theme per entry.</source>
        <translation>О чём песни, по одной теме в записи.</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>Добавить тему…</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Target countries</source>
        <translation>Целевые страны</translation>
    </message>
    <message>
        <source>Countries the artist is made for, as ISO 3166-1 alpha-2 codes. At least one.</source>
        <translation>Страны, для которых создан артист, в виде кодов ISO 3166-1 alpha-2. Хотя бы одна.</translation>
    </message>
    <message>
        <source>Type a code or a country name…</source>
        <translation>Введите код или название страны…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Who listens: age, scenes, moments of the day.</source>
        <translation>Кто слушает: возраст, сцены, время суток.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>Trend alignment</source>
        <translation>Следование трендам</translation>
    </message>
    <message>
        <source>How closely evolution follows the trends of the target countries.</source>
        <translation>Насколько точно развитие следует трендам целевых стран.</translation>
    </message>
    <message>
        <source>Strict — follow the trends closely</source>
        <translation>Строго — точно следовать трендам</translation>
    </message>
    <message>
        <source>Soft — lean towards the trends</source>
        <translation>Мягко — ориентироваться на тренды</translation>
    </message>
    <message>
        <source>Experimental — use trends as a starting point</source>
        <translation>Экспериментально — тренды как отправная точка</translation>
    </message>
    <message>
        <source>Evolution speed</source>
        <translation>Скорость развития</translation>
    </message>
    <message>
        <source>How far the profile may move in one evolution step.</source>
        <translation>Насколько сильно профиль может измениться за один шаг развития.</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Медленно</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средне</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Быстро</translation>
    </message>
    <message>
        <source>Core identity</source>
        <translation>Ядро образа</translation>
    </message>
    <message>
        <source>Checked fields are locked: evolution never changes them.</source>
        <translation>Отмеченные поля заблокированы: развитие никогда их не меняет.</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Автопилот</translation>
    </message>
    <message>
        <source>Run generation cycles for this artist automatically</source>
        <translation>Автоматически запускать циклы генерации для этого артиста</translation>
    </message>
    <message>
        <source>When on, batch cycles pick this artist without asking.</source>
        <translation>Если включено, пакетные циклы выбирают этого артиста без запроса.</translation>
    </message>
    <message>
        <source>Release strategy</source>
        <translation>Стратегия релизов</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Days between releases, from 1 to 365.</source>
        <translation>Дней между релизами, от 1 до 365.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Video ratio</source>
        <translation>Доля видео</translation>
    </message>
    <message>
        <source>Share of releases that get a video, from 0 (none) to 1 (every one).</source>
        <translation>Доля релизов с видео, от 0 (ни одного) до 1 (каждый).</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <source>Model name passed to the provider; empty: the provider&apos;s default.</source>
        <translation>Имя модели, передаваемое провайдеру; пусто — модель провайдера по умолчанию.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Writes briefs and lyrics: &quot;local&quot; (offline) or &quot;openai&quot; (any OpenAI-compatible server).</source>
        <translation>Пишет брифы и тексты песен: «local» (офлайн) или «openai» (любой OpenAI-совместимый сервер).</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>Текстовая модель</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Renders the tracks: &quot;local&quot; (offline synthesizer) or &quot;suno&quot;.</source>
        <translation>Создаёт треки: «local» (офлайн-синтезатор) или «suno».</translation>
    </message>
    <message>
        <source>Music model</source>
        <translation>Музыкальная модель</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Makes the videos: &quot;local&quot; (visualizer), &quot;pexels&quot; (stock) or &quot;luma&quot;.</source>
        <translation>Создаёт видео: «local» (визуализатор), «pexels» (стоковые) или «luma».</translation>
    </message>
    <message>
        <source>Video model</source>
        <translation>Видеомодель</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Жизненный цикл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Candidate: not released yet. Active: releasing. Evolving: moving towards its trends. Paused: no new runs. Retired: kept for history.</source>
        <translation>Кандидат: релизов ещё нет. Активен: выпускает релизы. Развивается: движется к своим трендам. Приостановлен: новых запусков нет. На покое: хранится для истории.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Evolving</source>
        <translation>Развивается</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>На покое</translation>
    </message>
</context>
<context>
    <name>ArtistFilterBar</name>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <source>Search name, genre or country (Ctrl+F)</source>
        <translation>Поиск по имени, жанру или стране (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only artists with this status</source>
        <translation>Показывать только артистов с этим статусом</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Show only artists of this genre</source>
        <translation>Показывать только артистов этого жанра</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Все жанры</translation>
    </message>
    <message>
        <source>Show only artists that target this country</source>
        <translation>Показывать только артистов, нацеленных на эту страну</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>Also list archived artists (shown in italics)</source>
        <translation>Также показывать архивных артистов (курсивом)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>1 artist</source>
        <translation>1 артист</translation>
    </message>
    <message numerus="yes">
        <source>%n artists</source>
        <translation>
            <numerusform>%n артист</numerusform>
            <numerusform>%n артиста</numerusform>
            <numerusform>%n артистов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>ArtistImporter</name>
    <message>
        <source>Importing an artist file</source>
        <translation>Импорт файла артиста</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n artist files</source>
        <translation>
            <numerusform>Импорт %n файла артистов</numerusform>
            <numerusform>Импорт %n файлов артистов</numerusform>
            <numerusform>Импорт %n файлов артистов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not imported, the import was cancelled.</source>
        <translation>%1: не импортирован, импорт отменён.</translation>
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
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>Unknown field; remove it or check its spelling.</source>
        <translation>Неизвестное поле; удалите его или проверьте написание.</translation>
    </message>
    <message>
        <source>Must be %1, not %2.</source>
        <translation>Ожидается: %1, получено: %2.</translation>
    </message>
    <message>
        <source>Text is %1 characters long; at most %2 are allowed.</source>
        <translation>Длина текста — %1 симв.; допускается не более %2.</translation>
    </message>
    <message>
        <source>Has %1 entries; at most %2 are allowed.</source>
        <translation>Записей: %1; допускается не более %2.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Должно быть целым числом.</translation>
    </message>
    <message>
        <source>Must be a finite number.</source>
        <translation>Должно быть конечным числом.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a date and time string or null</source>
        <translation>строка с датой и временем или null</translation>
    </message>
    <message>
        <source>Must be an ISO 8601 date and time such as &quot;2024-05-01T12:00:00.000Z&quot;.</source>
        <translation>Должно быть датой и временем в формате ISO 8601, например «2024-05-01T12:00:00.000Z».</translation>
    </message>
    <message>
        <source>Unknown value; use one of: %1.</source>
        <translation>Неизвестное значение; допустимые: %1.</translation>
    </message>
    <message>
        <source>This is not an artist profile (expected format &quot;%1&quot;).</source>
        <translation>Это не профиль артиста (ожидается формат «%1»).</translation>
    </message>
    <message>
        <source>This profile was written by a newer Artist Studio (format version %1); this version reads format version %2. Update Artist Studio to import it.</source>
        <translation>Этот профиль записан более новой версией Artist Studio (версия формата %1); эта версия читает формат версии %2. Обновите Artist Studio, чтобы импортировать его.</translation>
    </message>
    <message>
        <source>Format version %1 does not exist; the first is 1.</source>
        <translation>Версии формата %1 не существует; первая — 1.</translation>
    </message>
    <message>
        <source>an object with &quot;name&quot; and &quot;level&quot;</source>
        <translation>объект с полями «name» и «level»</translation>
    </message>
    <message>
        <source>Must be a UUID such as &quot;0f8fad5b-d9cb-469f-a165-70867728950e&quot;.</source>
        <translation>Должно быть UUID, например «0f8fad5b-d9cb-469f-a165-70867728950e».</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The artist profile was refused: %1%2</source>
        <translation>Профиль артиста отклонён: %1%2</translation>
    </message>
    <message>
        <source>The artist profile was refused with %1 problems, the first: %2%3</source>
        <translation>Профиль артиста отклонён (проблем: %1), первая: %2%3</translation>
    </message>
    <message>
        <source>%1 more problems were not listed.</source>
        <translation>Ещё проблем, не показанных в списке: %1.</translation>
    </message>
    <message>
        <source>The file is %1 bytes; an artist profile may be at most %2 bytes.</source>
        <translation>Размер файла — %1 байт; профиль артиста может занимать не более %2 байт.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>Файл не является корректным текстом UTF-8; сохраните его в UTF-8 и повторите попытку.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>Файл не является корректным JSON: %1 в байте %2.</translation>
    </message>
    <message>
        <source>The file must hold one JSON object (an artist profile), not an array or a single value.</source>
        <translation>Файл должен содержать один объект JSON (профиль артиста), а не массив или отдельное значение.</translation>
    </message>
</context>
<context>
    <name>ArtistRepository</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Не удалось %1: %2</translation>
    </message>
    <message>
        <source>No artist with id %1; it may have been deleted.</source>
        <translation>Нет артиста с идентификатором %1; возможно, он был удалён.</translation>
    </message>
    <message>
        <source>check the artist id</source>
        <translation>проверить идентификатор артиста</translation>
    </message>
    <message>
        <source>An artist with id %1 already exists.</source>
        <translation>Артист с идентификатором %1 уже существует.</translation>
    </message>
    <message>
        <source>store the artist</source>
        <translation>записать артиста</translation>
    </message>
    <message>
        <source>The artist &quot;%1&quot; was changed elsewhere since you opened it (you edited version %2, the stored one is version %3). Reload it and apply your changes again.</source>
        <translation>Артист «%1» был изменён в другом месте после того, как вы его открыли (вы редактировали версию %2, сохранена версия %3). Загрузите его заново и внесите изменения ещё раз.</translation>
    </message>
    <message>
        <source>save the artist</source>
        <translation>сохранить артиста</translation>
    </message>
    <message>
        <source>The artist &quot;%1&quot; was changed elsewhere since you opened it. Reload it and apply your changes again.</source>
        <translation>Артист «%1» был изменён в другом месте после того, как вы его открыли. Загрузите его заново и внесите изменения ещё раз.</translation>
    </message>
    <message>
        <source>record the artist&apos;s version</source>
        <translation>записать версию артиста</translation>
    </message>
    <message>
        <source>read the artist</source>
        <translation>прочитать артиста</translation>
    </message>
    <message>
        <source>The stored profile of artist %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать сохранённый профиль артиста %1: %2</translation>
    </message>
    <message>
        <source>list the artists</source>
        <translation>получить список артистов</translation>
    </message>
    <message>
        <source>read the artist&apos;s history</source>
        <translation>прочитать историю артиста</translation>
    </message>
    <message>
        <source>archive the artist</source>
        <translation>архивировать артиста</translation>
    </message>
    <message>
        <source>record the artist&apos;s last run</source>
        <translation>записать последний запуск артиста</translation>
    </message>
    <message>
        <source>delete the artist</source>
        <translation>удалить артиста</translation>
    </message>
    <message>
        <source>count the artists</source>
        <translation>подсчитать артистов</translation>
    </message>
</context>
<context>
    <name>ArtistService</name>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>No text provider is set up.</source>
        <translation>Текстовый провайдер не настроен.</translation>
    </message>
    <message>
        <source>The text provider was not set up.</source>
        <translation>Текстовый провайдер не был настроен.</translation>
    </message>
    <message>
        <source>The text provider is missing.</source>
        <translation>Текстовый провайдер отсутствует.</translation>
    </message>
    <message>
        <source>The creation was cancelled.</source>
        <translation>Создание отменено.</translation>
    </message>
    <message>
        <source>The profile was not saved because:</source>
        <translation>Профиль не сохранён по следующим причинам:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: it is %2 bytes; an artist profile is at most %3 bytes.</source>
        <translation>%1 не импортирован: размер — %2 байт, а профиль артиста занимает не более %3 байт.</translation>
    </message>
    <message>
        <source>%1 was not imported because:</source>
        <translation>%1 не импортирован по следующим причинам:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Не удаётся сохранить %1: %2</translation>
    </message>
</context>
<context>
    <name>ArtistTimelineView</name>
    <message>
        <source>Parameters across versions</source>
        <translation>Параметры по версиям</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Level (0–1)</source>
        <translation>Уровень (0–1)</translation>
    </message>
    <message>
        <source>Tempo (BPM)</source>
        <translation>Темп (BPM)</translation>
    </message>
    <message>
        <source>Tempo min</source>
        <translation>Темп мин.</translation>
    </message>
    <message>
        <source>Tempo max</source>
        <translation>Темп макс.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергичность</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Валентность</translation>
    </message>
    <message>
        <source>Arousal</source>
        <translation>Возбуждение</translation>
    </message>
    <message>
        <source>%1, version %2 (%3): %4</source>
        <translation>%1, версия %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>ArtistValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1: обязательное поле.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 1.</source>
        <translation>%1: значение должно быть от 0 до 1.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1: значение не может быть пустым.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is listed twice.</source>
        <translation>%1 «%2» указан дважды.</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;; use one of: %3.</source>
        <translation>Неизвестный %1 «%2»; допустимые: %3.</translation>
    </message>
    <message>
        <source>Stage name is required.</source>
        <translation>Сценическое имя обязательно.</translation>
    </message>
    <message>
        <source>Stage name is %1 characters long; at most %2 are allowed.</source>
        <translation>Длина сценического имени — %1 симв.; допускается не более %2.</translation>
    </message>
    <message>
        <source>Stage name must not contain control characters such as line breaks or tabs.</source>
        <translation>Сценическое имя не может содержать управляющие символы, например переводы строк или табуляции.</translation>
    </message>
    <message>
        <source>Persona description</source>
        <translation>Описание персонажа</translation>
    </message>
    <message>
        <source>Palette colour &quot;%1&quot; must be written as #rrggbb, e.g. #1a2b3c.</source>
        <translation>Цвет палитры «%1» должен быть записан как #rrggbb, например #1a2b3c.</translation>
    </message>
    <message>
        <source>Tempo must be between %1 and %2 BPM.</source>
        <translation>Темп должен быть от %1 до %2 BPM.</translation>
    </message>
    <message>
        <source>Maximum tempo (%1 BPM) must not be below the minimum (%2 BPM).</source>
        <translation>Максимальный темп (%1 BPM) не может быть меньше минимального (%2 BPM).</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; must be a tonic and a mode, e.g. &quot;A minor&quot;, &quot;F# major&quot; or &quot;Eb minor&quot;.</source>
        <translation>Тональность «%1» должна состоять из тоники и лада, например «A minor», «F# major» или «Eb minor».</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is listed twice.</source>
        <translation>Тональность «%1» указана дважды.</translation>
    </message>
    <message>
        <source>Instrument name is required.</source>
        <translation>Название инструмента обязательно.</translation>
    </message>
    <message>
        <source>Instrument &quot;%1&quot; is listed twice.</source>
        <translation>Инструмент «%1» указан дважды.</translation>
    </message>
    <message>
        <source>Instrument level must be between 0 and 1.</source>
        <translation>Уровень инструмента должен быть от 0 до 1.</translation>
    </message>
    <message>
        <source>Primary genre</source>
        <translation>Основной жанр</translation>
    </message>
    <message>
        <source>At most %1 subgenres are allowed, not %2.</source>
        <translation>Допускается не более %1 поджанров, указано %2.</translation>
    </message>
    <message>
        <source>Subgenre</source>
        <translation>Поджанр</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергичность</translation>
    </message>
    <message>
        <source>Valence (mood)</source>
        <translation>Валентность (настроение)</translation>
    </message>
    <message>
        <source>Arousal (mood)</source>
        <translation>Возбуждение (настроение)</translation>
    </message>
    <message>
        <source>Vocal style (unless the artist is instrumental)</source>
        <translation>Стиль вокала (если артист не инструментальный)</translation>
    </message>
    <message>
        <source>Lyrics language is required unless the artist is instrumental.</source>
        <translation>Язык текстов обязателен, если артист не инструментальный.</translation>
    </message>
    <message>
        <source>Lyrics language &quot;%1&quot; must be a two-letter ISO 639-1 code in lower case, e.g. &quot;en&quot; or &quot;pt&quot;.</source>
        <translation>Язык текстов «%1» должен быть двухбуквенным кодом ISO 639-1 строчными буквами, например «en» или «pt».</translation>
    </message>
    <message>
        <source>At least one target country is required.</source>
        <translation>Нужна хотя бы одна целевая страна.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code; use two upper-case letters, e.g. &quot;DE&quot; or &quot;BR&quot;.</source>
        <translation>«%1» — не код страны ISO 3166-1; используйте две заглавные буквы, например «DE» или «BR».</translation>
    </message>
    <message>
        <source>Country %1 is listed twice.</source>
        <translation>Страна %1 указана дважды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field that can be locked, e.g. &quot;identity.stageName&quot;.</source>
        <translation>«%1» — не поле, которое можно заблокировать (например, «identity.stageName»).</translation>
    </message>
    <message>
        <source>Field %1 is locked twice.</source>
        <translation>Поле %1 заблокировано дважды.</translation>
    </message>
    <message>
        <source>Release cadence must be between %1 and %2 days.</source>
        <translation>Периодичность релизов должна быть от %1 до %2 дней.</translation>
    </message>
    <message>
        <source>Video ratio</source>
        <translation>Доля видео</translation>
    </message>
    <message>
        <source>text provider</source>
        <translation>текстовый провайдер</translation>
    </message>
    <message>
        <source>music provider</source>
        <translation>музыкальный провайдер</translation>
    </message>
    <message>
        <source>video provider</source>
        <translation>видеопровайдер</translation>
    </message>
</context>
<context>
    <name>ArtistsPane</name>
    <message>
        <source>Artists</source>
        <translation>Артисты</translation>
    </message>
    <message>
        <source>Select an artist to see and edit the profile.</source>
        <translation>Выберите артиста, чтобы просмотреть и изменить профиль.</translation>
    </message>
    <message>
        <source>The artists could not be loaded: %1</source>
        <translation>Не удалось загрузить артистов: %1</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;New Artist…</source>
        <translation>&amp;Новый артист…</translation>
    </message>
    <message>
        <source>Create an artist from a short brief</source>
        <translation>Создать артиста по короткому брифу</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import artists from JSON files</source>
        <translation>Импортировать артистов из файлов JSON</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the selected artist as a JSON file</source>
        <translation>Экспортировать выбранного артиста в файл JSON</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Create a copy of the selected artist</source>
        <translation>Создать копию выбранного артиста</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архивировать</translation>
    </message>
    <message>
        <source>Hide the selected artist from the roster without deleting it</source>
        <translation>Скрыть выбранного артиста из списка, не удаляя его</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected artist</source>
        <translation>Удалить выбранного артиста</translation>
    </message>
    <message>
        <source>Version &amp;History…</source>
        <translation>История &amp;версий…</translation>
    </message>
    <message>
        <source>Every saved version of the selected artist, with its changes</source>
        <translation>Все сохранённые версии выбранного артиста с их изменениями</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Creation &amp;Report…</source>
        <translation>&amp;Отчёт о создании…</translation>
    </message>
    <message>
        <source>How the selected artist was created</source>
        <translation>Как был создан выбранный артист</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>No artists yet</source>
        <translation>Артистов пока нет</translation>
    </message>
    <message>
        <source>Describe a genre, a country and a mood, and the studio writes a complete artist profile for you. You can also drop exported .json files onto this window.</source>
        <translation>Опишите жанр, страну и настроение, и студия напишет для вас полный профиль артиста. Можно также перетащить в это окно экспортированные файлы .json.</translation>
    </message>
    <message>
        <source>Create your first artist</source>
        <translation>Создать первого артиста</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Вернуть из &amp;архива</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>В профиле «%1» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Do you want to save them first?</source>
        <translation>Сохранить их сначала?</translation>
    </message>
    <message>
        <source>Could not open the artist: %1</source>
        <translation>Не удалось открыть артиста: %1</translation>
    </message>
    <message>
        <source>Edited in the studio</source>
        <translation>Изменено в студии</translation>
    </message>
    <message>
        <source>Saved %1 (version %2).</source>
        <translation>%1 сохранён (версия %2).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>%1 создан.</translation>
    </message>
    <message>
        <source>View Creation Report</source>
        <translation>Показать отчёт о создании</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Создан %1.</translation>
    </message>
    <message>
        <source>Import Artists</source>
        <translation>Импорт артистов</translation>
    </message>
    <message>
        <source>Artist profiles (*.json);;All files (*)</source>
        <translation>Профили артистов (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Imported 1 artist.</source>
        <translation>Импортирован 1 артист.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n artists.</source>
        <translation>
            <numerusform>Импортирован %n артист.</numerusform>
            <numerusform>Импортировано %n артиста.</numerusform>
            <numerusform>Импортировано %n артистов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <source>The file could not be imported. Nothing was stored from it.</source>
        <translation>Не удалось импортировать файл. Из него ничего не сохранено.</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be imported. Nothing was stored from them.</source>
        <translation>
            <numerusform>Не удалось импортировать %n файл. Из него ничего не сохранено.</numerusform>
            <numerusform>Не удалось импортировать %n файла. Из них ничего не сохранено.</numerusform>
            <numerusform>Не удалось импортировать %n файлов. Из них ничего не сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Artist</source>
        <translation>Экспорт артиста</translation>
    </message>
    <message>
        <source>Artist profiles (*.json)</source>
        <translation>Профили артистов (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>The artist could not be exported.

%1</source>
        <translation>Не удалось экспортировать артиста.

%1</translation>
    </message>
    <message>
        <source>The artist could not be duplicated: %1</source>
        <translation>Не удалось дублировать артиста: %1</translation>
    </message>
    <message>
        <source>%1 was archived.</source>
        <translation>%1 перемещён в архив.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>%1 в архиве.</translation>
    </message>
    <message>
        <source>Restored %1 from the archive.</source>
        <translation>%1 возвращён из архива.</translation>
    </message>
    <message>
        <source>Delete Artist</source>
        <translation>Удаление артиста</translation>
    </message>
    <message>
        <source>Delete %1 permanently?</source>
        <translation>Удалить %1 навсегда?</translation>
    </message>
    <message>
        <source>The profile and its version history are removed. Reports stay in the reports folder. Archive the artist instead to keep it.</source>
        <translation>Профиль и история его версий будут удалены. Отчёты останутся в папке отчётов. Чтобы сохранить артиста, переместите его в архив.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>Не удалось удалить %1: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 удалён.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Не удалось прочитать историю: %1</translation>
    </message>
    <message>
        <source>Version History of %1</source>
        <translation>История версий: %1</translation>
    </message>
    <message>
        <source>The reports could not be read: %1</source>
        <translation>Не удалось прочитать отчёты: %1</translation>
    </message>
    <message>
        <source>There is no creation report for %1 (imported or created by an older version).</source>
        <translation>Для %1 нет отчёта о создании (импортирован или создан старой версией).</translation>
    </message>
    <message>
        <source>Creation Report of %1</source>
        <translation>Отчёт о создании: %1</translation>
    </message>
    <message>
        <source>E&amp;volution…</source>
        <translation>&amp;Развитие…</translation>
    </message>
    <message>
        <source>How the selected artist fits its markets, and plans to adapt it</source>
        <translation>Насколько выбранный артист подходит своим рынкам и планы его адаптации</translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation>Развитие</translation>
    </message>
</context>
<context>
    <name>ArtistsTableModel</name>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Evolving</source>
        <translation>Развивается</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>На покое</translation>
    </message>
    <message>
        <source>%1 (archived)
Last changed %2</source>
        <translation>%1 (в архиве)
Последнее изменение: %2</translation>
    </message>
    <message>
        <source>%1
Last changed %2</source>
        <translation>%1
Последнее изменение: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This artist has not run yet.</source>
        <translation>Для этого артиста ещё не было запусков.</translation>
    </message>
    <message>
        <source>The first version</source>
        <translation>Первая версия</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Жанр</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Последний запуск</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
</context>
<context>
    <name>AudioFolderTrendImporter</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 has no sidecar CSV (a .csv file with the columns file, country, date, rank, streams, genre).</source>
        <translation>У %1 нет сопроводительного CSV (файла .csv со столбцами file, country, date, rank, streams, genre).</translation>
    </message>
    <message>
        <source>%1 has several sidecar CSVs (%2); import one of them.</source>
        <translation>У %1 несколько сопроводительных CSV (%2); импортируйте один из них.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2 Nothing was imported.</source>
        <translation>%1 нельзя импортировать: %2 Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>файл пуст.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>столбец «%1» встречается в заголовке дважды.</translation>
    </message>
    <message>
        <source>the header has no %1 column (found: %2).</source>
        <translation>в заголовке нет столбца %1 (найдены: %2).</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>В строке %1 полей, а в заголовке — %2.</translation>
    </message>
    <message>
        <source>The file is missing.</source>
        <translation>Файл отсутствует.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not an audio file (wav, flac, ogg, oga, opus, mp3).</source>
        <translation>%1 — не аудиофайл (wav, flac, ogg, oga, opus, mp3).</translation>
    </message>
    <message>
        <source>The country is missing.</source>
        <translation>Страна не указана.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>«%1» — не код страны ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Дата не указана.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date (YYYY-MM-DD).</source>
        <translation>«%1» — не дата ISO (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 1.</source>
        <translation>«%1» — не целое число от 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 0.</source>
        <translation>«%1» — не число от 0.</translation>
    </message>
    <message>
        <source>%1 could not be analyzed: %2</source>
        <translation>Не удалось проанализировать %1: %2</translation>
    </message>
    <message>
        <source>%1 was not analyzed.</source>
        <translation>%1 не проанализирован.</translation>
    </message>
</context>
<context>
    <name>ChartCsvImporter</name>
    <message>
        <source>a whole number from 1</source>
        <translation>целое число от 1</translation>
    </message>
    <message>
        <source>a number from 0</source>
        <translation>число от 0</translation>
    </message>
    <message>
        <source>a tempo from 30 to 300 BPM</source>
        <translation>темп от 30 до 300 BPM</translation>
    </message>
    <message>
        <source>a whole number from -1 (no key) to 11</source>
        <translation>целое число от -1 (нет тональности) до 11</translation>
    </message>
    <message>
        <source>0 (minor) or 1 (major)</source>
        <translation>0 (минор) или 1 (мажор)</translation>
    </message>
    <message>
        <source>a loudness from -60 to 5 dB</source>
        <translation>громкость от -60 до 5 дБ</translation>
    </message>
    <message>
        <source>a duration above 0 ms</source>
        <translation>длительность больше 0 мс</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>число от 0 до 1</translation>
    </message>
    <message>
        <source>The country is missing.</source>
        <translation>Страна не указана.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>«%1» — не код страны ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Дата не указана.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date (YYYY-MM-DD).</source>
        <translation>«%1» — не дата ISO (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation>«%1» — не %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2 Nothing was imported.</source>
        <translation>%1 нельзя импортировать: %2 Ничего не импортировано.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>файл пуст.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>столбец «%1» встречается в заголовке дважды.</translation>
    </message>
    <message>
        <source>the header has no %1 column (found: %2).</source>
        <translation>в заголовке нет столбца %1 (найдены: %2).</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>В строке %1 полей, а в заголовке — %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Параметру %1 нужно значение.</translation>
    </message>
    <message>
        <source>Option %1 takes no value.</source>
        <translation>Параметр %1 не принимает значения.</translation>
    </message>
    <message>
        <source>Option %1 needs a command, e.g. &quot;artist list&quot;.</source>
        <translation>Параметру %1 нужна команда, например «artist list».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Неизвестная команда «%1». См. --help.</translation>
    </message>
    <message>
        <source>&quot;artist&quot; needs a subcommand: create, list, show, import, export.</source>
        <translation>Для «artist» нужна подкоманда: create, list, show, import, export.</translation>
    </message>
    <message>
        <source>Option %1 does not apply to &quot;artist %2&quot;.</source>
        <translation>Параметр %1 не применим к «artist %2».</translation>
    </message>
    <message>
        <source>Usage: artist-studio artist %1</source>
        <translation>Использование: artist-studio artist %1</translation>
    </message>
    <message>
        <source>artist create needs --genre, e.g. --genre synthwave.</source>
        <translation>Для artist create нужен --genre, например --genre synthwave.</translation>
    </message>
    <message>
        <source>artist create needs --country, e.g. --country DE.</source>
        <translation>Для artist create нужен --country, например --country DE.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation>--seed должен быть неотрицательным целым числом.</translation>
    </message>
    <message>
        <source>--provider must be &quot;local&quot; or &quot;openai&quot;.</source>
        <translation>--provider должен быть «local» или «openai».</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;artist %1&quot;. Try --help.</source>
        <translation>Неизвестная подкоманда «artist %1». См. --help.</translation>
    </message>
    <message>
        <source>Option %1 does not apply to &quot;%2&quot;.</source>
        <translation>Параметр %1 не применим к «%2».</translation>
    </message>
    <message>
        <source>Usage: artist-studio analyze compare FILE_A FILE_B [--json]</source>
        <translation>Использование: artist-studio analyze compare FILE_A FILE_B [--json]</translation>
    </message>
    <message>
        <source>analyze needs at least one audio file or folder, e.g. artist-studio analyze track.wav.</source>
        <translation>Для analyze нужен хотя бы один аудиофайл или папка, например artist-studio analyze track.wav.</translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to %1.</source>
        <translation>--jobs должен быть числом от 1 до %1.</translation>
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
        <translation>Использование: artist-studio [--data-dir DIR] [COMMAND] [OPTIONS]

Без команды студия открывает своё окно.

Команды:
  artist create --genre G --country CC [--mood M] [--seed N]
                [--provider local|openai] [--json]
  artist list [--all] [--json]
  artist show ID [--json]
  artist import FILE [--json]
  artist export ID FILE
  analyze [--jobs N] [--no-cache] [--json] FILE|DIR...
                по строке на аудиофайл: длительность, BPM, тональность, громкость
                (--json: по объекту JSON на строку со всеми измерениями)
  analyze compare FILE_A FILE_B [--json]
                сходство отпечатков двух записей, 0..1
  trends import FILE|DIR [--format csv|prototype|audio-folder] [--skip-bad-rows]
                [--merge] [--json]
                импорт CSV чартов, папки прототипа или аудиопапки с
                сопроводительным CSV; выводит принятые и отклонённые строки (с номерами)
  trends import --sample [--json]
                импорт встроенного демонстрационного набора (с пометкой «Демонстрационные данные»)
  trends show --country CC [--genre G] --feature F [--from DATE] [--to DATE] [--json]
                ряд со скользящим средним, прогнозом (интервалы 80/95%),
                наклоном и значимостью; F: tempo, energy, danceability, valence,
                loudness, duration_s, mode
  evolve plan --artist ID [--json]
                предложить постепенное изменение в сторону целевых трендов артиста
  evolve apply PLAN_ID [--json]
                применить предложенный план как новую версию артиста
  lifecycle run [--json]
                оценить стадию жизненного цикла каждого артиста сейчас
  performance import FILE [--skip-bad-rows] [--json]
                импорт отчёта о продажах/прослушиваниях (CSV: date, release или isrc, country,
                store, streams, revenue)
Глобальные параметры:
  --data-dir DIR   использовать DIR для базы данных, медиафайлов, отчётов и журналов
                   (по умолчанию: $ARTIST_STUDIO_DATA_DIR, иначе каталог данных пользователя)
  --json           выводить машиночитаемый JSON
  --version        вывести версию и выйти
  --help           вывести эту справку и выйти

Коды выхода: 0 — успех, 1 — ошибка выполнения, 2 — ошибка использования, 3 — проверка не пройдена.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>Для «%1» нужна подкоманда: %2.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;. Try --help.</source>
        <translation>Неизвестная подкоманда «%1». См. --help.</translation>
    </message>
    <message>
        <source>Usage: artist-studio %1</source>
        <translation>Использование: artist-studio %1</translation>
    </message>
    <message>
        <source>evolve plan needs --artist ID (see artist list).</source>
        <translation>Для evolve plan нужен --artist ID (см. artist list).</translation>
    </message>
    <message>
        <source>PLAN_ID must be a plan number, not &quot;%1&quot;.</source>
        <translation>PLAN_ID должен быть номером плана, а не «%1».</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 должен быть датой в формате YYYY-MM-DD, а не «%2».</translation>
    </message>
    <message>
        <source>&quot;trends&quot; needs a subcommand: import, show.</source>
        <translation>Для «trends» нужна подкоманда: import, show.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;trends %1&quot;. Try --help.</source>
        <translation>Неизвестная подкоманда «trends %1». См. --help.</translation>
    </message>
    <message>
        <source>Option %1 does not apply to &quot;trends %2&quot;.</source>
        <translation>Параметр %1 не применим к «trends %2».</translation>
    </message>
    <message>
        <source>Usage: artist-studio trends import FILE|DIR [--format csv|prototype|audio-folder] [--skip-bad-rows] [--merge], or trends import --sample</source>
        <translation>Использование: artist-studio trends import FILE|DIR [--format csv|prototype|audio-folder] [--skip-bad-rows] [--merge] или trends import --sample</translation>
    </message>
    <message>
        <source>--format must be &quot;csv&quot;, &quot;prototype&quot; or &quot;audio-folder&quot;.</source>
        <translation>--format должен быть «csv», «prototype» или «audio-folder».</translation>
    </message>
    <message>
        <source>Usage: artist-studio trends show --country CC [--genre G] --feature F [--from DATE] [--to DATE] [--json]</source>
        <translation>Использование: artist-studio trends show --country CC [--genre G] --feature F [--from DATE] [--to DATE] [--json]</translation>
    </message>
    <message>
        <source>trends show needs --country, e.g. --country DE.</source>
        <translation>Для trends show нужен --country, например --country DE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>«%1» — не код страны ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>trends show needs --feature, e.g. --feature tempo.</source>
        <translation>Для trends show нужен --feature, например --feature tempo.</translation>
    </message>
    <message>
        <source>Unknown feature &quot;%1&quot;; use tempo, energy, danceability, valence, loudness, duration_s or mode.</source>
        <translation>Неизвестный признак «%1»; используйте tempo, energy, danceability, valence, loudness, duration_s или mode.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from не может быть позже --to.</translation>
    </message>
</context>
<context>
    <name>CompatibilityChartView</name>
    <message>
        <source>Compatibility per target segment</source>
        <translation>Совместимость по целевым сегментам</translation>
    </message>
    <message>
        <source>Score (0–1)</source>
        <translation>Оценка (0–1)</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Совместимость</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Жанр</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергичность</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Musical fit %1 × market %2 × targeting %3</source>
        <translation>Музыкальное соответствие %1 × рынок %2 × нацеленность %3</translation>
    </message>
</context>
<context>
    <name>CreationReportWriter</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Не удаётся записать отчёт %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the report %1: %2</source>
        <translation>Не удаётся сохранить отчёт %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the report folder %1.</source>
        <translation>Не удаётся создать папку отчётов %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This is a binary file, not CSV text (a NUL byte on line %1).</source>
        <translation>Это двоичный файл, а не текст CSV (байт NUL в строке %1).</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as UTF-8 and import it again.</source>
        <translation>Строка %1 не является корректным текстом UTF-8. Сохраните файл в UTF-8 и импортируйте его снова.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields; this does not look like a chart CSV.</source>
        <translation>В строке %1 больше %2 полей; это не похоже на CSV чартов.</translation>
    </message>
    <message>
        <source>The quoted field starting on line %1 is never closed: the file ends inside it.</source>
        <translation>Поле в кавычках, начинающееся в строке %1, не закрыто: файл заканчивается внутри него.</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a field. Quotes inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Строка %1: текст после закрывающей кавычки поля. Кавычки внутри поля в кавычках нужно удваивать ("").</translation>
    </message>
    <message>
        <source>A field on line %1 is longer than %2 KiB; this does not look like a chart CSV.</source>
        <translation>Поле в строке %1 длиннее %2 КиБ; это не похоже на CSV чартов.</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>No standard location for application data is known on this system. Choose a data directory with --data-dir DIR or ARTIST_STUDIO_DATA_DIR.</source>
        <translation>В этой системе не известно стандартное расположение данных приложений. Укажите каталог данных с помощью --data-dir КАТАЛОГ или ARTIST_STUDIO_DATA_DIR.</translation>
    </message>
    <message>
        <source>Choose another directory with --data-dir DIR or ARTIST_STUDIO_DATA_DIR, or fix its permissions.</source>
        <translation>Укажите другой каталог с помощью --data-dir КАТАЛОГ или ARTIST_STUDIO_DATA_DIR либо исправьте права доступа.</translation>
    </message>
    <message>
        <source>The data directory &quot;%1&quot; (%2) is a file, not a directory. %3</source>
        <translation>Каталог данных «%1» (%2) — это файл, а не каталог. %3</translation>
    </message>
    <message>
        <source>Cannot create the data directory &quot;%1&quot; (%2). %3</source>
        <translation>Не удаётся создать каталог данных «%1» (%2). %3</translation>
    </message>
    <message>
        <source>The data directory &quot;%1&quot; (%2) is not writable: %3. %4</source>
        <translation>Каталог данных «%1» (%2) недоступен для записи: %3. %4</translation>
    </message>
    <message>
        <source>given with --data-dir</source>
        <translation>задан через --data-dir</translation>
    </message>
    <message>
        <source>given by ARTIST_STUDIO_DATA_DIR</source>
        <translation>задан через ARTIST_STUDIO_DATA_DIR</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>расположение по умолчанию</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удаётся открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a database Artist Studio can read (%2). It was not modified.</source>
        <translation>%1 — не база данных, которую может прочитать Artist Studio (%2). Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 does not look like an Artist Studio database: %2</source>
        <translation>%1 не похож на базу данных Artist Studio: %2</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was not upgraded: %2</source>
        <translation>Не удалось создать резервную копию %1 перед обновлением, поэтому обновление не выполнено: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check the permissions.</source>
        <translation>Не удаётся создать папку %1 для базы данных. Проверьте права доступа.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this Artist Studio only knows schema versions up to %3: it was written by a newer Artist Studio. The file was not modified. Update Artist Studio or choose another data directory.</source>
        <translation>База данных %1 имеет схему версии %2, а эта версия Artist Studio знает схемы только до версии %3: база записана более новой версией Artist Studio. Файл не изменён. Обновите Artist Studio или выберите другой каталог данных.</translation>
    </message>
    <message>
        <source> A backup taken before the upgrade is at %1.</source>
        <translation> Резервная копия, сделанная перед обновлением, находится в %1.</translation>
    </message>
</context>
<context>
    <name>DbConnection</name>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
</context>
<context>
    <name>DefaultTextProviderFactory</name>
    <message>
        <source>Unknown text provider &quot;%1&quot;; use &quot;local&quot; or &quot;openai&quot;.</source>
        <translation>Неизвестный текстовый провайдер «%1»; используйте «local» или «openai».</translation>
    </message>
</context>
<context>
    <name>EvolutionDialog</name>
    <message>
        <source>&amp;Propose Plan</source>
        <translation>&amp;Предложить план</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Применить…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Evolution of %1</source>
        <translation>Развитие: %1</translation>
    </message>
    <message>
        <source>&amp;Fit and Versions</source>
        <translation>&amp;Соответствие и версии</translation>
    </message>
    <message>
        <source>P&amp;erformance</source>
        <translation>&amp;Эффективность</translation>
    </message>
    <message>
        <source>Plan bounded changes toward the artist&apos;s target segments</source>
        <translation>Спланировать ограниченные изменения в сторону целевых сегментов артиста</translation>
    </message>
    <message>
        <source>Apply the plan: the artist gets a new version with these changes</source>
        <translation>Применить план: у артиста появится новая версия с этими изменениями</translation>
    </message>
    <message>
        <source>Keep the artist as it is and mark the plan rejected</source>
        <translation>Оставить артиста как есть и пометить план как отклонённый</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adaptation plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;План адаптации&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Выигрыш</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;Прошлые планы&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The compatibility could not be computed: %1</source>
        <translation>Не удалось вычислить совместимость: %1</translation>
    </message>
    <message>
        <source>Overall compatibility: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Общая совместимость: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(trends as of %1)</source>
        <translation>(тренды на %1)</translation>
    </message>
    <message>
        <source>(no trend data yet: import charts in the Trends pane)</source>
        <translation>(данных о трендах ещё нет: импортируйте чарты на панели «Тренды»)</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Не удалось прочитать версии: %1</translation>
    </message>
    <message>
        <source>The plans could not be read: %1</source>
        <translation>Не удалось прочитать планы: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No open plan: propose one to see how %1 would adapt.</source>
        <translation>Нет открытого плана: предложите его, чтобы увидеть, как адаптировался бы %1.</translation>
    </message>
    <message>
        <source>No plan could be made: %1</source>
        <translation>Не удалось составить план: %1</translation>
    </message>
    <message>
        <source>No changes to propose: %1</source>
        <translation>Нечего предложить: %1</translation>
    </message>
    <message>
        <source>Proposed plan %1 for %2.</source>
        <translation>Предложен план %1 для %2.</translation>
    </message>
    <message>
        <source>Apply Plan</source>
        <translation>Применение плана</translation>
    </message>
    <message>
        <source>Apply plan %1 to %2?</source>
        <translation>Применить план %1 к %2?</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) change and the artist gets a new version. You can restore the current version later from its history.</source>
        <translation>
            <numerusform>Изменится %n поле, и у артиста появится новая версия. Текущую версию можно позже восстановить из истории.</numerusform>
            <numerusform>Изменятся %n поля, и у артиста появится новая версия. Текущую версию можно позже восстановить из истории.</numerusform>
            <numerusform>Изменятся %n полей, и у артиста появится новая версия. Текущую версию можно позже восстановить из истории.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Plan %1 was not applied: %2</source>
        <translation>План %1 не применён: %2</translation>
    </message>
    <message>
        <source>Propose a New Plan</source>
        <translation>Предложить новый план</translation>
    </message>
    <message>
        <source>Plan %1 applied: %2 is now at version %3.</source>
        <translation>План %1 применён: %2 теперь в версии %3.</translation>
    </message>
    <message>
        <source>Plan %1 was not rejected: %2</source>
        <translation>План %1 не отклонён: %2</translation>
    </message>
    <message>
        <source>Rejected plan %1 for %2.</source>
        <translation>План %1 для %2 отклонён.</translation>
    </message>
</context>
<context>
    <name>EvolutionPlan</name>
    <message>
        <source>Directive %1 of the plan has no field or no new value.</source>
        <translation>В директиве %1 плана нет поля или нового значения.</translation>
    </message>
</context>
<context>
    <name>EvolutionPlanView</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущее</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложенное</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Expected Gain</source>
        <translation>Ожидаемый выигрыш</translation>
    </message>
    <message>
        <source>No plan yet: propose one to see how the artist would adapt.</source>
        <translation>Плана ещё нет: предложите его, чтобы увидеть, как адаптировался бы артист.</translation>
    </message>
    <message>
        <source>1 change: compatibility %1 → %2 (%3).</source>
        <translation>1 изменение: совместимость %1 → %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n changes: compatibility %1 → %2 (%3).</source>
        <translation>
            <numerusform>%n изменение: совместимость %1 → %2 (%3).</numerusform>
            <numerusform>%n изменения: совместимость %1 → %2 (%3).</numerusform>
            <numerusform>%n изменений: совместимость %1 → %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan %1 for version %2, %3.</source>
        <translation>План %1 для версии %2: %3.</translation>
    </message>
    <message>
        <source>It created version %1.</source>
        <translation>Он создал версию %1.</translation>
    </message>
    <message>
        <source>Tempo min (BPM)</source>
        <translation>Темп мин. (BPM)</translation>
    </message>
    <message>
        <source>Tempo max (BPM)</source>
        <translation>Темп макс. (BPM)</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергичность</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Валентность</translation>
    </message>
    <message>
        <source>Arousal</source>
        <translation>Возбуждение</translation>
    </message>
    <message>
        <source>Subgenre</source>
        <translation>Поджанр</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Vocal element</source>
        <translation>Вокальный элемент</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(новое)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Применён</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
</context>
<context>
    <name>EvolutionService</name>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Не удаётся открыть базу данных: %1</translation>
    </message>
</context>
<context>
    <name>EvolveCommands</name>
    <message>
        <source>No plan: %1.</source>
        <translation>Нет плана: %1.</translation>
    </message>
    <message>
        <source>Plan %1 for %2 (version %3): compatibility %4 → %5 (%6)</source>
        <translation>План %1 для %2 (версия %3): совместимость %4 → %5 (%6)</translation>
    </message>
    <message>
        <source>Apply it with: artist-studio evolve apply %1</source>
        <translation>Применить его: artist-studio evolve apply %1</translation>
    </message>
    <message>
        <source>Applied plan %1: &quot;%2&quot; is now at version %3.</source>
        <translation>План %1 применён: «%2» теперь в версии %3.</translation>
    </message>
    <message>
        <source>%1 artist(s) evaluated, %2 change(s).</source>
        <translation>Оценено артистов: %1, изменений: %2.</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Примечание: </translation>
    </message>
    <message>
        <source>%1: %2 row(s) imported, %3 rejected.</source>
        <translation>%1: импортировано строк: %2, отклонено: %3.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>nothing was imported; fix the rows above or use --skip-bad-rows</source>
        <translation>ничего не импортировано; исправьте строки выше или используйте --skip-bad-rows</translation>
    </message>
</context>
<context>
    <name>GenreShareChartView</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Share of streams (%)</source>
        <translation>Доля прослушиваний (%)</translation>
    </message>
    <message>
        <source>Genre shares · %1</source>
        <translation>Доли жанров · %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;%4% of streams</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;%4% прослушиваний</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rank %1</source>
        <translation>&lt;br&gt;Место %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Growth: %1%</source>
        <translation>&lt;br&gt;Рост: %1%</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>not a headless command</source>
        <translation>это не команда для работы без интерфейса</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2).</source>
        <translation>Создан «%1» (%2).</translation>
    </message>
    <message>
        <source>Creation report: %1</source>
        <translation>Отчёт о создании: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n artist(s)</source>
        <translation>
            <numerusform>%n артист</numerusform>
            <numerusform>%n артиста</numerusform>
            <numerusform>%n артистов</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (%2).</source>
        <translation>Импортирован «%1» (%2).</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>genre</source>
        <translation>жанр</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>темп</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>тональности</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>страны</translation>
    </message>
    <message>
        <source>vocals</source>
        <translation>вокал</translation>
    </message>
    <message>
        <source>instrumental</source>
        <translation>инструментальная музыка</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>из кэша</translation>
    </message>
    <message>
        <source>no audio files found</source>
        <translation>аудиофайлы не найдены</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be analyzed</source>
        <translation>
            <numerusform>не удалось проанализировать %n файл</numerusform>
            <numerusform>не удалось проанализировать %n файла</numerusform>
            <numerusform>не удалось проанализировать %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>similarity: %1</source>
        <translation>сходство: %1</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>нет ответа в течение %1 с</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>InstrumentationEdit</name>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Add instrument</source>
        <translation>Добавить инструмент</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected instrument</source>
        <translation>Удалить выбранный инструмент</translation>
    </message>
    <message>
        <source>new instrument</source>
        <translation>новый инструмент</translation>
    </message>
    <message>
        <source>How prominent the instrument is in the mix, from 0 (barely audible) to 1 (leading).</source>
        <translation>Насколько заметен инструмент в миксе, от 0 (едва слышно) до 1 (ведущий).</translation>
    </message>
</context>
<context>
    <name>LifecycleEventRepository</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Не удалось %1: %2</translation>
    </message>
    <message>
        <source>log the lifecycle change</source>
        <translation>записать изменение жизненного цикла</translation>
    </message>
    <message>
        <source>read the lifecycle log</source>
        <translation>прочитать журнал жизненного цикла</translation>
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
        <translation>Артисты</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Artist Studio</source>
        <translation>&amp;О программе Artist Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>About Artist Studio</source>
        <translation>О программе Artist Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Artist Studio %1&lt;/h3&gt;&lt;p&gt;A desktop studio for running virtual music artists: create and evolve artist profiles, generate and approve their releases.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Artist Studio %1&lt;/h3&gt;&lt;p&gt;Настольная студия для работы с виртуальными музыкальными артистами: создавайте и развивайте профили артистов, генерируйте и утверждайте их релизы.&lt;/p&gt;&lt;p&gt;Папка данных: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Тренды</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Тренды</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The migrations folder %1 does not exist.</source>
        <translation>Папка миграций %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot read migration %1: %2</source>
        <translation>Не удаётся прочитать миграцию %1: %2</translation>
    </message>
    <message>
        <source>Migrations in %1 must be numbered 1, 2, 3 ... without gaps or duplicates; %2 is out of place.</source>
        <translation>Миграции в %1 должны быть пронумерованы 1, 2, 3… без пропусков и повторов; %2 нарушает порядок.</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Не удаётся прочитать версию схемы: %1</translation>
    </message>
    <message>
        <source>Database migration %1 failed: %2. The migration was rolled back; the database keeps its previous schema version.</source>
        <translation>Ошибка миграции базы данных %1: %2. Миграция отменена; база данных сохраняет прежнюю версию схемы.</translation>
    </message>
</context>
<context>
    <name>NewArtistDialog</name>
    <message>
        <source>New Artist</source>
        <translation>Новый артист</translation>
    </message>
    <message>
        <source>Describe the artist you want. The author writes a complete profile from this brief; you can change every field afterwards.</source>
        <translation>Опишите нужного артиста. Автор напишет по этому брифу полный профиль; потом можно изменить любое поле.</translation>
    </message>
    <message>
        <source>Pick a genre or type your own.</source>
        <translation>Выберите жанр или введите свой.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>optional, e.g. melancholic</source>
        <translation>необязательно, например меланхоличное</translation>
    </message>
    <message>
        <source>random</source>
        <translation>случайно</translation>
    </message>
    <message>
        <source>The same seed with the same brief always gives the same artist (local author).</source>
        <translation>Одно и то же зерно с одним и тем же брифом всегда даёт одного и того же артиста (локальный автор).</translation>
    </message>
    <message>
        <source>Local author (offline)</source>
        <translation>Локальный автор (офлайн)</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-совместимый сервер</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Жанр:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>&amp;Настроение:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Зерно:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Соз&amp;дать</translation>
    </message>
    <message>
        <source>Writing the profile…</source>
        <translation>Пишется профиль…</translation>
    </message>
    <message>
        <source>Asking %1 for a profile…</source>
        <translation>Запрос профиля у %1…</translation>
    </message>
    <message>
        <source>Creating a %1 artist</source>
        <translation>Создание артиста (%1)</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was stored.</source>
        <translation>Отменено. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could Not Create Artist</source>
        <translation>Не удалось создать артиста</translation>
    </message>
    <message>
        <source>The artist could not be created.</source>
        <translation>Не удалось создать артиста.</translation>
    </message>
</context>
<context>
    <name>OpenAiTextProvider</name>
    <message>
        <source>%1 did not answer within %2 s (%3 attempts). Check that the server is running, or raise the timeout in settings.</source>
        <translation>%1 не ответил в течение %2 с (попыток: %3). Проверьте, что сервер запущен, или увеличьте тайм-аут в настройках.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the base URL and the network.</source>
        <translation>Не удалось связаться с %1: %2. Проверьте базовый URL и сеть.</translation>
    </message>
    <message>
        <source>The API key was refused by %1 (HTTP %2: %3). Check the key in Settings → Providers.</source>
        <translation>%1 отклонил ключ API (HTTP %2: %3). Проверьте ключ в разделе «Настройки → Провайдеры».</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; was not found on %2 (%3). Check the model name in settings; &quot;Test connection&quot; lists the models.</source>
        <translation>Модель «%1» не найдена на %2 (%3). Проверьте имя модели в настройках; «Проверить соединение» покажет список моделей.</translation>
    </message>
    <message>
        <source>The account&apos;s quota on %1 is used up (%2). Add credits or use another key; retrying will not help.</source>
        <translation>Квота учётной записи на %1 исчерпана (%2). Пополните баланс или используйте другой ключ; повторные попытки не помогут.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting requests and still was after %2 attempts (%3). Try again in a minute.</source>
        <translation>%1 ограничивает частоту запросов и продолжал делать это после %2 попыток (%3). Повторите через минуту.</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 after %3 attempts while %4: %5</source>
        <translation>Ошибка %1 с HTTP %2 после %3 попыток (действие: %4): %5</translation>
    </message>
    <message>
        <source>%1 refused the request with HTTP %2 while %3: %4</source>
        <translation>%1 отклонил запрос с HTTP %2 (действие: %3): %4</translation>
    </message>
    <message>
        <source>writing the profile</source>
        <translation>написание профиля</translation>
    </message>
    <message>
        <source>%1 answered with something that is not a chat completion: %2</source>
        <translation>%1 вернул ответ, который не является chat completion: %2</translation>
    </message>
    <message>
        <source>The model refused to write the profile: %1</source>
        <translation>Модель отказалась писать профиль: %1</translation>
    </message>
    <message>
        <source>The model&apos;s answer was cut off at %1 tokens even after doubling the limit; raise &quot;max tokens&quot; in settings.</source>
        <translation>Ответ модели обрезан на %1 токенах даже после удвоения лимита; увеличьте «max tokens» в настройках.</translation>
    </message>
    <message>
        <source>The answer contains no JSON object.</source>
        <translation>Ответ не содержит объекта JSON.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON: %1.</source>
        <translation>Ответ не является корректным JSON: %1.</translation>
    </message>
    <message>
        <source>The model&apos;s profile is still invalid after one repair request:
%1</source>
        <translation>Профиль от модели всё ещё недопустим после запроса на исправление:
%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>%1 has no /v1/models endpoint (HTTP 404). Is the base URL that of an OpenAI-compatible server?</source>
        <translation>У %1 нет конечной точки /v1/models (HTTP 404). Это точно базовый URL OpenAI-совместимого сервера?</translation>
    </message>
    <message>
        <source>listing the models</source>
        <translation>получение списка моделей</translation>
    </message>
    <message>
        <source>Connected to %1: 1 model</source>
        <translation>Соединение с %1 установлено: 1 модель</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n models</source>
        <translation>
            <numerusform>Соединение с %1 установлено: %n модель</numerusform>
            <numerusform>Соединение с %1 установлено: %n модели</numerusform>
            <numerusform>Соединение с %1 установлено: %n моделей</numerusform>
        </translation>
    </message>
    <message>
        <source>, including %1.</source>
        <translation>, включая %1.</translation>
    </message>
    <message>
        <source>; &quot;%1&quot; is not among them.</source>
        <translation>; «%1» среди них нет.</translation>
    </message>
</context>
<context>
    <name>PaletteEdit</name>
    <message>
        <source>Add colour…</source>
        <translation>Добавить цвет…</translation>
    </message>
    <message>
        <source>Add a colour to the palette</source>
        <translation>Добавить цвет в палитру</translation>
    </message>
    <message>
        <source>%1 — click to change, right-click to remove</source>
        <translation>%1 — щелчок для изменения, правый щелчок для удаления</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour — click to pick one</source>
        <translation>«%1» — не цвет; щёлкните, чтобы выбрать</translation>
    </message>
    <message>
        <source>Palette colour</source>
        <translation>Цвет палитры</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>PerformanceChartView</name>
    <message>
        <source>Streams</source>
        <translation>Прослушивания</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Доход</translation>
    </message>
    <message>
        <source>Streams per day</source>
        <translation>Прослушивания в день</translation>
    </message>
    <message>
        <source>Revenue per day</source>
        <translation>Доход в день</translation>
    </message>
    <message>
        <source>%1: %2 streams, revenue %3</source>
        <translation>%1: прослушиваний: %2, доход: %3</translation>
    </message>
</context>
<context>
    <name>PerformanceImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2 Nothing was imported.</source>
        <translation>%1 нельзя импортировать: %2 Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>файл пуст.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>столбец «%1» встречается в заголовке дважды.</translation>
    </message>
    <message>
        <source>the header has no %1 column (found: %2).</source>
        <translation>в заголовке нет столбца %1 (найдены: %2).</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>В строке %1 полей, а в заголовке — %2.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Дата не указана.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date (YYYY-MM-DD).</source>
        <translation>«%1» — не дата ISO (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The row names neither a release nor an ISRC.</source>
        <translation>В строке не указан ни релиз, ни ISRC.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISRC (CC-XXX-YY-NNNNN).</source>
        <translation>«%1» — не ISRC (CC-XXX-YY-NNNNN).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>«%1» — не код страны ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of streams from 0.</source>
        <translation>«%1» — не целое число прослушиваний от 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«%1» — не сумма.</translation>
    </message>
    <message>
        <source>The row has neither streams nor revenue.</source>
        <translation>В строке нет ни прослушиваний, ни дохода.</translation>
    </message>
</context>
<context>
    <name>PerformancePanel</name>
    <message>
        <source>&amp;Import Report…</source>
        <translation>&amp;Импорт отчёта…</translation>
    </message>
    <message>
        <source>Chart the artist&apos;s total or one release</source>
        <translation>Показать на графике итог артиста или отдельный релиз</translation>
    </message>
    <message>
        <source>Import a distributor&apos;s sales/streams report (CSV: date, release or ISRC, country, store, streams, revenue)</source>
        <translation>Импортировать отчёт дистрибьютора о продажах/прослушиваниях (CSV: date, release или ISRC, country, store, streams, revenue)</translation>
    </message>
    <message>
        <source>Recency-weighted streams relative to the roster&apos;s best artist (a row 30 days old counts half). A selling artist evolves in smaller steps.</source>
        <translation>Прослушивания, взвешенные по давности, относительно лучшего артиста в списке (строка 30-дневной давности учитывается наполовину). Продающийся артист развивается меньшими шагами.</translation>
    </message>
    <message>
        <source>No performance data yet: import a report.</source>
        <translation>Данных об эффективности ещё нет: импортируйте отчёт.</translation>
    </message>
    <message>
        <source>Performance score %1 (last day %2)</source>
        <translation>Оценка эффективности %1 (последний день %2)</translation>
    </message>
    <message>
        <source>All releases</source>
        <translation>Все релизы</translation>
    </message>
    <message>
        <source>Import Sales Report</source>
        <translation>Импорт отчёта о продажах</translation>
    </message>
    <message>
        <source>CSV reports (*.csv);;All files (*)</source>
        <translation>Отчёты CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>Не удалось импортировать %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n row(s) rejected (%2).</source>
        <translation>
            <numerusform>Из %1 ничего не импортировано: отклонена %n строка (%2).</numerusform>
            <numerusform>Из %1 ничего не импортировано: отклонены %n строки (%2).</numerusform>
            <numerusform>Из %1 ничего не импортировано: отклонено %n строк (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the Other Rows</source>
        <translation>Импортировать остальные строки</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) imported.</source>
        <translation>
            <numerusform>%1: импортирована %n строка.</numerusform>
            <numerusform>%1: импортированы %n строки.</numerusform>
            <numerusform>%1: импортировано %n строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerformanceStore</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Не удалось %1: %2</translation>
    </message>
    <message>
        <source>replace the earlier import</source>
        <translation>заменить предыдущий импорт</translation>
    </message>
    <message>
        <source>register the import</source>
        <translation>зарегистрировать импорт</translation>
    </message>
    <message>
        <source>finish the import</source>
        <translation>завершить импорт</translation>
    </message>
    <message>
        <source>match an artist</source>
        <translation>сопоставить артиста</translation>
    </message>
    <message>
        <source>store a report row</source>
        <translation>сохранить строку отчёта</translation>
    </message>
    <message>
        <source>read the artists</source>
        <translation>прочитать артистов</translation>
    </message>
    <message>
        <source>read the performance</source>
        <translation>прочитать данные об эффективности</translation>
    </message>
    <message>
        <source>read the releases</source>
        <translation>прочитать релизы</translation>
    </message>
</context>
<context>
    <name>PlanApplier</name>
    <message>
        <source>%1 changed since the plan was made; make a new plan.</source>
        <translation>%1 изменилось после составления плана; составьте новый план.</translation>
    </message>
    <message>
        <source>%1 needs a number.</source>
        <translation>Для %1 нужно число.</translation>
    </message>
    <message>
        <source>The plan changes %1, which evolution never changes.</source>
        <translation>План изменяет %1, а развитие никогда это не меняет.</translation>
    </message>
    <message>
        <source>%1 is locked; the plan cannot change it.</source>
        <translation>%1 заблокировано; план не может это изменить.</translation>
    </message>
    <message>
        <source>The plan goes beyond the evolution limits: %1.</source>
        <translation>План выходит за пределы ограничений развития: %1.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Не удалось %1: %2</translation>
    </message>
    <message>
        <source>No evolution plan with id %1.</source>
        <translation>Нет плана развития с идентификатором %1.</translation>
    </message>
    <message>
        <source>Evolution plan %1 was already %2.</source>
        <translation>План развития %1 уже в состоянии «%2».</translation>
    </message>
    <message>
        <source>Only a proposed plan with at least one change can be stored.</source>
        <translation>Сохранить можно только предложенный план хотя бы с одним изменением.</translation>
    </message>
    <message>
        <source>read the artist</source>
        <translation>прочитать артиста</translation>
    </message>
    <message>
        <source>No artist with id %1; the plan was not stored.</source>
        <translation>Нет артиста с идентификатором %1; план не сохранён.</translation>
    </message>
    <message>
        <source>store the plan</source>
        <translation>сохранить план</translation>
    </message>
    <message>
        <source>read the plan</source>
        <translation>прочитать план</translation>
    </message>
    <message>
        <source>list the artist&apos;s plans</source>
        <translation>получить список планов артиста</translation>
    </message>
    <message>
        <source>The stored evolution plan %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать сохранённый план развития %1: %2</translation>
    </message>
    <message>
        <source>The artist &quot;%1&quot; changed since evolution plan %2 was made (the plan is for version %3, the artist is at version %4). Make a new plan.</source>
        <translation>Артист «%1» изменился после составления плана развития %2 (план рассчитан на версию %3, у артиста версия %4). Составьте новый план.</translation>
    </message>
    <message>
        <source>Evolution plan %1 changes nothing.</source>
        <translation>План развития %1 ничего не изменяет.</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>записать решение</translation>
    </message>
    <message>
        <source>Evolution plan %1 was decided elsewhere.</source>
        <translation>Решение по плану развития %1 принято в другом месте.</translation>
    </message>
</context>
<context>
    <name>ProfileComposer</name>
    <message>
        <source>The brief needs a genre, e.g. &quot;techno&quot; or &quot;pop&quot;.</source>
        <translation>В брифе нужен жанр, например «techno» или «pop».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code; use two upper-case letters, e.g. &quot;DE&quot; or &quot;BR&quot;.</source>
        <translation>«%1» — не код страны ISO 3166-1; используйте две заглавные буквы, например «DE» или «BR».</translation>
    </message>
</context>
<context>
    <name>PrototypeImporter</name>
    <message>
        <source>expected a number from %1 to %2.</source>
        <translation>ожидается число от %1 до %2.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>ожидается объект.</translation>
    </message>
    <message>
        <source>expected an object with mean (and std, min, max).</source>
        <translation>ожидается объект с mean (и std, min, max).</translation>
    </message>
    <message>
        <source>the mean is missing.</source>
        <translation>значение mean отсутствует.</translation>
    </message>
    <message>
        <source>min is above max.</source>
        <translation>min больше max.</translation>
    </message>
    <message>
        <source>expected text.</source>
        <translation>ожидается текст.</translation>
    </message>
    <message>
        <source>expected a list of language codes.</source>
        <translation>ожидается список кодов языков.</translation>
    </message>
    <message>
        <source>expected a genre and its share from 0 to 1.</source>
        <translation>ожидаются жанр и его доля от 0 до 1.</translation>
    </message>
    <message>
        <source>neither audio_feature_trends nor genre_popularity.</source>
        <translation>нет ни audio_feature_trends, ни genre_popularity.</translation>
    </message>
    <message>
        <source>the stream share is missing.</source>
        <translation>доля прослушиваний отсутствует.</translation>
    </message>
    <message>
        <source>expected a whole number.</source>
        <translation>ожидается целое число.</translation>
    </message>
    <message>
        <source>neither audio_features nor popularity.</source>
        <translation>нет ни audio_features, ни popularity.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB.</source>
        <translation>файл больше %1 МиБ.</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2.</source>
        <translation>некорректный JSON: %1 в байте %2.</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>ожидается объект JSON.</translation>
    </message>
    <message>
        <source>the folder %1 is not an ISO date (YYYY-MM-DD).</source>
        <translation>папка %1 — не дата ISO (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 does not start with an ISO 3166-1 alpha-2 country code.</source>
        <translation>%1 не начинается с кода страны ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>expected a name like DE-synthwave.json.</source>
        <translation>ожидается имя вида DE-synthwave.json.</translation>
    </message>
    <message>
        <source>expected a name like DE.json.</source>
        <translation>ожидается имя вида DE.json.</translation>
    </message>
    <message>
        <source>%1 is not a prototype country-profiles folder: it has no .json files under countries/, daily_profiles/&lt;date&gt;/ or genre_trends/&lt;date&gt;/. Nothing was imported.</source>
        <translation>%1 — не папка профилей стран прототипа: в ней нет файлов .json в countries/, daily_profiles/&lt;date&gt;/ или genre_trends/&lt;date&gt;/. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Не удалось %1: %2</translation>
    </message>
    <message>
        <source>A report needs a kind and both file paths.</source>
        <translation>Для отчёта нужны тип и оба пути к файлам.</translation>
    </message>
    <message>
        <source>look up the report&apos;s artist</source>
        <translation>найти артиста отчёта</translation>
    </message>
    <message>
        <source>No artist with id %1; the report was not indexed.</source>
        <translation>Нет артиста с идентификатором %1; отчёт не проиндексирован.</translation>
    </message>
    <message>
        <source>index the report</source>
        <translation>проиндексировать отчёт</translation>
    </message>
    <message>
        <source>list the artist&apos;s reports</source>
        <translation>получить список отчётов артиста</translation>
    </message>
    <message>
        <source>list recent reports</source>
        <translation>получить список последних отчётов</translation>
    </message>
    <message>
        <source>read the report</source>
        <translation>прочитать отчёт</translation>
    </message>
    <message>
        <source>No report with id %1.</source>
        <translation>Нет отчёта с идентификатором %1.</translation>
    </message>
</context>
<context>
    <name>ReportViewerDialog</name>
    <message>
        <source>Machine-readable report: %1</source>
        <translation>Отчёт для машинной обработки: %1</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>**The report could not be read.**

%1: %2</source>
        <translation>**Не удалось прочитать отчёт.**

%1: %2</translation>
    </message>
    <message>
        <source>No file manager could be started. The report is in:
%1</source>
        <translation>Не удалось запустить файловый менеджер. Отчёт находится в:
%1</translation>
    </message>
</context>
<context>
    <name>ScopedTransaction</name>
    <message>
        <source>The database transaction could not be started: %1</source>
        <translation>Не удалось начать транзакцию базы данных: %1</translation>
    </message>
    <message>
        <source>already finished</source>
        <translation>уже завершена</translation>
    </message>
    <message>
        <source>The database could not save the change: %1</source>
        <translation>База данных не смогла сохранить изменение: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>API keys are kept in the system keychain (Secret Service); environment variables ARTIST_STUDIO_&lt;PROVIDER&gt;_API_KEY override them.</source>
        <translation>Ключи API хранятся в системной связке ключей (Secret Service); переменные окружения ARTIST_STUDIO_&lt;PROVIDER&gt;_API_KEY имеют приоритет.</translation>
    </message>
    <message>
        <source>No system keychain found (Secret Service on D-Bus); keys are read from environment variables ARTIST_STUDIO_&lt;PROVIDER&gt;_API_KEY.</source>
        <translation>Системная связка ключей не найдена (Secret Service в D-Bus); ключи читаются из переменных окружения ARTIST_STUDIO_&lt;PROVIDER&gt;_API_KEY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider id (lower-case letters, digits and _).</source>
        <translation>«%1» — не идентификатор провайдера (строчные буквы, цифры и _).</translation>
    </message>
    <message>
        <source>No API key for %1 is stored. Enter it in Settings or set %2.</source>
        <translation>Ключ API для %1 не сохранён. Введите его в настройках или задайте %2.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the key for %1 (%2). Unlock the keychain, or set %3.</source>
        <translation>Системная связка ключей отказала в доступе к ключу для %1 (%2). Разблокируйте связку ключей или задайте %3.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Set %2 instead.</source>
        <translation>Системная связка ключей недоступна (%1). Задайте вместо этого %2.</translation>
    </message>
    <message>
        <source>The system keychain failed for %1: %2</source>
        <translation>Ошибка системной связки ключей для %1: %2</translation>
    </message>
    <message>
        <source>No API key for %1: set the environment variable %2 (no system keychain was found).</source>
        <translation>Нет ключа API для %1: задайте переменную окружения %2 (системная связка ключей не найдена).</translation>
    </message>
    <message>
        <source>The system keychain did not answer when reading the key for %1. Is it locked?</source>
        <translation>Системная связка ключей не ответила при чтении ключа для %1. Возможно, она заблокирована?</translation>
    </message>
    <message>
        <source>The key for %1 is empty; use Remove to delete it.</source>
        <translation>Ключ для %1 пуст; чтобы удалить его, используйте «Удалить».</translation>
    </message>
    <message>
        <source>No system keychain found (Secret Service on D-Bus), so the key for %1 cannot be saved. Set the environment variable %2 instead.</source>
        <translation>Системная связка ключей не найдена (Secret Service в D-Bus), поэтому ключ для %1 нельзя сохранить. Задайте вместо этого переменную окружения %2.</translation>
    </message>
    <message>
        <source>The system keychain did not answer when saving the key for %1. Is it locked?</source>
        <translation>Системная связка ключей не ответила при сохранении ключа для %1. Возможно, она заблокирована?</translation>
    </message>
    <message>
        <source>No system keychain found (Secret Service on D-Bus); to remove the key for %1, unset the environment variable %2.</source>
        <translation>Системная связка ключей не найдена (Secret Service в D-Bus); чтобы удалить ключ для %1, удалите переменную окружения %2.</translation>
    </message>
    <message>
        <source>The system keychain did not answer when removing the key for %1. Is it locked?</source>
        <translation>Системная связка ключей не ответила при удалении ключа для %1. Возможно, она заблокирована?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Artist Studio</source>
        <translation>Настройка Artist Studio</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Providers → Text</source>
        <translation>Провайдеры → Текст</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>The database, media, releases, reports and logs live here. To use another folder, start Artist Studio with --data-dir FOLDER or set ARTIST_STUDIO_DATA_DIR; the change takes effect on the next start.</source>
        <translation>Здесь хранятся база данных, медиафайлы, релизы, отчёты и журналы. Чтобы использовать другую папку, запустите Artist Studio с --data-dir ПАПКА или задайте ARTIST_STUDIO_DATA_DIR; изменение вступит в силу при следующем запуске.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>Applies when Artist Studio is started again.</source>
        <translation>Вступит в силу при следующем запуске Artist Studio.</translation>
    </message>
    <message>
        <source>Text provider</source>
        <translation>Текстовый провайдер</translation>
    </message>
    <message>
        <source>Local author (offline, no key)</source>
        <translation>Локальный автор (офлайн, без ключа)</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-совместимый сервер</translation>
    </message>
    <message>
        <source>The local author writes profiles offline. An OpenAI-compatible server can be OpenAI, Ollama, a llama.cpp server or a proxy.</source>
        <translation>Локальный автор пишет профили офлайн. OpenAI-совместимым сервером может быть OpenAI, Ollama, сервер llama.cpp или прокси.</translation>
    </message>
    <message>
        <source>Root of the server; /v1/chat/completions is appended. For a local Ollama: http://127.0.0.1:11434</source>
        <translation>Корневой адрес сервера; к нему добавляется /v1/chat/completions. Для локальной Ollama: http://127.0.0.1:11434</translation>
    </message>
    <message>
        <source>Model name as the server knows it, e.g. gpt-4o-mini or llama3.1.</source>
        <translation>Имя модели, известное серверу, например gpt-4o-mini или llama3.1.</translation>
    </message>
    <message>
        <source>From 0 (predictable) to 2 (wild); 0.7–1.0 suits profiles.</source>
        <translation>От 0 (предсказуемо) до 2 (непредсказуемо); для профилей подходит 0,7–1,0.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Провайдер:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Базовый URL:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Температура:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Ключ API:</translation>
    </message>
    <message>
        <source>Set by the environment variable %1 for this run; unset it to change the value here.</source>
        <translation>Задано переменной окружения %1 для этого запуска; удалите её, чтобы изменить значение здесь.</translation>
    </message>
    <message>
        <source>The API key was stored.</source>
        <translation>Ключ API сохранён.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>Ключ не сохранён: %1</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Задано через %1</translation>
    </message>
    <message>
        <source>Set by the environment variable %1 for this run; unset it to change the key here.</source>
        <translation>Задано переменной окружения %1 для этого запуска; удалите её, чтобы изменить ключ здесь.</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1.</source>
        <translation>Ключ берётся из переменной окружения %1.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Связка ключей недоступна</translation>
    </message>
    <message>
        <source>Set the environment variable %1 to give the key.</source>
        <translation>Чтобы указать ключ, задайте переменную окружения %1.</translation>
    </message>
    <message>
        <source>No key is set. Set %1 before starting Artist Studio.</source>
        <translation>Ключ не задан. Задайте %1 перед запуском Artist Studio.</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Хранится в связке ключей; введите новый, чтобы заменить</translation>
    </message>
    <message>
        <source>Paste the key; local servers need none</source>
        <translation>Вставьте ключ; локальным серверам он не нужен</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file, the database or the logs.</source>
        <translation>Хранится в системной связке ключей — никогда в файле настроек, базе данных или журналах.</translation>
    </message>
    <message>
        <source>A key is stored in the keychain.</source>
        <translation>Ключ сохранён в связке ключей.</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>Ключ ещё не сохранён.</translation>
    </message>
    <message>
        <source>Ask the server for its models with these values</source>
        <translation>Запросить у сервера список моделей с этими параметрами</translation>
    </message>
    <message>
        <source>No network in this session</source>
        <translation>В этом сеансе нет сети</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Соединение…</translation>
    </message>
</context>
<context>
    <name>StringListEdit</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add the entry (Enter)</source>
        <translation>Добавить запись (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>Удалить выбранные записи (Delete)</translation>
    </message>
</context>
<context>
    <name>TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel this task</source>
        <translation>Отменить эту задачу</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tasks running)</source>
        <translation>
            <numerusform>%1 (выполняется %n задача)</numerusform>
            <numerusform>%1 (выполняется %n задачи)</numerusform>
            <numerusform>%1 (выполняется %n задач)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChartExporter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Exported from Artist Studio</source>
        <translation>Экспортировано из Artist Studio</translation>
    </message>
</context>
<context>
    <name>TrendChartView</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n-period average</source>
        <translation>
            <numerusform>%1 · среднее за %n период</numerusform>
            <numerusform>%1 · среднее за %n периода</numerusform>
            <numerusform>%1 · среднее за %n периодов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · forecast</source>
        <translation>%1 · прогноз</translation>
    </message>
    <message>
        <source>%1 · 95% interval</source>
        <translation>%1 · интервал 95%</translation>
    </message>
    <message>
        <source>%1 · 80% interval</source>
        <translation>%1 · интервал 80%</translation>
    </message>
    <message>
        <source>Forecast starts</source>
        <translation>Начало прогноза</translation>
    </message>
</context>
<context>
    <name>TrendFormat</name>
    <message>
        <source>Tempo</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергичность</translation>
    </message>
    <message>
        <source>Danceability</source>
        <translation>Танцевальность</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Валентность</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Major mode</source>
        <translation>Мажор</translation>
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
        <translation>с</translation>
    </message>
    <message>
        <source>%1 (0–1)</source>
        <translation>%1 (0–1)</translation>
    </message>
    <message>
        <source>Major mode (share of entries)</source>
        <translation>Мажор (доля позиций)</translation>
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
        <translation>Недостаточно данных для наклона</translation>
    </message>
    <message>
        <source>%1 per 30 days</source>
        <translation>%1 за 30 дней</translation>
    </message>
    <message>
        <source>%1 %2 per 30 days</source>
        <translation>%1 %2 за 30 дней</translation>
    </message>
    <message>
        <source>%1 (too few points to test)</source>
        <translation>%1 (слишком мало точек для проверки)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Набирает популярность</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Теряет популярность</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Стабильно</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Недостаточно данных</translation>
    </message>
    <message>
        <source>Holt&apos;s linear smoothing</source>
        <translation>Линейное сглаживание Хольта</translation>
    </message>
    <message>
        <source>linear regression</source>
        <translation>линейная регрессия</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>Без прогноза: %1</translation>
    </message>
    <message>
        <source>Forecast: %1 (series too short to backtest)</source>
        <translation>Прогноз: %1 (ряд слишком короткий для бэктеста)</translation>
    </message>
    <message numerus="yes">
        <source>Forecast: %1, backtest error ±%2 over %n periods</source>
        <translation>
            <numerusform>Прогноз: %1, ошибка бэктеста ±%2 за %n период</numerusform>
            <numerusform>Прогноз: %1, ошибка бэктеста ±%2 за %n периода</numerusform>
            <numerusform>Прогноз: %1, ошибка бэктеста ±%2 за %n периодов</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Spread: ±%1</source>
        <translation>&lt;br&gt;Разброс: ±%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Sample size: %1 chart entries</source>
        <translation>&lt;br&gt;Размер выборки: %1 позиций в чартах</translation>
    </message>
    <message>
        <source>&lt;br&gt;Streams: %1</source>
        <translation>&lt;br&gt;Прослушивания: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (forecast, %n periods ahead)&lt;br&gt;%3: &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;80%: %5 – %6&lt;br&gt;95%: %7 – %8</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 (прогноз на %n период вперёд)&lt;br&gt;%3: &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;80%: %5 – %6&lt;br&gt;95%: %7 – %8</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 (прогноз на %n периода вперёд)&lt;br&gt;%3: &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;80%: %5 – %6&lt;br&gt;95%: %7 – %8</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 (прогноз на %n периодов вперёд)&lt;br&gt;%3: &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;80%: %5 – %6&lt;br&gt;95%: %7 – %8</numerusform>
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
Размер выборки: %4 позиций в чартах</translation>
    </message>
    <message numerus="yes">
        <source>
%1 standard deviations from the mean of %n countries</source>
        <translation>
            <numerusform>
Отклонение от среднего по %n стране: %1 станд. откл.</numerusform>
            <numerusform>
Отклонение от среднего по %n странам: %1 станд. откл.</numerusform>
            <numerusform>
Отклонение от среднего по %n странам: %1 станд. откл.</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Cells are coloured by how far each country lies from the others: orange above, blue below</source>
        <translation>Цвет ячейки показывает, насколько страна отличается от остальных: оранжевый — выше, синий — ниже</translation>
    </message>
</context>
<context>
    <name>TrendImportWizard</name>
    <message>
        <source>Import Trends</source>
        <translation>Импорт трендов</translation>
    </message>
    <message>
        <source>Import &amp;Another…</source>
        <translation>Импортировать &amp;ещё…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>A chart CSV, a prototype folder or an audio folder</source>
        <translation>CSV чартов, папка прототипа или аудиопапка</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Файл…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Папка…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Chart CSV (one row per chart entry)</source>
        <translation>CSV чартов (одна строка на позицию в чарте)</translation>
    </message>
    <message>
        <source>Prototype folder (country_profiles_data)</source>
        <translation>Папка прототипа (country_profiles_data)</translation>
    </message>
    <message>
        <source>Audio folder with a sidecar CSV (analyzed here)</source>
        <translation>Аудиопапка с сопроводительным CSV (анализируется здесь)</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows and import the rest</source>
        <translation>&amp;Пропустить плохие строки и импортировать остальное</translation>
    </message>
    <message>
        <source>Off: one bad row keeps the whole file out, so you can fix it and import again.</source>
        <translation>Выключено: одна плохая строка не даёт импортировать весь файл, чтобы вы могли исправить его и импортировать снова.</translation>
    </message>
    <message>
        <source>&amp;Replace an earlier import of the same file</source>
        <translation>&amp;Заменить предыдущий импорт того же файла</translation>
    </message>
    <message>
        <source>&amp;Merge with it (keep both)</source>
        <translation>&amp;Объединить с ним (сохранить оба)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Earlier import:</source>
        <translation>Предыдущий импорт:</translation>
    </message>
    <message>
        <source>A chart CSV has one row per chart entry: country, date, rank, streams, genre and the audio features (tempo, key, mode, energy, danceability, valence, loudness, duration_ms). Every row is checked; rejected rows are listed with their line numbers at the end.</source>
        <translation>В CSV чартов одна строка на позицию в чарте: country, date, rank, streams, genre и аудиопризнаки (tempo, key, mode, energy, danceability, valence, loudness, duration_ms). Проверяется каждая строка; отклонённые строки перечисляются в конце с номерами строк.</translation>
    </message>
    <message>
        <source>Choose the trend data to import</source>
        <translation>Выберите данные трендов для импорта</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Cancel stops the import; nothing of this file is kept then.</source>
        <translation>«Отмена» останавливает импорт; тогда из этого файла ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Копировать отчёт</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <source>Import Trends from a File</source>
        <translation>Импорт трендов из файла</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import Trends from a Folder</source>
        <translation>Импорт трендов из папки</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Импорт отменён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows were rejected. Fix them and import again, or choose “Skip bad rows” to import the other %2 rows.</source>
        <translation>Ничего не импортировано: отклонено строк: %1. Исправьте их и импортируйте снова или выберите «Пропустить плохие строки», чтобы импортировать остальные строки (%2).</translation>
    </message>
    <message>
        <source>Imported %1 rows.</source>
        <translation>Импортировано строк: %1.</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 rejected rows were skipped.</source>
        <translation>Импортировано строк: %1; пропущено отклонённых строк: %2.</translation>
    </message>
    <message>
        <source>Columns not in the file: %1.</source>
        <translation>Столбцы, которых нет в файле: %1.</translation>
    </message>
    <message>
        <source>Columns ignored: %1.</source>
        <translation>Пропущенные столбцы: %1.</translation>
    </message>
    <message>
        <source>The first %1 problems are listed.</source>
        <translation>Показаны первые проблемы (%1).</translation>
    </message>
</context>
<context>
    <name>TrendSelectionPanel</name>
    <message>
        <source>Check several countries to compare them on one chart; the first checked one gets the forecast and the summary.</source>
        <translation>Отметьте несколько стран, чтобы сравнить их на одном графике; прогноз и сводка строятся для первой отмеченной.</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Все жанры</translation>
    </message>
    <message>
        <source>All listeners</source>
        <translation>Все слушатели</translation>
    </message>
    <message>
        <source>An audience segment id such as 18-24; empty for all listeners</source>
        <translation>Идентификатор сегмента аудитории, например 18-24; пусто — все слушатели</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Последние 2 года</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Все данные</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Другой…</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Жанр:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Аудитория:</translation>
    </message>
    <message>
        <source>&amp;Feature:</source>
        <translation>&amp;Признак:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Страны:</translation>
    </message>
    <message>
        <source>Global (all countries)</source>
        <translation>Весь мир (все страны)</translation>
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
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is neither a prototype folder (countries/, daily_profiles/, genre_trends/) nor an audio folder with a sidecar CSV.</source>
        <translation>%1 — не папка прототипа (countries/, daily_profiles/, genre_trends/) и не аудиопапка с сопроводительным CSV.</translation>
    </message>
    <message>
        <source>Importing trends from %1</source>
        <translation>Импорт трендов из %1</translation>
    </message>
    <message>
        <source>Analyzing and importing %1</source>
        <translation>Анализ и импорт %1</translation>
    </message>
    <message>
        <source>Audio folders need the analysis service.</source>
        <translation>Для аудиопапок нужна служба анализа.</translation>
    </message>
    <message>
        <source>Importing the sample trend data</source>
        <translation>Импорт демонстрационных данных трендов</translation>
    </message>
    <message>
        <source>The sample trend data is missing.</source>
        <translation>Демонстрационные данные трендов отсутствуют.</translation>
    </message>
    <message>
        <source>The sample trend data is damaged.</source>
        <translation>Демонстрационные данные трендов повреждены.</translation>
    </message>
</context>
<context>
    <name>TrendStore</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Не удалось %1: %2</translation>
    </message>
    <message>
        <source>update the trend aggregates</source>
        <translation>обновить агрегаты трендов</translation>
    </message>
    <message>
        <source>read the trend aggregates</source>
        <translation>прочитать агрегаты трендов</translation>
    </message>
    <message>
        <source>clear the trend aggregates</source>
        <translation>очистить агрегаты трендов</translation>
    </message>
    <message>
        <source>read the observations</source>
        <translation>прочитать наблюдения</translation>
    </message>
    <message>
        <source>rebuild the trend aggregates</source>
        <translation>перестроить агрегаты трендов</translation>
    </message>
    <message>
        <source>store an observation</source>
        <translation>сохранить наблюдение</translation>
    </message>
    <message>
        <source>read an observation</source>
        <translation>прочитать наблюдение</translation>
    </message>
    <message>
        <source>merge an observation</source>
        <translation>объединить наблюдение</translation>
    </message>
    <message>
        <source>look up earlier imports</source>
        <translation>найти предыдущие импорты</translation>
    </message>
    <message>
        <source>register the import</source>
        <translation>зарегистрировать импорт</translation>
    </message>
    <message>
        <source>record the import&apos;s counts</source>
        <translation>записать счётчики импорта</translation>
    </message>
    <message>
        <source>list the imports</source>
        <translation>получить список импортов</translation>
    </message>
    <message>
        <source>delete an import</source>
        <translation>удалить импорт</translation>
    </message>
    <message>
        <source>find what an import brought</source>
        <translation>найти данные, добавленные импортом</translation>
    </message>
    <message>
        <source>%1 is not a country profile the studio can store (an ISO code and a market weight from 0 to 1 are needed).</source>
        <translation>%1 — не профиль страны, который студия может сохранить (нужны код ISO и рыночный вес от 0 до 1).</translation>
    </message>
    <message>
        <source>store the profile of %1</source>
        <translation>сохранить профиль %1</translation>
    </message>
    <message>
        <source>list the countries</source>
        <translation>получить список стран</translation>
    </message>
    <message>
        <source>list the genres</source>
        <translation>получить список жанров</translation>
    </message>
    <message>
        <source>An observation needs a country, a period, at least one entry and finite statistics (%1, %2).</source>
        <translation>Для наблюдения нужны страна, период, хотя бы одна позиция и конечные статистики (%1, %2).</translation>
    </message>
    <message>
        <source>list the trend segments</source>
        <translation>получить список сегментов трендов</translation>
    </message>
    <message>
        <source>store a genre share</source>
        <translation>сохранить долю жанра</translation>
    </message>
    <message>
        <source>store a key/mode count</source>
        <translation>сохранить счётчик тональности/лада</translation>
    </message>
    <message>
        <source>read the trend of %1</source>
        <translation>прочитать тренд %1</translation>
    </message>
    <message>
        <source>A window needs at least one day and an end.</source>
        <translation>Для окна нужны хотя бы один день и конечная дата.</translation>
    </message>
    <message>
        <source>read the genre shares of %1</source>
        <translation>прочитать доли жанров %1</translation>
    </message>
    <message>
        <source>read the keys of %1</source>
        <translation>прочитать тональности %1</translation>
    </message>
</context>
<context>
    <name>TrendSummaryBar</name>
    <message>
        <source>Sample data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>These figures come from the sample dataset shipped with Artist Studio, not from real charts. Import your own data to replace it.</source>
        <translation>Эти значения взяты из демонстрационного набора, поставляемого с Artist Studio, а не из реальных чартов. Импортируйте свои данные, чтобы заменить его.</translation>
    </message>
    <message numerus="yes">
        <source>Theil–Sen slope over %n points; 95% interval %1 to %2 per 30 days. Mann–Kendall test for a monotonic trend.</source>
        <translation>
            <numerusform>Наклон Тейла — Сена по %n точке; 95%-й интервал от %1 до %2 за 30 дней. Тест Манна — Кендалла на монотонный тренд.</numerusform>
            <numerusform>Наклон Тейла — Сена по %n точкам; 95%-й интервал от %1 до %2 за 30 дней. Тест Манна — Кендалла на монотонный тренд.</numerusform>
            <numerusform>Наклон Тейла — Сена по %n точкам; 95%-й интервал от %1 до %2 за 30 дней. Тест Манна — Кендалла на монотонный тренд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last %1 periods against the %2 before: %3 (score %4; ±%5 counts as a change)</source>
        <translation>Последние периоды (%1) в сравнении с предыдущими (%2): %3 (оценка %4; изменением считается ±%5)</translation>
    </message>
</context>
<context>
    <name>TrendsCommands</name>
    <message>
        <source>Imported %1 (%2) as source %3.</source>
        <translation>%1 (%2) импортирован как источник %3.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1 (%2).</source>
        <translation>Из %1 (%2) ничего не импортировано.</translation>
    </message>
    <message>
        <source>Rows read: %1, accepted: %2, rejected: %3.</source>
        <translation>Прочитано строк: %1, принято: %2, отклонено: %3.</translation>
    </message>
    <message>
        <source>Stored %1 segment-periods, %2 observations.</source>
        <translation>Сохранено сегментов-периодов: %1, наблюдений: %2.</translation>
    </message>
    <message>
        <source>Optional columns not in the file: %1</source>
        <translation>Необязательные столбцы, которых нет в файле: %1</translation>
    </message>
    <message>
        <source>Columns ignored: %1</source>
        <translation>Пропущенные столбцы: %1</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Отклонено:</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>(%1 more problems not listed)</source>
        <translation>(ещё проблем, не показанных в списке: %1)</translation>
    </message>
    <message>
        <source>includes sample data</source>
        <translation>включает демонстрационные данные</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>MA(%1)</source>
        <translation>MA(%1)</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>позиции</translation>
    </message>
    <message>
        <source>Slope (Theil-Sen): %1 per 30 days (95%: %2 to %3)</source>
        <translation>Наклон (Тейла — Сена): %1 за 30 дней (95%: от %2 до %3)</translation>
    </message>
    <message>
        <source>, Mann-Kendall p %1, %2</source>
        <translation>, Манна — Кендалла p %1, %2</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>значимо</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>незначимо</translation>
    </message>
    <message>
        <source>Slope: not available</source>
        <translation>Наклон: недоступен</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Статус: %1 (%2)</translation>
    </message>
    <message>
        <source>Forecast (%1): %2</source>
        <translation>Прогноз (%1): %2</translation>
    </message>
    <message>
        <source>no rows were imported</source>
        <translation>ни одна строка не импортирована</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n row(s) rejected (--skip-bad-rows imports the others)</source>
        <translation>
            <numerusform>ничего не импортировано: отклонена %n строка (--skip-bad-rows импортирует остальные)</numerusform>
            <numerusform>ничего не импортировано: отклонены %n строки (--skip-bad-rows импортирует остальные)</numerusform>
            <numerusform>ничего не импортировано: отклонено %n строк (--skip-bad-rows импортирует остальные)</numerusform>
        </translation>
    </message>
    <message>
        <source>no %1 data for %2 in that period; import some with &quot;artist-studio trends import FILE&quot; (or --sample)</source>
        <translation>нет данных %1 для %2 за этот период; импортируйте их командой «artist-studio trends import FILE» (или --sample)</translation>
    </message>
</context>
<context>
    <name>TrendsPane</name>
    <message>
        <source>Trends</source>
        <translation>Тренды</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Genre Shares</source>
        <translation>Доли жанров</translation>
    </message>
    <message>
        <source>No trend data yet</source>
        <translation>Данных о трендах ещё нет</translation>
    </message>
    <message>
        <source>Import a chart CSV with audio features, the prototype&apos;s country profiles or an audio folder with a sidecar CSV to explore what listeners in each country want.</source>
        <translation>Импортируйте CSV чартов с аудиопризнаками, профили стран прототипа или аудиопапку с сопроводительным CSV, чтобы узнать, чего хотят слушатели в каждой стране.</translation>
    </message>
    <message>
        <source>Import Trends…</source>
        <translation>Импорт трендов…</translation>
    </message>
    <message>
        <source>Import &amp;Trends…</source>
        <translation>Импорт &amp;трендов…</translation>
    </message>
    <message>
        <source>Import chart data, the prototype&apos;s country profiles or an audio folder</source>
        <translation>Импортировать данные чартов, профили стран прототипа или аудиопапку</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Экспорт в &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image</source>
        <translation>Сохранить показанный график как изображение PNG</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Экспорт в &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the chart shown as a scalable SVG drawing</source>
        <translation>Сохранить показанный график как масштабируемый рисунок SVG</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the trend chart&apos;s data (observed periods and the forecast) as CSV</source>
        <translation>Сохранить данные графика тренда (наблюдаемые периоды и прогноз) в CSV</translation>
    </message>
    <message>
        <source>The trend data could not be read: %1</source>
        <translation>Не удалось прочитать данные трендов: %1</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>The trend could not be computed: %1</source>
        <translation>Не удалось вычислить тренд: %1</translation>
    </message>
    <message>
        <source>The country table could not be computed: %1</source>
        <translation>Не удалось вычислить таблицу стран: %1</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Trend</source>
        <translation>Экспорт тренда</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Trend data imported.</source>
        <translation>Данные трендов импортированы.</translation>
    </message>
</context>
<context>
    <name>VersionHistoryDialog</name>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation>Развитие</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Version History</source>
        <translation>История версий</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(причина не указана)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>This artist has no saved versions yet.</source>
        <translation>У этого артиста ещё нет сохранённых версий.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Version %1 changed no fields.</source>
        <translation>Версия %1 не изменила ни одного поля.</translation>
    </message>
    <message>
        <source>Changes in version %1 (1 field)</source>
        <translation>Изменения в версии %1 (1 поле)</translation>
    </message>
    <message numerus="yes">
        <source>Changes in version %1 (%n fields)</source>
        <translation>
            <numerusform>Изменения в версии %1 (%n поле)</numerusform>
            <numerusform>Изменения в версии %1 (%n поля)</numerusform>
            <numerusform>Изменения в версии %1 (%n полей)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionRestore</name>
    <message>
        <source>Artist %1 has no version %2.</source>
        <translation>У артиста %1 нет версии %2.</translation>
    </message>
    <message>
        <source>Version %1 of artist %2 cannot be read: %3</source>
        <translation>Не удаётся прочитать версию %1 артиста %2: %3</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Click to set the play position. Ctrl+wheel zooms, the wheel scrolls.</source>
        <translation>Щёлкните, чтобы задать позицию воспроизведения. Ctrl+колесо — масштаб, колесо — прокрутка.</translation>
    </message>
    <message>
        <source>No waveform</source>
        <translation>Нет осциллограммы</translation>
    </message>
    <message>
        <source>%1 · most energetic</source>
        <translation>%1 · самая энергичная</translation>
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
        <translation>См. --help.</translation>
    </message>
</context>
</TS>

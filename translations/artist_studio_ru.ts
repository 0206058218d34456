<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
        <source>Never</source>
        <translation>Никогда</translation>
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
    <name>CommandLine</name>
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

Global options:
  --data-dir DIR   use DIR for the database, media, reports and logs
                   (default: $ARTIST_STUDIO_DATA_DIR, else the user data dir)
  --json           print machine-readable JSON
  --version        print the version and exit
  --help           print this help and exit

Exit codes: 0 success, 1 runtime error, 2 usage error, 3 validation failed.
</source>
        <translation>Использование: artist-studio [--data-dir КАТАЛОГ] [КОМАНДА] [ПАРАМЕТРЫ]

Без команды студия открывает своё окно.

Команды:
  artist create --genre G --country CC [--mood M] [--seed N]
                [--provider local|openai] [--json]
  artist list [--all] [--json]
  artist show ID [--json]
  artist import ФАЙЛ [--json]
  artist export ID ФАЙЛ

Общие параметры:
  --data-dir КАТАЛОГ  использовать КАТАЛОГ для базы данных, медиафайлов, отчётов и журналов
                      (по умолчанию: $ARTIST_STUDIO_DATA_DIR, иначе каталог данных пользователя)
  --json              выводить JSON для машинной обработки
  --version           вывести версию и выйти
  --help              вывести эту справку и выйти

Коды выхода: 0 — успех, 1 — ошибка выполнения, 2 — ошибка использования, 3 — проверка не пройдена.
</translation>
    </message>
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

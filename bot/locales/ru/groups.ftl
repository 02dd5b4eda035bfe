## Групповой чат команды: привязка группы, доска команды, что видит группа
group-added-coach = 👋 Привет, { $title }! Я Tempo. Какая из ваших команд тренируется здесь? Одно нажатие привяжет эту группу.
group-added = 👋 Привет, { $title }! Я Tempo. Тренер привязывает эту группу к своей команде командой /link@{ $bot }.
group-btn-link = Привязать к «{ $squad }»
group-linked = ✅ Теперь это чат команды <b>{ $squad }</b>. Доску команды я закреплю здесь.
group-back = 👋 Я снова здесь. Эта группа по-прежнему чат команды <b>{ $squad }</b>: доска снова актуальна, запланированные опросы продолжаются.
group-join = Ещё не в команде <b>{ $squad }</b>? Кнопка откроет личный чат со мной и приглашение: вы решаете, что видит тренер и что видит эта группа (/groupprivacy).
group-btn-join = 👥 Вступить в команду
group-not-coach = Привязать группу может только тренер этой команды.
group-no-squads = У вас пока нет команды. В личном чате со мной /squad new создаст её.
group-not-linked = Эта группа ещё не привязана к команде. Тренер привязывает её командой /link@{ $bot }.
group-pin-failed = Не получилось закрепить доску: сделайте меня администратором с правом закреплять сообщения.
group-board-current = 📌 Доска обновлена: это закреплённое сообщение вверху чата.
group-board = 📋 <b>{ $squad }</b> · { $day }
    { $count ->
        [0] Пока никто ничем не делится с группой.
       *[other] { $lines }
    }
group-board-score = { $score }/100
group-board-minutes = { $minutes } мин
group-tier-intro = Что видит о вас групповой чат команды (доска, опросы, ИИ-тренер там). Сейчас: <b>{ $current }</b>.
group-tier-nothing = Ничего
group-tier-done = Сделано или нет (по умолчанию)
group-tier-colour = Сделано и цвет готовности
group-tier-numbers = Сделано, балл готовности и минуты
group-tier-saved = Сохранено. Доска группы обновится сразу.
group-btn-add-to-group = ➕ Добавить Tempo в группу команды
cmd-groupprivacy = Что видит о вас групповой чат команды
cmd-board = Доска команды: неделя и кто уже потренировался
cmd-link = Привязать эту группу к вашей команде
group-me = Это видите только вы. Сегодня: { $line }
group-me-private = Ваши цифры остаются между нами: откройте личный чат.
group-btn-private = 🔒 Открыть личный чат
cmd-me = Ваш день — только вам
group-error-no_group = Эта группа ещё не привязана к команде.
group-error-not_yours = Это может только тренер команды этой группы.
group-error-no_poll = В этой группе нет открытой переклички.
group-poll-in_out-question = Кто идёт?
group-poll-in_out-0 = ✅ Я в деле
group-poll-in_out-1 = ❌ В этот раз нет
group-poll-feeling-question = Как самочувствие сегодня?
group-poll-feeling-0 = 💪 Отлично
group-poll-feeling-1 = 🙂 Хорошо
group-poll-feeling-2 = 😮‍💨 Чувствую усталость
group-poll-feeling-3 = 🤒 Болею
group-results-coach = 📊 Перекличка в { $group }:
    { $lines }
group-results-summary = 📊 Перекличка закрыта:
    { $lines }
cmd-rollcall = Перекличка: кто идёт?
cmd-feeling = Опрос: как самочувствие сегодня?
cmd-results = Закрыть перекличку: имена — вам, числа — группе
# Scheduled roll-calls and the week on the board (issue 21, more).
group-board-week = 📅 На этой неделе:
    { $sessions }
group-daily = Каждый день
group-weekday-0 = Пн
group-weekday-1 = Вт
group-weekday-2 = Ср
group-weekday-3 = Чт
group-weekday-4 = Пт
group-weekday-5 = Сб
group-weekday-6 = Вс
group-schedule-saved = ⏰ Запланировано: { $when }
    Опрос придёт по местному времени группы (часовой пояс тренера).
group-schedule-unreadable = Не получилось разобрать расписание. Укажите день и время, например: /rollcall thu 18:00 Кто едет в субботу на длинную? или /feeling daily 07:00 (не больше 12 на группу).
group-schedule-none = В этой группе нет запланированных опросов.
group-schedule-list = ⏰ Запланированные опросы:
    { $lines }
group-schedule-cancelled = Отменено.
group-btn-cancel = ✖ { $when }
cmd-rollcalls = Запланированные опросы: список и отмена
sharing-group-tier = 👥 <b>Групповой чат команды</b> видит о вас: { $current }
group-ai-usage = Напишите /ai on или /ai off: отвечать ли мне на упоминания в этой группе.
group-ai-on = 🤖 Отвечаю в этой группе, когда меня упоминают или отвечают мне: ваши данные — только вам, о других — только то, что они показывают группе.
group-ai-off = 🤐 ИИ-тренер больше не отвечает в этой группе: на упоминание будет лишь короткая подсказка. /ai on вернёт ответы.
group-ai-no-model = ИИ-тренер сейчас не может ответить в группе. /me@{ $bot } покажет ваш день только вам; любые вопросы о ваших тренировках задайте мне в личном чате.
group-ai-disabled = Тренер выключил ИИ-тренера в этой группе. /me@{ $bot } покажет ваш день только вам; любые вопросы о ваших тренировках задайте мне в личном чате.
group-ai-budget = Дневной лимит ИИ-тренера на сегодня исчерпан; отвечу снова завтра. /me@{ $bot } покажет ваш день только вам.
group-ai-answered-privately = 🔒 Ответил вам в личном чате.
cmd-ai = ИИ-тренер в этой группе: включить или выключить

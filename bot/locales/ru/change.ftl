## Изменения плана: кнопки дня, карточка предложения, «Применить» / «Отменить», /undo.

cmd-undo = Вернуть последнее изменение плана

change-btn-move = ↔️ Перенести
change-btn-shorten = ✂️ Сократить
change-btn-easier = 🪶 Полегче
change-btn-skip = ⏭ Пропустить
change-btn-swap = 🔁 Поменять с…
change-btn-apply = ✅ Применить
change-btn-discard = ✖️ Не надо
change-btn-recompute = 🔄 Пересчитать
change-btn-undo = ↩️ Вернуть как было
change-btn-back = « Назад
change-btn-minutes = { $minutes } мин
change-btn-something-else = 💬 Другое

change-pick-move = На какой день перенести { $session }?
change-pick-move-none = { $session } некуда перенести в ближайшие две недели, не нарушив правил плана (ваши дни, часы и чередование тяжёлых дней). Вместо этого можно сократить, облегчить или пропустить тренировку.
change-pick-shorten = Сколько времени есть на { $session }?
change-pick-swap = С каким днём поменять { $day }?

change-card-title = ✏️ <b>Предлагаю изменить</b>
change-card-request = <i>«{ $text }»</i>
change-card-day = <b>{ $day }</b>: { $before } → { $after }
change-day-now = <b>{ $day }</b>: { $after }
change-card-rest = отдых
change-card-session = { $icon } { $title } { $duration }
change-card-session-effort = { $label } (до зоны: { $effort })
change-effort-recovery = восстановление
change-effort-endurance = выносливость
change-effort-tempo = темп
change-effort-sweet-spot = свит-спот
change-effort-threshold = порог
change-effort-vo2max = МПК
change-effort-anaerobic = анаэробная
change-card-more-days = …и ещё { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[other] { $count } дней
}
change-card-week = 📊 { $dates }: { $hours_before } → { $hours_after } · нагрузка { $load_before } → { $load_after } · в лёгкой зоне { $easy_before } → { $easy_after }
change-card-repairs = 🛠 <b>Ещё поправил, чтобы план остался безопасным:</b>
change-card-rules = 📌 <b>Ваши условия:</b>
change-card-ask = Применить? Предложение действует 10 минут.

change-repair-eased-hard-neighbour = { $day }: полегче, чтобы тяжёлые дни не шли подряд
change-repair-eased-for-intensity-share = { $day }: полегче, чтобы неделя осталась в основном лёгкой (80/20)
change-repair-constraint-sport = { $day }: вместо этого { $sport }, те же минуты в тех же зонах
change-repair-constraint-shortened = { $day }: сокращено до { $minutes } мин
change-repair-constraint-rest = { $day }: тренировка убрана
change-repair-constraint-eased = { $day }: без интенсивности
change-repair-later-weeks-rebuilt = недели с { $day } пересобраны

change-rule = { $what } ({ $when })
change-rule-rest = отдых
change-rule-only-run = только бег
change-rule-only-bike = только велосипед
change-rule-only-swim = только плавание
change-rule-only-strength = только силовые
change-rule-only-brick = только связки
change-rule-no-run = без бега
change-rule-no-bike = без велосипеда
change-rule-no-swim = без плавания
change-rule-no-strength = без силовых
change-rule-no-brick = без связок
change-rule-max = не больше { $minutes } мин в день
change-rule-easy = только легко
change-rule-until = до { $day }

change-refused = ⛔ { $reason }
change-violation-unavailable-day = В этот день вы не тренируетесь.
change-violation-outside-plan = Это за пределами плана.
change-violation-too-many-sessions-in-day = В этот день было бы больше двух тренировок.
change-violation-swim-not-on-pool-day = В этот день у вас нет бассейна.
change-violation-hard-days-in-a-row = Тяжёлые тренировки шли бы два дня подряд.
change-violation-over-weekly-hours = Неделя вышла бы за ваши часы на тренировки.
change-violation-ramp-too-steep = Объём недели вырос бы больше чем на 10 %.
change-violation-fitness-ramp-too-steep = Фитнес рос бы быстрее, чем безопасно.
change-violation-recovery-overdue = Разгрузочная неделя отодвинулась бы слишком далеко.
change-violation-recovery-week-too-hard = Разгрузочная неделя стала бы слишком тяжёлой.
change-violation-taper-volume-increase = В подводке к старту объём должен только снижаться, а тут он вырос бы.
change-violation-taper-extra-hard = В подводке к старту появились бы лишние тяжёлые тренировки.
change-violation-injury-conflict = Это интенсивность в том виде спорта, который сейчас запрещает травма.
change-violation-too-much-intensity = Больше четверти недели пришлось бы на тяжёлую работу (принцип 80/20).
change-violation-missing-easier-option = У тяжёлой тренировки не осталось бы лёгкого варианта.
change-refused-session-not-found = Этой тренировки уже нет в плане.
change-refused-session-settled = Эта тренировка уже выполнена или в прошлом, её не трогаем.
change-refused-day-in-past = Этот день уже прошёл.
change-refused-outside-plan = Этот день за пределами плана.
change-refused-same-day = Она и так в этот день.
change-refused-day-taken = В этот день уже есть выполненная тренировка, поэтому на него ничего не переносится.
change-refused-nothing-to-change = Тут нечего менять.
change-refused-too-short = Тренировка должна длиться хотя бы { $limit } минут.
change-refused-not-shorter = Это не короче, чем по плану.
change-refused-no-easier = Легче эту тренировку уже не сделать.
change-refused-sport-not-possible = Этим видом спорта тренировку не заменить.
change-refused-bad-range = Что-то не так с датами.
change-refused-constraint = Это нарушит одно из ваших условий.
change-refused-unwell-no-intensity = Пока вы нездоровы — никаких тяжёлых тренировок.
change-refused-lighter-week-needed = Нагрузка в последнее время высокая: эту неделю нужно облегчить.
change-refused-rebuild-failed = Не получилось пересобрать план с этого дня.

change-applied = ✅ <b>Готово.</b> Теперь в плане:
change-undone = ↩️ <b>Вернул как было:</b>
change-undo-offer = Передумали? Нажмите «Вернуть как было» или отправьте /undo.
change-already-applied = Уже применено.
change-gone = Это предложение уже неактуально.
change-expired = ⌛ Предложение устарело: прошло больше 10 минут. Пересчитать для плана, какой он сейчас?
change-stale = План изменился с тех пор, как я это предложил. Пересчитать?
change-discarded = ✖️ Хорошо, план остаётся как был.
change-something-else = Напишите, что хотите вместо этого.
change-undo-nothing = Нечего возвращать: изменений не было.
change-undo-not-last = Вернуть можно только последнее изменение.
change-undo-changed-since = С тех пор план поменялся (пересборка или недельный разбор), поэтому безопасно вернуть это изменение нельзя.
change-undo-refused = Не получается вернуть: { $reason }

change-nomatch-no-such-session = Не нашёл такой тренировки в ближайшие две недели. Откройте день в /week и воспользуйтесь кнопками.
change-nomatch-nothing-that-day = На этот день ничего не запланировано.
change-nomatch-already-easy = Этот день и так лёгкий.

change-question-illness = Выздоравливайте! Где симптомы?
change-question-travel = Что получится делать в поездке?
change-option-above-neck = 🤧 Выше шеи (насморк, горло)
change-option-below-neck = 🤒 Ниже шеи (температура, грудь, ломота)
change-option-travel-rest = 🛌 Совсем без тренировок
change-option-travel-run = 🏃 Бег, до 45 минут в день
change-option-travel-run-any = 🏃 Только бег

## The weekly review, when a stated rule stopped the adaptation.
review-rule-constraint = ваши условия

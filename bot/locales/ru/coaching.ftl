## Тренер и спортсмен: изменения плана, изменение для всех, пороги, сообщения
coaching-btn-edit = ✏️ Изменить план
coaching-btn-threshold = 🎚 Задать порог
coaching-btn-message = 💬 Написать
coaching-btn-bulk = ✏️ Изменить план всем
coaching-btn-bulk-apply = ✅ Применить для { $count }
coaching-denied = Спортсмен больше не разрешает вам это (изменил доступ или вышел из команды). Ничего не изменено.
coaching-ask-plan = Что изменить в плане: { $name }? Одной строкой, например:
    • <i>суббота: 2 ч велотренировка в зоне 2</i>
    • <i>воскресенье: отдых</i>
    • <i>перенеси длительную на воскресенье</i>
    Или /cancel.
coaching-ask-bulk = Что изменить всем вашим спортсменам? Одной строкой, например <i>суббота: 2 ч групповой заезд в зоне 2</i> или <i>воскресенье: отдых</i>. Я проверю это по плану и разрешениям каждого и покажу результат, прежде чем что-то менять. Или /cancel.
coaching-unreadable = Не получается прочитать это как изменение плана. Напишите день, затем что делать: <i>суббота: 2 ч велотренировка в зоне 2</i>, <i>воскресенье: отдых</i>, <i>завтра: 45 мин бег в зоне 1</i> — или /cancel.
coaching-for = Для: <b>{ $name }</b>
coaching-applied = ✅ <b>Готово.</b> План ({ $name }) теперь:
coaching-notified = Спортсмену сообщено, что изменилось и что это сделали вы. Передумали? Нажмите «Отменить».
coaching-undone = ↩️ Отменено: план ({ $name }) снова прежний, спортсмену сообщено.
coaching-stale = План спортсмена изменился после этого предложения. Отправьте изменение заново из карточки.
coaching-expired = ⌛ Предложение устарело через 10 минут. Отправьте изменение заново из карточки спортсмена.
coaching-notice-changed = ✏️ Изменение вашего плана от тренера <b>{ $coach }</b>:
coaching-notice-undone = ↩️ Тренер <b>{ $coach }</b> отменяет своё изменение. План снова прежний:
coaching-notice-threshold = 🎚 Новое значение от тренера <b>{ $coach }</b>: { $what } — <b>{ $value }</b> с сегодняшнего дня. Зоны и цели тренировок считаются от него; /profile покажет их.
coaching-ask-threshold-kind = Какой порог задать ({ $name })?
coaching-ask-threshold = Пришлите новое значение — { $what } ({ $name }). Оно действует с сегодняшнего дня и записывается как заданное вами. Или /cancel.
coaching-threshold-set = ✅ { $name }: { $what } теперь <b>{ $value }</b> с сегодняшнего дня, записано как заданное вами. Зоны и цели считаются от него; спортсмену сообщено.
coaching-bulk-title = ✏️ <b>Изменение для спортсменов</b>: <i>«{ $request }»</i>
    Можно применить для { $count } из { $total }:
coaching-bulk-done = ✅ <b>Применено для { $count } из { $total }</b>: <i>«{ $request }»</i>
coaching-bulk-ok = ✅ <b>{ $name }</b>: { $days }
coaching-bulk-refused = ⛔ <b>{ $name }</b>: { $reason }
coaching-bulk-denied = не разрешает вам менять свой план.
coaching-bulk-more = …и ещё { $count }.
coaching-bulk-no-plan = плана пока нет.
coaching-bulk-no-match = в плане нет такой тренировки.
coaching-bulk-ready = можно применить.
coaching-bulk-applied = применено.
change-refused-too-long = Так можно задать тренировку не длиннее { $limit } минут.
change-refused-zone-not-steady = Так задаётся ровная тренировка: зона 1, 2 или 3.
th-source-coach = задано тренером
th-source-mark-coach = (тренер)

## Сообщения между тренером и спортсменом
coaching-ask-message = Напишите сообщение для { $name }; я передам его от вашего имени. Или /cancel.
relay-from-coach = 💬 <b>Сообщение от вашего тренера { $coach }:</b>
    { $text }
relay-from-athlete = 💬 <b>{ $name } отвечает:</b>
    { $text }
relay-btn-reply = ↩️ Ответить тренеру
relay-btn-answer = 💬 Ответить: { $name }
relay-ask-reply = Напишите ответ для { $name } или /cancel. (Можно и просто ответить на его сообщение.)
relay-sent = ✉️ Отправлено: { $name }.
relay-not-delivered = Не удалось доставить сообщение ({ $name }): бот заблокирован или чат закрыт.
relay-too-long = Сообщение длиннее { $limit } символов. Пришлите покороче или /cancel.
relay-coach-gone = Вы больше не в команде этого тренера, поэтому передать не получится.

## Для тренера: отказы об атлете по имени и что тренер может сделать
coaching-no-plan-edit = ✏️ { $name } не разрешает менять план — это можно включить в /sharing.
roster-new = 🆕 новичок — данных пока нет
coaching-bulk-refused-on = ⛔ <b>{ $name }</b> ({ $day }): { $reason }
coaching-bulk-not-their-sport = { $name } { $sport ->
    [bike] не катается на велосипеде
    [run] не бегает
    [swim] не плавает
   *[other] не занимается этим видом спорта
}, поэтому у него ничего не изменилось. Поставьте тренировку его вида спорта из карточки.
coaching-notice-joined = 👋 { $name } вступает в <b>{ $squad }</b> и делится: { $scopes }.
coaching-notice-granted = 🔓 { $name } теперь делится с вами ещё и этим: { $scopes }.
coaching-notice-revoked = 🔒 { $name } больше не делится с вами: { $scopes }.
coaching-notice-left = 👋 { $name } покидает <b>{ $squad }</b>; вы больше ничего не видите из его данных.
coaching-violation-unavailable-day = { $name } в этот день не тренируется. Выберите другой день или попросите добавить его в тренировочные дни.
coaching-violation-outside-plan = Это за пределами плана ({ $name }). Выберите день внутри плана.
coaching-violation-too-many-sessions-in-day = У атлета { $name } в этот день стало бы больше двух тренировок. Выберите другой день.
coaching-violation-swim-not-on-pool-day = У атлета { $name } в этот день нет бассейна. Выберите день с бассейном или другой вид спорта.
coaching-violation-hard-days-in-a-row = У атлета { $name } два тяжёлых дня шли бы подряд. Сделайте легче или выберите другой день.
coaching-violation-over-weekly-hours = Неделя атлета { $name } превысила бы его часы на тренировки. Сократите, выберите другой день или попросите { $name } увеличить часы в неделю.
coaching-violation-ramp-too-steep = Объём недели атлета { $name } вырос бы больше чем на 10 %. Сократите или выберите день на более поздней неделе.
coaching-violation-fitness-ramp-too-steep = Форма атлета { $name } должна была бы расти быстрее безопасного. Сократите или сделайте легче.
coaching-violation-recovery-overdue = Неделя восстановления атлета { $name } отодвинулась бы слишком далеко. Оставьте её или выберите день после неё.
coaching-violation-recovery-week-too-hard = Неделя восстановления атлета { $name } стала бы слишком тяжёлой. Сократите, сделайте легче или выберите день после неё.
coaching-violation-taper-volume-increase = У атлета { $name } подводка: объём должен только снижаться. Сократите или оставьте день как есть.
coaching-violation-taper-extra-hard = У атлета { $name } подводка: без лишних тяжёлых тренировок. Сделайте легко или оставьте день как есть.
coaching-violation-injury-conflict = Травма атлета { $name } исключает интенсивность в этом виде спорта. Сделайте легко или выберите другой вид.
coaching-violation-too-much-intensity = Больше четверти недели атлета { $name } стало бы тяжёлой работой (80/20). Оставьте в зонах 1–2 или выберите другую неделю.
coaching-violation-missing-easier-option = Тяжёлая тренировка атлета { $name } осталась бы без лёгкого варианта. Поставьте ровную тренировку.
coaching-refused-session-not-found = Этой тренировки в плане атлета { $name } больше нет. Откройте карточку, чтобы увидеть неделю.
coaching-refused-session-settled = Эта тренировка атлета { $name } выполнена или в прошлом, она остаётся. Выберите более поздний день.
coaching-refused-day-in-past = Для атлета { $name } этот день прошёл. Назовите день начиная с сегодняшнего.
coaching-refused-outside-plan = Этот день вне плана атлета { $name }. Назовите день внутри плана.
coaching-refused-same-day = В плане атлета { $name } это уже в этот день. Выберите другой день.
coaching-refused-day-taken = { $name }: тренировка в этот день уже выполнена, туда ничего не переносится. Выберите другой день.
coaching-refused-nothing-to-change = В плане атлета { $name } там нечего менять. Откройте карточку, чтобы увидеть неделю.
coaching-refused-too-short = Тренировка — не меньше { $limit } минут. Сделайте длиннее или поставьте отдых.
coaching-refused-not-shorter = Это не короче запланированной тренировки атлета { $name }. Укажите меньше минут.
coaching-refused-no-easier = Тренировка атлета { $name } и так самая лёгкая. Сократите или поставьте отдых.
coaching-refused-sport-not-possible = Этот вид спорта не может заменить тренировку атлета { $name }. Выберите другой.
coaching-refused-bad-range = Эти даты не складываются. Напишите первый день, потом последний.
coaching-refused-guardrail = Это нарушило бы правило безопасности плана атлета { $name }. Сократите или выберите другой день.
coaching-refused-constraint = Это нарушило бы одно из правил плана ({ $name }). Выберите другой день или попросите изменить правило.
coaching-refused-unwell-no-intensity = { $name } болеет: без тяжёлых тренировок. Сделайте легко или поставьте отдых.
coaching-refused-lighter-week-needed = Недавняя нагрузка атлета { $name } высокая, эта неделя должна стать легче. Сократите тренировку или добавьте отдых.
coaching-refused-rebuild-failed = План атлета { $name } не удалось перестроить с этого дня. Измените один день.
coaching-refused-too-long = Так можно поставить не больше { $limit } минут. Сократите или разбейте на два дня.
coaching-refused-zone-not-steady = Так ставится ровная тренировка: зона 1, 2 или 3. Понизьте зону.

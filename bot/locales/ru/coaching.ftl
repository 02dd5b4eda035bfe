## Тренер и спортсмен: изменения плана, изменение для всех, пороги, сообщения
coaching-btn-edit = ✏️ Изменить план
coaching-btn-threshold = 🎚 Задать порог
coaching-btn-message = 💬 Написать
coaching-btn-bulk = ✏️ Изменить план всем
coaching-btn-bulk-apply = ✅ Применить для { $count }
coaching-denied = Спортсмен больше не разрешает вам это (изменил доступ или вышел из группы). Ничего не изменено.
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
relay-coach-gone = Вы больше не в группе этого тренера, поэтому передать не получится.

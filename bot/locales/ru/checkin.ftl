## /checkin: утренний опрос
checkin-title = ☀️ <b>Утренний опрос</b> — по одному ответу в строке (слева — лучше), потом «Готово».
checkin-done-title = ✅ <b>Опрос сохранён.</b> /checkin — изменить в течение дня.
checkin-typed-hint = Если измеряете, напишите ВСР (rMSSD) и пульс покоя, например «вср 62 пульс 48» или просто «62 48».
checkin-help = По одному ответу в строке: слева — лучше, справа — хуже.
checkin-stale = Этот опрос был за другой день. /checkin откроет сегодняшний.
checkin-saved = Сохранено.
checkin-measured = ✅ Сохранено. Нажмите «Готово», когда закончите.
checkin-row-sleep_hours = 🛏 ч
checkin-row-sleep_quality = 😴 Сон
checkin-row-soreness = 🦵 Мышцы
checkin-row-fatigue = 🔋 Усталость
checkin-row-stress = 🧠 Стресс
checkin-row-mood = 🙂 Настроение
checkin-btn-illness = 🤒 Болею
checkin-btn-injury = 🩹 Травма
checkin-btn-done = ✅ Готово
checkin-sleep-hours = сон { $hours } ч
checkin-hrv = ВСР { $value } мс
checkin-rhr = пульс покоя { $value }
checkin-illness-on = 🤒 болею
checkin-injury-on = 🩹 травма
checkin-sleep_quality-1 = { $sex ->
    [male] спал отлично
    [female] спала отлично
   *[other] сон отличный
}
checkin-sleep_quality-2 = { $sex ->
    [male] спал хорошо
    [female] спала хорошо
   *[other] сон хороший
}
checkin-sleep_quality-3 = { $sex ->
    [male] спал нормально
    [female] спала нормально
   *[other] сон нормальный
}
checkin-sleep_quality-4 = { $sex ->
    [male] спал плохо
    [female] спала плохо
   *[other] сон плохой
}
checkin-sleep_quality-5 = { $sex ->
    [male] спал очень плохо
    [female] спала очень плохо
   *[other] сон очень плохой
}
checkin-soreness-1 = мышцы не болят
checkin-soreness-2 = мышцы чуть болят
checkin-soreness-3 = мышцы побаливают
checkin-soreness-4 = мышцы болят
checkin-soreness-5 = мышцы сильно болят
checkin-fatigue-1 = свежесть
checkin-fatigue-2 = { $sex ->
    [male] почти свеж
    [female] почти свежа
   *[other] почти без усталости
}
checkin-fatigue-3 = обычно
checkin-fatigue-4 = { $sex ->
    [male] устал
    [female] устала
   *[other] усталость
}
checkin-fatigue-5 = { $sex ->
    [male] вымотан
    [female] вымотана
   *[other] сил нет
}
checkin-stress-1 = спокойствие
checkin-stress-2 = почти спокойно
checkin-stress-3 = обычный стресс
checkin-stress-4 = стресс
checkin-stress-5 = сильный стресс
checkin-mood-1 = отличное настроение
checkin-mood-2 = хорошее настроение
checkin-mood-3 = нормальное настроение
checkin-mood-4 = плохое настроение
checkin-mood-5 = очень плохое настроение
checkin-error-unclear = Не понял. Напишите ВСР и пульс покоя, например «вср 62 пульс 48», или «сон 7.5».
checkin-error-rmssd_ms = ВСР (rMSSD) { $value } мс вне диапазона { $low }–{ $high } мс — проверьте число.
checkin-error-resting_hr_bpm = Пульс покоя { $value } вне диапазона { $low }–{ $high } уд/мин — проверьте число.
checkin-error-sleep_hours = { $value } ч сна вне диапазона { $low }–{ $high } — проверьте число.
checkin-error-scale = { $value } — не по шкале от 1 до 5. Болезненность мышц, усталость и стресс: от 1 (нет) до 5 (очень сильно), настроение и качество сна: от 1 (плохо) до 5 (отлично), например «усталость 2».

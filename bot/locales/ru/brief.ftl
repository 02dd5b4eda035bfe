## Утренняя сводка (bot/coach/briefs/compose.py)
brief-greeting = ☀️ <b>Доброе утро, { $name }!</b> { $date }
brief-flag-illness = 🤒 <b>Вы отметили, что болеете.</b> Сегодня без тренировок: отдых, питьё, сон. При температуре или симптомах ниже шеи возвращайтесь к тренировкам через день после выздоровления.
brief-flag-injury = 🩹 <b>Вы отметили травму.</b> Сегодня ничего, что её нагружает; если через несколько дней всё ещё болит, покажитесь физиотерапевту или врачу.
brief-verdict-green = 🟢 <b>Готовность { $score }/100 — тренируйтесь по плану.</b>
brief-verdict-amber = 🟡 <b>Готовность { $score }/100 — сегодня полегче.</b>
brief-verdict-red = 🔴 <b>Готовность { $score }/100 — только отдых или восстановление.</b>
brief-reason-line = • { $reason }
brief-reason-flag-illness = вы сообщили о болезни
brief-reason-flag-injury = вы сообщили о травме
brief-low-confidence = <i>Пока данных мало: чем чаще вы отмечаетесь по утрам, тем точнее оценка.</i>
brief-change-down = ↘️ На { $points } { $points ->
    [one] балл
    [few] балла
   *[many] баллов
} ниже, чем вчера, в основном из-за: { $factors }
brief-change-up = ↗️ На { $points } { $points ->
    [one] балл
    [few] балла
   *[many] баллов
} выше, чем вчера, в основном благодаря: { $factors }
brief-factor-hrv = ВСР
brief-factor-resting-hr = пульс покоя
brief-factor-sleep-hours = длительность сна
brief-factor-sleep-quality = качество сна
brief-factor-fatigue = усталость
brief-factor-soreness = мышечная боль
brief-factor-stress = стресс
brief-factor-mood = настроение
brief-factor-motivation = мотивация
brief-factor-tsb = свежесть
brief-factor-acwr = нагрузка недели относительно последних четырёх
brief-factor-monotony = однообразие нагрузки
brief-no-data = 📊 <b>Данных о готовности пока нет.</b> Отмечайтесь по утрам или подключите часы: примерно через две недели данных я смогу оценивать готовность.
# The LLM coach's two-sentence note (plain text, escaped), when an API key is set.
brief-note = 💬 <i>{ $note }</i>
brief-reason-hrv-worse = { $days ->
    [0] ВСР на { $pct } % ниже вашей нормы
    [1] ВСР на { $pct } % ниже вашей нормы
    [one] ВСР на { $pct } % ниже вашей нормы { $days } день
    [few] ВСР на { $pct } % ниже вашей нормы { $days } дня
   *[other] ВСР на { $pct } % ниже вашей нормы { $days } дней
}
brief-reason-hrv-better = ВСР на { $pct } % выше вашей нормы
brief-reason-resting-hr-worse = пульс покоя на { $bpm } уд/мин выше обычного
brief-reason-resting-hr-better = пульс покоя на { $bpm } уд/мин ниже обычного
brief-reason-sleep-hours-worse = сон { $hours } ч
brief-reason-sleep-hours-better = сон { $hours } ч — вы выспались
brief-reason-sleep-quality-worse = { $level ->
    [5] очень плохой сон
   *[other] плохой сон
}
brief-reason-sleep-quality-better = { $level ->
    [1] отлично выспались
   *[other] хорошо спали
}
brief-reason-fatigue-worse = { $level ->
    [5] вы вымотаны
   *[other] вы устали
}
brief-reason-fatigue-better = { $level ->
    [1] вы свежи
   *[other] вы почти не устали
}
brief-reason-soreness-worse = { $level ->
    [5] сильно болят мышцы
   *[other] болят мышцы
}
brief-reason-soreness-better = { $level ->
    [1] мышцы не болят
   *[other] мышцы почти не болят
}
brief-reason-stress-worse = { $level ->
    [5] очень сильный стресс
   *[other] сильный стресс
}
brief-reason-stress-better = { $level ->
    [1] вы расслаблены
   *[other] вы спокойны
}
brief-reason-mood-worse = { $level ->
    [5] очень плохое настроение
   *[other] плохое настроение
}
brief-reason-mood-better = { $level ->
    [1] отличное настроение
   *[other] хорошее настроение
}
brief-reason-motivation-worse = { $level ->
    [5] нет желания тренироваться
   *[other] мало желания тренироваться
}
brief-reason-motivation-better = { $level ->
    [1] очень хочется тренироваться
   *[other] хочется тренироваться
}
brief-reason-tsb-worse = свежесть { $value }: усталость от недавних тренировок
brief-reason-tsb-better = свежесть +{ $value }: вы отдохнули
brief-reason-acwr-worse = нагрузка этой недели в { $value } раза выше обычной за четыре недели: слишком резкий рост
brief-reason-acwr-better = нагрузка этой недели близка к обычной за последние четыре недели
brief-reason-monotony-worse = почти одинаковая нагрузка каждый день: тяжёлые и лёгкие дни почти не отличаются
brief-reason-monotony-better = тяжёлые и лёгкие дни хорошо чередуются
brief-today = <b>Сегодня</b>
brief-session = { $icon } <b>{ $title }</b> · { $amount }
brief-session-targets = <i>{ $targets }</i>
brief-done-today = <b>Уже сделано сегодня</b>
brief-session-done = ✅ { $icon } { $title }
brief-session-partial = 🌓 { $icon } { $title } (частично)
brief-duration-hm = { $hours } ч { $minutes } мин
brief-duration-h = { $hours } ч
brief-duration-m = { $minutes } мин
brief-rest-day = 😴 <b>День отдыха.</b> Сегодня ничего не запланировано: во время восстановления тренировки превращаются в форму.
brief-no-plan = 🗓 <b>Плана пока нет.</b> Когда план будет готов, здесь появится тренировка на день.
brief-adjusted = <b>С поправкой на сегодня</b>
brief-adjusted-rest = 😴 Отдых или не больше 20–30 минут совсем легко.
brief-amber-already-easy = Сегодняшняя тренировка и так лёгкая: так и держите, а если станет хуже — заканчивайте раньше.
brief-checkin-invite = 📝 Как самочувствие утром? Отметьтесь одним нажатием — оценка станет точнее.
brief-btn-adjusted = ✅ Сделать облегчённую
brief-btn-original = Оставить по плану
brief-btn-checkin = 📝 Отметиться
brief-choice-adjusted = ✅ Принято: делайте тренировку из блока «С поправкой на сегодня» в этой сводке.
brief-choice-adjusted-applied = { $count ->
    [one] ✅ Готово: в плане на сегодня теперь облегчённая тренировка (/today).
    [few] ✅ Готово: в плане на сегодня теперь облегчённые тренировки (/today).
   *[other] ✅ Готово: в плане на сегодня теперь облегчённые тренировки (/today).
}
brief-choice-original = 👍 Принято: оставляем тренировку по плану. Прислушивайтесь к телу.
brief-choice-stale = Этот выбор относится к старой сводке.

## /brief: время, вкл/выкл и тихие дни
cmd-brief = Утренняя сводка: время, вкл/выкл, тихие дни
brief-settings-title = ☀️ <b>Утренняя сводка</b>
brief-settings-on = Включена, в <b>{ $time }</b> по вашему времени ({ $zone }).
brief-settings-off = 🔕 Выключена: утреннюю сводку я не присылаю.
brief-settings-quiet = Тихие дни (без сводки): { $days }.
brief-settings-no-quiet = Тихих дней нет.
brief-settings-next = Следующая сводка: { $when }.
brief-settings-paused = ⏸ Пауза с { $since } ({ $reason }): ничего не присылаю, пока вы не нажмёте /resume.
brief-settings-hint = Нажмите время или напишите своё, например <code>/brief 06:45</code>. Нажмите день, чтобы сделать его тихим (🔕) или обычным.
brief-btn-other-time = ⌨️ Другое время
brief-btn-turn-off = 🔕 Выключить
brief-btn-turn-on = 🔔 Включить
brief-ask-time = ⌨️ Напишите время сводки, например <code>06:45</code>. /cancel оставит прежнее.
brief-time-unreadable = Не понял время. Напишите его так: <code>06:45</code> или <code>7:30</code>.
brief-time-set = ✅ Теперь сводка приходит в <b>{ $time }</b>.
brief-no-profile = Сначала заполним профиль (/start): тогда я буду знать, когда и куда присылать сводку.

## /pause и /resume
cmd-pause = Пауза (поездка, болезнь…)
cmd-resume = Снять паузу
pause-ask = ⏸ Поставить сводки и напоминания на паузу? Скажите почему — и я помолчу, пока вы не нажмёте /resume.
pause-reason-travel = ✈️ Поездка
pause-reason-illness = 🤒 Болезнь
pause-reason-other = Другое
pause-done-travel = ⏸ Пауза. Хорошей дороги! Когда вернётесь, отправьте /resume.
pause-done-illness = ⏸ Пауза. Выздоравливайте — сейчас отдых и есть тренировка. Когда поправитесь, отправьте /resume.
pause-done-other = ⏸ Пауза. Отправьте /resume, когда захотите снова получать сводки.
pause-already = Пауза уже стоит. Отправьте /resume, чтобы снова получать сводки.
resume-done = ▶️ С возвращением! { $next }
resume-after-illness = 🤒 Дни болезни учтутся в итогах недели: следующая неделя начнётся мягко, всё легко, и нагрузка вернётся постепенно. А пока — без интенсивности; если симптомы вернутся, остановитесь.
resume-next = Следующая сводка придёт { $when }.
resume-briefs-off = Утренняя сводка выключена; /brief включит её.
resume-not-paused = Паузы нет: всё приходит как обычно.

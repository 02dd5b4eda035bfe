# Итоги недели (воскресенье вечером): неделя в цифрах, что получилось, следующая неделя.
cmd-review = Итоги прошлой недели и что изменилось
review-none-yet = Итогов недели ещё нет: первые придут в воскресенье вечером, вместе со следующей неделей, подстроенной под эту.
review-title = 📊 <b>Ваша неделя, { $first } – { $last }</b>
review-sessions = ✅ Выполнено { $done } из { $planned } запланированных тренировок ({ $pct } % плана)
review-colours = 🟢 { $green } по плану · 🟡 { $yellow } частично · 🔴 { $red } сделано, но далеко от плана · ⚪ { $missed } пропущено
review-nothing-planned = На этой неделе ничего не было запланировано.
review-volume = ⏱ { $done } ч из { $planned } ч · нагрузка { $load } из { $planned_load }
review-fitness = 📈 Фитнес { $before } → { $after } ({ $change }) · усталость { $fatigue } · свежесть { $form }
review-sick-days = { $days ->
    [one] 🤒 { $days } день болезни или травмы
    [few] 🤒 { $days } дня болезни или травмы
   *[other] 🤒 { $days } дней болезни или травмы
}
review-red-days = { $days ->
    [one] 🔴 { $days } «красный» день готовности
    [few] 🔴 { $days } «красных» дня готовности
   *[other] 🔴 { $days } «красных» дней готовности
}
review-well-heading = <b>Что получилось</b>
review-well-on-plan = 👏 Выполнено { $pct } % плана: именно так и растёт форма.
review-well-green = { $count ->
    [one] 👍 { $count } тренировка точно по плану.
    [few] 👍 { $count } тренировки точно по плану.
   *[other] 👍 { $count } тренировок точно по плану.
}
review-well-best = 🏅 Самая объёмная тренировка: { $icon } { $duration }, { $day }, нагрузка { $load }.
review-well-fitness = 📈 Фитнес вырос на { $change }.
review-next-heading = <b>Следующая неделя</b>
review-next-summary = { $phase } · { $hours } ч · тренировок: { $sessions }
review-next-key = Главные тренировки:
review-key-session = • { $day } { $icon } { $type }, { $duration }
review-next-hint = /week покажет её по дням.

review-type-endurance = выносливость
review-type-tempo = темп
review-type-threshold = порог
review-type-intervals = интервалы
review-type-recovery = восстановление
review-type-long = длительная
review-type-race = старт

review-kind-progress = прогресс
review-kind-light-adjustment = лёгкая корректировка
review-kind-cut-intensity = снижение интенсивности
review-kind-repeat-week = повтор недели
review-kind-return-ramp = плавное возвращение
review-kind-keep = план без изменений

review-rule-unavailable-day = день, когда вы недоступны
review-rule-outside-plan = сроки плана
review-rule-too-many-sessions-in-day = не больше двух тренировок в день
review-rule-swim-not-on-pool-day = ваши дни бассейна
review-rule-hard-days-in-a-row = тяжёлые дни подряд
review-rule-over-weekly-hours = ваши часы в неделю
review-rule-ramp-too-steep = рост объёма не больше 10 % в неделю
review-rule-fitness-ramp-too-steep = безопасный рост фитнеса
review-rule-recovery-overdue = разгрузочную неделю каждые 3 (или 2) недели
review-rule-recovery-week-too-hard = лёгкую разгрузочную неделю
review-rule-taper-volume-increase = подводку к старту
review-rule-taper-extra-hard = подводку к старту
review-rule-injury-conflict = вашу травму
review-rule-too-much-intensity = баланс интенсивности 80/20
review-rule-missing-easier-option = лёгкий вариант для каждой тяжёлой тренировки
review-rule-plan-request = настройки плана

review-change-why-share = Выполнено { $pct } % плана недели.
review-change-why-red = «Красных» дней готовности: { $days } — на шаг осторожнее.
review-change-why-sick = Дней болезни или травмы: { $days } — возвращаемся мягко.
review-change-why-nothing-planned = На этой неделе нечего измерять.
review-change-no-next-week = План на этом заканчивается; /plan начнёт следующий блок.
review-change-protected = Следующая неделя — { $phase }: она остаётся лёгкой, как и была.
review-change-progress = Всё по плану: на следующей неделе { $hours } ч, как задумано ({ $previous } ч на этой).
review-change-as-planned = Следующая неделя без изменений: { $hours } ч.
review-change-guardrail-stopped = Не { $change }: это нарушило бы правило «{ $rule }».
review-change-light-adjustment = Следующая неделя держит объём, а не растёт: { $hours } ч вместо { $planned } ч.
review-change-cut-intensity = Те же { $hours } ч, но всё легко: без тяжёлых тренировок.
review-change-return-ramp = Плавное возвращение: { $hours } ч вместо { $planned } ч ({ $pct } %), всё легко, потом рост шаг за шагом.
review-change-repeat-week = Следующая неделя повторяет эту ({ $hours } ч), чтобы доделать начатое.
review-change-session-changed = • { $day } { $icon } { $was } → { $now }, { $duration }
review-change-session-added = • { $day } { $icon } + { $type }, { $duration }
review-change-session-removed = • { $day } { $icon } − { $type }
review-change-more-changes = • и ещё изменений: { $count } (/week)

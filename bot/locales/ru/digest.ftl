## Утренняя сводка тренера, итоги недели по воскресеньям и /digest
cmd-digest = Утренняя сводка тренера: вкл/выкл и время
digest-title = ☀️ <b>Сводка по команде</b> — { $day }
digest-attention = <b>Требуют внимания</b> ({ $count }):
digest-all-clear = ✅ Сегодня никто не требует внимания.
digest-more-attention = …и ещё { $count } — все в /squad.
digest-rest = <b>Всё в порядке</b> ({ $count }): { $names }
digest-and-more = и ещё { $count }
digest-hint = /squad — список спортсменов и карточка каждого.
weekly-title = 📅 <b>Неделя команды</b> { $first } – { $last }
weekly-compliance = план выполнен: { $pct }%
weekly-load = нагрузка: { $load }
weekly-no-figures = На этой неделе никто не делится с вами планом или тренировками.
weekly-struggling = 📉 <b>Тяжело</b> ({ $count }): { $names }
weekly-improved = 📈 <b>Прогресс</b> ({ $count }): { $names }
weekly-steady = <b>Ровно</b> ({ $count }): { $names }
weekly-why-fitness = { $name } (фитнес +{ $change })
weekly-why-sick = { $name } ({ $days ->
    [one] { $days } день болезни или травмы
    [few] { $days } дня болезни или травмы
   *[other] { $days } дней болезни или травмы
})
weekly-why-red = { $name } (красных дней: { $days })
weekly-why-compliance = { $name } ({ $pct }% плана)
digest-settings-title = ☀️ <b>Ваша сводка тренера</b>
digest-settings-on = Каждое утро в { $time } ({ $zone }): кто требует внимания и почему, остальные — одной строкой. Следующая: { $next }.
digest-settings-off = Утренняя сводка выключена.
digest-settings-weekly-on = В воскресенье вечером — неделя команды (выполнение плана, нагрузка, у кого прогресс, кому тяжело). Следующая: { $next }.
digest-settings-weekly-off = Итоги недели по воскресеньям выключены.
digest-settings-no-squad = У вас пока нет команды: /squad new создаст её. Сводки начнутся, когда спортсмены присоединятся.
digest-settings-hint = Нажмите на время или напишите своё: /digest 06:45. Сводка показывает только то, чем каждый спортсмен делится с вами в этот момент.
digest-btn-on = ▶️ Включить сводку
digest-btn-off = ⏸ Выключить сводку
digest-btn-weekly-on = ▶️ Итоги недели: вкл
digest-btn-weekly-off = ⏸ Итоги недели: выкл
digest-time-unreadable = «{ $text }» — это не время суток. Напишите, например: /digest 07:30.
digest-time-set = Теперь сводка приходит в { $time }.

## /ask: ИИ для тренера, вопросы о команде
cmd-ask = Спросить ИИ о вашей команде (для тренеров)
ask-usage = Задайте вопрос о команде после /ask, например: /ask кому тяжело на этой неделе? — обычные сообщения по-прежнему идут вашему личному тренеру, о ваших тренировках.
ask-no-ai = ИИ для тренеров требует ключ Anthropic API, а он не задан. /digest и /squad покажут, кому нужно внимание, и без него.
ask-not-a-coach = /ask отвечает на вопросы о команде, которую вы тренируете, а у вас её пока нет (/squad new). О своих тренировках спрашивайте обычным сообщением.
ask-nobody-shares = Никто из ваших спортсменов не разрешил вам ИИ-сводки, поэтому ИИ ничего не может о них сказать. Каждый выбирает это в /sharing. /squad показывает то, чем они делятся.
ask-budget-reached = Дневной бюджет ИИ на вопросы о команде исчерпан; он обновится в полночь. /squad и /digest работают и без него.

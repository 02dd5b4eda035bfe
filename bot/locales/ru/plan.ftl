## Команды в меню Telegram
cmd-today = Тренировка на сегодня
cmd-week = Эта неделя по дням
cmd-plan = Весь план целиком

## Когда показать нечего
plan-problem-no-profile = Профиль ещё не настроен, поэтому плана пока нет. Отправьте /start — несколько коротких вопросов, и план готов.
plan-problem-race-in-past = Дата старта уже прошла — надеюсь, всё получилось! Задайте следующую цель в /settings, и я составлю новый план.
plan-problem-race-without-date = У старта пока нет даты. Добавьте её в /settings, и я составлю план.
plan-problem-weekly-hours-out-of-range = Чтобы составить план, нужно знать, сколько часов в неделю вы готовы тренироваться (до 40): укажите это в /settings.
plan-problem-no-available-days = Не выбрано ни одного дня для тренировок. Выберите хотя бы один в /settings.
plan-problem-weekday-out-of-range = Дни тренировок заданы неверно. Пожалуйста, выберите их заново в /settings.
plan-problem-age-out-of-range = Год рождения выглядит неверным. Проверьте его в /settings.
plan-problem-event-without-distance-or-duration = Для старта нужна дистанция или продолжительность. Добавьте её в /settings.
plan-problem-other = Сейчас не получается составить план по вашему профилю. Проверьте его в /profile.
plan-private-only = План — это личное, он живёт в нашем личном чате: { $link }
plan-stale-button = Эта кнопка от прежней версии плана — вот актуальная.
plan-session-gone = Этой тренировки больше нет в плане (он перестроен). Отправьте /today или /week, чтобы увидеть актуальный.

## Тренировки
plan-session-head = { $icon } <b>{ $title }</b> · { $amount }
plan-amount-distance = { $duration } · ≈ { $distance }
plan-session-purpose = <i>{ $purpose }</i>
plan-line = • { $step }
plan-repeat = • <b>{ $count } ×</b>
plan-repeat-line = { "   " }◦ { $step }
plan-step = { $kind } · { $amount } · { $target }
plan-step-progressive = { $kind } · { $amount } · с ростом { $target }
plan-step-rest = Отдых у бортика · { $amount }
plan-step-warmup = Разминка
plan-step-work = Работа
plan-step-steady = Ровно
plan-step-recover = Легко
plan-step-cooldown = Заминка
plan-easier = 🪶 <i>Если сегодня тяжело, лёгкий вариант:</i> { $title } · { $duration } · { $target }
plan-status-done = ✅ Выполнено.
plan-status-partial = 🌓 Выполнено частично.
plan-adjusted-easier = 🟡 Изменено утром: облегчённый вариант, как вы выбрали в сводке.
plan-adjusted-rest = 😴 Сегодня отдых, как вы выбрали в сводке: пропустите эту тренировку или сделайте не больше 20–30 минут совсем легко.
plan-status-skipped = ❌ Пропущено.
plan-status-moved = ↪️ Перенесено на другой день.
plan-file-name = { $title } · { $date }

## Цели по интенсивности
plan-target-rpe = RPE { $range }
plan-target-rpe-talk = { $rpe } ({ $talk })
plan-target-pct-ftp = { $range } % FTP
plan-target-pct-threshold-speed = { $range } % пороговой скорости
plan-target-pct-css = { $range } % CSS
plan-target-pct-lthr = { $range } % ЧСС ПАНО
plan-target-pct-hrr = { $range } % резерва ЧСС
plan-talk-full-conversation = можно свободно болтать
plan-talk-sentences = можно говорить предложениями
plan-talk-short-phrases = только короткие фразы
plan-talk-few-words = по паре слов
plan-talk-no-talking = не до разговоров

## Длительность
plan-dur-h-min = { $h } ч { $min } мин
plan-dur-h = { $h } ч
plan-dur-min-s = { $min } мин { $s } с
plan-dur-min = { $min } мин
plan-dur-s = { $s } с

## /today и день из /week
plan-today-heading = 📋 <b>Сегодня, { $date }</b>
plan-day-heading = 📋 <b>{ $date }</b>
plan-week-label = Неделя { $number } из { $total } · { $phase }
plan-rest-day = 😌 <b>День отдыха.</b> Именно во время отдыха тренировки дают эффект: высыпайтесь, хорошо ешьте, а если хочется движения — хватит прогулки на 20–30 минут или лёгкой растяжки.
plan-rest-end = Это была последняя тренировка плана.
plan-rest-next = Дальше: <b>{ $day }</b> · { $icon } { $title } · { $duration }
plan-export-hint = <i>Возьмите тренировку с собой: кнопки пришлют её файлом для Zwift (.zwo) или для часов (FIT).</i>
plan-btn-zwo = ⬇️ Zwift .zwo
plan-btn-fit = ⬇️ Тренировка FIT
plan-btn-week = 📅 Неделя
plan-btn-back-week = « Назад к неделе
plan-export-caption-zwo = Тренировка для Zwift: положите файл в Documents/Zwift/Workouts/&lt;ваш id&gt;, и она появится в Custom Workouts.
plan-export-caption-fit = Тренировка FIT: скопируйте файл в папку NewFiles на часах (Garmin) или импортируйте в приложении часов.
plan-export-unsupported = Эту тренировку нельзя выгрузить в таком формате (Zwift принимает только вело и бег).

## /week
plan-week-heading = 📅 <b>{ $label }</b> · { $dates }
plan-week-note = <i>{ $note }</i>
plan-week-rest = { $day } · отдых
plan-week-day = <b>{ $day }</b> · { $sessions }
plan-week-today = 👉 <b>{ $day }</b> · { $sessions }
plan-week-session = { $icon } { $title } · { $duration } { $mark }
plan-week-planned = <b>По плану:</b> { $count ->
    [one] { $count } тренировка
    [few] { $count } тренировки
   *[many] { $count } тренировок
} · { $hours } · нагрузка { $load }
plan-week-done = <b>Сделано:</b> { $done } из { $count } · { $hours }
plan-week-done-none = <b>Сделано:</b> 0 из { $count }
plan-week-unlogged = <i>⚪ ещё не отмечено: пришлите файл тренировки или воспользуйтесь /log.</i>
plan-btn-prev = « Неделя { $number }
plan-btn-next = Неделя { $number } »

## /plan
plan-overview-race = 🗺 <b>Ваш план: { $race }</b> · { $date } (старт { $priority })
plan-overview-general = 🗺 <b>Ваш план: общая форма</b> · блок на { $weeks } нед.
plan-countdown = { $days ->
    [one] ⏳ До старта <b>{ $days } день</b>
    [few] ⏳ До старта <b>{ $days } дня</b>
   *[many] ⏳ До старта <b>{ $days } дней</b>
}
plan-countdown-today = 🏁 <b>Старт сегодня.</b> Удачи!
plan-overview-dates = { $dates } · { $weeks ->
    [one] { $weeks } неделя
    [few] { $weeks } недели
   *[many] { $weeks } недель
}
plan-overview-recalculated = { $count ->
    [one] Перестроен { $count } раз после изменений профиля.
    [few] Перестроен { $count } раза после изменений профиля.
   *[many] Перестроен { $count } раз после изменений профиля.
}
plan-overview-phases = <b>Фазы</b>
plan-overview-phase = • { $phase } · недели { $first }–{ $last } · { $dates }
plan-overview-phase-one = • { $phase } · неделя { $first } · { $dates }
plan-overview-weeks = <b>Недели</b>
plan-overview-week = { $number } · { $date } · { $phase } · { $hours }
plan-overview-week-current = 👉 <b>{ $number } · { $date } · { $phase } · { $hours }</b>
plan-overview-warnings = <b>Важно знать</b>
plan-warning = ⚠️ { $text }
plan-overview-commands = /today — тренировка на сегодня, /week — неделя по дням.

## Виды спорта, фазы, старты
plan-sport-run = бег
plan-sport-bike = велосипед
plan-sport-swim = плавание
plan-sport-strength = силовая
plan-sport-brick = связка
plan-sport-triathlon = триатлон
plan-sport-duathlon = дуатлон
plan-phase-base = База
plan-phase-build = Развитие
plan-phase-peak = Пик
plan-phase-taper = Подводка
plan-phase-race = Старт
plan-phase-recovery = Восстановление
plan-race-5k = 5 км
plan-race-10k = 10 км
plan-race-half-marathon = полумарафон
plan-race-marathon = марафон
plan-race-ultra = ультрамарафон
plan-race-sprint = спринт
plan-race-olympic = олимпийская дистанция
plan-race-70-3 = 70.3 (половинка)
plan-race-140-6 = 140.6 (полная дистанция)
plan-race-bike-event = веломарафон
plan-race-custom = ваш старт
plan-race-general-fitness = общая форма

## Названия тренировок
plan-title-run-easy = Лёгкий бег
plan-title-run-strides = Лёгкий бег с ускорениями
plan-title-run-long = Длительный бег
plan-title-run-recovery = Восстановительный бег
plan-title-run-tempo = Темповый бег
plan-title-run-threshold = Пороговый бег
plan-title-run-vo2max = Интервалы МПК (бег)
plan-title-run-race-pace = Бег в соревновательном темпе
plan-title-run-opener = Бег-активация
plan-title-bike-easy = Аэробная велотренировка
plan-title-bike-long = Длительная велотренировка
plan-title-bike-recovery = Восстановительная велотренировка
plan-title-bike-tempo = Темповая велотренировка
plan-title-bike-sweet-spot = Велотренировка в свит-споте
plan-title-bike-threshold = Пороговая велотренировка
plan-title-bike-vo2max = Интервалы МПК (вело)
plan-title-bike-race-pace = Велотренировка в соревновательном темпе
plan-title-bike-opener = Велоактивация
plan-title-swim-endurance = Аэробное плавание
plan-title-swim-technique = Техника плавания
plan-title-swim-long = Длительное плавание
plan-title-swim-css = Плавание на CSS
plan-title-swim-speed = Скоростное плавание
plan-title-swim-race-pace = Плавание в соревновательном темпе
plan-title-swim-opener = Плавание-активация
plan-title-brick-run-off-bike = Связка: вело, затем бег
plan-title-race-5k = День старта: 5 км
plan-title-race-10k = День старта: 10 км
plan-title-race-half-marathon = День старта: полумарафон
plan-title-race-marathon = День старта: марафон
plan-title-race-ultra = День старта: ультрамарафон
plan-title-race-sprint = День старта: спринт
plan-title-race-olympic = День старта: олимпийская дистанция
plan-title-race-70-3 = День старта: 70.3
plan-title-race-140-6 = День старта: 140.6
plan-title-race-bike-event = День старта: веломарафон
plan-title-race-custom = День старта

## Зачем эта тренировка
plan-objective-aerobic-endurance = Аэробная база: развивает «мотор» в лёгком, разговорном темпе.
plan-objective-running-economy = Лёгкий бег с несколькими короткими ускорениями: техника и экономичность без усталости.
plan-objective-endurance = Выносливость: время в движении готовит к дню старта. Держите легко.
plan-objective-recovery = Восстановление: совсем легко, просто размяться. Быстрее — значит только больше усталости.
plan-objective-aerobic-strength = Темп: ощутимо, но терпимо и долго — поднимает скорость, которую вы держите долго.
plan-objective-lactate-threshold = Порог: поднимает усилие, которое вы держите около часа, — лучший предиктор темпа на старте.
plan-objective-vo2max = МПК: короткие тяжёлые отрезки поднимают аэробный потолок. Тяжело на отрезках, по-настоящему легко между ними.
plan-objective-race-specific = Соревновательный темп: репетиция усилия (и питания) дня старта.
plan-objective-sub-threshold = Свит-спот: чуть ниже порога — много пользы при умеренной усталости.
plan-objective-technique = Техника: упражнения и расслабленное плавание, чтобы плыть с меньшими усилиями.
plan-objective-transition = Связка: бег сразу после вело, чтобы ноги знали этот переход в день старта.
plan-objective-sharpen = Активация: несколько бодрых ускорений, чтобы быть свежим и острым к главному.
plan-objective-easier-option = Лёгкий вариант.
plan-objective-race = День старта: начинайте ровно, ешьте и пейте как на тренировках и получайте удовольствие.

## Предупреждения плана и заметки недель
plan-notice-insufficient-time = До старта всего { $weeks_available } нед., а хорошая подготовка к этой дистанции занимает { $weeks_recommended }. План сделает всё возможное, но старт { $recommended_date } или позже позволил бы подойти к нему лучше подготовленным.
plan-notice-shorter-race = Или выберите в этот раз дистанцию короче: { $race }.
plan-notice-volume-below-distance-needs = На пике план даёт лишь { $peak_hours } ч в неделю, а этой дистанции обычно нужно около { $recommended_hours } ч. Финишировать реально, выступить в полную силу — вряд ли; больше времени (/settings) помогло бы.
plan-notice-hours-below-recommended = { $hours } ч в неделю — меньше, чем обычно нужно для этой цели ({ $recommended } ч). План выжмет максимум; если найдёте больше времени, обновите его в /settings.
plan-notice-hours-capped-for-goal = У вас { $hours } ч в неделю, но этой цели хватит { $cap } ч: план на этом останавливается — больше добавило бы усталости, а не формы.
plan-notice-long-day-unavailable = Для длительных тренировок выбран день «{ $weekday }», но в этот день вы не тренируетесь, поэтому они стоят на день «{ $used_weekday }».
plan-notice-no-pool-days = Нет дней с бассейном, поэтому плавания в плане нет: это время отдано велосипеду и бегу. Добавьте дни с бассейном в /settings.
plan-notice-few-training-days = Всего { $days } дн. тренировок в неделю: тренировки длиннее, чтобы уложить часы. Ещё один день сделал бы план легче.
plan-notice-discipline-follows-goal = Ваша цель — старт по дисциплине «{ $used }», поэтому план готовит к нему, а не только к дисциплине «{ $requested }».
plan-notice-injury-intensity-removed = Из-за травмы { $sport } остаётся лёгким: никаких тяжёлых отрезков.
plan-notice-injury-notes-present = Вы отметили травму: прислушивайтесь к телу, остановитесь, если больно, и обратитесь к специалисту, если не проходит.
plan-notice-masters-recovery-cadence = В { $age } лет восстановление занимает больше времени: каждая третья неделя лёгкая (две недели нагрузки, одна — восстановления).
plan-notice-taper-shortened = Подводка — { $weeks } нед. вместо { $recommended }: больше времени до старта нет.
plan-notice-no-thresholds = Для вида «{ $sport }» пока нет порога, поэтому цели — по ощущениям (RPE и разговорный тест). Полевой тест даст точные цифры — см. /settings.
plan-notice-general-fitness-block = Без старта план идёт блоками по { $weeks } нед., следующий начнётся, когда закончится этот.
plan-notice-phase-start = Начинается фаза «{ $phase }».
plan-notice-recovery-week = { $every ->
    [one] Неделя восстановления после { $every } нагрузочной: около { $pct } % обычного объёма, чтобы тренировки дали эффект.
   *[other] Неделя восстановления после { $every } нагрузочных: около { $pct } % обычного объёма, чтобы тренировки дали эффект.
}
plan-notice-taper-week = Подводка: объём меньше на { $reduction_pct } %, интенсивность сохранена, чтобы выйти на старт свежим.
plan-notice-race-week = Неделя старта: коротко и остро, к дню старта — отдохнувшим.
plan-notice-partial-week = План начинается { $from_date }: эта неделя спланирована частично.
plan-notice-volume-progression = Объём { $pct } % к прошлой нагрузочной неделе.
plan-notice-hours-at-budget = На пределе ваших { $hours } ч в неделю.
plan-notice-ramp-limited-by-fitness = Легче, чем позволяют ваши часы, чтобы форма росла безопасно (нагрузка до { $max_load }).
plan-notice-intensity-capped = { $count ->
    [one] { $count } тяжёлая тренировка облегчена, чтобы неделя оставалась в основном лёгкой (80/20).
    [few] { $count } тяжёлые тренировки облегчены, чтобы неделя оставалась в основном лёгкой (80/20).
   *[many] { $count } тяжёлых тренировок облегчено, чтобы неделя оставалась в основном лёгкой (80/20).
}
plan-notice-sessions-not-placed = { $count ->
    [one] { $count } тренировка не поместилась в ваши дни.
    [few] { $count } тренировки не поместились в ваши дни.
   *[many] { $count } тренировок не поместилось в ваши дни.
}
plan-notice-regenerated = Перестроена с этого дня после изменений профиля.
plan-notice-adapted = { $change ->
    [light_adjustment] Изменена по итогам прошлой недели: объём держится, а не растёт.
    [cut_intensity] Изменена по итогам прошлой недели: без тяжёлых тренировок.
    [repeat_week] Изменена по итогам прошлой недели: тренировки прошлой недели ещё раз.
    [return_ramp] Изменена по итогам прошлой недели: лёгкое возвращение после болезни или травмы.
   *[other] Изменена по итогам прошлой недели.
}

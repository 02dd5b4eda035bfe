## /profile: the summary, the thresholds and the zones

profile-saved = ✅ <b>Сохранено.</b>
profile-rescored = ♻️ Нагрузка пересчитана по порогам, действовавшим в день тренировки: изменилась у { $count ->
    [one] { $count } тренировки
   *[other] { $count } тренировок
}.
profile-missing = Профиль ещё не настроен — отправьте /start, и я задам несколько коротких вопросов.
profile-private-only = 👋 Профиль — дело личное, он живёт в нашем личном чате — нажмите: { $link }

summary-title = 👤 <b>Ваш профиль</b>
summary-sport = 🏅 <b>Спорт</b>: { $sports } · { $experience } · { $races ->
    [one] { $races } старт завершён
    [few] { $races } старта завершено
   *[other] { $races } стартов завершено
}
summary-goal-general = 🎯 <b>Цель</b>: общая форма
summary-goal-race = 🎯 <b>Цель</b>: { $race } · { $date } · приоритет { $priority } · цель по времени: { $target }
summary-week = 📅 <b>Неделя</b>: { $hours } · { $days } · длинная тренировка: { $long }{ $pool }
summary-pool-days = { " · " }бассейн: { $days }
summary-pool-none = { " · " }без бассейна
summary-equipment = ⌚ <b>Оборудование</b>: { $kit } · { $watch }
summary-body = 🧍 <b>О себе</b>: { $year } г. р. · { $sex } · { $weight }
summary-thresholds = 📈 <b>Пороги</b>: { $values }
summary-thresholds-none = пока нет
summary-health = 🩹 <b>Травмы и ограничения</b>: { $injuries }
summary-time = 🕒 <b>Время</b>: { $zone } · сводка в { $time } · { $units }
summary-edit-sport = ✏️ Спорт
summary-edit-goal = ✏️ Цель
summary-edit-week = ✏️ Неделя
summary-edit-equipment = ✏️ Оборудование
summary-edit-body = ✏️ О себе
summary-edit-thresholds = ✏️ Пороги
summary-edit-health = ✏️ Травмы
summary-edit-time = ✏️ Время и сводка

th-name-ftp = FTP
th-name-run_threshold_pace = пороговый темп
th-name-css = CSS
th-name-lthr = ПАНО
th-name-hr_max = ЧСС макс.
th-name-resting_hr = пульс покоя
th-value = { $name } { $value }
th-source-mark-estimated = (оценка)
th-source-mark-test = (тест)
th-source-measured = измерено
th-source-test = полевой тест
th-source-estimated = оценка
th-line = • <b>{ $name }</b>: { $value } — { $source }, с { $date } · в истории { $count ->
    [one] { $count } значение
    [few] { $count } значения
   *[other] { $count } значений
}
th-line-missing = • <b>{ $name }</b>: не задан
th-screen =
    📈 <b>Ваши пороги</b> (действующие сегодня):
    { $lines }

    Нажмите на порог, чтобы ввести новое значение. Прежние значения остаются в истории, и прошлые тренировки сохраняют те числа, с которыми были сделаны.
th-saved = ✅ Сохранено: { $value }, с { $date }. Прежние значения остались в истории.
th-unchanged = Ничего не изменилось: { $name } остаётся прежним.

zones-title = 📊 <b>Ваши зоны</b>
zones-none = Пока не могу рассчитать зоны: нужен хотя бы один порог или максимальный пульс.
zones-heart_rate = <b>Пульс</b> — { $model }, по: { $basis }
zones-power = <b>Мощность</b> — { $model }, по: { $basis }
zones-run_pace = <b>Темп бега</b> — { $model }, по: { $basis }
zones-swim_pace = <b>Темп плавания</b> — { $model }, по: { $basis }
zones-model-coggan_power = Коган
zones-model-coggan_hr = Коган
zones-model-friel_run_hr = Фрил (бег)
zones-model-friel_bike_hr = Фрил (велосипед)
zones-model-karvonen = Карвонен (резерв пульса)
zones-model-percent_hr_max = % от ЧСС макс.
zones-model-friel_run_pace = Фрил
zones-model-css_swim_pace = CSS
zones-model-custom = ваши собственные
zones-row = Z{ $label } { $name }: { $range }
zones-up-to = до { $value }
zones-above = выше { $value }
zones-slower = медленнее { $value }
zones-faster = быстрее { $value }
zones-tests =
    Чтобы измерить то, что я оценил или чего пока не знаю:
    { $tests }
    Результат можно прислать в любой момент: /settings → Пороги.

zone-active_recovery = Активное восстановление
zone-endurance = Выносливость
zone-tempo = Темп
zone-lactate_threshold = Лактатный порог
zone-vo2max = МПК
zone-anaerobic_capacity = Анаэробная ёмкость
zone-neuromuscular = Нейромышечная мощность
zone-recovery = Восстановление
zone-aerobic = Аэробная
zone-subthreshold = Подпороговая
zone-superthreshold = Надпороговая
zone-aerobic_capacity = Аэробная мощность
zone-very_light = Очень лёгкая
zone-light = Лёгкая
zone-moderate = Умеренная
zone-hard = Тяжёлая
zone-maximum = Максимальная
zone-threshold = Пороговая

## Values with their units
fmt-when = { $date }, { $time }
fmt-watts = { $value } Вт
fmt-bpm = { $value } уд/мин
fmt-kg = { $value } кг
fmt-lb = { $value } фнт
fmt-km = { $value } км
fmt-mi = { $value } миль
fmt-m = { $value } м
fmt-pace-km = { $pace }/км
fmt-pace-mi = { $pace }/миля
fmt-pace-100m = { $pace }/100 м
fmt-pace-100yd = { $pace }/100 ярдов

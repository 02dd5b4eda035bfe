# Графики-картинки (/fitness и кнопки 📈). Подписи на картинке — простой текст: без HTML и «&».
cmd-fitness = Фитнес, усталость и свежесть на графике
chart-btn-open = 📈 График
chart-btn-readiness = 📈 Готовность: динамика
chart-btn-week = 📈 Неделя на графике
chart-btn-6w = 6 недель
chart-btn-3m = 3 месяца
chart-btn-1y = Год
chart-gone = Этого графика больше нет: то, к чему он относился, удалено.
chart-none-fitness = Нагрузки пока нет, рисовать нечего. Пришлите файл тренировки или запишите её через /log — с этого дня начнёт расти фитнес.
chart-none-plan = Плана пока нет: заполните профиль через /start.
chart-none-week = Этой недели в плане больше нет.
chart-none-readiness = За последние 60 дней нет ни одного чек-ина. Отвечайте на /checkin по утрам (добавьте «hrv 62 rhr 48», если часы это меряют) — и здесь появится динамика.
chart-none-activity = У этой тренировки нет записанных данных для графика: её внесли вручную или в файле нет записи по времени.

fitness-title = 📈 <b>Фитнес, усталость и свежесть сегодня</b>
fitness-numbers = Фитнес <b>{ $ctl }</b> · усталость <b>{ $atl }</b> · свежесть <b>{ $tsb }</b> ({ $zone })
fitness-ramp = Изменение фитнеса за 7 дней: { $ramp }
fitness-acwr = Соотношение острой и хронической нагрузки: { $acwr } (обычно 0,8–1,3; границы спорные, это ориентир, а не правило)
fitness-acwr-unsure = Соотношение острой и хронической нагрузки: — (пока мало данных: нужно 4 недели тренировок)
fitness-hint = Фитнес — нагрузка за последние ~6 недель, усталость — за последнюю неделю; свежесть — разница между ними на утро сегодняшнего дня.

chart-fitness-title = Фитнес, усталость и свежесть
chart-fitness-load = Нагрузка за день
chart-fitness-planned-load = Нагрузка по плану
chart-fitness-load-axis = Нагрузка за день
chart-fitness-fitness-axis = Фитнес и усталость
chart-fitness-ctl = Фитнес
chart-fitness-atl = Усталость
chart-fitness-tsb = Свежесть
chart-fitness-form-axis = Свежесть
chart-fitness-today = сегодня
chart-fitness-race = Старт
chart-fitness-zone-transition = Переходная
chart-fitness-zone-fresh = Свежая
chart-fitness-zone-grey = Серая зона
chart-fitness-zone-optimal = Оптимальная
chart-fitness-zone-high-risk = Высокий риск
chart-caption-fitness-6w = Последние 6 недель: сегодня фитнес { $ctl }, усталость { $atl }, свежесть { $tsb }.
chart-caption-fitness-3m = Последние 3 месяца: сегодня фитнес { $ctl }, усталость { $atl }, свежесть { $tsb }.
chart-caption-fitness-1y = Последний год: сегодня фитнес { $ctl }, усталость { $atl }, свежесть { $tsb }.
chart-caption-fitness-planned = Пунктир — план до { $day }.

chart-week-title = Неделя: план и сделанное
chart-week-minutes-axis = Минуты
chart-week-planned = По плану
chart-week-green = Точно по плану
chart-week-yellow = Частично
chart-week-red = Пропущено или далеко от плана
chart-week-unplanned = Вне плана
chart-caption-week = Неделя { $number } с { $monday }: сделано { $done } из { $planned } запланированных минут; цвет — насколько каждая тренировка совпала с планом.

chart-readiness-title = Готовность за 60 дней
chart-readiness-hrv-axis = ВСР, мс
chart-readiness-band = Ваша норма
chart-readiness-rmssd = Утренний rMSSD
chart-readiness-hrv-mean = Среднее за 7 дней
chart-readiness-rhr-axis = Пульс покоя, уд/мин
chart-readiness-rhr = Пульс покоя
chart-readiness-rhr-baseline = Ваш обычный
chart-readiness-verdict-axis = День
chart-caption-readiness = ВСР относительно вашей нормы и пульс покоя за 60 дней: зелёных дней { $green }, жёлтых { $amber }, красных { $red }.

chart-activity-title = { $sport }, { $day }
chart-activity-minutes-axis = Минуты
chart-activity-power = Мощность
chart-activity-watts = Вт
chart-activity-heart-rate = Пульс
chart-activity-bpm = уд/мин
chart-activity-pace = Темп
chart-unit-per-km = мин/км
chart-unit-per-mile = мин/миля
chart-unit-per-100m = мин/100 м
chart-unit-per-100yd = мин/100 ярдов
chart-caption-activity = { $minutes } мин, { $laps ->
    [one] один отрезок
    [few] { $laps } отрезка (пунктир)
    [many] { $laps } отрезков (пунктир)
   *[other] { $laps } отрезка (пунктир)
}; ваши зоны закрашены.
chart-sport-run = Бег
chart-sport-bike = Велотренировка
chart-sport-swim = Плавание
chart-sport-strength = Силовая
chart-sport-brick = Связка
chart-sport-walk = Ходьба
chart-sport-hike = Поход
chart-sport-ski = Лыжи
chart-sport-row = Гребля
chart-sport-other = Тренировка

## Commands shown in Telegram's menu
cmd-log = Записать тренировку без файла
cmd-checkin = Утренний опрос: сон, мышцы, ВСР
cmd-history = Последние тренировки

## Виды спорта
act-sport-run = Бег
act-sport-bike = Велосипед
act-sport-swim = Плавание
act-sport-strength = Силовая
act-sport-walk = Ходьба
act-sport-hike = Поход
act-sport-ski = Лыжи
act-sport-row = Гребля
act-sport-other = Тренировка
act-sport-transition = Транзит
act-multisport = Мультиспорт
act-multisport-total = Всего { $parts } · 📈 нагрузка <b>{ $load }</b>
act-ask-rpe-legs = Насколько тяжело дался каждый этап? Оцените от 1 (очень легко) до 10 (максимум) в его рядах кнопок ниже.
act-rpe-saved-card = ✅ RPE { $rpe } сохранён. Если хотите, напишите заметку (самочувствие, боль, условия).

## Карточка тренировки
act-card-title = { $icon } <b>{ $sport }</b> · { $when }
act-leg = Этап { $leg } из { $legs } мультиспортивного файла
act-duration = ⏱ { $value }
act-distance = 📏 { $value }
act-speed-kmh = { $value } км/ч
act-speed-mph = { $value } миль/ч
act-untimed = Без отметок времени: показатели по времени (темп, зоны, нагрузка по времени) не считаются.
act-hr = ❤️ пульс { $avg } в среднем, { $max } макс.
act-power = ⚡ { $avg } Вт в среднем
act-power-np = ⚡ { $avg } Вт в среднем, NP { $np } Вт
act-ascent = ⛰ набор { $value } м
act-ascent-ft = ⛰ набор { $value } фт
act-load = 📈 Нагрузка <b>{ $load }</b> ({ $method })
act-load-if = 📈 Нагрузка <b>{ $load }</b> ({ $method }, IF { $intensity })
act-load-none = 📈 Нагрузки пока нет: оцените, насколько было тяжело (RPE), и я её посчитаю.
act-method-power = по мощности
act-method-pace = по темпу
act-method-swim_pace = по темпу плавания
act-method-heart_rate = по пульсу
act-method-session_rpe = по RPE
act-method-service = по расчёту intervals.icu
act-load-note-power-all-zero = ⚠️ Датчик мощности передавал одни нули: нагрузка посчитана по другим данным.
act-load-note-scaled-partial = ⚠️ Запись охватывает { $percent } % времени тренировки: нагрузка посчитана так, будто остальное время прошло так же.
act-load-note-power-partial = ⚠️ Мощность записана только за { $percent } % времени тренировки: нагрузка посчитана по другим данным.
act-load-note-pace-partial = ⚠️ Темп записан только за { $percent } % времени тренировки: нагрузка посчитана по другим данным.
act-zones-power = Зоны мощности: { $zones }
act-zones-heart_rate = Пульсовые зоны: { $zones }
act-zones-run_pace = Зоны темпа: { $zones }
act-zones-swim_pace = Зоны темпа плавания: { $zones }
act-rpe-line = 💬 RPE { $rpe }/10
act-note-line = 📝 { $note }
act-fitness = Фитнес { $ctl } · усталость { $atl } · свежесть { $tsb }
act-sport-unknown = ❓ В файле не указан вид спорта. Выберите его ниже — я пересчитаю.
act-session = { $kind }: { $sport }
act-session-endurance = Выносливость
act-session-tempo = Темп
act-session-threshold = Порог
act-session-intervals = Интервалы
act-session-recovery = Восстановление
act-session-long = Длительная
act-session-race = Старт
act-matched = 📅 По плану: { $title }, { $day } ({ $planned })
act-matched-compliance = 📅 По плану: { $title }, { $day } ({ $planned }) — { $percent }% от плана ({ $basis }) { $color }
act-basis-duration = время
act-basis-distance = дистанция
act-basis-load = нагрузка
act-color-green = 🟢
act-color-yellow = 🟡
act-color-red = 🔴

## Кнопки
act-btn-plan = 🔗 Тренировка плана
act-btn-delete = 🗑 Удалить
act-btn-delete-yes = 🗑 Да, удалить
act-btn-back = « Назад
act-btn-skip = Пропустить
act-btn-no-note = Без заметки
act-btn-unmatch = ✖ Не из плана

## После тренировки
act-ask-rpe = Насколько было тяжело? Оцените всю тренировку от 1 (очень легко) до 10 (максимум).
act-rpe-saved = ✅ Оценка RPE { $rpe } сохранена. Хотите что-то отметить (самочувствие, боль, условия)? Просто напишите.
act-rpe-skipped = Хорошо, без RPE.
act-note-saved = 📝 Заметка сохранена.
act-note-skipped = Хорошо, без заметки.
act-gone = Этой тренировки больше нет.
act-rematch = Выберите тренировку плана или отметьте, что её не было в плане.
act-rematch-none = Рядом с этим днём нет тренировок плана.
act-rematch-taken = Эту тренировку плана уже закрывает другая тренировка.
act-matched-done = Связано с тренировкой плана.
act-unmatched-done = Не связано с планом.
act-delete-confirm = Удалить тренировку? Её нагрузка уйдёт из истории фитнеса, усталости и свежести.
act-deleted = 🗑 Удалено: { $sport }, { $day }. Фитнес, усталость и свежесть пересчитаны с этого дня.

## Загрузка файлов
upload-error-telegram_too_big = Файл больше { $limit_mb } МБ — больше ботам Telegram скачать не даёт. Пришлите его в архиве (.zip или .gz) или экспортируйте короче.
upload-error-empty_file = Файл пустой — ничего не сохранено. Попробуйте экспортировать его ещё раз.
upload-error-file_too_large = Файл больше { $limit_mb } МБ — ничего не сохранено. Пришлите его в архиве или экспортируйте в FIT, он меньше.
upload-error-unrecognised_file = { $file_name } — не файл тренировки (похоже на { $detected }). Пришлите FIT, TCX или GPX из часов или приложения.
upload-error-unsupported_format = Файлы { $format } не поддерживаются. Экспортируйте тренировку в FIT, TCX или GPX.
upload-error-not_an_activity = Это FIT-файл типа <b>{ $file_type }</b>, а не записанная тренировка — ничего не сохранено. Пришлите файл активности (у Garmin — из папки Activity).
upload-error-no_track = В этом GPX нет записанного трека ({ $waypoints } точек, { $route_points } точек маршрута) — ничего не сохранено. Пришлите запись тренировки.
upload-error-no_activity_data = В файле { $format } нет данных тренировки — ничего не сохранено.
upload-error-truncated_file = Файл обрывается на { $bytes_read } байте — ничего не сохранено. Попробуйте экспортировать его ещё раз.
upload-error-corrupt_file = Файл { $format } повреждён на байте { $offset } (часть: { $part }) — ничего не сохранено. Попробуйте экспортировать его ещё раз.
upload-part-header = заголовок
upload-part-data = записи
upload-part-xml = XML
upload-part-compression = сжатие
upload-error-storage_quota = Ваши сохранённые файлы тренировок заняли { $limit_mb } МБ (сейчас { $used_mb } МБ), поэтому этот файл не сохранён. Удалите ненужные тренировки в /history, чтобы освободить место.
upload-error-download_failed = Не получилось скачать файл из Telegram: { $reason }. Ничего не сохранено — пришлите его ещё раз через минуту.
download-reason-refused = Telegram отказал ({ $detail })
download-reason-telegram = Telegram не ответил ({ $detail })
download-reason-status = файловый сервер Telegram ответил ошибкой { $status }
download-reason-network = соединение оборвалось или не дождалось ответа
upload-error-corrupt_archive = Архив { $format } повреждён и не открывается — ничего не сохранено.
upload-error-archive_too_large = В распакованном виде архив больше { $limit_mb } МБ — ничего не сохранено. Присылайте меньше тренировок за раз.
upload-error-archive_ratio = Этот архив распаковывается больше чем в { $ratio } раз — экспорт тренировок так не сжимается, поэтому я его не открыл. Пришлите сами файлы тренировок.
upload-error-archive_too_many_files = В архиве { $members } файлов, а я читаю не больше { $limit } за раз. Присылайте меньше тренировок.
upload-error-nested_archive = { $file_name } — архив внутри архива. Распакуйте его и пришлите файл тренировки.
upload-error-encrypted_member = { $file_name } защищён паролем, я не могу его прочитать.
upload-error-archive_nothing_usable = Ни один из { $members } файлов архива не читается как тренировка — ничего не сохранено.
upload-error-ingest_error = Не получилось прочитать файл — ничего не сохранено. Экспортируйте его ещё раз в FIT, TCX или GPX.
upload-lost-trailing_data = Сама тренировка цела (записей: { $records_recovered }, { $time_recovered }); повреждены только байты после неё. Сохранить?
upload-lost-records_partial = Итоги устройства на месте ({ $time_total }, { $distance_total }), но записи обрываются на { $time_recorded }-й минуте, на отметке { $distance_recorded }. При сохранении останутся итоги и нагрузка по ним; зоны и графики — только по записанной части. Сохранить то, что есть?
upload-lost-summary = Целы записи: { $records_recovered } ({ $time_recovered }); итоги устройства и всё после последней целой записи потеряны (итоги посчитаю по записям). Сохранить то, что есть?
upload-lost-records = Целы записи: { $records_recovered } ({ $time_recovered }); данные после них потеряны. Сохранить то, что есть?
upload-lost-trivial = Читается только { $time_recovered } и { $distance_recovered } — сохранять тут нечего.
upload-lost-everything = Восстановить ничего не удалось.
upload-btn-save-part = 💾 Сохранить то, что есть
upload-btn-drop = ✖ Не сохранять
upload-dropped = Хорошо, ничего не сохранено.
upload-salvaged = 💾 Сохранил целую часть (тренировок: { $count }).
upload-duplicate-file = ♻️ Этот файл у меня уже есть: { $sport }, { $when }. Ничего нового не сохранено.
upload-duplicate-workout = ♻️ Эта тренировка у меня уже есть из другого файла или приложения: { $sport }, { $when }. Оставил первую.
upload-replaced-logged = 🔁 Это та тренировка, что вы записали вручную ({ $sport }, { $when }): файл заменяет ту запись, сохраняя вашу оценку RPE, заметку и связь с планом, — она учтётся один раз.
upload-member-failed = ⚠️ { $name }: { $reason }
upload-untimed = В файле { $count ->
        [one] трек
       *[other] треков: { $count }
    } ({ $distance }) без отметок времени. Какого это было числа? Нажмите или напишите дату, например 12.03.
upload-btn-today = Сегодня
upload-btn-yesterday = Вчера
upload-ask-duration = Дата: { $day }. Сколько длилась тренировка? Напишите, например 1ч20 или 45 мин — или сохраните без показателей по времени.
upload-untimed-many = Дата: { $day }. В треках нет времени: нажмите ниже, чтобы сохранить их без показателей по времени.
upload-btn-no-duration = Сохранить без времени

## /history
history-empty = Тренировок пока нет. Пришлите файл FIT, TCX или GPX или запишите тренировку через /log.
history-title = <b>Ваши тренировки</b> ({ $shown } из { $total }). Нажмите номер, чтобы открыть.
history-load = нагрузка { $load }
history-no-load = без нагрузки
history-newer = « Новее
history-older = Старше »

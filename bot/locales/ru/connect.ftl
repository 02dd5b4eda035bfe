## /connect: intervals.icu и Strava
cmd-connect = Подключить intervals.icu или Strava
connect-title = 🔗 <b>Подключённые сервисы</b>
connect-intro = Подключите intervals.icu — и тренировки, HRV, пульс покоя и сон будут приходить сами: с Garmin, Wahoo, COROS, Polar, Oura, Whoop и всего, что у вас связано с intervals.icu. А тренировки из плана попадут в ваш календарь intervals.icu и оттуда — на часы или велокомпьютер.
connect-unavailable = На этом сервере Tempo подключение сервисов выключено: нет ENCRYPTION_KEY, чтобы надёжно хранить ключи. Напишите тому, кто его администрирует.
connect-none = Пока ничего не подключено.
connect-intervals-on = <b>intervals.icu</b> ✅ подключён (атлет { $external })
connect-intervals-revoked = <b>intervals.icu</b> ⚠️ доступ отозван — подключите заново, чтобы синхронизация продолжилась.
connect-strava-on = <b>Strava</b> ✅ подключена (атлет { $external }). Тренировки из Strava видите только вы.
connect-strava-revoked = <b>Strava</b> ⚠️ доступ отозван — подключите заново, чтобы синхронизация продолжилась.
connect-last-sync = Последняя синхронизация: { $when } — { $result }
connect-never-synced = Синхронизации ещё не было.
connect-result-ok = { $stored ->
    [0] ничего нового
    [one] { $stored } новая тренировка
    [few] { $stored } новые тренировки
   *[other] { $stored } новых тренировок
  }{ $wellness ->
    [0] {""}
    [one] , { $wellness } день самочувствия
    [few] , { $wellness } дня самочувствия
   *[other] , { $wellness } дней самочувствия
  }
connect-running = Сейчас идёт синхронизация.
connect-export-on = 📅 План отправляется в ваш календарь intervals.icu.
connect-export-off = 📅 План в intervals.icu не отправляется.
connect-btn-key = 🔑 Подключить intervals.icu по API-ключу
connect-btn-intervals-oauth = 🔗 Войти через intervals.icu
connect-btn-strava = 🟧 Подключить Strava
connect-btn-sync = 🔄 Синхронизировать
connect-btn-export-on = 📅 Отправлять план в intervals.icu
connect-btn-export-off = 📅 Не отправлять план
connect-btn-disconnect-intervals = Отключить intervals.icu
connect-btn-disconnect-strava = Отключить Strava
connect-btn-yes-disconnect = Да, отключить
connect-btn-keep = Оставить
connect-ask-key =
    🔑 Вставьте сюда ваш API-ключ intervals.icu.

    Он в intervals.icu: <b>Settings → Developer Settings → API key</b> (нажмите «View»). Сообщение с ключом я удалю, как только прочитаю, а сам ключ храню в зашифрованном виде. /cancel — отмена.
connect-key-deleted = (Сообщение с ключом я удалил.)
connect-connected = ✅ intervals.icu подключён, атлет <b>{ $name }</b>.
connect-connected-strava = ✅ Strava подключена. Тренировки из Strava видите только вы — ни тренер, ни команда, ни ИИ-тренер их не получают.
connect-ask-months = За какой срок загрузить историю? Тренировки с пульсом, мощностью и темпом, а также ежедневные HRV, пульс покоя, сон и вес.
connect-months = { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
   *[other] { $months } месяцев
  }
connect-import-started = ⏳ Загружаю { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
   *[other] { $months } месяцев
  } из { $service }…
connect-import-progress = ⏳ Загрузка из { $service }: { $done } из { $total } тренировок…
connect-import-done =
    ✅ <b>Загрузка завершена.</b> Загружено: { $stored ->
        [0] новых тренировок нет
        [one] { $stored } тренировка
        [few] { $stored } тренировки
       *[other] { $stored } тренировок
    }, { $wellness ->
        [0] дней самочувствия нет
        [one] { $wellness } день самочувствия
        [few] { $wellness } дня самочувствия
       *[other] { $wellness } дней самочувствия
    }{ $duplicates ->
        [0] .
       *[other] ; ещё { $duplicates } уже были у меня, второй раз я их не сохранял.
    }
    Дальше синхронизирую каждый час и перед утренней сводкой.
connect-import-failed = ⚠️ Загрузка прервалась: { $reason } Всё, что успело загрузиться, сохранено; /connect — попробовать снова.
connect-already-running = Синхронизация уже идёт — сначала закончу её.
connect-sync-started = 🔄 Синхронизирую…
connect-thresholds-offer =
    В intervals.icu у вас такие пороги:
    { $lines }
    Взять их в Tempo? По ним считаются зоны, нагрузка и целевые значения в плане.
connect-threshold-line = • { $name }: <b>{ $value }</b>{ $current ->
    [none] {""}
   *[other] {" "}(в Tempo сейчас { $current })
  }
connect-btn-use-thresholds = ✅ Взять
connect-btn-keep-thresholds = Оставить мои
connect-thresholds-used = ✅ Пороги обновлены по данным intervals.icu.
connect-thresholds-kept = Хорошо, пороги остаются прежними.
connect-disconnect-confirm = Отключить { $service }? Ключ и токены я удалю. { $service ->
    [Strava] Все тренировки, пришедшие из Strava, будут удалены из Tempo — этого требуют правила Strava.
   *[other] Уже загруженные тренировки останутся.
  }
connect-disconnected = { $service } отключён, ключи удалены.
connect-export-now-on = 📅 Ближайшие тренировки отправляются в ваш календарь intervals.icu.
connect-export-now-off = 📅 Готово: убрал тренировки Tempo из календаря intervals.icu и больше не буду их отправлять.
connect-stale = Эта кнопка из старого сообщения. /connect покажет, что сейчас.
connect-error-not_a_key = Это не похоже на API-ключ intervals.icu (около двадцати букв и цифр). Скопируйте его ещё раз в Settings → Developer Settings или нажмите /cancel.
connect-error-wrong_key = intervals.icu не принял этот ключ. Проверьте, что скопировали его целиком (Settings → Developer Settings → API key), и вставьте снова — или /cancel.
connect-error-no_encryption = На этом сервере подключение сервисов выключено (нет ENCRYPTION_KEY).
connect-error-expired = Ссылка для входа устарела. Откройте /connect и нажмите кнопку ещё раз.
connect-error-refused = Сервис отклонил вход. Откройте /connect и попробуйте снова.
sync-error-revoked = сервис больше не принимает наш доступ (его отозвали или сменили ключ).
sync-error-forbidden = сервис не дал доступа к этим данным.
sync-error-not_found = сервис не нашёл запрошенное.
sync-error-rate_limited = сервис попросил снизить частоту запросов; продолжу при следующей синхронизации.
sync-error-unavailable = сервис сейчас не отвечает; попробую снова в течение часа.
sync-error-timeout = сервис слишком долго не отвечал; попробую снова в течение часа.
sync-error-malformed = сервис прислал ответ, который я не смог прочитать; попробую снова в течение часа.
sync-error-failed = что-то пошло не так на стороне сервиса; попробую снова в течение часа.
sync-error-not_connected = сервис больше не подключён.
connect-error-unavailable = intervals.icu сейчас не отвечает. Ничего не сохранено — попробуйте через несколько минут.
connect-error-timeout = intervals.icu слишком долго не отвечал. Ничего не сохранено — попробуйте через несколько минут.
connect-error-rate_limited = intervals.icu попросил подождать. Ничего не сохранено — попробуйте через несколько минут.
connect-error-malformed = intervals.icu прислал непонятный ответ. Ничего не сохранено — попробуйте позже.
connect-error-not_found = intervals.icu не нашёл вашего атлета. Проверьте ключ и попробуйте снова.
connect-error-forbidden = intervals.icu не дал доступа с этим ключом. Проверьте его и попробуйте снова.
connect-error-failed = Подключиться не удалось из-за ошибки на стороне intervals.icu. Ничего не сохранено — попробуйте позже.
sync-revoked-intervals = ⚠️ intervals.icu больше не принимает доступ Tempo, синхронизация остановлена. Откройте /connect, чтобы подключиться заново.
sync-revoked-strava = ⚠️ Strava больше не принимает доступ Tempo, синхронизация остановлена. Откройте /connect, чтобы подключиться заново.
sync-strava-deauthorized = Вы отозвали доступ Tempo в Strava, поэтому я отключил её и удалил все тренировки, пришедшие из Strava. Остальные данные не тронуты.
oauth-page-done = Подключено — можно вернуться в Telegram.
oauth-page-failed = Не получилось — вернитесь в Telegram и откройте /connect, чтобы попробовать снова.
threshold-name-ftp = FTP
threshold-name-lthr = Пороговый пульс
threshold-name-hr_max = Максимальный пульс
threshold-name-run_threshold_pace = Пороговый темп
threshold-name-css = CSS (плавание)

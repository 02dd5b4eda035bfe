## The first days of a plan (issue 16): the start, the introduction week, sessions that did not fit

plan-before-start = 🗓 <b>Dein Plan beginnt am { $date }.</b> Bis dahin gibt es nichts zu tun: erhol dich und freu dich drauf.
plan-before-start-first = Zuerst: <b>{ $day }</b> · { $icon } { $title } · { $duration }
plan-week-before-start = { $day } · bevor dein Plan beginnt
plan-overview-starts = Dein Plan beginnt am { $date }.
plan-overview-week-from = { $number } · ab { $date } · { $phase } · { $hours }
plan-overview-week-from-current = 👉 <b>{ $number } · ab { $date } · { $phase } · { $hours }</b>

plan-notice-intro-week = { $source ->
    [recent] Einstiegswoche: Der Plan beginnt dort, wo du stehst – etwa { $hours } h pro Woche, nach deinem jüngsten Training.
   *[estimate] Einstiegswoche: Der Plan beginnt sanft, mit etwa { $hours } h pro Woche – geschätzt aus deiner Erfahrung und den Stunden, die du hast.
}
plan-notice-volume-over-start = { $source ->
    [recent] Umfang { $pct } % über deinem jüngsten Training (etwa { $hours } h pro Woche).
   *[estimate] Umfang { $pct } % über dem Startniveau (etwa { $hours } h pro Woche, geschätzt aus deiner Erfahrung und deinen Stunden).
}
plan-notice-session-not-placed = { $reason ->
    [no_pool_day] { $title } ({ $duration_s }) passte nicht: Diese Woche war kein Schwimmbadtag dafür frei.
    [too_short] { $title } passte nicht: Die { $duration_s }, die diese Woche dafür übrig sind, reichen nicht für eine sinnvolle Einheit.
    [ramp] { $title } ({ $duration_s }) wurde weggelassen, damit deine Fitness diese Woche sicher steigt.
    [no_days] { $title } ({ $duration_s }) passte nicht: Diese Woche ist kein Trainingstag mehr frei.
   *[days_full] { $title } ({ $duration_s }) passte nicht: { $days ->
        [one] Der einzige Trainingstag dieser Woche ist schon voll (höchstens zwei Einheiten am Tag, eine pro Sportart).
       *[other] Die { $days } Trainingstage dieser Woche sind schon voll (höchstens zwei Einheiten am Tag, eine pro Sportart).
    }
}

## The first days of a plan (issue 16): the start, the introduction week, sessions that did not fit

plan-before-start = 🗓 <b>Tu plan empieza el { $date }.</b> Hasta entonces, nada que hacer: descansa y prepárate con ganas.
plan-before-start-first = Lo primero: <b>{ $day }</b> · { $icon } { $title } · { $duration }
plan-week-before-start = { $day } · antes de que empiece tu plan
plan-overview-starts = Tu plan empieza el { $date }.
plan-overview-week-from = { $number } · desde el { $date } · { $phase } · { $hours }
plan-overview-week-from-current = 👉 <b>{ $number } · desde el { $date } · { $phase } · { $hours }</b>

plan-notice-intro-week = { $source ->
    [recent] Semana de introducción: el plan empieza donde estás, unas { $hours } h a la semana según tu entrenamiento reciente.
   *[estimate] Semana de introducción: el plan empieza suave, con unas { $hours } h a la semana, una estimación a partir de tu experiencia y las horas que tienes.
}
plan-notice-volume-over-start = { $source ->
    [recent] Volumen un { $pct } % por encima de tu entrenamiento reciente (unas { $hours } h a la semana).
   *[estimate] Volumen un { $pct } % por encima del nivel inicial (unas { $hours } h a la semana, estimado a partir de tu experiencia y tus horas).
}
plan-notice-session-not-placed = { $reason ->
    [no_pool_day] { $title } ({ $duration_s }) no ha cabido: esta semana no quedaba libre ningún día de piscina.
    [too_short] { $title } no ha cabido: los { $duration_s } que le quedaban esta semana son menos que una sesión útil.
    [ramp] { $title } ({ $duration_s }) se ha quedado fuera para que tu forma suba con seguridad esta semana.
    [no_days] { $title } ({ $duration_s }) no ha cabido: no queda ningún día de entrenamiento esta semana.
   *[days_full] { $title } ({ $duration_s }) no ha cabido: { $days ->
        [one] el único día de entrenamiento de esta semana ya tiene todo lo que puede (dos sesiones al día como mucho, una por deporte).
       *[other] los { $days } días de entrenamiento de esta semana ya tienen todo lo que pueden (dos sesiones al día como mucho, una por deporte).
    }
}

## The first days of a plan (issue 16): the start, the introduction week, sessions that did not fit

plan-before-start = 🗓 <b>Ton plan commence le { $date }.</b> D'ici là, rien à faire : repose-toi et prépare-toi à en profiter.
plan-before-start-first = Pour commencer : <b>{ $day }</b> · { $icon } { $title } · { $duration }
plan-week-before-start = { $day } · avant le début de ton plan
plan-overview-starts = Ton plan commence le { $date }.
plan-overview-week-from = { $number } · à partir du { $date } · { $phase } · { $hours }
plan-overview-week-from-current = 👉 <b>{ $number } · à partir du { $date } · { $phase } · { $hours }</b>

plan-notice-intro-week = { $source ->
    [recent] Semaine d'introduction : le plan part de là où tu en es, environ { $hours } h par semaine d'après ton entraînement récent.
   *[estimate] Semaine d'introduction : le plan démarre en douceur, à environ { $hours } h par semaine, une estimation d'après ton expérience et tes heures disponibles.
}
plan-notice-volume-over-start = { $source ->
    [recent] Volume { $pct } % au-dessus de ton entraînement récent (environ { $hours } h par semaine).
   *[estimate] Volume { $pct } % au-dessus du niveau de départ (environ { $hours } h par semaine, estimé d'après ton expérience et tes heures).
}
plan-notice-session-not-placed = { $reason ->
    [no_pool_day] { $title } ({ $duration_s }) n'a pas trouvé sa place : aucun jour de piscine n'était libre cette semaine.
    [too_short] { $title } n'a pas trouvé sa place : les { $duration_s } qui restaient cette semaine sont trop courtes pour une séance utile.
    [ramp] { $title } ({ $duration_s }) a été retirée pour que ta forme progresse sans risque cette semaine.
    [no_days] { $title } ({ $duration_s }) n'a pas trouvé sa place : il ne reste aucun jour d'entraînement cette semaine.
   *[days_full] { $title } ({ $duration_s }) n'a pas trouvé sa place : { $days ->
        [one] le seul jour d'entraînement de la semaine est déjà plein (deux séances par jour au plus, une par sport).
       *[other] les { $days } jours d'entraînement de la semaine sont déjà pleins (deux séances par jour au plus, une par sport).
    }
}

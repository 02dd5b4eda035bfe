## The first days of a plan (issue 16): the start, the introduction week, sessions that did not fit

plan-before-start = 🗓 <b>Il tuo piano inizia il { $date }.</b> Fino ad allora niente da fare: riposa e preparati a partire.
plan-before-start-first = Per primo: <b>{ $day }</b> · { $icon } { $title } · { $duration }
plan-week-before-start = { $day } · prima dell'inizio del piano
plan-overview-starts = Il tuo piano inizia il { $date }.
plan-overview-week-from = { $number } · dal { $date } · { $phase } · { $hours }
plan-overview-week-from-current = 👉 <b>{ $number } · dal { $date } · { $phase } · { $hours }</b>

plan-notice-intro-week = { $source ->
    [recent] Settimana di introduzione: il piano parte da dove sei, circa { $hours } h a settimana in base al tuo allenamento recente.
   *[estimate] Settimana di introduzione: il piano parte piano, con circa { $hours } h a settimana, una stima dalla tua esperienza e dalle ore che hai.
}
plan-notice-volume-over-start = { $source ->
    [recent] Volume del { $pct } % sopra il tuo allenamento recente (circa { $hours } h a settimana).
   *[estimate] Volume del { $pct } % sopra il livello di partenza (circa { $hours } h a settimana, stimato dalla tua esperienza e dalle tue ore).
}
plan-notice-session-not-placed = { $reason ->
    [no_pool_day] { $title } ({ $duration_s }) non ci stava: questa settimana non c'era nessun giorno di piscina libero.
    [too_short] { $title } non ci stava: i { $duration_s } rimasti questa settimana sono meno di un allenamento utile.
    [ramp] { $title } ({ $duration_s }) è stato tolto perché la tua forma cresca in sicurezza questa settimana.
    [no_days] { $title } ({ $duration_s }) non ci stava: non resta nessun giorno di allenamento questa settimana.
   *[days_full] { $title } ({ $duration_s }) non ci stava: { $days ->
        [one] l'unico giorno di allenamento della settimana è già pieno (al massimo due allenamenti al giorno, uno per sport).
       *[other] i { $days } giorni di allenamento della settimana sono già pieni (al massimo due allenamenti al giorno, uno per sport).
    }
}

## The first days of a plan (issue 16): the start, the introduction week, sessions that did not fit

plan-before-start = 🗓 <b>Your plan starts { $date }.</b> Until then, nothing to do: rest and look forward to it.
plan-before-start-first = First up: <b>{ $day }</b> · { $icon } { $title } · { $duration }
plan-week-before-start = { $day } · before your plan starts
plan-overview-starts = Your plan starts { $date }.
plan-overview-week-from = { $number } · from { $date } · { $phase } · { $hours }
plan-overview-week-from-current = 👉 <b>{ $number } · from { $date } · { $phase } · { $hours }</b>

plan-notice-intro-week = { $source ->
    [recent] Introduction week: the plan starts where you are — about { $hours } h a week, from your recent training.
   *[estimate] Introduction week: the plan starts gently, at about { $hours } h a week — an estimate from your experience and the hours you have.
}
plan-notice-volume-over-start = { $source ->
    [recent] Volume { $pct } % over your recent training (about { $hours } h a week).
   *[estimate] Volume { $pct } % over the starting level (about { $hours } h a week, estimated from your experience and hours).
}
plan-notice-session-not-placed = { $reason ->
    [no_pool_day] { $title } ({ $duration_s }) didn't fit: no pool day was free for it this week.
    [too_short] { $title } didn't fit: the { $duration_s } left for it this week is shorter than a useful session.
    [ramp] { $title } ({ $duration_s }) was left out so that your fitness rises safely this week.
    [no_days] { $title } ({ $duration_s }) didn't fit: no training day is left this week.
   *[days_full] { $title } ({ $duration_s }) didn't fit: { $days ->
        [one] this week's only training day already holds all it can (two sessions a day at most, one per sport).
       *[other] this week's { $days } training days already hold all they can (two sessions a day at most, one per sport).
    }
}

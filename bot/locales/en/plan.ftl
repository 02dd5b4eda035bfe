## Commands shown in Telegram's menu
cmd-today = Today's session
cmd-week = This week, day by day
cmd-plan = The whole plan at a glance

## When there is no plan to show
plan-problem-no-profile = I don't have your profile yet, so there's no plan. Send /start — a few quick questions and your plan is ready.
plan-problem-race-in-past = Your race date has passed — I hope it went well! Set your next goal in /settings and I'll build a new plan.
plan-problem-race-without-date = Your race has no date yet. Add it in /settings and I'll build the plan.
plan-problem-weekly-hours-out-of-range = I need the hours you can train each week (up to 40) to build a plan: set them in /settings.
plan-problem-no-available-days = You have no training days set. Choose at least one in /settings.
plan-problem-weekday-out-of-range = Your training days look wrong. Please set them again in /settings.
plan-problem-age-out-of-range = Your birth year looks wrong. Please check it in /settings.
plan-problem-event-without-distance-or-duration = Your race needs a distance or a duration. Add it in /settings.
plan-problem-other = I can't build a plan from your profile right now. Please check it with /profile.
plan-private-only = Your plan is personal — it lives in our private chat: { $link }
plan-stale-button = That button was for an earlier version of your plan — here is the current one.
plan-session-gone = That session is no longer in your plan (it was rebuilt). Send /today or /week for the current one.

## Sessions
plan-session-head = { $icon } <b>{ $title }</b> · { $amount }
plan-amount-distance = { $duration } · ≈ { $distance }
plan-session-purpose = <i>{ $purpose }</i>
plan-line = • { $step }
plan-repeat = • <b>{ $count } ×</b>
plan-repeat-line = { "   " }◦ { $step }
plan-step = { $kind } · { $amount } · { $target }
plan-step-progressive = { $kind } · { $amount } · building { $target }
plan-step-rest = Rest at the wall · { $amount }
plan-step-warmup = Warm-up
plan-step-work = Hard
plan-step-steady = Steady
plan-step-recover = Easy
plan-step-cooldown = Cool-down
plan-easier = 🪶 <i>Easier option if today feels heavy:</i> { $title } · { $duration } · { $target }
plan-status-done = ✅ Done.
plan-status-partial = 🌓 Partly done.
plan-adjusted-easier = 🟡 Adjusted this morning: the easier option, as you chose in the brief.
plan-adjusted-rest = 😴 Rest today, as you chose in the brief: skip this session, or at most 20–30 minutes very easy.
plan-status-skipped = ❌ Skipped.
plan-status-moved = ↪️ Moved to another day.
plan-file-name = { $title } · { $date }

## Targets
plan-target-rpe = RPE { $range }
plan-target-rpe-talk = { $rpe } ({ $talk })
plan-target-pct-ftp = { $range } % of FTP
plan-target-pct-threshold-speed = { $range } % of threshold speed
plan-target-pct-css = { $range } % of CSS
plan-target-pct-lthr = { $range } % of LTHR
plan-target-pct-hrr = { $range } % of heart-rate reserve
plan-talk-full-conversation = you can chat freely
plan-talk-sentences = you can talk in sentences
plan-talk-short-phrases = short phrases only
plan-talk-few-words = a few words at a time
plan-talk-no-talking = no talking

## Durations
plan-dur-h-min = { $h } h { $min } min
plan-dur-h = { $h } h
plan-dur-min-s = { $min } min { $s } s
plan-dur-min = { $min } min
plan-dur-s = { $s } s

## /today and a day of /week
plan-today-heading = 📋 <b>Today, { $date }</b>
plan-day-heading = 📋 <b>{ $date }</b>
plan-week-label = Week { $number } of { $total } · { $phase }
plan-rest-day = 😌 <b>Rest day.</b> Recovery is when the training sinks in: sleep well, eat well, and if you want to move, a 20–30 minute walk or some gentle mobility is plenty.
plan-rest-end = That was the last session of this plan.
plan-rest-next = Next: <b>{ $day }</b> · { $icon } { $title } · { $duration }
plan-export-hint = <i>Take it with you: the buttons send the workout as a file for Zwift (.zwo) or your watch (FIT).</i>
plan-btn-zwo = ⬇️ Zwift .zwo
plan-btn-fit = ⬇️ FIT workout
plan-btn-week = 📅 The week
plan-btn-back-week = « Back to the week
plan-export-caption-zwo = Zwift workout: put it in Documents/Zwift/Workouts/&lt;your id&gt; and it appears under Custom Workouts.
plan-export-caption-fit = FIT workout: copy it to your watch's NewFiles folder (Garmin) or import it in your watch's app.
plan-export-unsupported = That session can't be exported in this format (Zwift takes rides and runs only).

## /week
plan-week-heading = 📅 <b>{ $label }</b> · { $dates }
plan-week-note = <i>{ $note }</i>
plan-week-rest = { $day } · rest
plan-week-day = <b>{ $day }</b> · { $sessions }
plan-week-today = 👉 <b>{ $day }</b> · { $sessions }
plan-week-session = { $icon } { $title } · { $duration } { $mark }
plan-week-planned = <b>Planned:</b> { $count ->
    [one] { $count } session
   *[other] { $count } sessions
} · { $hours } · load { $load }
plan-week-done = <b>Done:</b> { $done } of { $count } · { $hours }
plan-week-done-none = <b>Done:</b> 0 of { $count }
plan-week-unlogged = <i>⚪ not logged yet: send me the workout file or use /log.</i>
plan-btn-prev = « Week { $number }
plan-btn-next = Week { $number } »

## /plan
plan-overview-race = 🗺 <b>Your plan: { $race }</b> · { $date } ({ $priority } race)
plan-overview-general = 🗺 <b>Your plan: general fitness</b> · a { $weeks }-week block
plan-countdown = { $days ->
    [one] ⏳ <b>1 day</b> to race day
   *[other] ⏳ <b>{ $days } days</b> to race day
}
plan-countdown-today = 🏁 <b>Race day is today.</b> Good luck!
plan-overview-dates = { $dates } · { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
plan-overview-recalculated = { $count ->
    [one] Rebuilt once as your profile changed.
   *[other] Rebuilt { $count } times as your profile changed.
}
plan-overview-phases = <b>Phases</b>
plan-overview-phase = • { $phase } · weeks { $first }–{ $last } · { $dates }
plan-overview-phase-one = • { $phase } · week { $first } · { $dates }
plan-overview-weeks = <b>Weeks</b>
plan-overview-week = { $number } · { $date } · { $phase } · { $hours }
plan-overview-week-current = 👉 <b>{ $number } · { $date } · { $phase } · { $hours }</b>
plan-overview-warnings = <b>Worth knowing</b>
plan-warning = ⚠️ { $text }
plan-overview-commands = /today shows today's session, /week this week day by day.

## Sports, phases, races
plan-sport-run = running
plan-sport-bike = cycling
plan-sport-swim = swimming
plan-sport-strength = strength
plan-sport-brick = brick
plan-sport-triathlon = triathlon
plan-sport-duathlon = duathlon
plan-phase-base = Base
plan-phase-build = Build
plan-phase-peak = Peak
plan-phase-taper = Taper
plan-phase-race = Race
plan-phase-recovery = Recovery
plan-race-5k = 5 km
plan-race-10k = 10 km
plan-race-half-marathon = half marathon
plan-race-marathon = marathon
plan-race-ultra = ultramarathon
plan-race-sprint = sprint distance
plan-race-olympic = olympic distance
plan-race-70-3 = 70.3 (half distance)
plan-race-140-6 = 140.6 (full distance)
plan-race-bike-event = cycling event
plan-race-custom = your race
plan-race-general-fitness = general fitness

## Session titles
plan-title-run-easy = Easy run
plan-title-run-strides = Easy run with strides
plan-title-run-long = Long run
plan-title-run-recovery = Recovery run
plan-title-run-tempo = Tempo run
plan-title-run-threshold = Threshold run
plan-title-run-vo2max = VO2max intervals (run)
plan-title-run-race-pace = Race-pace run
plan-title-run-opener = Opener run
plan-title-bike-easy = Endurance ride
plan-title-bike-long = Long ride
plan-title-bike-recovery = Recovery ride
plan-title-bike-tempo = Tempo ride
plan-title-bike-sweet-spot = Sweet-spot ride
plan-title-bike-threshold = Threshold ride
plan-title-bike-vo2max = VO2max intervals (bike)
plan-title-bike-race-pace = Race-pace ride
plan-title-bike-opener = Opener ride
plan-title-swim-endurance = Endurance swim
plan-title-swim-technique = Technique swim
plan-title-swim-long = Long swim
plan-title-swim-css = CSS swim
plan-title-swim-speed = Speed swim
plan-title-swim-race-pace = Race-pace swim
plan-title-swim-opener = Opener swim
plan-title-brick-run-off-bike = Brick: ride, then run
plan-title-race-5k = Race day: 5 km
plan-title-race-10k = Race day: 10 km
plan-title-race-half-marathon = Race day: half marathon
plan-title-race-marathon = Race day: marathon
plan-title-race-ultra = Race day: ultramarathon
plan-title-race-sprint = Race day: sprint
plan-title-race-olympic = Race day: olympic distance
plan-title-race-70-3 = Race day: 70.3
plan-title-race-140-6 = Race day: 140.6
plan-title-race-bike-event = Race day: cycling event
plan-title-race-custom = Race day

## Session purposes
plan-objective-aerobic-endurance = Aerobic base: builds the engine at an easy, conversational effort.
plan-objective-running-economy = Easy running with a few short, quick strides: better form and economy without fatigue.
plan-objective-endurance = Endurance: time in motion builds stamina for race day. Keep it easy.
plan-objective-recovery = Recovery: very easy, just to loosen up. Going harder here only adds fatigue.
plan-objective-aerobic-strength = Tempo: comfortably hard and sustained — raises the pace you can hold for long.
plan-objective-lactate-threshold = Threshold: lifts the effort you can hold for about an hour, the best predictor of race pace.
plan-objective-vo2max = VO2max: short hard repeats that raise your aerobic ceiling. Hard on the reps, truly easy between.
plan-objective-race-specific = Race pace: rehearse the effort (and the fuelling) of race day.
plan-objective-sub-threshold = Sweet spot: just under threshold — a lot of fitness for the fatigue it costs.
plan-objective-technique = Technique: drills and relaxed swimming to move through the water with less effort.
plan-objective-transition = Brick: run straight off the bike, so your legs know the switch on race day.
plan-objective-sharpen = Opener: a few brisk efforts to feel sharp, not tired, for what's coming.
plan-objective-easier-option = The easier option.
plan-objective-race = Race day: start steady, fuel and drink as practised, and enjoy it.

## Plan warnings and week notes
plan-notice-insufficient-time = Only { $weeks_available } weeks to race day; a good build for this distance takes { $weeks_recommended }. The plan does what it can, but a race on or after { $recommended_date } would let you arrive better prepared.
plan-notice-shorter-race = Or pick a shorter race this time: { $race }.
plan-notice-volume-below-distance-needs = At its peak the plan reaches only { $peak_hours } h a week; this distance usually takes about { $recommended_hours } h. Finishing is realistic, racing it hard less so — more time (/settings) would help.
plan-notice-hours-below-recommended = { $hours } h a week is below the { $recommended } h this goal usually needs. The plan makes the most of it; if you find more time, update it in /settings.
plan-notice-hours-capped-for-goal = You have { $hours } h a week, but this goal needs no more than { $cap } h: the plan stops there — more would add fatigue, not fitness.
plan-notice-long-day-unavailable = You chose { $weekday } for long sessions but aren't available that day, so they go on { $used_weekday }.
plan-notice-no-pool-days = No pool days, so no swims are planned: that time goes to riding and running. Add pool days in /settings to swim.
plan-notice-few-training-days = Only { $days } training days a week: sessions are longer to fit your hours. Another day would make the plan easier to absorb.
plan-notice-discipline-follows-goal = Your goal is a { $used } race, so the plan trains { $used } rather than { $requested } alone.
plan-notice-injury-intensity-removed = Because of your injury, { $sport } stays easy: no hard efforts in it.
plan-notice-injury-notes-present = You noted an injury: listen to your body, stop if it hurts, and see a professional if it persists.
plan-notice-masters-recovery-cadence = At { $age }, recovery takes longer: every third week is easy (two weeks of loading, one of recovery).
plan-notice-taper-shortened = The taper is { $weeks } week(s) instead of { $recommended }: there isn't more time before the race.
plan-notice-no-thresholds = No threshold for { $sport } yet, so its targets go by feel (RPE and the talk test). A field test would give you exact numbers — see /settings.
plan-notice-general-fitness-block = No race: the plan runs in { $weeks }-week blocks, and the next one starts when this one ends.
plan-notice-phase-start = { $phase } phase starts.
plan-notice-recovery-week = { $every ->
    [one] Recovery week after a loading week: about { $pct } % of your recent volume, so the training sinks in.
   *[other] Recovery week after { $every } loading weeks: about { $pct } % of your recent volume, so the training sinks in.
}
plan-notice-taper-week = Taper: volume down { $reduction_pct } %, intensity kept, so you arrive fresh.
plan-notice-race-week = Race week: short and sharp, rested for race day.
plan-notice-partial-week = The plan starts { $from_date }: only part of this week is planned.
plan-notice-volume-progression = Volume { $pct } % over your last loading week.
plan-notice-hours-at-budget = At your weekly budget of { $hours } h.
plan-notice-ramp-limited-by-fitness = Lighter than your hours allow, so fitness rises safely (load up to { $max_load }).
plan-notice-intensity-capped = { $count ->
    [one] One hard session was made easier to keep the week mostly easy (80/20).
   *[other] { $count } hard sessions were made easier to keep the week mostly easy (80/20).
}
plan-notice-sessions-not-placed = { $count ->
    [one] One session didn't fit your available days.
   *[other] { $count } sessions didn't fit your available days.
}
plan-notice-regenerated = Rebuilt from this day on after your profile changed.
plan-notice-adapted = { $change ->
    [light_adjustment] Adapted by last week's review: volume held instead of growing.
    [cut_intensity] Adapted by last week's review: no hard sessions this week.
    [repeat_week] Adapted by last week's review: last week's sessions again.
    [return_ramp] Adapted by last week's review: an easy return after illness or injury.
   *[other] Adapted by last week's review.
}

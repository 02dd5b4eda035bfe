## The morning brief (bot/coach/briefs/compose.py)
brief-greeting = ☀️ <b>Good morning, { $name }!</b> { $date }
brief-flag-illness = 🤒 <b>You reported being ill.</b> No training today: rest, drink, sleep. With a fever or symptoms below the neck, wait until you are well for a day before training again.
brief-flag-injury = 🩹 <b>You reported an injury.</b> Nothing that loads it today; if it still hurts in a few days, see a physio or a doctor.
brief-verdict-green = 🟢 <b>Readiness { $score }/100 — train as planned.</b>
brief-verdict-amber = 🟡 <b>Readiness { $score }/100 — take it easier today.</b>
brief-verdict-red = 🔴 <b>Readiness { $score }/100 — rest or recovery only.</b>
brief-reason-line = • { $reason }
brief-reason-flag-illness = illness reported
brief-reason-flag-injury = injury reported
brief-low-confidence = <i>Based on little data so far: the more mornings you check in, the sharper this gets.</i>
brief-change-down = ↘️ { $points } { $points ->
    [one] point
   *[other] points
} below yesterday, mostly: { $factors }
brief-change-up = ↗️ { $points } { $points ->
    [one] point
   *[other] points
} above yesterday, mostly: { $factors }
brief-factor-hrv = HRV
brief-factor-resting-hr = resting heart rate
brief-factor-sleep-hours = sleep time
brief-factor-sleep-quality = sleep quality
brief-factor-fatigue = tiredness
brief-factor-soreness = soreness
brief-factor-stress = stress
brief-factor-mood = mood
brief-factor-motivation = motivation
brief-factor-tsb = form
brief-factor-acwr = load this week against the last four
brief-factor-monotony = sameness of daily load
brief-no-data = 📊 <b>No readiness data yet.</b> Check in in the morning or connect your watch; with about two weeks of data I can tell how ready you are.
# The LLM coach's two-sentence note (plain text, escaped), when an API key is set.
brief-note = 💬 <i>{ $note }</i>
brief-reason-hrv-worse = { $days ->
    [0] HRV { $pct } % below your normal range
    [1] HRV { $pct } % below your normal range
   *[other] HRV { $pct } % below your normal range for { $days } days
}
brief-reason-hrv-better = HRV { $pct } % above your normal range
brief-reason-resting-hr-worse = resting heart rate { $bpm } bpm above your normal
brief-reason-resting-hr-better = resting heart rate { $bpm } bpm below your normal
brief-reason-sleep-hours-worse = slept { $hours } h
brief-reason-sleep-hours-better = slept { $hours } h — well rested
brief-reason-sleep-quality-worse = { $level ->
    [5] very poor sleep
   *[other] poor sleep
}
brief-reason-sleep-quality-better = { $level ->
    [1] slept very well
   *[other] slept well
}
brief-reason-fatigue-worse = { $level ->
    [5] you feel exhausted
   *[other] you feel tired
}
brief-reason-fatigue-better = { $level ->
    [1] you feel fresh
   *[other] you feel fairly fresh
}
brief-reason-soreness-worse = { $level ->
    [5] very sore muscles
   *[other] sore muscles
}
brief-reason-soreness-better = { $level ->
    [1] no soreness
   *[other] only a little sore
}
brief-reason-stress-worse = { $level ->
    [5] very high stress
   *[other] high stress
}
brief-reason-stress-better = { $level ->
    [1] relaxed
   *[other] calm
}
brief-reason-mood-worse = { $level ->
    [5] very low mood
   *[other] low mood
}
brief-reason-mood-better = { $level ->
    [1] in a great mood
   *[other] in a good mood
}
brief-reason-motivation-worse = { $level ->
    [5] no motivation to train
   *[other] low motivation
}
brief-reason-motivation-better = { $level ->
    [1] eager to train
   *[other] keen to train
}
brief-reason-tsb-worse = form { $value }: fatigue from recent training
brief-reason-tsb-better = form +{ $value }: fresh
brief-reason-acwr-worse = this week's load is { $value } times your usual of the last four weeks: a fast rise
brief-reason-acwr-better = this week's load is close to your usual of the last four weeks
brief-reason-monotony-worse = almost the same load every day: hard and easy days hardly differ
brief-reason-monotony-better = hard and easy days well mixed
brief-today = <b>Today</b>
brief-session = { $icon } <b>{ $title }</b> · { $amount }
brief-session-targets = <i>{ $targets }</i>
brief-done-today = <b>Done today</b>
brief-session-done = ✅ { $icon } { $title }
brief-session-partial = 🌓 { $icon } { $title } (in part)
brief-duration-hm = { $hours } h { $minutes } min
brief-duration-h = { $hours } h
brief-duration-m = { $minutes } min
brief-rest-day = 😴 <b>Rest day.</b> Nothing planned today: recovery is where training turns into fitness.
brief-no-plan = 🗓 <b>No plan yet.</b> Once your training plan is ready, today's session will be here.
brief-adjusted = <b>Adjusted for today</b>
brief-adjusted-rest = 😴 Rest, or at most 20–30 minutes very easy.
brief-amber-already-easy = Today's session is already easy: keep it that way, and stop early if you feel worse.
brief-checkin-invite = 📝 How do you feel this morning? One tap to check in sharpens today's verdict.
brief-btn-adjusted = ✅ Do the adjusted session
brief-btn-original = Keep the original
brief-btn-checkin = 📝 Check in
brief-choice-adjusted = ✅ Noted: do the session under “Adjusted for today” in this brief.
brief-choice-adjusted-applied = { $count ->
    [one] ✅ Done: today's plan now holds the adjusted session (/today).
   *[other] ✅ Done: today's plan now holds the adjusted sessions (/today).
}
brief-choice-original = 👍 Noted: you keep the original session. Listen to your body.
brief-choice-stale = That choice belongs to an older brief.

## /brief: the time, on/off and quiet days
cmd-brief = Morning brief: time, on/off, quiet days
brief-settings-title = ☀️ <b>Morning brief</b>
brief-settings-on = On, at <b>{ $time }</b> your time ({ $zone }).
brief-settings-off = 🔕 Off: I don't send the morning brief.
brief-settings-quiet = Quiet days (no brief): { $days }.
brief-settings-no-quiet = No quiet days.
brief-settings-next = Next brief: { $when }.
brief-settings-paused = ⏸ Paused since { $since } ({ $reason }): nothing is sent until you /resume.
brief-settings-hint = Tap a time or type one, like <code>/brief 06:45</code>. Tap a day to make it quiet (🔕) or not.
brief-btn-other-time = ⌨️ Other time
brief-btn-turn-off = 🔕 Turn off
brief-btn-turn-on = 🔔 Turn on
brief-ask-time = ⌨️ Type the time for your brief, like <code>06:45</code>. /cancel keeps the current one.
brief-time-unreadable = I couldn't read that as a time. Type it like <code>06:45</code> or <code>7:30</code>.
brief-time-set = ✅ Your brief now comes at <b>{ $time }</b>.
brief-no-profile = Let's set up your profile first (/start): then I know when and where to send your brief.

## /pause and /resume
cmd-pause = Pause pushes (travel, illness…)
cmd-resume = Resume pushes after a pause
pause-ask = ⏸ Pause the brief and reminders? Tell me why and I'll be quiet until you /resume.
pause-reason-travel = ✈️ Travel
pause-reason-illness = 🤒 Illness
pause-reason-other = Other
pause-done-travel = ⏸ Paused. Safe travels! Send /resume when you're back.
pause-done-illness = ⏸ Paused. Get well soon — rest is the training now. Send /resume when you're well.
pause-done-other = ⏸ Paused. Send /resume whenever you want your briefs back.
pause-already = You're already paused. Send /resume to get your briefs back.
resume-done = ▶️ Welcome back! { $next }
resume-after-illness = 🤒 The days you were ill count in this week's review: next week starts gently, all easy, and builds back step by step. Until then, keep it easy and stop if symptoms return.
resume-next = Your next brief comes { $when }.
resume-briefs-off = Your morning brief is off; /brief turns it on.
resume-not-paused = You're not paused: your pushes are on.

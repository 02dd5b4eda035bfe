## /checkin: the morning check-in
checkin-title = ☀️ <b>Morning check-in</b> — tap one answer per row (left is best), then Done.
checkin-done-title = ✅ <b>Check-in saved.</b> /checkin changes it any time today.
checkin-typed-hint = If you measure them, type HRV (rMSSD) and resting HR, like “hrv 62 rhr 48” or just “62 48”.
checkin-help = One answer per row: left is best, right is worst.
checkin-stale = That check-in was for another day. /checkin opens today's.
checkin-saved = Saved.
checkin-measured = ✅ Saved. Tap Done when you're finished.
checkin-row-sleep_hours = 🛏 h
checkin-row-sleep_quality = 😴 Sleep
checkin-row-soreness = 🦵 Sore
checkin-row-fatigue = 🔋 Tired
checkin-row-stress = 🧠 Stress
checkin-row-mood = 🙂 Mood
checkin-btn-illness = 🤒 Ill
checkin-btn-injury = 🩹 Injured
checkin-btn-done = ✅ Done
checkin-sleep-hours = slept { $hours } h
checkin-hrv = HRV { $value } ms
checkin-rhr = resting HR { $value }
checkin-illness-on = 🤒 ill
checkin-injury-on = 🩹 injured
checkin-sleep_quality-1 = { $sex ->
   *[other] slept very well
}
checkin-sleep_quality-2 = { $sex ->
   *[other] slept well
}
checkin-sleep_quality-3 = { $sex ->
   *[other] slept OK
}
checkin-sleep_quality-4 = { $sex ->
   *[other] slept poorly
}
checkin-sleep_quality-5 = { $sex ->
   *[other] slept very badly
}
checkin-soreness-1 = no soreness
checkin-soreness-2 = a little sore
checkin-soreness-3 = somewhat sore
checkin-soreness-4 = sore
checkin-soreness-5 = very sore
checkin-fatigue-1 = fresh
checkin-fatigue-2 = { $sex ->
   *[other] fairly fresh
}
checkin-fatigue-3 = normal
checkin-fatigue-4 = { $sex ->
   *[other] tired
}
checkin-fatigue-5 = { $sex ->
   *[other] exhausted
}
checkin-stress-1 = relaxed
checkin-stress-2 = calm
checkin-stress-3 = normal stress
checkin-stress-4 = stressed
checkin-stress-5 = very stressed
checkin-mood-1 = great mood
checkin-mood-2 = good mood
checkin-mood-3 = OK mood
checkin-mood-4 = low mood
checkin-mood-5 = very low mood
checkin-error-unclear = I couldn't read that. Type HRV and resting HR like “hrv 62 rhr 48”, or “sleep 7.5”.
checkin-error-rmssd_ms = An HRV (rMSSD) of { $value } ms is outside { $low }–{ $high } ms — check the number.
checkin-error-resting_hr_bpm = A resting HR of { $value } is outside { $low }–{ $high } bpm — check the number.
checkin-error-sleep_hours = { $value } hours of sleep is outside { $low }–{ $high } — check the number.
checkin-error-scale = { $value } is not on the 1–5 scale. Type soreness, fatigue and stress as 1 (none) to 5 (a lot), mood and sleep quality as 1 (poor) to 5 (great), like “soreness 2”.

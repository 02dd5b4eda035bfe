## /profile: the summary, the thresholds and the zones

profile-saved = ✅ <b>Saved.</b>
profile-rescored = ♻️ { $count ->
    [one] The load of one activity was recomputed with the thresholds of its day.
   *[other] The load of { $count } activities was recomputed with the thresholds of their days.
}
profile-missing = You haven't set up your profile yet — send /start and I'll ask a few quick questions.
profile-private-only = 👋 Your profile is personal, so it lives in our private chat — tap here: { $link }

summary-title = 👤 <b>Your profile</b>
summary-sport = 🏅 <b>Sport</b>: { $sports } · { $experience } · { $races ->
    [one] { $races } race finished
   *[other] { $races } races finished
}
summary-goal-general = 🎯 <b>Goal</b>: general fitness
summary-goal-race = 🎯 <b>Goal</b>: { $race } · { $date } · priority { $priority } · target { $target }
summary-week = 📅 <b>Week</b>: { $hours } · { $days } · long session: { $long }{ $pool }
summary-pool-days = { " · " }pool: { $days }
summary-pool-none = { " · " }no pool
summary-equipment = ⌚ <b>Equipment</b>: { $kit } · { $watch }
summary-body = 🧍 <b>Body</b>: born { $year } · { $sex } · { $weight }
summary-thresholds = 📈 <b>Thresholds</b>: { $values }
summary-thresholds-none = none yet
summary-health = 🩹 <b>Injuries and limits</b>: { $injuries }
summary-time = 🕒 <b>Time</b>: { $zone } · brief at { $time } · { $units }
summary-edit-sport = ✏️ Sport
summary-edit-goal = ✏️ Goal
summary-edit-week = ✏️ Week
summary-edit-equipment = ✏️ Equipment
summary-edit-body = ✏️ Body
summary-edit-thresholds = ✏️ Thresholds
summary-edit-health = ✏️ Injuries
summary-edit-time = ✏️ Time and brief

th-name-ftp = FTP
th-name-run_threshold_pace = threshold pace
th-name-css = CSS
th-name-lthr = LTHR
th-name-hr_max = HRmax
th-name-resting_hr = resting HR
th-value = { $name } { $value }
th-source-mark-estimated = (estimated)
th-source-mark-test = (test)
th-source-measured = measured
th-source-test = field test
th-source-estimated = estimated
th-line = • <b>{ $name }</b>: { $value } — { $source }, since { $date } · { $count ->
    [one] { $count } value in history
   *[other] { $count } values in history
}
th-line-missing = • <b>{ $name }</b>: not set
th-screen =
    📈 <b>Your thresholds</b> (in force today):
    { $lines }

    Tap one to enter a new value. Earlier values stay in the history, so past workouts keep the numbers they were done with.
th-saved = ✅ Saved: { $value }, from { $date }. Earlier values stay in your history.
th-unchanged = Nothing changed: { $name } stays as it was.

zones-title = 📊 <b>Your zones</b>
zones-none = I can't compute zones yet: I need at least one threshold or your maximum heart rate.
zones-heart_rate = <b>Heart rate</b> — { $model }, from { $basis }
zones-power = <b>Power</b> — { $model }, from { $basis }
zones-run_pace = <b>Run pace</b> — { $model }, from { $basis }
zones-swim_pace = <b>Swim pace</b> — { $model }, from { $basis }
zones-model-coggan_power = Coggan
zones-model-coggan_hr = Coggan
zones-model-friel_run_hr = Friel (running)
zones-model-friel_bike_hr = Friel (cycling)
zones-model-karvonen = Karvonen (heart-rate reserve)
zones-model-percent_hr_max = % of HRmax
zones-model-friel_run_pace = Friel
zones-model-css_swim_pace = CSS
zones-model-custom = your own
zones-row = Z{ $label } { $name }: { $range }
zones-up-to = up to { $value }
zones-above = above { $value }
zones-slower = slower than { $value }
zones-faster = faster than { $value }
zones-tests =
    To measure what I estimated or don't know yet:
    { $tests }
    Send the result any time in /settings → Thresholds.

zone-active_recovery = Active recovery
zone-endurance = Endurance
zone-tempo = Tempo
zone-lactate_threshold = Lactate threshold
zone-vo2max = VO2max
zone-anaerobic_capacity = Anaerobic capacity
zone-neuromuscular = Neuromuscular power
zone-recovery = Recovery
zone-aerobic = Aerobic
zone-subthreshold = Sub-threshold
zone-superthreshold = Super-threshold
zone-aerobic_capacity = Aerobic capacity
zone-very_light = Very light
zone-light = Light
zone-moderate = Moderate
zone-hard = Hard
zone-maximum = Maximum
zone-threshold = Threshold

## Values with their units
fmt-when = { $date }, { $time }
fmt-watts = { $value } W
fmt-bpm = { $value } bpm
fmt-kg = { $value } kg
fmt-lb = { $value } lb
fmt-km = { $value } km
fmt-mi = { $value } mi
fmt-m = { $value } m
fmt-pace-km = { $pace }/km
fmt-pace-mi = { $pace }/mi
fmt-pace-100m = { $pace }/100 m
fmt-pace-100yd = { $pace }/100 yd

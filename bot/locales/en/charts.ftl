# Charts as photos (/fitness and the 📈 buttons). Words on a picture are plain text: no HTML, no "&".
cmd-fitness = Fitness, fatigue and form, with a chart
chart-btn-open = 📈 Chart
chart-btn-readiness = 📈 Readiness trend
chart-btn-week = 📈 The week in a chart
chart-btn-6w = 6 weeks
chart-btn-3m = 3 months
chart-btn-1y = 1 year
chart-gone = That chart belongs to something that no longer exists.
chart-none-fitness = No training load yet, so there is nothing to chart. Upload a workout file or /log one, and fitness starts building from that day.
chart-none-plan = There is no plan to chart yet: finish your profile with /start.
chart-none-week = That week is no longer in your plan.
chart-none-readiness = No check-ins in the last 60 days. Answer /checkin in the mornings (add "hrv 62 rhr 48" if your watch measures them) and the trend appears here.
chart-none-activity = This workout has no recorded data to draw: it was logged by hand, or its file holds no time series.

fitness-title = 📈 <b>Fitness, fatigue and form today</b>
fitness-numbers = Fitness <b>{ $ctl }</b> · fatigue <b>{ $atl }</b> · form <b>{ $tsb }</b> ({ $zone })
fitness-ramp = Fitness change over 7 days: { $ramp }
fitness-acwr = Acute:chronic load ratio: { $acwr } (0.8–1.3 is the usual range; the cut-offs are debated, take it as a guide)
fitness-acwr-unsure = Acute:chronic load ratio: — (not enough data yet: it needs 4 weeks of training)
fitness-hint = Fitness is your 6-week load, fatigue your last week's; form is fitness minus fatigue going into today.

chart-fitness-title = Fitness, fatigue and form
chart-fitness-load = Daily load
chart-fitness-planned-load = Planned load
chart-fitness-load-axis = Load per day
chart-fitness-fitness-axis = Fitness and fatigue
chart-fitness-ctl = Fitness
chart-fitness-atl = Fatigue
chart-fitness-tsb = Form
chart-fitness-form-axis = Form
chart-fitness-today = today
chart-fitness-race = Race
chart-fitness-zone-transition = Transition
chart-fitness-zone-fresh = Fresh
chart-fitness-zone-grey = Grey zone
chart-fitness-zone-optimal = Optimal
chart-fitness-zone-high-risk = High risk
chart-caption-fitness-6w = Last 6 weeks: fitness { $ctl }, fatigue { $atl }, form { $tsb } today.
chart-caption-fitness-3m = Last 3 months: fitness { $ctl }, fatigue { $atl }, form { $tsb } today.
chart-caption-fitness-1y = Last year: fitness { $ctl }, fatigue { $atl }, form { $tsb } today.
chart-caption-fitness-planned = Dashed: the plan up to { $day }.

chart-week-title = The week: planned and done
chart-week-minutes-axis = Minutes
chart-week-planned = Planned
chart-week-green = On target
chart-week-yellow = Partly
chart-week-red = Missed or far off
chart-week-unplanned = Unplanned
chart-caption-week = Week { $number } from { $monday }: { $done } of { $planned } planned minutes done, coloured by how close each session came to the plan.

chart-readiness-title = Readiness over 60 days
chart-readiness-hrv-axis = HRV, ms
chart-readiness-band = Your normal range
chart-readiness-rmssd = Morning rMSSD
chart-readiness-hrv-mean = 7-day mean
chart-readiness-rhr-axis = Resting HR, bpm
chart-readiness-rhr = Resting HR
chart-readiness-rhr-baseline = Your usual
chart-readiness-verdict-axis = Day
chart-caption-readiness = HRV against your normal range and resting heart rate, 60 days: { $green } green, { $amber } amber and { $red } red days.

chart-activity-title = { $sport }, { $day }
chart-activity-minutes-axis = Minutes
chart-activity-power = Power
chart-activity-watts = W
chart-activity-heart-rate = Heart rate
chart-activity-bpm = bpm
chart-activity-pace = Pace
chart-unit-per-km = min/km
chart-unit-per-mile = min/mi
chart-unit-per-100m = min/100 m
chart-unit-per-100yd = min/100 yd
chart-caption-activity = { $minutes } min, { $laps ->
    [one] one lap
   *[other] { $laps } laps (dotted lines)
}, with your zones shaded.
chart-sport-run = Run
chart-sport-bike = Ride
chart-sport-swim = Swim
chart-sport-strength = Strength
chart-sport-brick = Brick
chart-sport-walk = Walk
chart-sport-hike = Hike
chart-sport-ski = Ski
chart-sport-row = Row
chart-sport-other = Workout

## The onboarding dialog: one question per message

ob-progress = <i>{ $index }/{ $total }</i>

ob-q-sports = 🏅 <b>Which sports do you train?</b> Tick all that apply, then tap <b>Done</b>.
ob-q-experience = 📈 <b>How experienced are you?</b>
ob-q-races = 🏁 <b>How many races have you finished?</b> Tap or type a number.
ob-q-goal = 🎯 <b>What are you training for?</b> Pick your race — or general fitness.
ob-q-race_custom = { $event ->
    [bike] 🚴 <b>How long is the event?</b> Type its distance or duration, e.g. “120 km”, “6 h”, or its name with one of them.
   *[other] ✍️ <b>Tell me about the race:</b> its name, and its distance or duration if it has one, e.g. “Trail 30 km”, “Gran Fondo 160 km”, “24h MTB”.
}
ob-q-race_date = 📅 <b>When is the race?</b> e.g. 18.04.2027 or 18 April 2027.
ob-q-race_priority =
    ⭐ <b>How important is this race?</b>
    A — the main goal of your season: we peak for it.
    B — important, but not the peak: a short taper.
    C — a training race: we train through it.
ob-q-race_target = ⏱ <b>Do you have a target time?</b> e.g. 3:45:00 or 52:30 — or tap Skip.
ob-q-hours = ⏳ <b>How many hours a week can you train?</b> Tap or type, e.g. 6.5.
ob-q-days = 🗓 <b>Which days can you train?</b> Tick them, then tap <b>Done</b>.
ob-q-long_day = 🛣 <b>Which day suits your long session best?</b>
ob-q-pool = 🏊 <b>Can you get to a pool?</b>
ob-q-pool_days = 🏊 <b>Which days can you get to the pool?</b> Tick them, then tap <b>Done</b>.
ob-q-equipment = ⌚ <b>What do you train with?</b> Tick what you have — or nothing — then tap <b>Done</b>.
ob-q-watch = ⌚ <b>Which watch or bike computer do you use?</b> Tap or type the brand.
ob-q-birth_year = 🎂 <b>What year were you born?</b> e.g. 1988. Heart-rate estimates depend on age.
ob-q-sex = 🧬 <b>Your sex?</b> Optional: it refines heart-rate based training load.
ob-q-weight = ⚖️ <b>Your weight?</b> Optional, e.g. 72 kg or 160 lbs.
ob-q-ftp = 🚴 <b>Your FTP?</b> The power you can hold for about an hour, e.g. 250 W.
ob-q-run_pace = 🏃 <b>Your threshold pace?</b> The pace you could race for about an hour, e.g. 4:30/km or 7:15/mi.
ob-q-css = 🏊 <b>Your CSS pace?</b> e.g. 1:45/100m — or the times of a 400 m and a 200 m test, e.g. “6:00 2:50”.
ob-q-hr_max = ❤️ <b>Your maximum heart rate?</b> e.g. 188.
ob-q-resting_hr = 😴 <b>Your resting heart rate?</b> Measured on waking, e.g. 52.
ob-q-lthr = 💓 <b>Your lactate threshold heart rate (LTHR)?</b> e.g. 170.
ob-q-injuries = 🩹 <b>Any injuries or limits I should know about?</b> Type them in your own words — or tap None.
ob-q-timezone =
    🕒 <b>Where are you?</b> I send briefs by your local time.
    Share your location with the button below, or type your city or UTC offset (e.g. Moscow, UTC+3, +05:45). /back goes back.
ob-q-brief_time = ⏰ <b>When should your morning brief arrive?</b> Tap or type a time, e.g. 6:45.
ob-q-units = 📏 <b>Which units?</b>
ob-q-th_source = 🔎 <b>Where does this { $threshold } come from?</b>
ob-q-th_date = 📅 <b>Since when does this { $threshold } apply?</b> Tap Today or type a date — earlier values stay in your history.

## Answer buttons
ob-opt-sports-run = 🏃 Running
ob-opt-sports-bike = 🚴 Cycling
ob-opt-sports-swim = 🏊 Swimming
ob-opt-sports-triathlon = 🔱 Triathlon
ob-opt-sports-duathlon = 🔁 Duathlon
ob-opt-experience-beginner = Beginner
ob-opt-experience-intermediate = Intermediate
ob-opt-experience-advanced = Advanced
ob-opt-races-0 = None yet
ob-opt-races-20 = 20+
ob-opt-goal-5k = 5 km
ob-opt-goal-10k = 10 km
ob-opt-goal-half_marathon = Half marathon
ob-opt-goal-marathon = Marathon
ob-opt-goal-ultra = Ultramarathon
ob-opt-goal-sprint = Sprint triathlon
ob-opt-goal-olympic = Olympic triathlon
ob-opt-goal-70-3 = 70.3 (half distance)
ob-opt-goal-140-6 = Full distance (140.6)
ob-opt-goal-du_sprint = Sprint duathlon
ob-opt-goal-du_standard = Standard duathlon
ob-opt-goal-bike_100 = 🚴 100 km
ob-opt-goal-bike_160 = 🚴 160 km (century)
ob-opt-goal-bike_200 = 🚴 200 km
ob-opt-goal-bike_100-imperial = 🚴 62 mi
ob-opt-goal-bike_160-imperial = 🚴 100 mi (century)
ob-opt-goal-bike_200-imperial = 🚴 124 mi
ob-opt-goal-bike_other = 🚴 Another ride or event
ob-opt-goal-swim_1500 = 🏊 1.5 km swim
ob-opt-goal-swim_3800 = 🏊 3.8 km swim
ob-opt-goal-swim_5k = 🏊 5 km swim
ob-opt-goal-swim_10k = 🏊 10 km swim
ob-opt-goal-custom = ✍️ Another race
ob-opt-goal-general = 💪 General fitness
ob-opt-race_priority-A = A
ob-opt-race_priority-B = B
ob-opt-race_priority-C = C
ob-opt-long_day-any = No preference
ob-opt-pool-all = Yes, any training day
ob-opt-pool-some = Yes, some days
ob-opt-pool-no = No pool
ob-opt-equipment-power_meter = Power meter
ob-opt-equipment-hr_strap = Heart-rate strap
ob-opt-equipment-smart_trainer = Smart trainer
ob-opt-watch-garmin = Garmin
ob-opt-watch-coros = Coros
ob-opt-watch-polar = Polar
ob-opt-watch-suunto = Suunto
ob-opt-watch-apple = Apple Watch
ob-opt-watch-wahoo = Wahoo
ob-opt-watch-other = Other
ob-opt-watch-none = None
ob-opt-sex-male = Male
ob-opt-sex-female = Female
ob-opt-units-metric = Metric (km, kg)
ob-opt-units-imperial = Imperial (mi, lb)
ob-opt-th_source-measured = Measured or known
ob-opt-th_source-test = From a field test
ob-opt-th_date-today = Today
ob-opt-brief-default = { $time } (default)
ob-btn-back = « Back
ob-btn-done = ✅ Done
ob-btn-skip = Skip
ob-btn-unknown = I don't know
ob-btn-none = None
ob-btn-location = 📍 Share my location
ob-btn-continue = ▶️ Continue
ob-btn-restart = 🔄 Start over
ob-timezone-placeholder = City or UTC offset
ob-none = none
ob-answered = ✓ <b>{ $answer }</b>

## "I don't know": what Tempo does instead, and the test that would measure it
ob-unknown-ftp-no-power = No problem: without a power meter I'll guide rides by heart rate and feel.
ob-unknown-ftp = No problem — until you test, I'll guide rides by heart rate and feel.
    { test-ftp20 }
ob-unknown-run_threshold_pace = No problem — until you test, I'll guide runs by heart rate and feel.
    { test-run30 }
ob-unknown-css = No problem — until you test, I'll guide swims by feel.
    { test-css }
ob-unknown-hr_max = No problem — I'll estimate it from your age (208 − 0.7 × age, Tanaka 2001) and mark it as an estimate.
ob-unknown-resting_hr = No problem. { test-resting }
ob-unknown-lthr = No problem. { test-lthr30 }

test-ftp20 = 🧪 <b>20-minute FTP test</b>: warm up for 15 minutes with a few short hard efforts, then ride 20 minutes as hard as you can hold evenly. FTP ≈ 95 % of the average power.
test-run30 = 🧪 <b>30-minute run test</b>: after a warm-up, run 30 minutes alone, as hard as you can hold evenly, on a track or a flat road. Your average pace is your threshold pace.
test-css = 🧪 <b>CSS test</b>: after a warm-up, swim 400 m all out, rest until you've fully recovered, then 200 m all out. Send me the two times, e.g. “6:00 2:50”.
test-lthr30 = 🧪 <b>LTHR</b>: the average heart rate of the last 20 minutes of a 30-minute solo time trial (run or ride) is your lactate threshold heart rate.
test-resting = 🧪 <b>Resting heart rate</b>: count your pulse for a minute lying in bed right after waking, three mornings in a row, and take the lowest.

## Answers Tempo cannot use: what was wrong, and the question again
ob-error-count-unreadable = I need a number here, like 3 — or 0 if this is your first.
ob-error-count-too-many = { $count } races? That's more than I can believe — please type the number again.
ob-error-hours-unreadable = I need a number of hours, like 6 or 7.5.
ob-error-hours-too-few = { $hours } hours leaves no room for training. Even 2–3 hours a week is a good start — how many can you give?
ob-error-hours-too-many = { $hours } hours a week is more than a full-time professional trains. Please give a number from 1 to { $maximum }.
ob-error-date-unreadable = I couldn't read that date. Try 18.04.2027, 2027-04-18 or 18 April 2027.
ob-error-date-past = { $day } has already passed. When is the race?
ob-error-date-too-far = That's more than two years away. Pick a race on or before { $limit } — or go back and choose general fitness.
ob-error-date-future = { $day } hasn't come yet: a value can only apply from today or earlier.
ob-error-date-too-old = { $day } is before { $earliest }: please check the year.
ob-error-pace-unreadable = I couldn't read that pace. Type minutes and seconds, e.g. 4:30/km or 7:15/mi.
ob-error-pace-too-fast = { $pace } is faster than anyone can hold for an hour — the world-class hour pace is about { $limit }. Please check it, e.g. 4:30/km.
ob-error-pace-too-slow = { $pace } is slower than a brisk walk. Threshold pace is the pace you could race for about an hour — please check it.
ob-error-swim-pace-unreadable = I couldn't read that swim pace. Type it per 100 m, e.g. 1:45/100m — or two test times, e.g. “6:00 2:50”.
ob-error-css-too-fast = { $pace } would beat the world's best (about { $limit }). Please check it.
ob-error-css-too-slow = { $pace } is slower than I can use for CSS. If you're not sure, tap “I don't know”.
ob-error-css-test-order = Those two times don't fit a 400 m and a 200 m: the 400 m must take more than twice as long as the 200 m. Please check them.
ob-error-power-unreadable = I need a number of watts, like 250 or 250 W.
ob-error-ftp-too-high = { $watts } W would be far beyond a world-class hour effort — FTP is usually 100–450 W. Please type it again (the most I accept is { $maximum } W).
ob-error-ftp-too-low = { $watts } W is lower than I can use for FTP (at least { $minimum } W). If you're not sure, tap “I don't know”.
ob-error-weight-unreadable = I need your weight as a number, like 72 kg or 160 lbs.
ob-error-weight-out-of-range = That weight doesn't look right for an adult athlete — please type it again, e.g. 72 kg or 160 lbs.
ob-error-hr-unreadable = I need beats per minute, like 170.
ob-error-hr-max-out-of-range = Maximum heart rate is between { $low } and { $high } beats per minute for almost everyone — please check it.
ob-error-resting-hr-out-of-range = Resting heart rate is between { $low } and { $high } beats per minute for almost everyone — please check it.
ob-error-lthr-out-of-range = Threshold heart rate is between { $low } and { $high } beats per minute for almost everyone — please check it.
ob-error-lthr-above-max = { $bpm } is not below your maximum heart rate ({ $hr_max }) — threshold heart rate always is. Please check it.
ob-error-resting-hr-above-max = { $bpm } is not below your maximum heart rate ({ $hr_max }) — please check it.
ob-error-lthr-below-rest = { $bpm } is not above your resting heart rate ({ $resting }) — please check it.
ob-error-year-unreadable = Please type the whole year, like 1988.
ob-error-year-too-old = { $year } would make you { $age } years old — please type your birth year again.
ob-error-year-too-young = Tempo is for athletes of { $minimum } and older — please check the year ({ $year }).
ob-error-time-unreadable = I couldn't read that time. Type it like 3:45:00, 52:30 or 3h45 — or tap Skip.
ob-error-time-too-long = That's longer than any race I can plan for. Please check it — or tap Skip.
ob-error-time-too-fast = { $time } for { $km } km would beat the world record. For this race I plan for finishing times from { $fastest } to { $slowest }: please check it — or tap Skip.
ob-error-time-too-slow = { $time } for { $km } km is slower than walking the course, and races close long before that. For this race I plan for finishing times from { $fastest } to { $slowest }: please check it — or tap Skip.
ob-error-clock-unreadable = I couldn't read that time of day. Type it like 6:30 or 7am.
ob-error-race-unreadable = Please type the race's name or distance, e.g. “Trail 30 km”.
ob-error-text-too-long = That's a bit long — please keep it under { $maximum } characters.
ob-error-offset-out-of-range = UTC offsets run from −12 to +14 (with :30 or :45 for a few places). Please check it, e.g. UTC+3 or +05:45.
ob-error-city-unknown = I don't know “{ $city }”. Try a bigger city nearby, a UTC offset like UTC+3, or share your location.
ob-error-location-unknown = I couldn't tell the timezone from that location. Please type your city or UTC offset.
ob-error-location-not-expected = I wasn't asking for a location just now.
ob-error-answer-expected = I need a typed answer or a tap on a button here.
ob-error-use-buttons = Please use the buttons under the question.
ob-error-first-question = This is the first question — there's nothing before it.
ob-error-pick-sports = Tick at least one sport first.
ob-error-pick-days = Tick at least one day first.
ob-error-pick-pool_days = Tick at least one pool day first — or go back and choose “No pool”.
ob-error-dialog-finished = That dialog is already finished.

## Around the dialog
ob-timezone-set = 🕒 Timezone: <b>{ $place }</b> — it's { $time } there now.
ob-went-back = ↩️ Back one question.
ob-resume = You're in the middle of setting up your profile (question { $index } of { $total }). Continue where you left off, or start over?
ob-paused = ⏸ Paused. Your answers are kept — send /start when you want to continue.
ob-edit-cancelled = OK, nothing changed.
ob-back-nothing = There's no question to go back to.
ob-stale = That button is from an earlier question — please use the newest one.
ob-busy = Finish the current question first (or /cancel it).

## The end of onboarding
onboarding-done = 🎉 <b>Done — thank you!</b> Here's your profile. Tap ✏️ to change any part.
onboarding-next =
    <b>What happens next</b>
    🗓 Your plan is ready: /today shows today's session, /week this week, /plan the whole plan.
    ☀️ Your first morning brief comes { $when } your time.
    Type /profile to see all this again, /settings to change anything.

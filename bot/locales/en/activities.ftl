## Commands shown in Telegram's menu
cmd-log = Log a workout without a file
cmd-checkin = Morning check-in: sleep, soreness, HRV
cmd-history = Your recent workouts

## Sports
act-sport-run = Run
act-sport-bike = Ride
act-sport-swim = Swim
act-sport-strength = Strength
act-sport-walk = Walk
act-sport-hike = Hike
act-sport-ski = Ski
act-sport-row = Row
act-sport-other = Workout
act-sport-transition = Transition
act-multisport = Multisport
act-multisport-total = Total { $parts } · 📈 load <b>{ $load }</b>
act-ask-rpe-legs = How hard was each leg? Tap 1 (very easy) to 10 (maximal) in its rows below.
act-rpe-saved-card = ✅ RPE { $rpe } saved. Type a note now if you like (how it felt, pain, conditions).

## The summary card
act-card-title = { $icon } <b>{ $sport }</b> · { $when }
act-leg = Leg { $leg } of { $legs } of a multisport file
act-duration = ⏱ { $value }
act-distance = 📏 { $value }
act-speed-kmh = { $value } km/h
act-speed-mph = { $value } mph
act-untimed = No timestamps: time-based metrics (pace, zones, time-based load) are left out.
act-hr = ❤️ { $avg } bpm avg, { $max } max
act-power = ⚡ { $avg } W avg
act-power-np = ⚡ { $avg } W avg, NP { $np } W
act-ascent = ⛰ { $value } m up
act-ascent-ft = ⛰ { $value } ft up
act-load = 📈 Load <b>{ $load }</b> ({ $method })
act-load-if = 📈 Load <b>{ $load }</b> ({ $method }, IF { $intensity })
act-load-none = 📈 No load yet: rate how hard it was (RPE) and I'll work it out.
act-method-power = power
act-method-pace = pace
act-method-swim_pace = swim pace
act-method-heart_rate = heart rate
act-method-session_rpe = session RPE
act-method-service = intervals.icu’s own figure
act-load-note-power-all-zero = ⚠️ The power meter sent only zeros: the load comes from the next best data instead.
act-load-note-scaled-partial = ⚠️ The recording covers { $percent } % of the workout time: the load assumes the rest was alike.
act-load-note-power-partial = ⚠️ Power covers only { $percent } % of the workout time: the load comes from other data.
act-load-note-pace-partial = ⚠️ Pace covers only { $percent } % of the workout time: the load comes from other data.
act-zones-power = Power zones: { $zones }
act-zones-heart_rate = HR zones: { $zones }
act-zones-run_pace = Pace zones: { $zones }
act-zones-swim_pace = Swim pace zones: { $zones }
act-rpe-line = 💬 RPE { $rpe }/10
act-note-line = 📝 { $note }
act-fitness = Fitness { $ctl } · fatigue { $atl } · form { $tsb }
act-sport-unknown = ❓ The file doesn't say which sport this was. Tap it below and I'll score it again.
act-session = { $kind } { $sport }
act-session-endurance = Endurance
act-session-tempo = Tempo
act-session-threshold = Threshold
act-session-intervals = Intervals
act-session-recovery = Recovery
act-session-long = Long
act-session-race = Race
act-matched = 📅 Planned: { $title } on { $day } ({ $planned })
act-matched-compliance = 📅 Planned: { $title } on { $day } ({ $planned }) — { $percent }% of the planned { $basis } { $color }
act-basis-duration = duration
act-basis-distance = distance
act-basis-load = load
act-color-green = 🟢
act-color-yellow = 🟡
act-color-red = 🔴

## Buttons
act-btn-plan = 🔗 Planned session
act-btn-delete = 🗑 Delete
act-btn-delete-yes = 🗑 Yes, delete it
act-btn-back = « Back
act-btn-skip = Skip
act-btn-no-note = No note
act-btn-unmatch = ✖ Not a planned session

## After the workout
act-ask-rpe = How hard was it? Rate the whole session from 1 (very easy) to 10 (maximal).
act-rpe-saved = ✅ RPE { $rpe } saved. Anything to note (how it felt, pain, conditions)? Just type it now.
act-rpe-skipped = OK, no RPE for this one.
act-note-saved = 📝 Note saved.
act-note-skipped = OK, no note.
act-gone = That activity no longer exists.
act-rematch = Pick the planned session this was, or say it was none.
act-rematch-none = No planned sessions near that day.
act-rematch-taken = Another activity already fulfils that session.
act-matched-done = Linked to the planned session.
act-unmatched-done = Not linked to any planned session.
act-delete-confirm = Delete this activity? Its load leaves your fitness history.
act-deleted = 🗑 Deleted: { $sport } on { $day }. Fitness, fatigue and form are recomputed from that day.

## Uploads
upload-error-telegram_too_big = That file is larger than { $limit_mb } MB, the most Telegram lets bots download. Send it zipped (.zip or .gz) or export a shorter file.
upload-error-empty_file = That file is empty — nothing was saved. Try exporting it again.
upload-error-file_too_large = That file is larger than { $limit_mb } MB — nothing was saved. Send it zipped, or export the activity as FIT, which is smaller.
upload-error-unrecognised_file = { $file_name } isn't a workout file (it looks like { $detected }). Send the FIT, TCX or GPX file from your watch or app.
upload-error-unsupported_format = { $format } files aren't supported. Export the activity as FIT, TCX or GPX and send that.
upload-error-not_an_activity = This FIT file is a <b>{ $file_type }</b> file, not a recorded activity — nothing was saved. Send the activity file (on Garmin: the one in the Activity folder).
upload-error-no_track = This GPX file holds no recorded track ({ $waypoints } waypoints, { $route_points } route points) — nothing was saved. Send the recorded activity instead.
upload-error-no_activity_data = The { $format } file holds no activity data — nothing was saved.
upload-error-truncated_file = That file ended early at { $bytes_read } bytes — nothing was saved. Try exporting it again.
upload-error-corrupt_file = The { $format } file is damaged at byte { $offset } (in its { $part }) — nothing was saved. Try exporting it again.
upload-part-header = header
upload-part-data = records
upload-part-xml = XML
upload-part-compression = compression
upload-error-storage_quota = Your stored workout files have reached { $limit_mb } MB ({ $used_mb } MB used), so this one wasn't saved. Delete workouts you don't need in /history to make room.
upload-error-download_failed = I couldn't fetch that file from Telegram: { $reason }. Nothing was saved — send it again in a minute.
download-reason-refused = Telegram refused it ({ $detail })
download-reason-telegram = Telegram didn't answer ({ $detail })
download-reason-status = Telegram's file server answered with error { $status }
download-reason-network = the connection broke or timed out
upload-error-corrupt_archive = The { $format } archive is damaged and couldn't be opened — nothing was saved.
upload-error-archive_too_large = Unpacked, that archive is larger than { $limit_mb } MB — nothing was saved. Send fewer activities at once.
upload-error-archive_ratio = That archive unpacks to over { $ratio } times its own size — activity exports never do, so I didn't open it. Send the activity files themselves.
upload-error-archive_too_many_files = The archive holds { $members } files; I read at most { $limit } at once. Send fewer activities at a time.
upload-error-nested_archive = { $file_name } is an archive inside an archive. Unpack it and send the activity file.
upload-error-encrypted_member = { $file_name } is password-protected, so I can't read it.
upload-error-archive_nothing_usable = None of the { $members } files in the archive is a readable activity — nothing was saved.
upload-error-ingest_error = I couldn't read that file — nothing was saved. Export it again as FIT, TCX or GPX.
upload-lost-trailing_data = The workout itself is complete ({ $records_recovered } records, { $time_recovered }); only bytes after it are damaged. Save it anyway?
upload-lost-records_partial = The device's summary is there ({ $time_total }, { $distance_total }), but its records stop at minute { $time_recorded } and { $distance_recorded }. Saving keeps the summary's totals and load; zones and charts cover only the recorded part. Save what is there?
upload-lost-summary = { $records_recovered } records ({ $time_recovered }) are intact; the device's own totals and anything after the last good record are lost (totals would be computed from the records). Save what is there?
upload-lost-records = { $records_recovered } records ({ $time_recovered }) are intact; the samples after them are lost. Save what is there?
upload-lost-trivial = Only { $time_recovered } and { $distance_recovered } are readable — too little to be worth saving.
upload-lost-everything = Nothing in it could be recovered.
upload-btn-save-part = 💾 Save what is there
upload-btn-drop = ✖ Don't save
upload-dropped = OK, nothing was saved.
upload-salvaged = 💾 Saved the intact part ({ $count } { $count ->
        [one] activity
       *[other] activities
    }).
upload-duplicate-file = ♻️ I already have this file: { $sport } on { $when }. Nothing new was saved.
upload-duplicate-workout = ♻️ I already have this workout from another file or app: { $sport } on { $when }. I kept the first one.
upload-replaced-logged = 🔁 This is the workout you logged by hand ({ $sport }, { $when }): the file replaces that entry, keeping your RPE, note and plan link, so it counts once.
upload-member-failed = ⚠️ { $name }: { $reason }
upload-untimed = This file has { $count ->
        [one] a track
       *[other] { $count } tracks
    } ({ $distance }) without timestamps. Which day was it? Tap, or type a date like 12.03.
upload-btn-today = Today
upload-btn-yesterday = Yesterday
upload-ask-duration = Date: { $day }. How long did it take? Type it, like 1h20 or 45 min — or save it without time-based metrics.
upload-untimed-many = Date: { $day }. The tracks have no timestamps: tap below to save them without time-based metrics.
upload-btn-no-duration = Save without time

## /history
history-empty = No activities yet. Send me a FIT, TCX or GPX file, or log one with /log.
history-title = <b>Your activities</b> ({ $shown } of { $total }). Tap a number for the details.
history-load = load { $load }
history-no-load = no load
history-newer = « Newer
history-older = Older »

# /export and /delete: the athlete's data to take away, or gone.
cmd-export = Download everything Tempo holds about you
cmd-delete = Delete your account and all your data
export-caption = 📦 Everything Tempo holds about you. README.txt inside says what each file is.
export-caption-part = 📦 Everything Tempo holds about you, part { $number } of { $total } (Telegram takes files up to 50 MB). README.txt is in part 1.
export-readme-title = Tempo: your data, exported on { $day }.
    Each section below names the files and what they hold. Dates and times are ISO 8601, times in UTC; loads are in TSS-like points; durations in seconds, distances in metres, speeds in m/s, paces in seconds.
export-readme-account = { $files }: your Telegram account as Tempo knows it (id, name, language, timezone, status).
export-readme-profile = { $files }: your profile (sports, experience, availability, equipment, body, notes) and units.
export-readme-goals = { $files }: your goals and races, current and archived.
export-readme-thresholds = { $files }: your threshold history (FTP, LTHR, HRmax, resting HR, CSS, run threshold pace) with source and the date each took effect.
export-readme-plans = { $files }: your training plans, the goal each was built for and how often it was recalculated.
export-readme-weeks = { $files }: every plan week (phase, planned hours, load and sessions, notes of what changed).
export-readme-sessions = { $files }: every planned session with its structured workout, planned amounts and what happened to it.
export-readme-activities = { $files }: your activities, one row each ({ $count ->
    [one] one activity
   *[other] { $count } activities
}), with load and the method that produced it, time in zones and laps.
export-readme-files = { $files }: the files you uploaded (name, format, checksum).
export-readme-originals = { $files }: your original uploads, byte for byte as you sent them.
export-readme-wellness = { $files }: your daily check-ins (sleep, soreness, fatigue, stress, mood, HRV, resting HR, illness, injury).
export-readme-pushes = { $files }: your morning brief and reminder settings.
export-readme-deliveries = { $files }: the pushes Tempo sent you (briefs, reminders, reviews) as they went out, AI coach notes included, with your taps.
export-readme-reviews = { $files }: your weekly reviews and the changes they made to the next week.
export-readme-dialogs = { $files }: a question Tempo was waiting for you to answer, if any.
export-readme-table = { $files }: { $count ->
    [one] one row
   *[other] { $count } rows
} of the "{ $table }" table, as stored.
export-readme-ai = AI: the optional notes in the morning brief are written from anonymous facts (no name or id) and kept in a shared cache by a hash of those facts, so no AI record or cost is tied to you; the notes you received are in messages/pushes-sent.json.
export-readme-consents = Consents: Tempo has asked for none so far; when it does, they appear in this export.

delete-ask-first = ⚠️ <b>Delete your account and everything in it?</b>
    Your profile, thresholds, plans, activities with their original files, check-ins, reviews and scheduled pushes will be erased for good. Nothing can bring them back.
    Want a copy first? Send /export.
delete-btn-first = Yes, delete everything
delete-btn-final = 🗑 Delete for good
delete-btn-keep = No, keep my data
delete-ask-final = 🛑 <b>Last step.</b> Once you tap “Delete for good”, your data is gone within a second and cannot be restored. Sure?
delete-kept = 👍 Nothing was deleted.
delete-done = ✅ Done: everything Tempo held about you is deleted, and no more messages will come. If you write again, you start afresh. Thank you for training with Tempo.
delete-stale = That button belongs to an earlier account. Send /delete to start again.

## Commands shown in Telegram's menu (setMyCommands)
cmd-start = Start or restart Tempo
cmd-profile = Your profile and training zones
cmd-settings = Timezone, brief time, units, thresholds, goal…
cmd-help = What Tempo can do
cmd-language = Change the language
cmd-cancel = Leave the current dialog

## /start
start-greeting =
    👋 Hi, { $name }! I'm <b>Tempo</b>, your endurance coach in Telegram.

    I help runners, cyclists, swimmers and triathletes train with a plan that fits their life:
    • a periodised plan built around your goal race and the hours you have;
    • a morning brief with how ready you are today (HRV, resting HR, sleep, soreness, load) and the session to do;
    • your workouts matched to the plan — send me FIT, TCX or GPX files or a quick log;
    • fitness, fatigue and form tracked day by day.

    First, a few quick questions so the plan fits you — most of them are one tap. /back goes back a question, /cancel pauses.
start-welcome-back = 👋 Welcome back, { $name }! Your profile is set: /profile shows it with your zones, /settings changes anything.
start-group =
    👋 Hi, I'm <b>Tempo</b>, an endurance coach. Your training lives in a private chat with me — tap here to start: { $link }

## /help
help-text =
    <b>What I can do</b>

    <b>Your training</b>
    /today — today's session with your targets (and a .zwo or FIT file for your device)
    /week — this week day by day, planned and done
    /plan — the whole plan: phases, weeks, race countdown
    /undo — undo your last change to the plan (a day's buttons or a sentence like “I'm sick” change it)
    Send a FIT, TCX or GPX file (or a .zip) — I'll match it to your plan
    /log — log a workout in a line: "ran 10k in 52 min rpe 6"
    /checkin — how you slept and feel this morning
    /history — your recent workouts
    /review — last week's review and what changed for this one
    /connect — sync with intervals.icu or Strava
    /fitness — fitness, fatigue and form, with a chart

    <b>Coaching</b>
    /squad — your athletes as a coach: who needs attention, each athlete's card (change their plan, set a threshold, write to them), a change for everyone; /squad new — a squad and its invitation link
    /sharing — which coaches see what of yours; change it or leave at any time
    /digest — your morning digest of the squad and the Sunday summary: time, on or off
    /ask — ask the AI about your squad: "/ask who is struggling this week?"
    /groupprivacy — what the team's group chat may see of your day

    <b>Your morning brief</b>
    /brief — its time, on or off, quiet days
    /pause — pause pushes (travel, illness); /resume to carry on

    <b>You</b>
    /start — start, or continue setting up your profile
    /profile — your profile and training zones
    /zones — set a zone of your own ("/zones zone 2 hr 130-145") or go back to the computed ones
    /settings — timezone, brief time, units, thresholds, availability, goal…
    /language — English, Русский, Español, Deutsch, Français, Italiano
    /export — all your data in a zip; /delete — erase your account and data
    /back — go back one question; /cancel — leave the current dialog
    /help — this list

## /language
language-choose = Choose your language:
language-set = ✅ Done: I'll speak English from now on.
language-unchanged = English it is already.

## Messages Tempo cannot use
fallback-unknown-command = I don't know the command { $command }. Type /help to see what I can do.
fallback-sticker = Nice sticker! I can only read text, buttons and workout files, though. Type /help to see what I can do.
fallback-voice = I can't listen to voice messages yet — please type it instead.
fallback-photo = I can't read photos yet. For a workout, send the FIT, TCX or GPX file from your watch or app as a file.
fallback-document = I can't use that file yet. Workout files (FIT, TCX, GPX) are coming soon.
fallback-other = I can only read text, buttons and workout files. Type /help to see what I can do.
fallback-text = I didn't catch that. Type /help to see what I can do.

## Dialogs
cancel-done = OK, I stopped that. Nothing else changed.
cancel-nothing = There's nothing to cancel.

## Buttons that no longer apply
stale-button = That button is from an older message and no longer applies.

## Errors
error-generic = Sorry — something went wrong on my side and I couldn't finish that. Nothing was lost; please try again in a moment.

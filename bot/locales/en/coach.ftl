## The AI coach in the private chat (bot/handlers/coach.py, bot/coach/services/coach.py)

coach-red-flag =
    ⚠️ <b>Please stop training and get medical help now.</b>
    What you describe can be a sign of something serious, and it needs a doctor, not a coach. If it is severe or getting worse, call your local emergency number.

    I haven't changed anything in your plan. Take care of yourself first — I'm here when you're ready.
coach-minor-weight = At your age I don't give weight-loss or diet advice. Eating enough to fuel your training and growing body is what makes you faster — a doctor or sports dietitian can help if you have concerns.
coach-budget-reached = ℹ️ You've reached today's limit for AI answers, so until midnight I'm answering from your data directly.

## Answers without the AI model (the intent reader)
coach-ill =
    🤒 Sorry you're not feeling well. Rest comes first: no hard training while you're ill, and no training at all with a fever or chest symptoms.
    Mark it in today's /checkin so your readiness and plan account for it, or take a break with /pause. See a doctor if it lasts or gets worse.
coach-injured =
    🩹 Sorry to hear that. Don't train through pain: skip anything that hurts or changes how you move, and see a physiotherapist or doctor if it doesn't settle in a few days.
    Mark the injury in today's /checkin, or take a break with /pause.
coach-tired =
    😮‍💨 Thanks for telling me. A tired day is a day to go easy: keep today's session short and relaxed, or rest.
    { $readiness }
    Do today's /checkin so your readiness counts how you feel.
coach-short-of-time =
    🧳 Short on time or travelling? Keep the habit with short easy sessions; the key session of the week matters most. For a longer break, /pause stops the pushes until you're back.
    /week shows the week to plan around.
coach-move-skip = 🔁 To move or skip a session, open /week and pick the day. A missed session is not made up by doubling another day.
coach-today-title = 📅 <b>Today</b>
coach-why-title = 🔎 <b>Why this readiness</b>
coach-fitness =
    📈 <b>Your fitness</b>
    Fitness (CTL): { $ctl }
    Fatigue (ATL): { $atl }
    Form (TSB): { $tsb }
    { $acwr }
coach-fitness-acwr = ACWR: { $acwr } (0.8–1.3 is the usual band; the thresholds are debated)
coach-fitness-acwr-unsure = ACWR: — (not enough data yet: it needs 4 weeks of training to mean anything)
coach-fitness-change = Change over 4 weeks: { $change }
coach-fitness-none = 📈 No training load yet: upload a workout file or log one with /log, and fitness, fatigue and form start counting.
coach-no-readiness = No check-in today yet: /checkin takes a minute and gives today's verdict.
coach-unknown =
    I can answer questions about your training from your own data. Try:
    • "What's today?" or "why this readiness?"
    • "How is my fitness?"
    • "I'm ill", "my knee hurts", "I'm tired", "I'm travelling"
    • "Can I move tomorrow's session?"
coach-unknown-ai-off = The AI coach is off on this server, so I answer these common questions directly.

## The model's answers that could not be used
coach-fallback-heading = I couldn't check every number in my answer, so here is what your data says:
coach-fallback-ran-out = I ran out of time for a full answer; here is what I found in your data:
coach-fallback-nothing = I found nothing recorded to answer with yet.
coach-failure-rate_limited = ⏳ Too many questions at once right now. Please ask again in a minute — your message is saved.
coach-failure-overloaded = ⏳ The AI coach is overloaded at the moment. Please try again in a few minutes — your message is saved.
coach-failure-server = ⚠️ The AI service had an error. Please try again shortly — your message is saved.
coach-failure-timeout = ⌛ That took too long, so I stopped. Please ask again, perhaps a shorter question.
coach-failure-unreachable = 📡 I can't reach the AI service right now. Please try again later — /today and /week work as usual.
coach-failure-refused = I can't help with that one. Ask me about your training, readiness, fitness or plan.
coach-failure-rejected = ⚠️ The AI coach isn't available right now. /today, /week and /checkin work as usual.

## Notes
coach-note-confirm = 📝 Keep this health note for future conversations?
    <i>{ $text }</i>
coach-btn-note-keep = ✅ Keep
coach-btn-note-drop = ✖️ Don't keep
coach-note-kept = 📝 Kept: I'll take it into account.
coach-note-dropped = Not kept.
coach-note-gone = That note is no longer waiting.

## /coach and /forget
coach-status =
    🤖 <b>Your AI coach</b>
    Ask me anything about your training in plain words: why today's readiness is what it is, what pace or power to aim for, how a workout compared, how your fitness is going. I answer from your own data, and I can remember things you ask me to.

    { $mode }
coach-status-ai = Model: { $model }. Today: { $calls ->
        [one] 1 model request
       *[other] { $calls } model requests
    }, ${ $spent } of your ${ $budget } daily limit.
coach-status-budget = Today's limit of ${ $budget } is used up (${ $spent }); until midnight I answer common questions directly.
coach-status-no-key = The AI model is not set up on this server, so I answer common questions (ill, injured, tired, short of time, today, readiness, fitness) directly from your data.
coach-forget-ask = Forget our conversation? Your training data and the notes you asked me to keep stay.
coach-btn-forget = 🗑 Forget it
coach-btn-keep = Keep it
coach-forgotten = 🗑 Done: I've forgotten our conversation ({ $count } messages).
coach-forget-kept = Nothing was forgotten.
cmd-coach = Your AI coach: what it can do and today's usage
cmd-forget = Forget the conversation with the coach

## Buttons under an answer without the model: each opens its command
coach-btn-cmd-today = 📅 Today
coach-btn-cmd-week = 🗓 This week
coach-btn-cmd-checkin = 📝 Check in
coach-btn-cmd-pause = ⏸ Pause
coach-btn-cmd-history = 📜 History
coach-btn-cmd-help = ❓ What I can do

## The coach's morning digest, Sunday squad summary and /digest
cmd-digest = Your morning digest as a coach: on/off and its time
digest-title = ☀️ <b>Squad digest</b> — { $day }
digest-attention = { $count ->
    [one] <b>Needs attention</b> (1):
   *[other] <b>Needs attention</b> ({ $count }):
}
digest-all-clear = ✅ Nobody needs attention today.
digest-more-attention = …and { $count } more — /squad shows them all.
digest-rest = <b>All good</b> ({ $count }): { $names }
digest-and-more = and { $count } more
digest-hint = /squad opens the roster and each athlete's card.
weekly-title = 📅 <b>Squad week</b> { $first } – { $last }
weekly-compliance = plan done: { $pct }%
weekly-load = load: { $load }
weekly-no-figures = Nobody shares a plan or workouts with you this week.
weekly-struggling = 📉 <b>Struggling</b> ({ $count }): { $names }
weekly-improved = 📈 <b>Improved</b> ({ $count }): { $names }
weekly-steady = <b>Steady</b> ({ $count }): { $names }
weekly-why-fitness = { $name } (fitness +{ $change })
weekly-why-sick = { $name } ({ $days ->
    [one] 1 day ill or injured
   *[other] { $days } days ill or injured
})
weekly-why-red = { $name } ({ $days } red days)
weekly-why-compliance = { $name } ({ $pct }% of the plan)
digest-settings-title = ☀️ <b>Your digest as a coach</b>
digest-settings-on = Every morning at { $time } ({ $zone }): who needs attention and why, then the rest in one line. Next: { $next }.
digest-settings-off = The morning digest is off.
digest-settings-weekly-on = Sunday evening: the squad's week (plan done, load, who improved, who is struggling). Next: { $next }.
digest-settings-weekly-off = The Sunday squad summary is off.
digest-settings-no-squad = You don't coach a squad yet: /squad new creates one. Digests start once athletes join.
digest-settings-hint = Tap a time, or type one: /digest 06:45. Each digest shows only what every athlete shares with you at that moment.
digest-btn-on = ▶️ Turn the digest on
digest-btn-off = ⏸ Turn the digest off
digest-btn-weekly-on = ▶️ Sunday summary on
digest-btn-weekly-off = ⏸ Sunday summary off
digest-time-unreadable = “{ $text }” is not a time of day. Send it like /digest 07:30.
digest-time-set = Your digest now comes at { $time }.

## /ask: the AI for a coach, about the squad
cmd-ask = Ask the AI about your squad (coaches)
ask-usage = Ask about your squad after the command, for example: /ask who is struggling this week? — plain messages stay your own coach, about your own training.
ask-no-ai = The AI for coaches needs an Anthropic API key, and none is set. /digest and /squad show who needs attention without it.
ask-not-a-coach = /ask answers questions about a squad you coach, and you don't coach one yet (/squad new). Ask about your own training in a plain message.
ask-nobody-shares = None of your athletes shares AI summaries with you, so the AI can say nothing about them. Each athlete chooses that in /sharing. /squad shows what they do share.
ask-budget-reached = You have used today's AI budget for squad questions; it renews at midnight. /squad and /digest work without it.

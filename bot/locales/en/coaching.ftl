## A coach acting on an athlete: plan changes, a change for everyone, thresholds, messages
coaching-btn-edit = ✏️ Change plan
coaching-btn-threshold = 🎚 Set a threshold
coaching-btn-message = 💬 Message
coaching-btn-bulk = ✏️ Change everyone's plan
coaching-btn-bulk-apply = ✅ Apply for { $count }
coaching-denied = This athlete no longer lets you do this (they changed what they share, or left your squad). Nothing was changed.
coaching-ask-plan = What should change in { $name }'s plan? One line, for example:
    • <i>Saturday: 2 h ride in zone 2</i>
    • <i>Sunday: rest</i>
    • <i>move the long run to Sunday</i>
    Or /cancel.
coaching-ask-bulk = What should change for all your athletes? One line, for example <i>Saturday: 2 h group ride in zone 2</i> or <i>Sunday: rest</i>. I check it against each athlete's plan and permissions and show you the result before anything changes. Or /cancel.
coaching-unreadable = I can't read that as a plan change. Write a day, then what to do: <i>Saturday: 2 h ride in zone 2</i>, <i>Sunday: rest</i>, <i>tomorrow: 45 min run in zone 1</i> — or /cancel.
coaching-for = For <b>{ $name }</b>:
coaching-applied = ✅ <b>Done.</b> { $name }'s plan now:
coaching-notified = They have been told what changed and that it was you. Changed your mind? Tap Undo.
coaching-undone = ↩️ Undone: { $name }'s plan is back as it was, and they have been told.
coaching-stale = The athlete's plan has changed since this proposal was made. Send the change again from their card.
coaching-expired = ⌛ This proposal expired after 10 minutes. Send the change again from the athlete's card.
coaching-notice-changed = ✏️ Your coach <b>{ $coach }</b> changed your plan:
coaching-notice-undone = ↩️ Your coach <b>{ $coach }</b> undid their change. Your plan is back as it was:
coaching-notice-threshold = 🎚 Your coach <b>{ $coach }</b> set your { $what } to <b>{ $value }</b> from today. Your zones and session targets follow it; /profile shows them.
coaching-ask-threshold-kind = Which of { $name }'s thresholds do you want to set?
coaching-ask-threshold = Send { $name }'s new { $what } (it takes effect today and is recorded as set by you), or /cancel.
coaching-threshold-set = ✅ { $name }'s { $what } is now <b>{ $value }</b> from today, recorded as set by you. Their zones and targets follow it; they have been told.
coaching-bulk-title = ✏️ <b>Change for your athletes</b>: <i>“{ $request }”</i>
    It can be applied for { $count } of { $total }:
coaching-bulk-done = ✅ <b>Applied for { $count } of { $total }</b>: <i>“{ $request }”</i>
coaching-bulk-ok = ✅ <b>{ $name }</b>: { $days }
coaching-bulk-refused = ⛔ <b>{ $name }</b>: { $reason }
coaching-bulk-denied = they don't let you edit their plan.
coaching-bulk-more = …and { $count } more.
coaching-bulk-no-plan = they have no plan yet.
coaching-bulk-no-match = their plan has no such session.
coaching-bulk-ready = it can be applied.
coaching-bulk-applied = applied.
change-refused-too-long = A session set this way is at most { $limit } minutes.
change-refused-zone-not-steady = A session set this way is steady: zone 1, 2 or 3.
th-source-coach = set by your coach
th-source-mark-coach = (coach)

## Messages between a coach and an athlete
coaching-ask-message = Write your message to { $name }; I'll deliver it with your name. Or /cancel.
relay-from-coach = 💬 <b>Message from your coach { $coach }:</b>
    { $text }
relay-from-athlete = 💬 <b>{ $name } answers:</b>
    { $text }
relay-btn-reply = ↩️ Reply to coach
relay-btn-answer = 💬 Answer { $name }
relay-ask-reply = Write your answer to { $name }, or /cancel. (You can also just reply to their message.)
relay-sent = ✉️ Sent to { $name }.
relay-not-delivered = I couldn't deliver it: { $name } has blocked the bot or closed the chat.
relay-too-long = That message is longer than { $limit } characters. Send a shorter one, or /cancel.
relay-coach-gone = You are no longer in a squad of this coach, so I can't pass it on.

## Coach-facing: refusals about the athlete by name, with what the coach can do
coaching-no-plan-edit = ✏️ { $name } hasn't allowed plan changes — they can allow them in /sharing.
roster-new = 🆕 new — no data yet
coaching-bulk-refused-on = ⛔ <b>{ $name }</b> ({ $day }): { $reason }
coaching-bulk-not-their-sport = { $name } doesn't { $sport ->
    [bike] ride
    [run] run
    [swim] swim
   *[other] do that sport
}, so nothing changed for them. Set them a session of their own sport from their card.
coaching-notice-joined = 👋 { $name } joined <b>{ $squad }</b> and shares: { $scopes }.
coaching-notice-granted = 🔓 { $name } now also shares with you: { $scopes }.
coaching-notice-revoked = 🔒 { $name } no longer shares with you: { $scopes }.
coaching-notice-left = 👋 { $name } left <b>{ $squad }</b>; you no longer see anything of theirs.
coaching-violation-unavailable-day = { $name } isn't available that day. Pick another day, or ask { $name } to add it to their training days.
coaching-violation-outside-plan = That falls outside { $name }'s plan. Pick a day inside it.
coaching-violation-too-many-sessions-in-day = { $name } would have more than two sessions that day. Pick another day.
coaching-violation-swim-not-on-pool-day = { $name } has no pool that day. Pick one of their pool days, or another sport.
coaching-violation-hard-days-in-a-row = { $name } would have two hard days in a row. Make it easier, or pick another day.
coaching-violation-over-weekly-hours = { $name }'s week would go over the hours they have for training. Shorten it, pick another day, or ask { $name } to raise their weekly hours.
coaching-violation-ramp-too-steep = { $name }'s week would grow by more than 10 %. Shorten it, or pick a day in a later week.
coaching-violation-fitness-ramp-too-steep = { $name }'s fitness would have to rise faster than is safe. Shorten it or make it easier.
coaching-violation-recovery-overdue = It would put { $name }'s recovery week off too long. Keep the recovery week, or pick a day after it.
coaching-violation-recovery-week-too-hard = { $name }'s recovery week would get too hard. Shorten it, make it easier, or pick a day after that week.
coaching-violation-taper-volume-increase = { $name } is tapering, and the taper should only shrink. Shorten it, or leave the day as planned.
coaching-violation-taper-extra-hard = { $name } is tapering: no extra hard sessions. Keep it easy, or leave the day as planned.
coaching-violation-injury-conflict = { $name }'s injury rules out intensity in that sport. Keep it easy, or pick another sport.
coaching-violation-too-much-intensity = More than a quarter of { $name }'s week would be hard work (80/20). Keep it in zone 1–2, or pick another week.
coaching-violation-missing-easier-option = A hard session of { $name }'s would be left without an easier option. Set a steady session instead.
coaching-refused-session-not-found = That session is no longer in { $name }'s plan. Open their card to see the week.
coaching-refused-session-settled = That session of { $name }'s is done or in the past, so it stays. Pick a later day.
coaching-refused-day-in-past = That day has passed for { $name }. Name a day from today on.
coaching-refused-outside-plan = That day is outside { $name }'s plan. Name a day inside it.
coaching-refused-same-day = It's on that day already in { $name }'s plan. Pick another day.
coaching-refused-day-taken = { $name } has already done a session that day, so nothing moves onto it. Pick another day.
coaching-refused-nothing-to-change = There's nothing to change there in { $name }'s plan. Open their card to see the week.
coaching-refused-too-short = A session needs at least { $limit } minutes. Make it longer, or make the day rest.
coaching-refused-not-shorter = That isn't shorter than { $name }'s planned session. Give fewer minutes.
coaching-refused-no-easier = { $name }'s session is as easy as it gets. Shorten it, or make the day rest.
coaching-refused-sport-not-possible = That sport can't replace { $name }'s session. Pick another sport.
coaching-refused-bad-range = Those dates don't make sense. Write the first day, then the last.
coaching-refused-guardrail = That would break one of the plan's safety rules for { $name }. Shorten it, or pick another day.
coaching-refused-constraint = That would break a rule { $name } set for their plan. Pick another day, or ask { $name } to change the rule.
coaching-refused-unwell-no-intensity = { $name } is unwell: no hard sessions. Keep it easy, or make the day rest.
coaching-refused-lighter-week-needed = { $name }'s recent load is high, so this week has to get lighter. Shorten a session or add rest instead.
coaching-refused-rebuild-failed = { $name }'s plan couldn't be rebuilt from that day. Change a single day instead.
coaching-refused-too-long = A session set this way is at most { $limit } minutes. Shorten it, or split it over two days.
coaching-refused-zone-not-steady = A session set this way is steady: zone 1, 2 or 3. Lower the zone.

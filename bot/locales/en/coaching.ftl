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

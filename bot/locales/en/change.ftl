## Changing the plan: the day's buttons, the proposal card, Apply / Discard, /undo.

cmd-undo = Undo the last change to your plan

change-btn-move = ↔️ Move
change-btn-shorten = ✂️ Shorten
change-btn-easier = 🪶 Easier
change-btn-skip = ⏭ Skip
change-btn-swap = 🔁 Swap with…
change-btn-apply = ✅ Apply
change-btn-discard = ✖️ Discard
change-btn-recompute = 🔄 Recompute
change-btn-undo = ↩️ Undo
change-btn-back = « Back
change-btn-minutes = { $minutes } min
change-btn-something-else = 💬 Something else

change-pick-move = Move { $session } to which day?
change-pick-move-none = { $session } can't move to another day of the next two weeks without breaking your plan's rules (your available days, hours and hard-day spacing). Shorten it, make it easier or skip it instead.
change-pick-shorten = How long can { $session } be?
change-pick-swap = Swap { $day } with which day?

change-card-title = ✏️ <b>Proposed change</b>
change-card-request = <i>“{ $text }”</i>
change-card-day = <b>{ $day }</b>: { $before } → { $after }
change-day-now = <b>{ $day }</b>: { $after }
change-card-rest = rest
change-card-session = { $icon } { $title } { $duration }
change-card-session-effort = { $label } (up to { $effort })
change-effort-recovery = recovery
change-effort-endurance = endurance
change-effort-tempo = tempo
change-effort-sweet-spot = sweet spot
change-effort-threshold = threshold
change-effort-vo2max = VO2max
change-effort-anaerobic = anaerobic
change-card-more-days = …and { $count ->
    [one] one more day
   *[other] { $count } more days
}
change-card-week = 📊 { $dates }: { $hours_before } → { $hours_after } · load { $load_before } → { $load_after } · easy zones { $easy_before } → { $easy_after }
change-card-repairs = 🛠 <b>Also changed, to keep your plan safe:</b>
change-card-rules = 📌 <b>Your rules:</b>
change-card-ask = Apply it? The offer stands for 10 minutes.

change-repair-eased-hard-neighbour = { $day }: made easier, so hard days don't follow each other
change-repair-eased-for-intensity-share = { $day }: made easier, to keep the week mostly easy (80/20)
change-repair-constraint-sport = { $day }: { $sport } instead, same minutes in the same zones
change-repair-constraint-shortened = { $day }: shortened to { $minutes } min
change-repair-constraint-rest = { $day }: a session dropped
change-repair-constraint-eased = { $day }: no intensity
change-repair-later-weeks-rebuilt = the weeks from { $day } on rebuilt

change-rule = { $what } ({ $when })
change-rule-rest = rest
change-rule-only-run = only running
change-rule-only-bike = only cycling
change-rule-only-swim = only swimming
change-rule-only-strength = only strength
change-rule-only-brick = only bricks
change-rule-no-run = no running
change-rule-no-bike = no cycling
change-rule-no-swim = no swimming
change-rule-no-strength = no strength
change-rule-no-brick = no bricks
change-rule-max = at most { $minutes } min a day
change-rule-easy = easy only
change-rule-until = until { $day }

change-refused = ⛔ { $reason }
change-violation-unavailable-day = That day isn't one of your training days.
change-violation-outside-plan = That falls outside your plan.
change-violation-too-many-sessions-in-day = That day would hold more than two sessions.
change-violation-swim-not-on-pool-day = You have no pool that day.
change-violation-hard-days-in-a-row = Two hard days would follow each other.
change-violation-over-weekly-hours = The week would go over the hours you have for training.
change-violation-ramp-too-steep = The week's volume would grow by more than 10 %.
change-violation-fitness-ramp-too-steep = Your fitness would have to rise faster than is safe.
change-violation-recovery-overdue = It would put your recovery week off too long.
change-violation-recovery-week-too-hard = Your recovery week would get too hard.
change-violation-taper-volume-increase = Your taper would get more volume; it should only shrink.
change-violation-taper-extra-hard = Your taper would get extra hard sessions.
change-violation-injury-conflict = It puts intensity into a sport your injury rules out.
change-violation-too-much-intensity = More than a quarter of the week would be hard work (80/20).
change-violation-missing-easier-option = A hard session would be left without an easier option.
change-refused-session-not-found = That session is no longer in your plan.
change-refused-session-settled = That session is done or in the past, so it stays as it is.
change-refused-day-in-past = That day has passed.
change-refused-outside-plan = That day is outside your plan.
change-refused-same-day = It's on that day already.
change-refused-day-taken = That day already has a session you've done, so nothing moves onto it.
change-refused-nothing-to-change = There's nothing to change there.
change-refused-too-short = A session needs at least { $limit } minutes.
change-refused-not-shorter = That isn't shorter than the planned session.
change-refused-no-easier = This session is as easy as it gets.
change-refused-sport-not-possible = That sport can't replace this session.
change-refused-bad-range = Those dates don't make sense.
change-refused-constraint = That would break one of your rules.
change-refused-unwell-no-intensity = No hard sessions while you're unwell.
change-refused-lighter-week-needed = Your recent load is high: this week has to get lighter.
change-refused-rebuild-failed = The plan couldn't be rebuilt from that day.

change-applied = ✅ <b>Done.</b> Your plan now:
change-undone = ↩️ <b>Undone.</b> Back as it was:
change-undo-offer = Changed your mind? Tap Undo or send /undo.
change-already-applied = Already applied.
change-gone = This proposal is no longer open.
change-expired = ⌛ This proposal expired after 10 minutes. Recompute it for your plan as it is now?
change-stale = Your plan has changed since this proposal was made. Recompute it?
change-discarded = ✖️ Discarded. Your plan stays as it was.
change-something-else = Tell me what you'd like instead.
change-undo-nothing = There's no change to undo.
change-undo-not-last = Only your latest change can be undone.
change-undo-changed-since = Your plan has changed since then (a rebuild or the weekly review), so that change can't be undone safely.
change-undo-refused = Can't undo it: { $reason }

change-nomatch-no-such-session = I couldn't find that session in the next two weeks. Open the day in /week and use its buttons.
change-nomatch-nothing-that-day = There's nothing planned that day to change.
change-nomatch-already-easy = That day is already easy.

change-question-illness = Sorry to hear that. Where are the symptoms?
change-question-travel = What can you do while you're away?
change-option-above-neck = 🤧 Above the neck (runny nose, sore throat)
change-option-below-neck = 🤒 Below the neck (fever, chest, aches)
change-option-travel-rest = 🛌 No training at all
change-option-travel-run = 🏃 Running, up to 45 min a day
change-option-travel-run-any = 🏃 Running only

## The weekly review, when a stated rule stopped the adaptation.
review-rule-constraint = the rules you set

# The weekly review (Sunday evening): the week in numbers, what went well, next week.
cmd-review = Last week's review and what changed
review-none-yet = No weekly review yet: the first comes on Sunday evening, with next week adapted to how this one went.
review-title = 📊 <b>Your week, { $first } – { $last }</b>
review-sessions = ✅ { $done } of { $planned } planned sessions done ({ $pct } % of the plan)
review-colours = 🟢 { $green } on target · 🟡 { $yellow } partly · 🔴 { $red } done but far off · ⚪ { $missed } missed
review-nothing-planned = Nothing was planned this week.
review-volume = ⏱ { $done } h of { $planned } h · load { $load } of { $planned_load }
review-fitness = 📈 Fitness { $before } → { $after } ({ $change }) · fatigue { $fatigue } · form { $form }
review-sick-days = { $days ->
    [one] 🤒 { $days } day ill or injured
   *[other] 🤒 { $days } days ill or injured
}
review-red-days = { $days ->
    [one] 🔴 { $days } red readiness day
   *[other] 🔴 { $days } red readiness days
}
review-well-heading = <b>What went well</b>
review-well-on-plan = 👏 { $pct } % of the plan done: that is what builds fitness.
review-well-green = { $count ->
    [one] 👍 { $count } session right on target.
   *[other] 👍 { $count } sessions right on target.
}
review-well-best = 🏅 Biggest session: { $icon } { $duration } on { $day }, load { $load }.
review-well-fitness = 📈 Fitness up { $change } points.
review-next-heading = <b>Next week</b>
review-next-summary = { $phase } · { $hours } h · { $sessions } sessions
review-next-key = Key sessions:
review-key-session = • { $day } { $icon } { $type }, { $duration }
review-next-hint = /week shows it day by day.

review-type-endurance = endurance
review-type-tempo = tempo
review-type-threshold = threshold
review-type-intervals = intervals
review-type-recovery = recovery
review-type-long = long session
review-type-race = race

review-kind-progress = progress
review-kind-light-adjustment = the light adjustment
review-kind-cut-intensity = cutting intensity
review-kind-repeat-week = repeating the week
review-kind-return-ramp = the return ramp
review-kind-keep = keeping the plan

review-rule-unavailable-day = a day you are not available
review-rule-outside-plan = the plan's dates
review-rule-too-many-sessions-in-day = two sessions a day at most
review-rule-swim-not-on-pool-day = your pool days
review-rule-hard-days-in-a-row = no hard days in a row
review-rule-over-weekly-hours = your weekly hours
review-rule-ramp-too-steep = the 10 % a week volume limit
review-rule-fitness-ramp-too-steep = the safe fitness ramp
review-rule-recovery-overdue = a recovery week every 3 (or 2) weeks
review-rule-recovery-week-too-hard = an easy recovery week
review-rule-taper-volume-increase = the taper
review-rule-taper-extra-hard = the taper
review-rule-injury-conflict = your injury
review-rule-too-much-intensity = the 80/20 intensity balance
review-rule-missing-easier-option = an easier option for every hard session
review-rule-plan-request = your plan settings

review-change-why-share = { $pct } % of the week's plan done.
review-change-why-red = { $days } red readiness days: one step more careful.
review-change-why-sick = { $days } days ill or injured: time to come back gently.
review-change-why-nothing-planned = Nothing to measure this week.
review-change-no-next-week = The plan ends here; /plan starts the next block.
review-change-protected = Next week is a { $phase } week: it stays easy as planned.
review-change-progress = On track: next week goes up to { $hours } h as planned ({ $previous } h this week).
review-change-as-planned = Next week stays as planned: { $hours } h.
review-change-guardrail-stopped = Not { $change }: it would break { $rule }.
review-change-light-adjustment = Next week holds your volume instead of growing: { $hours } h instead of { $planned } h.
review-change-cut-intensity = Same { $hours } h next week, but all easy: no hard sessions.
review-change-return-ramp = Return ramp: { $hours } h instead of { $planned } h ({ $pct } %), all easy, then back up step by step.
review-change-repeat-week = Next week repeats this one ({ $hours } h), to finish what it started.
review-change-session-changed = • { $day } { $icon } { $was } → { $now }, { $duration }
review-change-session-added = • { $day } { $icon } + { $type }, { $duration }
review-change-session-removed = • { $day } { $icon } − { $type }
review-change-more-changes = • and { $count } more changes (/week)

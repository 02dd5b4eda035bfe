## Answers checked before they make an absurd plan (issue 16)

ob-q-date-ambiguous = 📅 <b>Which date do you mean: { $first } or { $second }?</b> Tap one — or type the date with the month in words, e.g. 3 April 2027.

ob-q-days_check = 🗓 <b>{ $days ->
    [one] One training day a week
   *[other] { $days } training days a week
} can't carry this goal.</b> A proper build for it needs { $needed } days or more; on fewer, every week is a single long session and race day becomes a test of survival. What would you like to do?
ob-opt-days_check-add_days = ➕ Add training days
ob-opt-days_check-change_goal = 🎯 Change the goal
ob-opt-days_check-minimal = Keep a minimal plan
plan-notice-minimal-plan = A minimal plan: { $days ->
    [one] you train 1 day a week
   *[other] you train { $days } days a week
}, and this goal needs { $needed } or more to prepare properly. It keeps you moving towards race day; add days in /settings when you can.

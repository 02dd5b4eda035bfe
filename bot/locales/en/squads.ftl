## Squads for human coaches: /squad, invitation links, /sharing
squad-scope-plan_view = your training plan (view)
squad-scope-plan_edit = changes to your training plan
squad-scope-activities = your workouts
squad-scope-wellness_readiness = your check-ins and readiness
squad-scope-ai_summaries = AI coach summaries about you
squad-scope-their-plan_view = their training plan (view)
squad-scope-their-plan_edit = changes to their training plan
squad-scope-their-activities = their workouts
squad-scope-their-wellness_readiness = their check-ins and readiness
squad-scope-their-ai_summaries = AI coach summaries about them
squad-scope-short-plan_view = Plan
squad-scope-short-plan_edit = Plan edits
squad-scope-short-activities = Workouts
squad-scope-short-wellness_readiness = Readiness
squad-scope-short-ai_summaries = AI summaries
squad-ask-name = What should your squad be called? Send its name (up to 64 characters), or /cancel.
squad-list = { $count ->
    [0] You don't coach a squad yet. /squad new creates one and gives you an invitation link.
   *[other] Your squads: { $names }. /squad link gives a fresh invitation link, /squad new creates another squad.
}
squad-invitation = 👥 <b>{ $squad }</b> is ready.
    Send this link to your athletes:
    { $link }

    It works until { $expires } for { $uses ->
        [one] one more athlete
       *[other] { $uses } more athletes
    }. Each athlete sees who you are and what you ask to see, and decides:
    { $scopes }
squad-btn-revoke = 🚫 Revoke this link
squad-revoked = The link is revoked: nobody else can join with it. Athletes already in the squad stay.
squad-invitation-revoked = 🚫 <b>This invitation link is revoked.</b> Nobody else can join with it; athletes already in the squad stay. /squad link gives a fresh link.
squad-offer = 👥 <b>{ $coach }</b> invites you to the squad <b>{ $squad }</b>.

    If you accept, your coach will see:
    { $scopes }

    Nothing else. You can change this or leave at any time in /sharing.
squad-btn-accept = ✅ Accept
squad-btn-decline = ✖️ Decline
squad-joined = ✅ You joined <b>{ $squad }</b>. { $coach } now sees:
    { $scopes }
    /sharing changes this any time.
squad-declined = You declined the invitation to <b>{ $squad }</b>. Nothing is shared.
squad-error-name_empty = The name is empty. Send a name for your squad, or /cancel.
squad-error-name_long = That name is longer than 64 characters. Send a shorter one, or /cancel.
squad-error-not_yours = That link is not one of yours.
squad-error-invitation_unknown = This invitation link is not valid. Ask your coach for a new one.
squad-error-invitation_expired = This invitation link has expired. Ask your coach for a new one.
squad-error-invitation_revoked = Your coach has revoked this invitation link. Ask them for a new one.
squad-error-invitation_used_up = This invitation link has been used as many times as it allows. Ask your coach for a new one.
squad-error-own_squad = This is your own squad's link: send it to your athletes.
squad-error-already_member = You are already in this squad. /sharing shows what your coach sees.
squad-error-membership_gone = You are no longer in that squad. /sharing shows the current state.
sharing-title = 🔐 <b>Who sees what</b>. Tap a scope to allow or withhold it; it takes effect at once.
sharing-coach = <b>{ $coach }</b> — squad { $squad }:
    { $scopes }
sharing-nothing = nothing at the moment
sharing-strava = 🟧 Workouts from Strava are never shared (Strava's terms): a planned session you did only on Strava shows to your coach and group as not done.
sharing-none = No coach sees any of your data. When a coach sends you an invitation link, you choose what they may see.
sharing-btn-leave = 🚪 Leave { $squad }
sharing-saved = Saved.
cmd-squad = Your athletes as a coach: roster, plan changes, messages; /squad new creates a squad
cmd-sharing = Which coaches see what of yours

## The coach's roster and athlete card
roster-empty = Nobody has joined your squads yet. /squad link gives you a fresh invitation link to send.
roster-title = 👥 <b>Your athletes</b> ({ $count }) — who needs attention first. Page { $page } of { $pages }.
roster-checked-in = ✓ checked in
roster-no-check-in = no check-in
roster-compliance = 7 days: { $pct }% done
roster-form = form { $tsb }
roster-flag-ill = ill or injured
roster-flag-red = red day
roster-flag-acwr = ACWR above 1.5
roster-flag-missed = missed a key session
roster-flag-quiet = no data for 3 days
roster-flag-race = race within 14 days
roster-btn-back = « Roster
roster-denied = This athlete no longer shares this with you.
card-title = 👤 <b>{ $name }</b>
card-nothing-shared = This athlete shares nothing else with you at the moment.
card-no-profile = Profile: not set up yet.
card-profile = <b>Thresholds:</b> { $thresholds }
card-no-plan = No plan to show yet.
card-week = <b>This week:</b> { $done } of { $planned } sessions done, { $hours } h planned.
card-no-activities = No workouts yet.
card-activities = <b>Last workouts:</b>
card-no-readiness = Readiness: not enough data yet.
card-readiness = <b>Readiness today:</b> { $colour } { $score }/100

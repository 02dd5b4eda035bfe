## The team's group chat: linking a group, the team board, group privacy
group-added-coach = 👋 Hi, { $title }! I'm Tempo. Which of your squads trains here? One tap links this group.
group-added = 👋 Hi, { $title }! I'm Tempo. A coach links this group to their squad with /link@{ $bot }.
group-btn-link = Link to «{ $squad }»
group-linked = ✅ This group is now the chat of <b>{ $squad }</b>. The team board will be pinned here.
group-back = 👋 I'm back. This group is still the chat of <b>{ $squad }</b>: the board is up to date again, and the scheduled roll-calls go on.
group-join = Not in <b>{ $squad }</b> yet? The button opens a private chat with me and the invitation: you decide what your coach sees, and what this group sees (/groupprivacy).
group-btn-join = 👥 Join the squad
group-not-coach = Only the coach of that squad can link this group.
group-no-squads = You don't coach a squad yet. In a private chat with me, /squad new creates one.
group-not-linked = This group is not linked to a squad yet. Its coach links it with /link@{ $bot }.
group-pin-failed = I couldn't pin the board: make me an administrator who may pin messages.
group-board-current = 📌 The board is up to date: it's the message pinned at the top of the chat.
group-board = 📋 <b>{ $squad }</b> · { $day }
    { $count ->
        [0] Nobody shares anything with the group yet.
       *[other] { $lines }
    }
group-board-score = { $score }/100
group-board-minutes = { $minutes } min
group-tier-intro = What your squad's group chat sees of you (the board, polls, the AI there). Now: <b>{ $current }</b>. Never more than you share with your coach: without readiness there, no colour or score; without workouts, no minutes.
group-tier-nothing = Nothing
group-tier-done = Done or not (default)
group-tier-colour = Done and readiness colour
group-tier-numbers = Done, readiness score and minutes
group-tier-saved = Saved. The group's board follows at once.
group-btn-add-to-group = ➕ Add Tempo to the team's group
cmd-groupprivacy = What your squad's group chat sees of you
cmd-board = The team board: the week and who has trained today
cmd-link = Link this group to your squad
group-me = Only you see this. Today: { $line }
group-me-private = Your own numbers stay between us: open the private chat.
group-btn-private = 🔒 Open the private chat
cmd-me = Your own day, shown to you alone
group-error-no_group = This group is not linked to a squad yet.
group-error-not_yours = Only the coach of this group's squad can do that.
group-error-no_poll = There is no open roll-call in this group.
group-poll-in_out-question = Who's in?
group-poll-in_out-0 = ✅ I'm in
group-poll-in_out-1 = ❌ Not this time
group-poll-feeling-question = How do you feel today?
group-poll-feeling-0 = 💪 Great
group-poll-feeling-1 = 🙂 Good
group-poll-feeling-2 = 😮‍💨 Tired
group-poll-feeling-3 = 🤒 Ill
group-results-coach = 📊 Roll-call in { $group }:
    { $lines }
group-results-summary = 📊 Roll-call closed:
    { $lines }
cmd-rollcall = A roll-call poll: who's in?
cmd-feeling = A poll: how does everyone feel today?
cmd-results = Close the roll-call: names to you, counts to the group
# Scheduled roll-calls and the week on the board (issue 21, more).
group-board-week = 📅 Roll-calls this week:
    { $sessions }
group-daily = Daily
group-weekday-0 = Mon
group-weekday-1 = Tue
group-weekday-2 = Wed
group-weekday-3 = Thu
group-weekday-4 = Fri
group-weekday-5 = Sat
group-weekday-6 = Sun
group-schedule-saved = ⏰ Scheduled: { $when }
    It goes out at the group's local time (the coach's time zone).
group-schedule-unreadable = I couldn't read that schedule. Write a day and a time, e.g. /rollcall thu 18:00 Who's in for Saturday's long ride? or /feeling daily 07:00 (at most 12 per group).
group-schedule-none = No roll-calls are scheduled in this group.
group-schedule-list = ⏰ Scheduled roll-calls:
    { $lines }
group-schedule-cancelled = Cancelled.
group-btn-cancel = ✖ { $when }
cmd-rollcalls = Scheduled roll-calls: list and cancel
sharing-group-tier = 👥 <b>The team's group chat</b> sees of you: { $current }
group-ai-usage = Write /ai on or /ai off: whether I answer when mentioned in this group.
group-ai-on = 🤖 I answer in this group when mentioned or replied to: your own data only to you, of others only what they show the group.
group-ai-off = 🤐 The AI coach no longer answers in this group: a mention gets a short pointer instead. /ai on brings it back.
group-ai-no-model = The AI coach can't answer in the group right now. /me@{ $bot } shows your own day to you alone; ask me anything about your training in our private chat.
group-ai-disabled = The coach turned the AI coach off in this group. /me@{ $bot } shows your own day to you alone; ask me anything about your training in our private chat.
group-ai-budget = You've used today's AI coach budget; I'll answer again tomorrow. /me@{ $bot } shows your own day to you alone.
group-ai-answered-privately = 🔒 I answered you in our private chat.
cmd-ai = Let the AI coach answer in this group: on or off

group-help =
    👋 <b>Tempo in the team's group</b>
    { $commands }
    For the coach: { $coach_commands }

    Mention @{ $bot } (or reply to me) to ask the AI coach about training or the group's week; what is about you alone reaches you alone. Plans, logs and check-ins live in our private chat.
group-command-private = /{ $command } is personal — it works in our private chat, not in front of the team.

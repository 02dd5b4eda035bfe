# The team's group chat (issue 21): scheduled roll-calls and the week on the board.
# (The rest of the group keys are still English-only: the catalog falls back.)
group-board-week = 📅 Diese Woche:
    { $sessions }
group-daily = Täglich
group-weekday-0 = Mo
group-weekday-1 = Di
group-weekday-2 = Mi
group-weekday-3 = Do
group-weekday-4 = Fr
group-weekday-5 = Sa
group-weekday-6 = So
group-schedule-saved = ⏰ Geplant: { $when }. Sie geht zur Ortszeit der Gruppe raus (Zeitzone des Trainers).
group-schedule-unreadable = Diesen Zeitplan konnte ich nicht lesen. Schreib einen Tag und eine Uhrzeit, z. B. /rollcall thu 18:00 Wer ist Samstag bei der langen Ausfahrt dabei? oder /feeling daily 07:00 (höchstens 12 pro Gruppe).
group-schedule-none = In dieser Gruppe sind keine Umfragen geplant.
group-schedule-list = ⏰ Geplante Umfragen:
    { $lines }
group-schedule-cancelled = Abgesagt.
group-btn-cancel = ✖ { $when }
cmd-rollcalls = Geplante Umfragen: ansehen und absagen
sharing-group-tier = 👥 <b>Der Gruppenchat des Teams</b> sieht von dir: { $current }

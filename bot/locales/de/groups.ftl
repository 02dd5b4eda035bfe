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
group-ai-usage = Schreib /ai on oder /ai off: ob ich antworte, wenn ich in dieser Gruppe erwähnt werde.
group-ai-on = 🤖 Ich antworte in dieser Gruppe, wenn ich erwähnt werde oder jemand auf mich antwortet.
group-ai-off = 🤐 Ich antworte in dieser Gruppe nicht mehr auf Erwähnungen. /ai on schaltet es wieder ein.
group-ai-no-model = In der Gruppe beantworte ich noch keine Trainingsfragen. /me@{ $bot } zeigt dir deinen Tag nur für dich; frag mich alles zu deinem Training in unserem privaten Chat.
cmd-ai = Der KI-Coach in dieser Gruppe: an oder aus

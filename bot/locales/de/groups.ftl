## The team's group chat: linking a group, the team board, group privacy
group-added-coach = 👋 Hallo, { $title }! Ich bin Tempo. Welche deiner Trainingsgruppen trainiert hier? Ein Tippen verknüpft diese Gruppe.
group-added = 👋 Hallo, { $title }! Ich bin Tempo. Ein Coach verknüpft diese Gruppe mit /link@{ $bot } mit seiner Trainingsgruppe.
group-btn-link = Mit „{ $squad }“ verknüpfen
group-linked = ✅ Diese Gruppe ist jetzt der Chat von <b>{ $squad }</b>. Die Team-Pinnwand wird hier angeheftet.
group-back = 👋 Ich bin zurück. Diese Gruppe ist weiterhin der Chat von <b>{ $squad }</b>: Die Pinnwand ist wieder aktuell, die geplanten Umfragen laufen weiter.
group-join = Noch nicht in <b>{ $squad }</b>? Der Button öffnet einen privaten Chat mit mir und die Einladung: Du entscheidest, was dein Coach sieht und was diese Gruppe sieht (/groupprivacy).
group-btn-join = 👥 Der Gruppe beitreten
group-not-coach = Nur der Coach dieser Trainingsgruppe kann diese Gruppe verknüpfen.
group-no-squads = Du betreust noch keine Trainingsgruppe. Im privaten Chat mit mir legt /squad new eine an.
group-not-linked = Diese Gruppe ist noch mit keiner Trainingsgruppe verknüpft. Ihr Coach verknüpft sie mit /link@{ $bot }.
group-pin-failed = Ich konnte die Pinnwand nicht anheften: Mach mich zum Administrator mit dem Recht, Nachrichten anzuheften.
group-board-current = 📌 Die Pinnwand ist aktuell: Es ist die oben im Chat angeheftete Nachricht.
group-board = 📋 <b>{ $squad }</b> · { $day }
    { $count ->
        [0] Noch teilt niemand etwas mit der Gruppe.
       *[other] { $lines }
    }
group-board-score = { $score }/100
group-board-minutes = { $minutes } min
group-tier-intro = Was der Gruppenchat deiner Trainingsgruppe von dir sieht (die Pinnwand, Umfragen, die KI dort). Aktuell: <b>{ $current }</b>. Nie mehr, als du mit deinem Coach teilst: ohne Bereitschaft dort weder Farbe noch Wert, ohne Trainings keine Minuten.
group-tier-nothing = Nichts
group-tier-done = Erledigt oder nicht (Standard)
group-tier-colour = Erledigt und Bereitschaftsfarbe
group-tier-numbers = Erledigt, Bereitschaftswert und Minuten
group-tier-saved = Gespeichert. Die Pinnwand der Gruppe übernimmt es sofort.
group-btn-add-to-group = ➕ Tempo zur Teamgruppe hinzufügen
cmd-groupprivacy = Was der Gruppenchat deiner Trainingsgruppe von dir sieht
cmd-board = Die Team-Pinnwand: die Woche und wer heute trainiert hat
cmd-link = Diese Gruppe mit deiner Trainingsgruppe verknüpfen
group-me = Nur du siehst das. Heute: { $line }
group-me-private = Deine eigenen Zahlen bleiben unter uns: Öffne den privaten Chat.
group-btn-private = 🔒 Privaten Chat öffnen
cmd-me = Dein eigener Tag, nur für dich sichtbar
group-error-no_group = Diese Gruppe ist noch mit keiner Trainingsgruppe verknüpft.
group-error-not_yours = Das kann nur der Coach der Trainingsgruppe dieses Chats.
group-error-no_poll = In dieser Gruppe läuft keine offene Umfrage.
group-poll-in_out-question = Wer ist dabei?
group-poll-in_out-0 = ✅ Ich bin dabei
group-poll-in_out-1 = ❌ Diesmal nicht
group-poll-feeling-question = Wie fühlst du dich heute?
group-poll-feeling-0 = 💪 Super
group-poll-feeling-1 = 🙂 Gut
group-poll-feeling-2 = 😮‍💨 Müde
group-poll-feeling-3 = 🤒 Krank
group-results-coach = 📊 Umfrage in { $group }:
    { $lines }
group-results-summary = 📊 Umfrage beendet:
    { $lines }
cmd-rollcall = Eine Umfrage: Wer ist dabei?
cmd-feeling = Eine Umfrage: Wie fühlen sich alle heute?
cmd-results = Umfrage beenden: Namen an dich, Zahlen an die Gruppe

## Scheduled roll-calls, the AI switch, the group tier in /sharing
group-board-week = 📅 Abfragen dieser Woche:
    { $sessions }
group-daily = Täglich
group-weekday-0 = Mo
group-weekday-1 = Di
group-weekday-2 = Mi
group-weekday-3 = Do
group-weekday-4 = Fr
group-weekday-5 = Sa
group-weekday-6 = So
group-schedule-saved = ⏰ Geplant: { $when }
    Sie geht zur Ortszeit der Gruppe raus (Zeitzone des Trainers).
group-schedule-unreadable = Diesen Zeitplan konnte ich nicht lesen. Schreib einen Tag und eine Uhrzeit, z. B. /rollcall thu 18:00 Wer ist Samstag bei der langen Ausfahrt dabei? oder /feeling daily 07:00 (höchstens 12 pro Gruppe).
group-schedule-none = In dieser Gruppe sind keine Umfragen geplant.
group-schedule-list = ⏰ Geplante Umfragen:
    { $lines }
group-schedule-cancelled = Abgesagt.
group-btn-cancel = ✖ { $when }
cmd-rollcalls = Geplante Umfragen: ansehen und absagen
sharing-group-tier = 👥 <b>Der Gruppenchat des Teams</b> sieht von dir: { $current }
group-ai-usage = Schreib /ai on oder /ai off: ob ich antworte, wenn ich in dieser Gruppe erwähnt werde.
group-ai-on = 🤖 Ich antworte in dieser Gruppe, wenn man mich erwähnt oder mir antwortet: deine Daten nur dir, von anderen nur, was sie der Gruppe zeigen.
group-ai-off = 🤐 Der KI-Coach antwortet in dieser Gruppe nicht mehr: Auf eine Erwähnung folgt nur ein kurzer Hinweis. /ai on schaltet ihn wieder ein.
group-ai-no-model = Der KI-Coach kann in der Gruppe gerade nicht antworten. /me@{ $bot } zeigt dir deinen Tag nur für dich; frag mich alles zu deinem Training in unserem privaten Chat.
group-ai-disabled = Der Coach hat den KI-Coach in dieser Gruppe ausgeschaltet. /me@{ $bot } zeigt dir deinen Tag nur für dich; frag mich alles zu deinem Training in unserem privaten Chat.
group-ai-budget = Das heutige Budget des KI-Coaches ist aufgebraucht; morgen antworte ich wieder. /me@{ $bot } zeigt dir deinen Tag nur für dich.
group-ai-answered-privately = 🔒 Ich habe dir im privaten Chat geantwortet.
cmd-ai = Der KI-Coach in dieser Gruppe: an oder aus

group-help =
    👋 <b>Tempo in der Gruppe des Teams</b>
    { $commands }
    Für den Coach: { $coach_commands }

    Erwähne @{ $bot } (oder antworte auf eine Nachricht von mir), um den KI-Coach zum Training oder zur Woche der Gruppe zu fragen; was nur dich betrifft, erreicht nur dich. Pläne, Einträge und Check-ins gibt es in unserem privaten Chat.
group-command-private = /{ $command } ist persönlich — es funktioniert in unserem privaten Chat, nicht vor dem Team.

## The AI coach in the private chat (bot/handlers/coach.py, bot/coach/services/coach.py)

coach-red-flag =
    ⚠️ <b>Bitte hör auf zu trainieren und hol dir jetzt ärztliche Hilfe.</b>
    Was du beschreibst, kann ein Zeichen für etwas Ernstes sein, und dafür braucht es einen Arzt, keinen Coach. Wenn es schlimm ist oder schlimmer wird, ruf den Notruf an.

    Ich habe an deinem Plan nichts geändert. Kümmere dich zuerst um dich – ich bin da, wenn du so weit bist.
coach-minor-weight = In deinem Alter gebe ich keine Tipps zum Abnehmen oder zu Diäten. Genug zu essen, um dein Training und deinen wachsenden Körper zu versorgen, macht dich schneller – ein Arzt oder eine Sporternährungsberatung hilft, wenn du Bedenken hast.
coach-budget-reached = ℹ️ Du hast das heutige Limit für KI-Antworten erreicht, deshalb antworte ich bis Mitternacht direkt aus deinen Daten.

## Answers without the AI model (the intent reader)
coach-ill =
    🤒 Tut mir leid, dass es dir nicht gut geht. Ruhe geht vor: kein hartes Training, solange du krank bist, und gar kein Training bei Fieber oder Beschwerden in der Brust.
    Trag es im heutigen /checkin ein, damit Bereitschaft und Plan es berücksichtigen, oder mach mit /pause eine Pause. Geh zum Arzt, wenn es anhält oder schlimmer wird.
coach-injured =
    🩹 Das tut mir leid. Trainier nicht durch Schmerzen: Lass alles weg, was wehtut oder deine Bewegung verändert, und geh zur Physio oder zum Arzt, wenn es in ein paar Tagen nicht besser wird.
    Trag die Verletzung im heutigen /checkin ein oder mach mit /pause eine Pause.
coach-tired =
    😮‍💨 Danke, dass du es mir sagst. Ein müder Tag ist ein Tag für Lockeres: Halte die heutige Einheit kurz und entspannt, oder ruh dich aus.
    { $readiness }
    Mach den heutigen /checkin, damit deine Bereitschaft berücksichtigt, wie du dich fühlst.
coach-short-of-time =
    🧳 Wenig Zeit oder unterwegs? Halte die Gewohnheit mit kurzen, lockeren Einheiten; die Schlüsseleinheit der Woche zählt am meisten. Für eine längere Pause stoppt /pause die Nachrichten, bis du zurück bist.
    /week zeigt die Woche zum Planen.
coach-move-skip = 🔁 Um eine Einheit zu verschieben oder auszulassen, öffne /week und wähle den Tag. Eine verpasste Einheit holt man nicht nach, indem man einen anderen Tag verdoppelt.
coach-today-title = 📅 <b>Heute</b>
coach-why-title = 🔎 <b>Warum diese Bereitschaft</b>
coach-fitness =
    📈 <b>Deine Fitness</b>
    Fitness (CTL): { $ctl }
    Ermüdung (ATL): { $atl }
    Form (TSB): { $tsb }
    { $acwr }
coach-fitness-acwr = ACWR: { $acwr } (0,8–1,3 ist der übliche Bereich; die Grenzwerte sind umstritten)
coach-fitness-acwr-unsure = ACWR: – (noch zu wenig Daten: Erst nach 4 Wochen Training ist er aussagekräftig)
coach-fitness-change = Veränderung über 4 Wochen: { $change }
coach-fitness-none = 📈 Noch keine Trainingsbelastung: Lade eine Trainingsdatei hoch oder trag eins mit /log ein, dann zählen Fitness, Ermüdung und Form mit.
coach-no-readiness = Heute noch kein Check-in: /checkin dauert eine Minute und liefert das heutige Urteil.
coach-unknown =
    Ich kann Fragen zu deinem Training aus deinen eigenen Daten beantworten. Versuch:
    • „Was steht heute an?“ oder „warum diese Bereitschaft?“
    • „Wie steht es um meine Fitness?“
    • „Ich bin krank“, „mein Knie tut weh“, „ich bin müde“, „ich bin unterwegs“
    • „Kann ich die Einheit von morgen verschieben?“
coach-unknown-ai-off = Der KI-Coach ist auf diesem Server aus, deshalb beantworte ich diese häufigen Fragen direkt.

## The model's answers that could not be used
coach-fallback-heading = Ich konnte nicht jede Zahl in meiner Antwort prüfen, deshalb hier, was deine Daten sagen:
coach-fallback-ran-out = Für eine vollständige Antwort reichte die Zeit nicht; das habe ich in deinen Daten gefunden:
coach-fallback-nothing = Ich habe noch nichts Aufgezeichnetes gefunden, womit ich antworten könnte.
coach-failure-rate_limited = ⏳ Gerade zu viele Fragen auf einmal. Frag bitte in einer Minute noch einmal – deine Nachricht ist gespeichert.
coach-failure-overloaded = ⏳ Der KI-Coach ist gerade überlastet. Versuch es bitte in ein paar Minuten noch einmal – deine Nachricht ist gespeichert.
coach-failure-server = ⚠️ Beim KI-Dienst ist ein Fehler aufgetreten. Versuch es bitte gleich noch einmal – deine Nachricht ist gespeichert.
coach-failure-timeout = ⌛ Das hat zu lange gedauert, deshalb habe ich abgebrochen. Frag bitte noch einmal, vielleicht kürzer.
coach-failure-unreachable = 📡 Ich erreiche den KI-Dienst gerade nicht. Versuch es bitte später – /today und /week funktionieren wie gewohnt.
coach-failure-refused = Dabei kann ich nicht helfen. Frag mich nach deinem Training, deiner Bereitschaft, deiner Fitness oder deinem Plan.
coach-failure-rejected = ⚠️ Der KI-Coach ist gerade nicht verfügbar. /today, /week und /checkin funktionieren wie gewohnt.

## Notes
coach-note-confirm = 📝 Diese Gesundheitsnotiz für künftige Gespräche behalten?
    <i>{ $text }</i>
coach-btn-note-keep = ✅ Behalten
coach-btn-note-drop = ✖️ Nicht behalten
coach-note-kept = 📝 Behalten: Ich berücksichtige sie.
coach-note-dropped = Nicht behalten.
coach-note-gone = Diese Notiz wartet nicht mehr.

## /coach and /forget
coach-status =
    🤖 <b>Dein KI-Coach</b>
    Frag mich alles zu deinem Training in deinen eigenen Worten: warum deine Bereitschaft heute so ist, welche Pace oder Leistung du anpeilen sollst, wie ein Training im Vergleich war, wie sich deine Fitness entwickelt. Ich antworte aus deinen eigenen Daten und kann mir Dinge merken, um die du mich bittest.

    { $mode }
coach-status-ai = Modell: { $model }. Heute: { $calls ->
        [one] 1 Modellanfrage
       *[other] { $calls } Modellanfragen
    }, ${ $spent } von deinem Tageslimit von ${ $budget }.
coach-status-budget = Das heutige Limit von ${ $budget } ist aufgebraucht (${ $spent }); bis Mitternacht beantworte ich häufige Fragen direkt.
coach-status-no-key = Das KI-Modell ist auf diesem Server nicht eingerichtet, deshalb beantworte ich häufige Fragen (krank, verletzt, müde, wenig Zeit, heute, Bereitschaft, Fitness) direkt aus deinen Daten.
coach-forget-ask = Unser Gespräch vergessen? Deine Trainingsdaten und die Notizen, die ich behalten sollte, bleiben.
coach-btn-forget = 🗑 Vergessen
coach-btn-keep = Behalten
coach-forgotten = 🗑 Erledigt: Ich habe unser Gespräch vergessen ({ $count } Nachrichten).
coach-forget-kept = Nichts wurde vergessen.
cmd-coach = Dein KI-Coach: was er kann und die heutige Nutzung
cmd-forget = Das Gespräch mit dem Coach vergessen

## Buttons under an answer without the model: each opens its command
coach-btn-cmd-today = 📅 Heute
coach-btn-cmd-week = 🗓 Diese Woche
coach-btn-cmd-checkin = 📝 Einchecken
coach-btn-cmd-pause = ⏸ Pause
coach-btn-cmd-history = 📜 Verlauf
coach-btn-cmd-help = ❓ Was ich kann

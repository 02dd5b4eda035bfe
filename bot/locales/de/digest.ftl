## The coach's morning digest, Sunday squad summary and /digest
cmd-digest = Dein Morgen-Überblick als Coach: an/aus und Uhrzeit
digest-title = ☀️ <b>Gruppen-Überblick</b> – { $day }
digest-attention = { $count ->
    [one] <b>Braucht Aufmerksamkeit</b> (1):
   *[other] <b>Brauchen Aufmerksamkeit</b> ({ $count }):
}
digest-all-clear = ✅ Heute braucht niemand besondere Aufmerksamkeit.
digest-more-attention = …und { $count } weitere – /squad zeigt alle.
digest-rest = <b>Alles gut</b> ({ $count }): { $names }
digest-and-more = und { $count } weitere
digest-hint = /squad öffnet die Athletenliste und die Karte jedes Athleten.
weekly-title = 📅 <b>Gruppenwoche</b> { $first } – { $last }
weekly-compliance = Plan erfüllt: { $pct }%
weekly-load = Belastung: { $load }
weekly-no-figures = Diese Woche teilt niemand einen Plan oder Trainings mit dir.
weekly-struggling = 📉 <b>Tun sich schwer</b> ({ $count }): { $names }
weekly-improved = 📈 <b>Verbessert</b> ({ $count }): { $names }
weekly-steady = <b>Stabil</b> ({ $count }): { $names }
weekly-why-fitness = { $name } (Fitness +{ $change })
weekly-why-sick = { $name } ({ $days ->
    [one] 1 Tag krank oder verletzt
   *[other] { $days } Tage krank oder verletzt
})
weekly-why-red = { $name } ({ $days } rote Tage)
weekly-why-compliance = { $name } ({ $pct }% des Plans)
digest-settings-title = ☀️ <b>Dein Überblick als Coach</b>
digest-settings-on = Jeden Morgen um { $time } ({ $zone }): wer Aufmerksamkeit braucht und warum, danach der Rest in einer Zeile. Nächster: { $next }.
digest-settings-off = Der Morgen-Überblick ist aus.
digest-settings-weekly-on = Sonntagabend: die Woche der Gruppe (Plan erfüllt, Belastung, wer sich verbessert hat, wer sich schwertut). Nächste: { $next }.
digest-settings-weekly-off = Die Sonntags-Zusammenfassung der Gruppe ist aus.
digest-settings-no-squad = Du betreust noch keine Trainingsgruppe: /squad new legt eine an. Die Überblicke starten, sobald Athleten beitreten.
digest-settings-hint = Tippe eine Uhrzeit an oder schreib eine: /digest 06:45. Jeder Überblick zeigt nur, was jeder Athlet in dem Moment mit dir teilt.
digest-btn-on = ▶️ Überblick einschalten
digest-btn-off = ⏸ Überblick ausschalten
digest-btn-weekly-on = ▶️ Sonntags-Zusammenfassung an
digest-btn-weekly-off = ⏸ Sonntags-Zusammenfassung aus
digest-time-unreadable = „{ $text }“ ist keine Uhrzeit. Schick sie so: /digest 07:30.
digest-time-set = Dein Überblick kommt jetzt um { $time }.

## /ask: the AI for a coach, about the squad
cmd-ask = Frag die KI zu deiner Gruppe (für Coaches)
ask-usage = Stell deine Frage zur Gruppe nach dem Befehl, zum Beispiel: /ask wer tut sich diese Woche schwer? – normale Nachrichten gehen weiter an deinen eigenen Coach, zu deinem eigenen Training.
ask-no-ai = Die KI für Coaches braucht einen Anthropic-API-Schlüssel, und es ist keiner hinterlegt. /digest und /squad zeigen auch ohne sie, wer Aufmerksamkeit braucht.
ask-not-a-coach = /ask beantwortet Fragen zu einer Gruppe, die du betreust, und du betreust noch keine (/squad new). Frag zu deinem eigenen Training einfach in einer normalen Nachricht.
ask-nobody-shares = Keiner deiner Athleten teilt KI-Zusammenfassungen mit dir, deshalb kann die KI nichts über sie sagen. Jeder Athlet entscheidet das in /sharing. /squad zeigt, was sie teilen.
ask-budget-reached = Du hast das heutige KI-Budget für Gruppenfragen aufgebraucht; es erneuert sich um Mitternacht. /squad und /digest funktionieren auch ohne.

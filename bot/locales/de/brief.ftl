## The morning brief (bot/coach/briefs/compose.py)
brief-greeting = ☀️ <b>Guten Morgen, { $name }!</b> { $date }
brief-flag-illness = 🤒 <b>Du hast dich krank gemeldet.</b> Heute kein Training: ausruhen, trinken, schlafen. Bei Fieber oder Symptomen unterhalb des Halses warte einen Tag, nachdem du wieder gesund bist, bevor du trainierst.
brief-flag-injury = 🩹 <b>Du hast eine Verletzung gemeldet.</b> Heute nichts, was sie belastet; wenn es in ein paar Tagen noch wehtut, geh zur Physio oder zum Arzt.
brief-verdict-green = 🟢 <b>Bereitschaft { $score }/100 – trainiere nach Plan.</b>
brief-verdict-amber = 🟡 <b>Bereitschaft { $score }/100 – mach heute etwas ruhiger.</b>
brief-verdict-red = 🔴 <b>Bereitschaft { $score }/100 – nur Ruhe oder Regeneration.</b>
brief-reason-line = • { $reason }
brief-reason-flag-illness = du hast eine Krankheit gemeldet
brief-reason-flag-injury = du hast eine Verletzung gemeldet
brief-low-confidence = <i>Bisher auf wenige Daten gestützt: Je mehr Morgen du eincheckst, desto genauer wird es.</i>
brief-change-down = ↘️ { $points } { $points ->
    [one] Punkt
   *[other] Punkte
} weniger als gestern, vor allem: { $factors }
brief-change-up = ↗️ { $points } { $points ->
    [one] Punkt
   *[other] Punkte
} mehr als gestern, vor allem: { $factors }
brief-factor-hrv = HRV
brief-factor-resting-hr = Ruhepuls
brief-factor-sleep-hours = Schlafdauer
brief-factor-sleep-quality = Schlafqualität
brief-factor-fatigue = Müdigkeit
brief-factor-soreness = Muskelkater
brief-factor-stress = Stress
brief-factor-mood = Stimmung
brief-factor-motivation = Motivation
brief-factor-tsb = Form
brief-factor-acwr = Belastung dieser Woche im Vergleich zu den vier davor
brief-factor-monotony = Gleichförmigkeit der täglichen Belastung
brief-no-data = 📊 <b>Noch keine Bereitschaftsdaten.</b> Check morgens ein oder verbinde deine Uhr; mit etwa zwei Wochen Daten kann ich sagen, wie bereit du bist.
# The LLM coach's two-sentence note (plain text, escaped), when an API key is set.
brief-note = 💬 <i>{ $note }</i>
brief-reason-hrv-worse = { $days ->
    [0] HRV { $pct } % unter deinem Normalbereich
    [1] HRV { $pct } % unter deinem Normalbereich
   *[other] HRV seit { $days } Tagen { $pct } % unter deinem Normalbereich
}
brief-reason-hrv-better = HRV { $pct } % über deinem Normalbereich
brief-reason-resting-hr-worse = Ruhepuls { $bpm } bpm über deinem Normalwert
brief-reason-resting-hr-better = Ruhepuls { $bpm } bpm unter deinem Normalwert
brief-reason-sleep-hours-worse = { $hours } h geschlafen
brief-reason-sleep-hours-better = { $hours } h geschlafen – gut erholt
brief-reason-sleep-quality-worse = { $level ->
    [5] sehr schlechter Schlaf
   *[other] schlechter Schlaf
}
brief-reason-sleep-quality-better = { $level ->
    [1] sehr gut geschlafen
   *[other] gut geschlafen
}
brief-reason-fatigue-worse = { $level ->
    [5] du fühlst dich erschöpft
   *[other] du fühlst dich müde
}
brief-reason-fatigue-better = { $level ->
    [1] du fühlst dich frisch
   *[other] du fühlst dich recht frisch
}
brief-reason-soreness-worse = { $level ->
    [5] starker Muskelkater
   *[other] Muskelkater
}
brief-reason-soreness-better = { $level ->
    [1] kein Muskelkater
   *[other] nur leichter Muskelkater
}
brief-reason-stress-worse = { $level ->
    [5] sehr hoher Stress
   *[other] hoher Stress
}
brief-reason-stress-better = { $level ->
    [1] entspannt
   *[other] wenig Stress
}
brief-reason-mood-worse = { $level ->
    [5] sehr gedrückte Stimmung
   *[other] gedrückte Stimmung
}
brief-reason-mood-better = { $level ->
    [1] bestens gelaunt
   *[other] gut gelaunt
}
brief-reason-motivation-worse = { $level ->
    [5] keine Lust zu trainieren
   *[other] wenig Motivation
}
brief-reason-motivation-better = { $level ->
    [1] richtig Lust zu trainieren
   *[other] Lust zu trainieren
}
brief-reason-tsb-worse = Form { $value }: Ermüdung vom jüngsten Training
brief-reason-tsb-better = Form +{ $value }: frisch
brief-reason-acwr-worse = die Belastung dieser Woche ist { $value }-mal so hoch wie dein Üblicher der letzten vier Wochen: ein schneller Anstieg
brief-reason-acwr-better = die Belastung dieser Woche liegt nahe an deinem Üblichen der letzten vier Wochen
brief-reason-monotony-worse = fast jeden Tag dieselbe Belastung: harte und leichte Tage unterscheiden sich kaum
brief-reason-monotony-better = harte und leichte Tage gut gemischt
brief-today = <b>Heute</b>
brief-session = { $icon } <b>{ $title }</b> · { $amount }
brief-session-targets = <i>{ $targets }</i>
brief-done-today = <b>Heute erledigt</b>
brief-session-done = ✅ { $icon } { $title }
brief-session-partial = 🌓 { $icon } { $title } (teilweise)
brief-duration-hm = { $hours } h { $minutes } min
brief-duration-h = { $hours } h
brief-duration-m = { $minutes } min
brief-rest-day = 😴 <b>Ruhetag.</b> Heute ist nichts geplant: In der Erholung wird Training zu Fitness.
brief-no-plan = 🗓 <b>Noch kein Plan.</b> Sobald dein Trainingsplan steht, findest du hier die heutige Einheit.
brief-adjusted = <b>Für heute angepasst</b>
brief-adjusted-rest = 😴 Ruhe oder höchstens 20–30 Minuten sehr locker.
brief-amber-already-easy = Die heutige Einheit ist schon locker: Lass es dabei und hör früher auf, wenn du dich schlechter fühlst.
brief-checkin-invite = 📝 Wie fühlst du dich heute Morgen? Ein Tippen beim Check-in schärft das heutige Urteil.
brief-btn-adjusted = ✅ Angepasste Einheit machen
brief-btn-original = Original behalten
brief-btn-checkin = 📝 Einchecken
brief-choice-adjusted = ✅ Notiert: Mach die Einheit unter „Für heute angepasst“ in diesem Briefing.
brief-choice-adjusted-applied = { $count ->
    [one] ✅ Erledigt: Der heutige Plan enthält jetzt die angepasste Einheit (/today).
   *[other] ✅ Erledigt: Der heutige Plan enthält jetzt die angepassten Einheiten (/today).
}
brief-choice-original = 👍 Notiert: Du behältst die ursprüngliche Einheit. Hör auf deinen Körper.
brief-choice-stale = Diese Wahl gehört zu einem älteren Briefing.

## /brief: the time, on/off and quiet days
cmd-brief = Morgen-Briefing: Uhrzeit, an/aus, ruhige Tage
brief-settings-title = ☀️ <b>Morgen-Briefing</b>
brief-settings-on = An, um <b>{ $time }</b> deiner Zeit ({ $zone }).
brief-settings-off = 🔕 Aus: Ich schicke kein Morgen-Briefing.
brief-settings-quiet = Ruhige Tage (kein Briefing): { $days }.
brief-settings-no-quiet = Keine ruhigen Tage.
brief-settings-next = Nächstes Briefing: { $when }.
brief-settings-paused = ⏸ Pausiert seit { $since } ({ $reason }): Nichts wird gesendet, bis du /resume schickst.
brief-settings-hint = Tippe eine Uhrzeit an oder schreib eine, etwa <code>/brief 06:45</code>. Tippe einen Tag an, um ihn ruhig (🔕) zu machen oder nicht.
brief-btn-other-time = ⌨️ Andere Uhrzeit
brief-btn-turn-off = 🔕 Ausschalten
brief-btn-turn-on = 🔔 Einschalten
brief-ask-time = ⌨️ Schreib die Uhrzeit für dein Briefing, etwa <code>06:45</code>. /cancel behält die aktuelle.
brief-time-unreadable = Das konnte ich nicht als Uhrzeit lesen. Schreib sie wie <code>06:45</code> oder <code>7:30</code>.
brief-time-set = ✅ Dein Briefing kommt jetzt um <b>{ $time }</b>.
brief-no-profile = Lass uns zuerst dein Profil einrichten (/start): Dann weiß ich, wann und wohin ich dein Briefing schicke.

## /pause and /resume
cmd-pause = Nachrichten pausieren (Reise, Krankheit…)
cmd-resume = Nachrichten nach einer Pause fortsetzen
pause-ask = ⏸ Briefing und Erinnerungen pausieren? Sag mir, warum, und ich bin still, bis du /resume schickst.
pause-reason-travel = ✈️ Reise
pause-reason-illness = 🤒 Krankheit
pause-reason-other = Anderes
pause-done-travel = ⏸ Pausiert. Gute Reise! Schick /resume, wenn du zurück bist.
pause-done-illness = ⏸ Pausiert. Gute Besserung – Ruhe ist jetzt das Training. Schick /resume, wenn es dir gut geht.
pause-done-other = ⏸ Pausiert. Schick /resume, wann immer du deine Briefings zurückwillst.
pause-already = Du bist schon pausiert. Schick /resume, um deine Briefings zurückzubekommen.
resume-done = ▶️ Willkommen zurück! { $next }
resume-after-illness = 🤒 Die Krankheitstage zählen im Rückblick dieser Woche: Die nächste Woche beginnt sanft, alles locker, und baut Schritt für Schritt wieder auf. Bis dahin mach locker und hör auf, wenn Symptome zurückkommen.
resume-next = Dein nächstes Briefing kommt { $when }.
resume-briefs-off = Dein Morgen-Briefing ist aus; /brief schaltet es ein.
resume-not-paused = Du bist nicht pausiert: Deine Nachrichten sind an.

## /checkin: the morning check-in
checkin-title = ☀️ <b>Morgen-Check-in</b> – tippe eine Antwort pro Zeile (links ist am besten), dann Fertig.
checkin-done-title = ✅ <b>Check-in gespeichert.</b> Mit /checkin änderst du ihn heute jederzeit.
checkin-typed-hint = Falls du sie misst, schreib HRV (rMSSD) und Ruhepuls, etwa „hrv 62 rhr 48“ oder einfach „62 48“.
checkin-help = Eine Antwort pro Zeile: links ist am besten, rechts am schlechtesten.
checkin-stale = Dieser Check-in war für einen anderen Tag. /checkin öffnet den von heute.
checkin-saved = Gespeichert.
checkin-measured = ✅ Gespeichert. Tippe auf Fertig, wenn du so weit bist.
checkin-row-sleep_hours = 🛏 h
checkin-row-sleep_quality = 😴 Schlaf
checkin-row-soreness = 🦵 Kater
checkin-row-fatigue = 🔋 Müde
checkin-row-stress = 🧠 Stress
checkin-row-mood = 🙂 Laune
checkin-btn-illness = 🤒 Krank
checkin-btn-injury = 🩹 Verletzt
checkin-btn-done = ✅ Fertig
checkin-sleep-hours = { $hours } h geschlafen
checkin-hrv = HRV { $value } ms
checkin-rhr = Ruhepuls { $value }
checkin-illness-on = 🤒 krank
checkin-injury-on = 🩹 verletzt
checkin-sleep_quality-1 = { $sex ->
   *[other] sehr gut geschlafen
}
checkin-sleep_quality-2 = { $sex ->
   *[other] gut geschlafen
}
checkin-sleep_quality-3 = { $sex ->
   *[other] okay geschlafen
}
checkin-sleep_quality-4 = { $sex ->
   *[other] schlecht geschlafen
}
checkin-sleep_quality-5 = { $sex ->
   *[other] sehr schlecht geschlafen
}
checkin-soreness-1 = kein Muskelkater
checkin-soreness-2 = leichter Muskelkater
checkin-soreness-3 = etwas Muskelkater
checkin-soreness-4 = Muskelkater
checkin-soreness-5 = starker Muskelkater
checkin-fatigue-1 = frisch
checkin-fatigue-2 = { $sex ->
   *[other] recht frisch
}
checkin-fatigue-3 = normal
checkin-fatigue-4 = { $sex ->
   *[other] müde
}
checkin-fatigue-5 = { $sex ->
   *[other] erschöpft
}
checkin-stress-1 = entspannt
checkin-stress-2 = ruhig
checkin-stress-3 = normaler Stress
checkin-stress-4 = gestresst
checkin-stress-5 = sehr gestresst
checkin-mood-1 = super Laune
checkin-mood-2 = gute Laune
checkin-mood-3 = okay Laune
checkin-mood-4 = gedrückte Stimmung
checkin-mood-5 = sehr gedrückte Stimmung
checkin-error-unclear = Das konnte ich nicht lesen. Schreib HRV und Ruhepuls wie „hrv 62 rhr 48“ oder „Schlaf 7.5“.
checkin-error-rmssd_ms = Eine HRV (rMSSD) von { $value } ms liegt außerhalb von { $low }–{ $high } ms – prüf die Zahl.
checkin-error-resting_hr_bpm = Ein Ruhepuls von { $value } liegt außerhalb von { $low }–{ $high } bpm – prüf die Zahl.
checkin-error-sleep_hours = { $value } Stunden Schlaf liegen außerhalb von { $low }–{ $high } – prüf die Zahl.
checkin-error-scale = { $value } liegt nicht auf der Skala von 1 bis 5. Gib Muskelkater, Müdigkeit und Stress von 1 (gar nicht) bis 5 (sehr) an, Stimmung und Schlafqualität von 1 (schlecht) bis 5 (super), etwa „Müdigkeit 2“.

## /checkin: the morning check-in
checkin-title = ☀️ <b>Check-in du matin</b> : touche une réponse par ligne (à gauche, c'est le mieux), puis Terminé.
checkin-done-title = ✅ <b>Check-in enregistré.</b> /checkin le modifie à tout moment aujourd'hui.
checkin-typed-hint = Si tu les mesures, écris ta VFC (rMSSD) et ta FC de repos, comme « vfc 62 fc 48 » ou juste « 62 48 ».
checkin-help = Une réponse par ligne : à gauche le mieux, à droite le pire.
checkin-stale = Ce check-in concernait un autre jour. /checkin ouvre celui d'aujourd'hui.
checkin-saved = Enregistré.
checkin-measured = ✅ Enregistré. Touche Terminé quand tu as fini.
checkin-row-sleep_hours = 🛏 h
checkin-row-sleep_quality = 😴 Sommeil
checkin-row-soreness = 🦵 Courbatures
checkin-row-fatigue = 🔋 Fatigue
checkin-row-stress = 🧠 Stress
checkin-row-mood = 🙂 Moral
checkin-btn-illness = 🤒 Malade
checkin-btn-injury = 🩹 Blessé
checkin-btn-done = ✅ Terminé
checkin-sleep-hours = { $hours } h de sommeil
checkin-hrv = VFC { $value } ms
checkin-rhr = FC de repos { $value }
checkin-illness-on = 🤒 malade
checkin-injury-on = 🩹 blessure
checkin-sleep_quality-1 = { $sex ->
   *[other] très bien dormi
}
checkin-sleep_quality-2 = { $sex ->
   *[other] bien dormi
}
checkin-sleep_quality-3 = { $sex ->
   *[other] dormi correctement
}
checkin-sleep_quality-4 = { $sex ->
   *[other] mal dormi
}
checkin-sleep_quality-5 = { $sex ->
   *[other] très mal dormi
}
checkin-soreness-1 = pas de courbatures
checkin-soreness-2 = légères courbatures
checkin-soreness-3 = quelques courbatures
checkin-soreness-4 = courbatures
checkin-soreness-5 = grosses courbatures
checkin-fatigue-1 = en forme
checkin-fatigue-2 = { $sex ->
   *[other] plutôt en forme
}
checkin-fatigue-3 = normal
checkin-fatigue-4 = { $sex ->
    [female] fatiguée
   *[other] fatigué
}
checkin-fatigue-5 = { $sex ->
    [female] épuisée
   *[other] épuisé
}
checkin-stress-1 = détendu
checkin-stress-2 = calme
checkin-stress-3 = stress normal
checkin-stress-4 = stressé
checkin-stress-5 = très stressé
checkin-mood-1 = excellent moral
checkin-mood-2 = bon moral
checkin-mood-3 = moral correct
checkin-mood-4 = moral bas
checkin-mood-5 = moral très bas
checkin-error-unclear = Je n'ai pas pu lire ça. Écris ta VFC et ta FC de repos comme « vfc 62 fc 48 », ou « sommeil 7.5 ».
checkin-error-rmssd_ms = Une VFC (rMSSD) de { $value } ms sort de la plage { $low }–{ $high } ms ; vérifie le nombre.
checkin-error-resting_hr_bpm = Une FC de repos de { $value } sort de la plage { $low }–{ $high } bpm ; vérifie le nombre.
checkin-error-sleep_hours = { $value } heures de sommeil, c'est hors de la plage { $low }–{ $high } ; vérifie le nombre.
checkin-error-scale = { $value } n'est pas sur l'échelle de 1 à 5. Indique les courbatures, la fatigue et le stress de 1 (aucun) à 5 (beaucoup), l'humeur et la qualité du sommeil de 1 (mauvaise) à 5 (excellente), par exemple « fatigue 2 ».

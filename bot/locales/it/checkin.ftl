## /checkin: the morning check-in
checkin-title = ☀️ <b>Check-in del mattino</b>: tocca una risposta per riga (a sinistra la migliore), poi Fatto.
checkin-done-title = ✅ <b>Check-in salvato.</b> Con /checkin lo cambi quando vuoi durante la giornata.
checkin-typed-hint = Se li misuri, scrivi HRV (rMSSD) e FC a riposo, come «hrv 62 fc 48» o semplicemente «62 48».
checkin-help = Una risposta per riga: a sinistra la migliore, a destra la peggiore.
checkin-stale = Quel check-in era di un altro giorno. /checkin apre quello di oggi.
checkin-saved = Salvato.
checkin-measured = ✅ Salvato. Tocca Fatto quando hai finito.
checkin-row-sleep_hours = 🛏 h
checkin-row-sleep_quality = 😴 Sonno
checkin-row-soreness = 🦵 Dolori
checkin-row-fatigue = 🔋 Stanco
checkin-row-stress = 🧠 Stress
checkin-row-mood = 🙂 Umore
checkin-btn-illness = 🤒 Malato
checkin-btn-injury = 🩹 Infortunato
checkin-btn-done = ✅ Fatto
checkin-sleep-hours = dormito { $hours } h
checkin-hrv = HRV { $value } ms
checkin-rhr = FC a riposo { $value }
checkin-illness-on = 🤒 malato
checkin-injury-on = 🩹 infortunato
checkin-sleep_quality-1 = { $sex ->
   *[other] dormito benissimo
}
checkin-sleep_quality-2 = { $sex ->
   *[other] dormito bene
}
checkin-sleep_quality-3 = { $sex ->
   *[other] dormito così così
}
checkin-sleep_quality-4 = { $sex ->
   *[other] dormito male
}
checkin-sleep_quality-5 = { $sex ->
   *[other] dormito malissimo
}
checkin-soreness-1 = nessun dolore
checkin-soreness-2 = un po' indolenzito
checkin-soreness-3 = abbastanza indolenzito
checkin-soreness-4 = indolenzito
checkin-soreness-5 = molto indolenzito
checkin-fatigue-1 = fresco
checkin-fatigue-2 = { $sex ->
    [female] abbastanza fresca
   *[other] abbastanza fresco
}
checkin-fatigue-3 = normale
checkin-fatigue-4 = { $sex ->
    [female] stanca
   *[other] stanco
}
checkin-fatigue-5 = { $sex ->
    [female] sfinita
   *[other] sfinito
}
checkin-stress-1 = rilassato
checkin-stress-2 = tranquillo
checkin-stress-3 = stress normale
checkin-stress-4 = stressato
checkin-stress-5 = molto stressato
checkin-mood-1 = umore ottimo
checkin-mood-2 = buon umore
checkin-mood-3 = umore normale
checkin-mood-4 = umore basso
checkin-mood-5 = umore molto basso
checkin-error-unclear = Non sono riuscito a leggerlo. Scrivi HRV e FC a riposo come «hrv 62 fc 48», o «sonno 7.5».
checkin-error-rmssd_ms = Un HRV (rMSSD) di { $value } ms è fuori da { $low }–{ $high } ms: controlla il numero.
checkin-error-resting_hr_bpm = Una FC a riposo di { $value } è fuori da { $low }–{ $high } bpm: controlla il numero.
checkin-error-sleep_hours = { $value } ore di sonno sono fuori da { $low }–{ $high }: controlla il numero.
checkin-error-scale = { $value } non è sulla scala da 1 a 5. Scrivi indolenzimento, stanchezza e stress da 1 (per niente) a 5 (molto), umore e qualità del sonno da 1 (pessimi) a 5 (ottimi), per esempio «stanchezza 2».

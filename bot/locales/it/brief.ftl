## The morning brief (bot/coach/briefs/compose.py)
brief-greeting = ☀️ <b>Buongiorno, { $name }!</b> { $date }
brief-flag-illness = 🤒 <b>Hai segnalato di essere malato.</b> Niente allenamento oggi: riposa, bevi, dormi. Con febbre o sintomi sotto il collo, aspetta di stare bene per un giorno prima di riprendere.
brief-flag-injury = 🩹 <b>Hai segnalato un infortunio.</b> Oggi niente che lo sollecita; se tra qualche giorno fa ancora male, vai da un fisioterapista o da un medico.
brief-verdict-green = 🟢 <b>Prontezza { $score }/100: allenati come da piano.</b>
brief-verdict-amber = 🟡 <b>Prontezza { $score }/100: oggi vacci più piano.</b>
brief-verdict-red = 🔴 <b>Prontezza { $score }/100: solo riposo o recupero.</b>
brief-reason-line = • { $reason }
brief-reason-flag-illness = hai segnalato una malattia
brief-reason-flag-injury = hai segnalato un infortunio
brief-low-confidence = <i>Per ora basato su pochi dati: più mattine fai il check-in, più diventa preciso.</i>
brief-change-down = ↘️ { $points } { $points ->
    [one] punto
   *[other] punti
} in meno di ieri, soprattutto per: { $factors }
brief-change-up = ↗️ { $points } { $points ->
    [one] punto
   *[other] punti
} in più di ieri, soprattutto grazie a: { $factors }
brief-factor-hrv = HRV
brief-factor-resting-hr = FC a riposo
brief-factor-sleep-hours = ore di sonno
brief-factor-sleep-quality = qualità del sonno
brief-factor-fatigue = stanchezza
brief-factor-soreness = indolenzimento muscolare
brief-factor-stress = stress
brief-factor-mood = umore
brief-factor-motivation = motivazione
brief-factor-tsb = freschezza
brief-factor-acwr = carico di questa settimana rispetto alle quattro precedenti
brief-factor-monotony = monotonia del carico giornaliero
brief-no-data = 📊 <b>Ancora nessun dato di prontezza.</b> Fai il check-in al mattino o collega l'orologio; con circa due settimane di dati posso dirti quanto sei pronto.
# The LLM coach's two-sentence note (plain text, escaped), when an API key is set.
brief-note = 💬 <i>{ $note }</i>
brief-reason-hrv-worse = { $days ->
    [0] HRV del { $pct } % sotto il tuo intervallo normale
    [1] HRV del { $pct } % sotto il tuo intervallo normale
   *[other] HRV del { $pct } % sotto il tuo intervallo normale da { $days } giorni
}
brief-reason-hrv-better = HRV del { $pct } % sopra il tuo intervallo normale
brief-reason-resting-hr-worse = FC a riposo { $bpm } bpm sopra il tuo normale
brief-reason-resting-hr-better = FC a riposo { $bpm } bpm sotto il tuo normale
brief-reason-sleep-hours-worse = dormito { $hours } h
brief-reason-sleep-hours-better = dormito { $hours } h: ben riposato
brief-reason-sleep-quality-worse = { $level ->
    [5] sonno pessimo
   *[other] sonno scarso
}
brief-reason-sleep-quality-better = { $level ->
    [1] dormito benissimo
   *[other] dormito bene
}
brief-reason-fatigue-worse = { $level ->
    [5] ti senti sfinito
   *[other] ti senti stanco
}
brief-reason-fatigue-better = { $level ->
    [1] ti senti fresco
   *[other] ti senti abbastanza fresco
}
brief-reason-soreness-worse = { $level ->
    [5] muscoli molto indolenziti
   *[other] muscoli indolenziti
}
brief-reason-soreness-better = { $level ->
    [1] nessun dolore muscolare
   *[other] solo un po' di indolenzimento
}
brief-reason-stress-worse = { $level ->
    [5] stress molto alto
   *[other] stress alto
}
brief-reason-stress-better = { $level ->
    [1] rilassato
   *[other] tranquillo
}
brief-reason-mood-worse = { $level ->
    [5] umore molto basso
   *[other] umore basso
}
brief-reason-mood-better = { $level ->
    [1] di ottimo umore
   *[other] di buon umore
}
brief-reason-motivation-worse = { $level ->
    [5] nessuna voglia di allenarti
   *[other] poca motivazione
}
brief-reason-motivation-better = { $level ->
    [1] tanta voglia di allenarti
   *[other] voglia di allenarti
}
brief-reason-tsb-worse = freschezza { $value }: fatica dall'allenamento recente
brief-reason-tsb-better = freschezza +{ $value }: fresco
brief-reason-acwr-worse = il carico di questa settimana è { $value } volte il tuo solito delle ultime quattro settimane: un aumento rapido
brief-reason-acwr-better = il carico di questa settimana è vicino al tuo solito delle ultime quattro settimane
brief-reason-monotony-worse = quasi lo stesso carico ogni giorno: giorni duri e facili si distinguono appena
brief-reason-monotony-better = giorni duri e facili ben alternati
brief-today = <b>Oggi</b>
brief-session = { $icon } <b>{ $title }</b> · { $amount }
brief-session-targets = <i>{ $targets }</i>
brief-done-today = <b>Fatto oggi</b>
brief-session-done = ✅ { $icon } { $title }
brief-session-partial = 🌓 { $icon } { $title } (in parte)
brief-duration-hm = { $hours } h { $minutes } min
brief-duration-h = { $hours } h
brief-duration-m = { $minutes } min
brief-rest-day = 😴 <b>Giorno di riposo.</b> Oggi non c'è niente in programma: è nel recupero che l'allenamento diventa forma.
brief-no-plan = 🗓 <b>Ancora nessun piano.</b> Quando il tuo piano di allenamento sarà pronto, qui troverai l'allenamento del giorno.
brief-adjusted = <b>Adattato per oggi</b>
brief-adjusted-rest = 😴 Riposo, o al massimo 20–30 minuti molto facili.
brief-amber-already-easy = L'allenamento di oggi è già facile: mantienilo così e fermati prima se ti senti peggio.
brief-checkin-invite = 📝 Come ti senti stamattina? Un tocco nel check-in affina il verdetto di oggi.
brief-btn-adjusted = ✅ Fai l'allenamento adattato
brief-btn-original = Tieni l'originale
brief-btn-checkin = 📝 Fai il check-in
brief-choice-adjusted = ✅ Annotato: fai l'allenamento sotto «Adattato per oggi» in questo briefing.
brief-choice-adjusted-applied = { $count ->
    [one] ✅ Fatto: il piano di oggi ora contiene l'allenamento adattato (/today).
   *[other] ✅ Fatto: il piano di oggi ora contiene gli allenamenti adattati (/today).
}
brief-choice-original = 👍 Annotato: tieni l'allenamento originale. Ascolta il tuo corpo.
brief-choice-stale = Quella scelta appartiene a un briefing precedente.

## /brief: the time, on/off and quiet days
cmd-brief = Briefing del mattino: orario, attivo, giorni tranquilli
brief-settings-title = ☀️ <b>Briefing del mattino</b>
brief-settings-on = Attivo, alle <b>{ $time }</b> ora tua ({ $zone }).
brief-settings-off = 🔕 Disattivato: non invio il briefing del mattino.
brief-settings-quiet = Giorni tranquilli (senza briefing): { $days }.
brief-settings-no-quiet = Nessun giorno tranquillo.
brief-settings-next = Prossimo briefing: { $when }.
brief-settings-paused = ⏸ In pausa dal { $since } ({ $reason }): non viene inviato niente finché non usi /resume.
brief-settings-hint = Tocca un orario o scrivine uno, come <code>/brief 06:45</code>. Tocca un giorno per renderlo tranquillo (🔕) o no.
brief-btn-other-time = ⌨️ Altro orario
brief-btn-turn-off = 🔕 Disattiva
brief-btn-turn-on = 🔔 Attiva
brief-ask-time = ⌨️ Scrivi l'orario del tuo briefing, come <code>06:45</code>. /cancel tiene quello attuale.
brief-time-unreadable = Non sono riuscito a leggerlo come orario. Scrivilo come <code>06:45</code> o <code>7:30</code>.
brief-time-set = ✅ Il tuo briefing ora arriva alle <b>{ $time }</b>.
brief-no-profile = Prima impostiamo il tuo profilo (/start): così saprò quando e dove mandarti il briefing.

## /pause and /resume
cmd-pause = Metti in pausa i messaggi (viaggio, malattia…)
cmd-resume = Riprendi i messaggi dopo una pausa
pause-ask = ⏸ Mettere in pausa briefing e promemoria? Dimmi perché e starò zitto finché non usi /resume.
pause-reason-travel = ✈️ Viaggio
pause-reason-illness = 🤒 Malattia
pause-reason-other = Altro
pause-done-travel = ⏸ In pausa. Buon viaggio! Manda /resume quando torni.
pause-done-illness = ⏸ In pausa. Guarisci presto: ora l'allenamento è il riposo. Manda /resume quando stai bene.
pause-done-other = ⏸ In pausa. Manda /resume quando vuoi riavere i tuoi briefing.
pause-already = Sei già in pausa. Manda /resume per riavere i tuoi briefing.
resume-done = ▶️ Bentornato! { $next }
resume-after-illness = 🤒 I giorni di malattia contano nel bilancio di questa settimana: la prossima inizia piano, tutto facile, e risale passo dopo passo. Fino ad allora vacci piano e fermati se i sintomi tornano.
resume-next = Il tuo prossimo briefing arriva { $when }.
resume-briefs-off = Il tuo briefing del mattino è disattivato; /brief lo attiva.
resume-not-paused = Non sei in pausa: i tuoi messaggi sono attivi.

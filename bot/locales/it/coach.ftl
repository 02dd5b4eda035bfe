## The AI coach in the private chat (bot/handlers/coach.py, bot/coach/services/coach.py)

coach-red-flag =
    ⚠️ <b>Smetti di allenarti e chiedi subito aiuto medico.</b>
    Quello che descrivi può essere il segno di qualcosa di serio, e serve un medico, non un coach. Se è grave o peggiora, chiama il numero di emergenza.

    Non ho cambiato niente nel tuo piano. Prima pensa a te; io sono qui quando sei pronto.
coach-minor-weight = Alla tua età non do consigli per perdere peso né sulle diete. Mangiare abbastanza per sostenere l'allenamento e un corpo in crescita è ciò che ti rende più veloce; un medico o un nutrizionista sportivo può aiutarti se hai dubbi.
coach-budget-reached = ℹ️ Hai raggiunto il limite di oggi per le risposte dell'IA, quindi fino a mezzanotte ti rispondo direttamente dai tuoi dati.

## Answers without the AI model (the intent reader)
coach-ill =
    🤒 Mi dispiace che tu non stia bene. Prima il riposo: niente allenamenti duri finché sei malato, e nessun allenamento con febbre o sintomi al petto.
    Segnalo nel /checkin di oggi così prontezza e piano ne tengono conto, oppure prenditi una pausa con /pause. Vai dal medico se dura o peggiora.
coach-injured =
    🩹 Mi dispiace. Non allenarti sul dolore: salta tutto ciò che fa male o cambia il modo in cui ti muovi, e vai da un fisioterapista o da un medico se non passa in qualche giorno.
    Segnala l'infortunio nel /checkin di oggi, oppure prenditi una pausa con /pause.
coach-tired =
    😮‍💨 Grazie per avermelo detto. Un giorno di stanchezza è un giorno da prendere con calma: tieni l'allenamento di oggi breve e rilassato, o riposa.
    { $readiness }
    Fai il /checkin di oggi perché la tua prontezza tenga conto di come ti senti.
coach-short-of-time =
    🧳 Poco tempo o in viaggio? Mantieni l'abitudine con allenamenti brevi e facili; l'allenamento chiave della settimana è quello che conta di più. Per una pausa più lunga, /pause ferma i messaggi finché non torni.
    /week mostra la settimana per organizzarti.
coach-move-skip = 🔁 Per spostare o saltare un allenamento, apri /week e scegli il giorno. Un allenamento saltato non si recupera raddoppiando un altro giorno.
coach-today-title = 📅 <b>Oggi</b>
coach-why-title = 🔎 <b>Perché questa prontezza</b>
coach-fitness =
    📈 <b>La tua forma</b>
    Forma (CTL): { $ctl }
    Fatica (ATL): { $atl }
    Freschezza (TSB): { $tsb }
    { $acwr }
coach-fitness-acwr = ACWR: { $acwr } (0,8–1,3 è la fascia abituale; le soglie sono discusse)
coach-fitness-acwr-unsure = ACWR: — (dati ancora insufficienti: servono 4 settimane di allenamento perché significhi qualcosa)
coach-fitness-change = Variazione in 4 settimane: { $change }
coach-fitness-none = 📈 Ancora nessun carico di allenamento: carica un file o registra un allenamento con /log, e forma, fatica e freschezza inizieranno a contare.
coach-no-readiness = Ancora nessun check-in oggi: /checkin richiede un minuto e dà il verdetto del giorno.
coach-unknown =
    Posso rispondere a domande sul tuo allenamento partendo dai tuoi dati. Prova:
    • «Cosa c'è oggi?» o «perché questa prontezza?»
    • «Come va la mia forma?»
    • «Sono malato», «mi fa male il ginocchio», «sono stanco», «sono in viaggio»
    • «Posso spostare l'allenamento di domani?»
coach-unknown-ai-off = Il coach IA è disattivato su questo server, quindi rispondo direttamente a queste domande frequenti.

## The model's answers that could not be used
coach-fallback-heading = Non sono riuscito a verificare ogni numero della mia risposta, quindi ecco cosa dicono i tuoi dati:
coach-fallback-ran-out = Non ho avuto tempo per una risposta completa; ecco cosa ho trovato nei tuoi dati:
coach-fallback-nothing = Non ho ancora trovato niente di registrato con cui rispondere.
coach-failure-rate_limited = ⏳ Troppe domande tutte insieme in questo momento. Chiedi di nuovo tra un minuto: il tuo messaggio è salvato.
coach-failure-overloaded = ⏳ Il coach IA è sovraccarico in questo momento. Riprova tra qualche minuto: il tuo messaggio è salvato.
coach-failure-server = ⚠️ Il servizio di IA ha avuto un errore. Riprova tra poco: il tuo messaggio è salvato.
coach-failure-timeout = ⌛ Ci voleva troppo, quindi mi sono fermato. Chiedi di nuovo, magari con una domanda più breve.
coach-failure-unreachable = 📡 In questo momento non riesco a raggiungere il servizio di IA. Riprova più tardi; /today e /week funzionano come sempre.
coach-failure-refused = Su questo non posso aiutarti. Chiedimi del tuo allenamento, della prontezza, della forma o del piano.
coach-failure-rejected = ⚠️ Il coach IA non è disponibile in questo momento. /today, /week e /checkin funzionano come sempre.

## Notes
coach-note-confirm = 📝 Tengo questa nota sulla salute per le prossime conversazioni?
    <i>{ $text }</i>
coach-btn-note-keep = ✅ Tieni
coach-btn-note-drop = ✖️ Non tenere
coach-note-kept = 📝 Tenuta: ne terrò conto.
coach-note-dropped = Non tenuta.
coach-note-gone = Quella nota non è più in attesa.

## /coach and /forget
coach-status =
    🤖 <b>Il tuo coach IA</b>
    Chiedimi qualsiasi cosa sul tuo allenamento con parole tue: perché la prontezza di oggi è quella che è, a che passo o potenza puntare, com'è andato un allenamento, come va la tua forma. Rispondo dai tuoi dati e posso ricordare le cose che mi chiedi.

    { $mode }
coach-status-ai = Modello: { $model }. Oggi: { $calls ->
        [one] 1 richiesta al modello
       *[other] { $calls } richieste al modello
    }, ${ $spent } del tuo limite giornaliero di ${ $budget }.
coach-status-budget = Il limite di oggi di ${ $budget } è esaurito (${ $spent }); fino a mezzanotte rispondo direttamente alle domande frequenti.
coach-status-no-key = Il modello di IA non è configurato su questo server, quindi rispondo alle domande frequenti (malato, infortunato, stanco, poco tempo, oggi, prontezza, forma) direttamente dai tuoi dati.
coach-forget-ask = Dimentico la nostra conversazione? I tuoi dati di allenamento e le note che mi hai chiesto di tenere restano.
coach-btn-forget = 🗑 Dimenticala
coach-btn-keep = Tienila
coach-forgotten = 🗑 Fatto: ho dimenticato la nostra conversazione ({ $count } messaggi).
coach-forget-kept = Non è stato dimenticato niente.
cmd-coach = Il tuo coach IA: cosa sa fare e l'uso di oggi
cmd-forget = Dimentica la conversazione con il coach

## Buttons under an answer without the model: each opens its command
coach-btn-cmd-today = 📅 Oggi
coach-btn-cmd-week = 🗓 Questa settimana
coach-btn-cmd-checkin = 📝 Fai il check-in
coach-btn-cmd-pause = ⏸ Pausa
coach-btn-cmd-history = 📜 Storico
coach-btn-cmd-help = ❓ Cosa so fare

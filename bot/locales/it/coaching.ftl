## A coach acting on an athlete: plan changes, a change for everyone, thresholds, messages
coaching-btn-edit = ✏️ Modifica il piano
coaching-btn-threshold = 🎚 Imposta una soglia
coaching-btn-message = 💬 Messaggio
coaching-btn-bulk = ✏️ Modifica il piano di tutti
coaching-btn-bulk-apply = ✅ Applica a { $count }
coaching-denied = Questo atleta non ti permette più di farlo (ha cambiato ciò che condivide o ha lasciato il tuo gruppo). Non è stato modificato nulla.
coaching-ask-plan = Cosa cambio nel piano di { $name }? Una riga, per esempio:
    • <i>sabato: 2 h di bici in zona 2</i>
    • <i>domenica: riposo</i>
    • <i>sposta il lungo a domenica</i>
    Oppure /cancel.
coaching-ask-bulk = Cosa cambio per tutti i tuoi atleti? Una riga, per esempio <i>sabato: 2 h di bici in gruppo in zona 2</i> o <i>domenica: riposo</i>. La verifico con il piano e i permessi di ogni atleta e ti mostro il risultato prima di cambiare qualsiasi cosa. Oppure /cancel.
coaching-unreadable = Non riesco a leggerlo come una modifica al piano. Scrivi un giorno e poi cosa fare: <i>sabato: 2 h di bici in zona 2</i>, <i>domenica: riposo</i>, <i>domani: 45 min di corsa in zona 1</i>, oppure /cancel.
coaching-for = Per <b>{ $name }</b>:
coaching-applied = ✅ <b>Fatto.</b> Il piano di { $name } ora:
coaching-notified = L'atleta sa cosa è cambiato e che sei stato tu. Hai cambiato idea? Tocca Annulla.
coaching-undone = ↩️ Annullato: il piano di { $name } è tornato com'era, e l'atleta è stato avvisato.
coaching-stale = Il piano dell'atleta è cambiato da quando è stata fatta questa proposta. Manda di nuovo la modifica dalla sua scheda.
coaching-expired = ⌛ Questa proposta è scaduta dopo 10 minuti. Manda di nuovo la modifica dalla scheda dell'atleta.
coaching-notice-changed = ✏️ Il tuo coach <b>{ $coach }</b> ha modificato il tuo piano:
coaching-notice-undone = ↩️ Il tuo coach <b>{ $coach }</b> ha annullato la sua modifica. Il tuo piano è tornato com'era:
coaching-notice-threshold = 🎚 Il tuo coach <b>{ $coach }</b> ha impostato da oggi il tuo valore di { $what } a <b>{ $value }</b>. Le tue zone e gli obiettivi degli allenamenti si adeguano; /profile li mostra.
coaching-ask-threshold-kind = Quale soglia di { $name } vuoi impostare?
coaching-ask-threshold = Manda il nuovo valore di { $what } di { $name } (vale da oggi e viene registrato come impostato da te), oppure /cancel.
coaching-threshold-set = ✅ Da oggi il valore di { $what } di { $name } è <b>{ $value }</b>, registrato come impostato da te. Le sue zone e i suoi obiettivi si adeguano; l'atleta è stato avvisato.
coaching-bulk-title = ✏️ <b>Modifica per i tuoi atleti</b>: <i>«{ $request }»</i>
    Si può applicare a { $count } su { $total }:
coaching-bulk-done = ✅ <b>Applicata a { $count } su { $total }</b>: <i>«{ $request }»</i>
coaching-bulk-ok = ✅ <b>{ $name }</b>: { $days }
coaching-bulk-refused = ⛔ <b>{ $name }</b>: { $reason }
coaching-bulk-denied = non ti permette di modificare il suo piano.
coaching-bulk-more = …e altri { $count }.
coaching-bulk-no-plan = non ha ancora un piano.
coaching-bulk-no-match = il suo piano non ha quell'allenamento.
coaching-bulk-ready = si può applicare.
coaching-bulk-applied = applicata.
change-refused-too-long = Un allenamento impostato così dura al massimo { $limit } minuti.
change-refused-zone-not-steady = Un allenamento impostato così è costante: zona 1, 2 o 3.
th-source-coach = impostato dal tuo coach
th-source-mark-coach = (coach)

## Messages between a coach and an athlete
coaching-ask-message = Scrivi il tuo messaggio per { $name }; lo consegnerò con il tuo nome. Oppure /cancel.
relay-from-coach = 💬 <b>Messaggio dal tuo coach { $coach }:</b>
    { $text }
relay-from-athlete = 💬 <b>{ $name } risponde:</b>
    { $text }
relay-btn-reply = ↩️ Rispondi al coach
relay-btn-answer = 💬 Rispondi a { $name }
relay-ask-reply = Scrivi la tua risposta per { $name }, oppure /cancel. (Puoi anche rispondere direttamente al suo messaggio.)
relay-sent = ✉️ Inviato a { $name }.
relay-not-delivered = Non sono riuscito a consegnarlo: { $name } ha bloccato il bot o chiuso la chat.
relay-too-long = Quel messaggio supera i { $limit } caratteri. Mandane uno più corto, oppure /cancel.
relay-coach-gone = Non sei più in un gruppo di questo coach, quindi non posso inoltrarlo.

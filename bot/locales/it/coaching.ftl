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

## Per il coach: rifiuti che nominano l'atleta, con ciò che il coach può fare
coaching-no-plan-edit = ✏️ { $name } non ha permesso modifiche al piano — può permetterle in /sharing.
roster-new = 🆕 nuovo — ancora nessun dato
coaching-bulk-refused-on = ⛔ <b>{ $name }</b> ({ $day }): { $reason }
coaching-bulk-not-their-sport = { $name } non { $sport ->
    [bike] va in bici
    [run] corre
    [swim] nuota
   *[other] pratica quello sport
}, quindi per lui/lei non è cambiato nulla. Imposta una seduta del suo sport dalla sua scheda.
coaching-notice-joined = 👋 { $name } è entrato/a in <b>{ $squad }</b> e condivide: { $scopes }.
coaching-notice-granted = 🔓 { $name } ora condivide anche: { $scopes }.
coaching-notice-revoked = 🔒 { $name } non condivide più: { $scopes }.
coaching-notice-left = 👋 { $name } ha lasciato <b>{ $squad }</b>; non vedi più nulla dei suoi dati.
coaching-violation-unavailable-day = { $name } non è disponibile quel giorno. Scegli un altro giorno, o chiedi a { $name } di aggiungerlo ai giorni di allenamento.
coaching-violation-outside-plan = È fuori dal piano di { $name }. Scegli un giorno dentro il piano.
coaching-violation-too-many-sessions-in-day = { $name } avrebbe più di due sedute quel giorno. Scegli un altro giorno.
coaching-violation-swim-not-on-pool-day = { $name } non ha la piscina quel giorno. Scegli uno dei suoi giorni di piscina, o un altro sport.
coaching-violation-hard-days-in-a-row = { $name } avrebbe due giorni duri di fila. Rendila più facile, o scegli un altro giorno.
coaching-violation-over-weekly-hours = La settimana di { $name } supererebbe le ore che ha per allenarsi. Accorcia, scegli un altro giorno, o chiedi a { $name } di aumentare le ore settimanali.
coaching-violation-ramp-too-steep = La settimana di { $name } crescerebbe di più del 10 %. Accorcia, o scegli un giorno di una settimana successiva.
coaching-violation-fitness-ramp-too-steep = La forma di { $name } dovrebbe salire più in fretta di quanto sia sicuro. Accorcia o rendila più facile.
coaching-violation-recovery-overdue = Rinvierebbe troppo la settimana di recupero di { $name }. Tienila, o scegli un giorno dopo.
coaching-violation-recovery-week-too-hard = La settimana di recupero di { $name } diventerebbe troppo dura. Accorcia, rendila più facile, o scegli un giorno dopo quella settimana.
coaching-violation-taper-volume-increase = { $name } è in scarico: il volume deve solo calare. Accorcia, o lascia il giorno com'era.
coaching-violation-taper-extra-hard = { $name } è in scarico: niente sedute dure in più. Tienila facile, o lascia il giorno com'era.
coaching-violation-injury-conflict = L'infortunio di { $name } esclude intensità in quello sport. Tienila facile, o scegli un altro sport.
coaching-violation-too-much-intensity = Più di un quarto della settimana di { $name } sarebbe lavoro duro (80/20). Resta in zona 1–2, o scegli un'altra settimana.
coaching-violation-missing-easier-option = Una seduta dura di { $name } resterebbe senza alternativa più facile. Imposta una seduta costante.
coaching-refused-session-not-found = Quella seduta non è più nel piano di { $name }. Apri la sua scheda per vedere la settimana.
coaching-refused-session-settled = Quella seduta di { $name } è fatta o passata, quindi resta. Scegli un giorno successivo.
coaching-refused-day-in-past = Quel giorno è passato per { $name }. Indica un giorno da oggi in poi.
coaching-refused-outside-plan = Quel giorno è fuori dal piano di { $name }. Indica un giorno dentro il piano.
coaching-refused-same-day = Nel piano di { $name } è già in quel giorno. Scegli un altro giorno.
coaching-refused-day-taken = { $name } ha già fatto una seduta quel giorno, lì non si sposta nulla. Scegli un altro giorno.
coaching-refused-nothing-to-change = Lì non c'è nulla da cambiare nel piano di { $name }. Apri la sua scheda per vedere la settimana.
coaching-refused-too-short = Una seduta dura almeno { $limit } minuti. Allungala, o metti riposo.
coaching-refused-not-shorter = Non è più corta della seduta prevista di { $name }. Indica meno minuti.
coaching-refused-no-easier = La seduta di { $name } è già la più facile possibile. Accorciala, o metti riposo.
coaching-refused-sport-not-possible = Quello sport non può sostituire la seduta di { $name }. Scegline un altro.
coaching-refused-bad-range = Quelle date non hanno senso. Scrivi il primo giorno, poi l'ultimo.
coaching-refused-guardrail = Romperebbe una regola di sicurezza del piano di { $name }. Accorcia, o scegli un altro giorno.
coaching-refused-constraint = Romperebbe una regola che { $name } ha fissato per il suo piano. Scegli un altro giorno, o chiedi a { $name } di cambiarla.
coaching-refused-unwell-no-intensity = { $name } non sta bene: niente sedute dure. Tienila facile, o metti riposo.
coaching-refused-lighter-week-needed = Il carico recente di { $name } è alto, questa settimana deve alleggerirsi. Accorcia una seduta o aggiungi riposo.
coaching-refused-rebuild-failed = Non è stato possibile rifare il piano di { $name } da quel giorno. Cambia un solo giorno.
coaching-refused-too-long = Una seduta impostata così dura al massimo { $limit } minuti. Accorciala, o dividila su due giorni.
coaching-refused-zone-not-steady = Una seduta impostata così è costante: zona 1, 2 o 3. Abbassa la zona.

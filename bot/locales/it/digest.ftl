## The coach's morning digest, Sunday squad summary and /digest
cmd-digest = Il tuo riepilogo del mattino da coach: attivazione e orario
digest-title = ☀️ <b>Riepilogo del gruppo</b> — { $day }
digest-attention = { $count ->
    [one] <b>Richiede attenzione</b> (1):
   *[other] <b>Richiedono attenzione</b> ({ $count }):
}
digest-all-clear = ✅ Oggi nessuno richiede attenzione.
digest-more-attention = …e altri { $count }: /squad li mostra tutti.
digest-rest = <b>Tutto bene</b> ({ $count }): { $names }
digest-and-more = e altri { $count }
digest-hint = /squad apre l'elenco e la scheda di ogni atleta.
weekly-title = 📅 <b>Settimana del gruppo</b> { $first } – { $last }
weekly-compliance = piano svolto: { $pct }%
weekly-load = carico: { $load }
weekly-no-figures = Questa settimana nessuno condivide con te un piano o degli allenamenti.
weekly-struggling = 📉 <b>In difficoltà</b> ({ $count }): { $names }
weekly-improved = 📈 <b>Migliorati</b> ({ $count }): { $names }
weekly-steady = <b>Stabili</b> ({ $count }): { $names }
weekly-why-fitness = { $name } (forma +{ $change })
weekly-why-sick = { $name } ({ $days ->
    [one] 1 giorno di malattia o infortunio
   *[other] { $days } giorni di malattia o infortunio
})
weekly-why-red = { $name } ({ $days ->
    [one] 1 giorno rosso
   *[other] { $days } giorni rossi
})
weekly-why-compliance = { $name } ({ $pct }% del piano)
digest-settings-title = ☀️ <b>Il tuo riepilogo da coach</b>
digest-settings-on = Ogni mattina alle { $time } ({ $zone }): chi richiede attenzione e perché, poi gli altri in una riga. Prossimo: { $next }.
digest-settings-off = Il riepilogo del mattino è disattivato.
digest-settings-weekly-on = Domenica sera: la settimana del gruppo (piano svolto, carico, chi è migliorato, chi è in difficoltà). Prossimo: { $next }.
digest-settings-weekly-off = Il riepilogo domenicale del gruppo è disattivato.
digest-settings-no-squad = Non alleni ancora nessun gruppo: /squad new ne crea uno. I riepiloghi partono quando si uniscono degli atleti.
digest-settings-hint = Tocca un orario o scrivine uno: /digest 06:45. Ogni riepilogo mostra solo ciò che ogni atleta condivide con te in quel momento.
digest-btn-on = ▶️ Attiva il riepilogo
digest-btn-off = ⏸ Disattiva il riepilogo
digest-btn-weekly-on = ▶️ Attiva il riepilogo domenicale
digest-btn-weekly-off = ⏸ Disattiva il riepilogo domenicale
digest-time-unreadable = «{ $text }» non è un orario. Mandalo così: /digest 07:30.
digest-time-set = Il tuo riepilogo ora arriva alle { $time }.

## /ask: the AI for a coach, about the squad
cmd-ask = Chiedi all'IA del tuo gruppo (coach)
ask-usage = Scrivi la domanda sul tuo gruppo dopo il comando, per esempio: /ask chi è in difficoltà questa settimana? I messaggi normali restano al tuo coach personale, sul tuo allenamento.
ask-no-ai = L'IA per i coach richiede una chiave API di Anthropic, e non ne è impostata nessuna. /digest e /squad mostrano chi richiede attenzione anche senza.
ask-not-a-coach = /ask risponde a domande su un gruppo che alleni, e non ne alleni ancora nessuno (/squad new). Chiedi del tuo allenamento con un messaggio normale.
ask-nobody-shares = Nessuno dei tuoi atleti condivide con te i riepiloghi IA, quindi l'IA non può dire nulla su di loro. Ogni atleta lo sceglie in /sharing. /squad mostra cosa condividono.
ask-budget-reached = Hai esaurito il limite di oggi dell'IA per le domande sul gruppo; si rinnova a mezzanotte. /squad e /digest funzionano anche senza.

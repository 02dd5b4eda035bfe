# The weekly review (Sunday evening): the week in numbers, what went well, next week.
cmd-review = Il bilancio della settimana scorsa e cosa è cambiato
review-none-yet = Ancora nessun bilancio settimanale: il primo arriva domenica sera, con la settimana successiva adattata a come è andata questa.
review-title = 📊 <b>La tua settimana, { $first } – { $last }</b>
review-sessions = ✅ { $done } di { $planned } allenamenti pianificati svolti ({ $pct } % del piano)
review-colours = 🟢 { $green } nell'obiettivo · 🟡 { $yellow } in parte · 🔴 { $red } svolti ma lontani · ⚪ { $missed } mancati
review-nothing-planned = Questa settimana non era pianificato niente.
review-volume = ⏱ { $done } h di { $planned } h · carico { $load } di { $planned_load }
review-fitness = 📈 Forma { $before } → { $after } ({ $change }) · fatica { $fatigue } · freschezza { $form }
review-sick-days = { $days ->
    [one] 🤒 { $days } giorno malato o infortunato
   *[other] 🤒 { $days } giorni malato o infortunato
}
review-red-days = { $days ->
    [one] 🔴 { $days } giorno rosso di prontezza
   *[other] 🔴 { $days } giorni rossi di prontezza
}
review-well-heading = <b>Cosa è andato bene</b>
review-well-on-plan = 👏 { $pct } % del piano svolto: è questo che costruisce la forma.
review-well-green = { $count ->
    [one] 👍 { $count } allenamento perfettamente nell'obiettivo.
   *[other] 👍 { $count } allenamenti perfettamente nell'obiettivo.
}
review-well-best = 🏅 Allenamento più grande: { $icon } { $duration } il { $day }, carico { $load }.
review-well-fitness = 📈 Forma in crescita di { $change } punti.
review-next-heading = <b>La prossima settimana</b>
review-next-summary = { $phase } · { $hours } h · { $sessions } allenamenti
review-next-key = Allenamenti chiave:
review-key-session = • { $day } { $icon } { $type }, { $duration }
review-next-hint = /week la mostra giorno per giorno.

review-type-endurance = fondo
review-type-tempo = tempo
review-type-threshold = soglia
review-type-intervals = ripetute
review-type-recovery = recupero
review-type-long = lungo
review-type-race = gara

review-kind-progress = la progressione
review-kind-light-adjustment = l'aggiustamento leggero
review-kind-cut-intensity = il taglio dell'intensità
review-kind-repeat-week = la ripetizione della settimana
review-kind-return-ramp = la ripresa graduale
review-kind-keep = il mantenimento del piano

review-rule-unavailable-day = un giorno in cui non sei disponibile
review-rule-outside-plan = le date del piano
review-rule-too-many-sessions-in-day = al massimo due allenamenti al giorno
review-rule-swim-not-on-pool-day = i tuoi giorni di piscina
review-rule-hard-days-in-a-row = niente giorni duri di fila
review-rule-over-weekly-hours = le tue ore settimanali
review-rule-ramp-too-steep = il limite del 10 % di volume in più a settimana
review-rule-fitness-ramp-too-steep = la crescita sicura della forma
review-rule-recovery-overdue = una settimana di recupero ogni 3 (o 2) settimane
review-rule-recovery-week-too-hard = una settimana di recupero facile
review-rule-taper-volume-increase = lo scarico
review-rule-taper-extra-hard = lo scarico
review-rule-injury-conflict = il tuo infortunio
review-rule-too-much-intensity = l'equilibrio di intensità 80/20
review-rule-missing-easier-option = un'opzione più facile per ogni allenamento duro
review-rule-plan-request = le impostazioni del tuo piano

review-change-why-share = { $pct } % del piano della settimana svolto.
review-change-why-red = { $days } giorni rossi di prontezza: un passo di prudenza in più.
review-change-why-sick = { $days } giorni malato o infortunato: è il momento di tornare con calma.
review-change-why-nothing-planned = Niente da misurare questa settimana.
review-change-no-next-week = Il piano finisce qui; /plan avvia il blocco successivo.
review-change-protected = La prossima settimana è di { $phase }: resta facile come previsto.
review-change-progress = Sei in linea: la prossima settimana sale a { $hours } h come previsto ({ $previous } h questa settimana).
review-change-as-planned = La prossima settimana resta come previsto: { $hours } h.
review-change-guardrail-stopped = Niente { $change }: violerebbe { $rule }.
review-change-light-adjustment = La prossima settimana mantiene il tuo volume invece di crescere: { $hours } h invece di { $planned } h.
review-change-cut-intensity = Le stesse { $hours } h la prossima settimana, ma tutto facile: niente allenamenti duri.
review-change-return-ramp = Ripresa graduale: { $hours } h invece di { $planned } h ({ $pct } %), tutto facile, poi di nuovo su passo dopo passo.
review-change-repeat-week = La prossima settimana ripete questa ({ $hours } h), per finire ciò che ha iniziato.
review-change-session-changed = • { $day } { $icon } { $was } → { $now }, { $duration }
review-change-session-added = • { $day } { $icon } + { $type }, { $duration }
review-change-session-removed = • { $day } { $icon } − { $type }
review-change-more-changes = • e altre { $count } modifiche (/week)

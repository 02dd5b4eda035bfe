## Changing the plan: the day's buttons, the proposal card, Apply / Discard, /undo.

cmd-undo = Annulla l'ultima modifica al piano

change-btn-move = ↔️ Sposta
change-btn-shorten = ✂️ Accorcia
change-btn-easier = 🪶 Più facile
change-btn-skip = ⏭ Salta
change-btn-swap = 🔁 Scambia con…
change-btn-apply = ✅ Applica
change-btn-discard = ✖️ Scarta
change-btn-recompute = 🔄 Ricalcola
change-btn-undo = ↩️ Annulla
change-btn-back = « Indietro
change-btn-minutes = { $minutes } min
change-btn-something-else = 💬 Altro

change-pick-move = A quale giorno sposto { $session }?
change-pick-move-none = { $session } non si può spostare a un altro giorno delle prossime due settimane senza violare le regole del tuo piano (i tuoi giorni disponibili, le ore e la distanza tra i giorni duri). Piuttosto accorcialo, rendilo più facile o saltalo.
change-pick-shorten = Quanto può durare { $session }?
change-pick-swap = Con quale giorno scambio { $day }?

change-card-title = ✏️ <b>Modifica proposta</b>
change-card-request = <i>«{ $text }»</i>
change-card-day = <b>{ $day }</b>: { $before } → { $after }
change-day-now = <b>{ $day }</b>: { $after }
change-card-rest = riposo
change-card-session = { $icon } { $title } { $duration }
change-card-session-effort = { $label } (fino a { $effort })
change-effort-recovery = recupero
change-effort-endurance = resistenza
change-effort-tempo = medio
change-effort-sweet-spot = sweet spot
change-effort-threshold = soglia
change-effort-vo2max = VO2max
change-effort-anaerobic = anaerobico
change-card-more-days = …e { $count ->
    [one] un altro giorno
   *[other] altri { $count } giorni
}
change-card-week = 📊 { $dates }: { $hours_before } → { $hours_after } · carico { $load_before } → { $load_after } · zone facili { $easy_before } → { $easy_after }
change-card-repairs = 🛠 <b>Cambiato anche questo, per tenere il piano sicuro:</b>
change-card-rules = 📌 <b>Le tue regole:</b>
change-card-ask = La applico? La proposta vale 10 minuti.

change-repair-eased-hard-neighbour = { $day }: reso più facile, così due giorni duri non si susseguono
change-repair-eased-for-intensity-share = { $day }: reso più facile, perché la settimana resti soprattutto facile (80/20)
change-repair-constraint-sport = { $day }: { $sport } al suo posto, stessi minuti nelle stesse zone
change-repair-constraint-shortened = { $day }: accorciato a { $minutes } min
change-repair-constraint-rest = { $day }: un allenamento tolto
change-repair-constraint-eased = { $day }: senza intensità
change-repair-later-weeks-rebuilt = le settimane dal { $day } in poi ricostruite

change-rule = { $what } ({ $when })
change-rule-rest = riposo
change-rule-only-run = solo corsa
change-rule-only-bike = solo bici
change-rule-only-swim = solo nuoto
change-rule-only-strength = solo forza
change-rule-only-brick = solo combinati
change-rule-no-run = niente corsa
change-rule-no-bike = niente bici
change-rule-no-swim = niente nuoto
change-rule-no-strength = niente forza
change-rule-no-brick = niente combinati
change-rule-max = al massimo { $minutes } min al giorno
change-rule-easy = solo facile
change-rule-until = fino al { $day }

change-refused = ⛔ { $reason }
change-violation-unavailable-day = Quel giorno non è uno dei tuoi giorni di allenamento.
change-violation-outside-plan = Questo cade fuori dal tuo piano.
change-violation-too-many-sessions-in-day = Quel giorno avrebbe più di due allenamenti.
change-violation-swim-not-on-pool-day = Quel giorno non hai la piscina.
change-violation-hard-days-in-a-row = Due giorni duri si susseguirebbero.
change-violation-over-weekly-hours = La settimana supererebbe le ore che hai per allenarti.
change-violation-ramp-too-steep = Il volume della settimana crescerebbe di più del 10 %.
change-violation-fitness-ramp-too-steep = La tua forma dovrebbe salire più in fretta di quanto sia sicuro.
change-violation-recovery-overdue = Rimanderebbe troppo la tua settimana di recupero.
change-violation-recovery-week-too-hard = La tua settimana di recupero diventerebbe troppo dura.
change-violation-taper-volume-increase = Il tuo scarico prenderebbe più volume; deve solo diminuire.
change-violation-taper-extra-hard = Il tuo scarico avrebbe allenamenti duri in più.
change-violation-injury-conflict = Mette intensità in uno sport che il tuo infortunio esclude.
change-violation-too-much-intensity = Più di un quarto della settimana sarebbe lavoro duro (80/20).
change-violation-missing-easier-option = Un allenamento duro resterebbe senza un'opzione più facile.
change-refused-session-not-found = Quell'allenamento non è più nel tuo piano.
change-refused-session-settled = Quell'allenamento è fatto o passato, quindi resta com'è.
change-refused-day-in-past = Quel giorno è passato.
change-refused-outside-plan = Quel giorno è fuori dal tuo piano.
change-refused-same-day = È già in quel giorno.
change-refused-day-taken = Quel giorno ha già un allenamento svolto, quindi non ci si sposta nulla.
change-refused-nothing-to-change = Lì non c'è niente da cambiare.
change-refused-too-short = Un allenamento deve durare almeno { $limit } minuti.
change-refused-not-shorter = Non è più corto dell'allenamento pianificato.
change-refused-no-easier = Questo allenamento è già il più facile possibile.
change-refused-sport-not-possible = Quello sport non può sostituire questo allenamento.
change-refused-bad-range = Quelle date non hanno senso.
change-refused-constraint = Violerebbe una delle tue regole.
change-refused-unwell-no-intensity = Niente allenamenti duri finché non stai bene.
change-refused-lighter-week-needed = Il tuo carico recente è alto: questa settimana deve essere più leggera.
change-refused-rebuild-failed = Non è stato possibile ricostruire il piano da quel giorno.

change-applied = ✅ <b>Fatto.</b> Il tuo piano ora:
change-undone = ↩️ <b>Annullato.</b> Di nuovo com'era:
change-undo-offer = Hai cambiato idea? Tocca Annulla o manda /undo.
change-already-applied = Già applicata.
change-gone = Questa proposta non è più aperta.
change-expired = ⌛ Questa proposta è scaduta dopo 10 minuti. La ricalcolo per il tuo piano com'è adesso?
change-stale = Il tuo piano è cambiato da quando è stata fatta questa proposta. La ricalcolo?
change-discarded = ✖️ Scartata. Il tuo piano resta com'era.
change-something-else = Dimmi cosa preferiresti invece.
change-undo-nothing = Non c'è nessuna modifica da annullare.
change-undo-not-last = Si può annullare solo la tua ultima modifica.
change-undo-changed-since = Il tuo piano è cambiato da allora (una ricostruzione o il bilancio settimanale), quindi quella modifica non si può annullare in sicurezza.
change-undo-refused = Impossibile annullare: { $reason }

change-nomatch-no-such-session = Non ho trovato quell'allenamento nelle prossime due settimane. Apri il giorno in /week e usa i suoi pulsanti.
change-nomatch-nothing-that-day = Quel giorno non c'è niente in programma da cambiare.
change-nomatch-already-easy = Quel giorno è già facile.

change-question-illness = Mi dispiace. Dove sono i sintomi?
change-question-travel = Cosa puoi fare mentre sei via?
change-option-above-neck = 🤧 Sopra il collo (naso che cola, mal di gola)
change-option-below-neck = 🤒 Sotto il collo (febbre, petto, dolori)
change-option-travel-rest = 🛌 Niente allenamento
change-option-travel-run = 🏃 Corsa, fino a 45 min al giorno
change-option-travel-run-any = 🏃 Solo corsa

## The weekly review, when a stated rule stopped the adaptation.
review-rule-constraint = le regole che hai fissato

## The team's group chat: linking a group, the team board, group privacy
group-added-coach = 👋 Ciao, { $title }! Sono Tempo. Quale dei tuoi gruppi si allena qui? Con un tocco colleghi questa chat.
group-added = 👋 Ciao, { $title }! Sono Tempo. Un coach collega questa chat al suo gruppo con /link@{ $bot }.
group-btn-link = Collega a «{ $squad }»
group-linked = ✅ Questa chat ora è quella di <b>{ $squad }</b>. Qui fisserò la bacheca della squadra.
group-back = 👋 Sono tornato. Questo gruppo è ancora la chat di <b>{ $squad }</b>: la bacheca è di nuovo aggiornata e i sondaggi programmati continuano.
group-join = Non sei ancora in <b>{ $squad }</b>? Il pulsante apre una chat privata con me e l'invito: decidi tu cosa vede il tuo coach e cosa vede questa chat (/groupprivacy).
group-btn-join = 👥 Unisciti al gruppo
group-not-coach = Solo il coach di quel gruppo può collegare questa chat.
group-no-squads = Non alleni ancora nessun gruppo. In una chat privata con me, /squad new ne crea uno.
group-not-linked = Questa chat non è ancora collegata a un gruppo. Il suo coach la collega con /link@{ $bot }.
group-pin-failed = Non sono riuscito a fissare la bacheca: rendimi amministratore con il permesso di fissare i messaggi.
group-board-current = 📌 La bacheca è aggiornata: è il messaggio fissato in cima alla chat.
group-board = 📋 <b>{ $squad }</b> · { $day }
    { $count ->
        [0] Nessuno condivide ancora nulla con il gruppo.
       *[other] { $lines }
    }
group-board-score = { $score }/100
group-board-minutes = { $minutes } min
group-tier-intro = Cosa vede di te la chat del tuo gruppo (la bacheca, i sondaggi, l'IA in quella chat). Ora: <b>{ $current }</b>. Mai più di quanto condividi con il tuo coach: senza prontezza lì, né colore né punteggio; senza allenamenti, niente minuti.
group-tier-nothing = Niente
group-tier-done = Fatto o no (predefinito)
group-tier-colour = Fatto e colore della prontezza
group-tier-numbers = Fatto, punteggio di prontezza e minuti
group-tier-saved = Salvato. La bacheca del gruppo si aggiorna subito.
group-btn-add-to-group = ➕ Aggiungi Tempo alla chat della squadra
cmd-groupprivacy = Cosa vede di te la chat del tuo gruppo
cmd-board = La bacheca della squadra: la settimana e chi si è allenato oggi
cmd-link = Collega questa chat al tuo gruppo
group-me = Lo vedi solo tu. Oggi: { $line }
group-me-private = I tuoi numeri restano tra noi: apri la chat privata.
group-btn-private = 🔒 Apri la chat privata
cmd-me = La tua giornata, solo per te
group-error-no_group = Questa chat non è ancora collegata a un gruppo.
group-error-not_yours = Solo il coach del gruppo di questa chat può farlo.
group-error-no_poll = Non c'è nessun appello aperto in questa chat.
group-poll-in_out-question = Chi c'è?
group-poll-in_out-0 = ✅ Ci sono
group-poll-in_out-1 = ❌ Stavolta no
group-poll-feeling-question = Come ti senti oggi?
group-poll-feeling-0 = 💪 Alla grande
group-poll-feeling-1 = 🙂 Bene
group-poll-feeling-2 = 😮‍💨 Stanco
group-poll-feeling-3 = 🤒 Malato
group-results-coach = 📊 Appello in { $group }:
    { $lines }
group-results-summary = 📊 Appello chiuso:
    { $lines }
cmd-rollcall = Sondaggio d'appello: chi c'è?
cmd-feeling = Sondaggio: come si sentono tutti oggi?
cmd-results = Chiudi l'appello: i nomi a te, i conteggi al gruppo

## Scheduled roll-calls, the AI switch, the group tier in /sharing
group-board-week = 📅 Appelli di questa settimana:
    { $sessions }
group-daily = Ogni giorno
group-weekday-0 = lun
group-weekday-1 = mar
group-weekday-2 = mer
group-weekday-3 = gio
group-weekday-4 = ven
group-weekday-5 = sab
group-weekday-6 = dom
group-schedule-saved = ⏰ Programmato: { $when }
    Parte all'ora locale del gruppo (il fuso orario dell'allenatore).
group-schedule-unreadable = Non ho capito questa programmazione. Scrivi un giorno e un'ora, ad es. /rollcall thu 18:00 Chi viene al lungo di sabato? oppure /feeling daily 07:00 (al massimo 12 per gruppo).
group-schedule-none = In questo gruppo non ci sono sondaggi programmati.
group-schedule-list = ⏰ Sondaggi programmati:
    { $lines }
group-schedule-cancelled = Annullato.
group-btn-cancel = ✖ { $when }
cmd-rollcalls = Sondaggi programmati: vedere e annullare
sharing-group-tier = 👥 <b>La chat di gruppo della squadra</b> vede di te: { $current }
group-ai-usage = Scrivi /ai on o /ai off: se rispondo quando mi menzionano in questo gruppo.
group-ai-on = 🤖 Rispondo in questo gruppo quando mi menzionano o mi rispondono: i tuoi dati solo a te, degli altri solo ciò che mostrano al gruppo.
group-ai-off = 🤐 Il coach IA non risponde più in questo gruppo: una menzione riceve solo una breve indicazione. /ai on lo riattiva.
group-ai-no-model = Il coach IA ora non può rispondere nel gruppo. /me@{ $bot } mostra la tua giornata solo a te; chiedimi tutto sul tuo allenamento nella nostra chat privata.
group-ai-disabled = Il coach ha disattivato il coach IA in questo gruppo. /me@{ $bot } mostra la tua giornata solo a te; chiedimi tutto sul tuo allenamento nella nostra chat privata.
group-ai-budget = Hai usato il budget di oggi del coach IA; risponderò di nuovo domani. /me@{ $bot } mostra la tua giornata solo a te.
group-ai-answered-privately = 🔒 Ti ho risposto nella nostra chat privata.
cmd-ai = Il coach IA in questo gruppo: attivare o disattivare

group-help =
    👋 <b>Tempo nel gruppo della squadra</b>
    { $commands }
    Per il coach: { $coach_commands }

    Menziona @{ $bot } (o rispondi a un mio messaggio) per chiedere al coach IA di allenamento o della settimana del gruppo; ciò che riguarda solo te arriva solo a te. Piani, registrazioni e check-in sono nella nostra chat privata.
group-command-private = /{ $command } è personale: funziona nella nostra chat privata, non davanti alla squadra.

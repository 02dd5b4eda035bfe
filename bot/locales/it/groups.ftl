# The team's group chat (issue 21): scheduled roll-calls and the week on the board.
# (The rest of the group keys are still English-only: the catalog falls back.)
group-board-week = 📅 Questa settimana:
    { $sessions }
group-daily = Ogni giorno
group-weekday-0 = lun
group-weekday-1 = mar
group-weekday-2 = mer
group-weekday-3 = gio
group-weekday-4 = ven
group-weekday-5 = sab
group-weekday-6 = dom
group-schedule-saved = ⏰ Programmato: { $when }. Parte all'ora locale del gruppo (il fuso orario dell'allenatore).
group-schedule-unreadable = Non ho capito questa programmazione. Scrivi un giorno e un'ora, ad es. /rollcall thu 18:00 Chi viene al lungo di sabato? oppure /feeling daily 07:00 (al massimo 12 per gruppo).
group-schedule-none = In questo gruppo non ci sono sondaggi programmati.
group-schedule-list = ⏰ Sondaggi programmati:
    { $lines }
group-schedule-cancelled = Annullato.
group-btn-cancel = ✖ { $when }
cmd-rollcalls = Sondaggi programmati: vedere e annullare
sharing-group-tier = 👥 <b>La chat di gruppo della squadra</b> vede di te: { $current }
group-ai-usage = Scrivi /ai on o /ai off: se rispondo quando mi menzionano in questo gruppo.
group-ai-on = 🤖 Rispondo in questo gruppo quando mi menzionano o rispondono ai miei messaggi.
group-ai-off = 🤐 Non rispondo più alle menzioni in questo gruppo. /ai on mi riattiva.
group-ai-no-model = Nel gruppo non rispondo ancora alle domande sull'allenamento. /me@{ $bot } mostra la tua giornata solo a te; chiedimi tutto sul tuo allenamento nella nostra chat privata.
cmd-ai = Il coach IA in questo gruppo: attivare o disattivare

## Commands shown in Telegram's menu (setMyCommands)
cmd-start = Avvia o riavvia Tempo
cmd-profile = Il tuo profilo e le tue zone di allenamento
cmd-settings = Fuso orario, ora del briefing, unità, soglie, obiettivo…
cmd-help = Cosa sa fare Tempo
cmd-language = Cambia lingua
cmd-cancel = Esci dal dialogo in corso

## /start
start-greeting =
    👋 Ciao, { $name }! Sono <b>Tempo</b>, il tuo coach di endurance su Telegram.

    Aiuto runner, ciclisti, nuotatori e triatleti ad allenarsi con un piano che si adatta alla loro vita:
    • un piano periodizzato costruito attorno alla tua gara obiettivo e alle ore che hai;
    • un briefing ogni mattina su quanto sei pronto oggi (HRV, FC a riposo, sonno, indolenzimento, carico) e l'allenamento da fare;
    • i tuoi allenamenti abbinati al piano: mandami file FIT, TCX o GPX o una registrazione veloce;
    • forma, fatica e freschezza seguite giorno per giorno.

    Prima, qualche domanda veloce perché il piano sia su misura per te; quasi tutte con un tocco. /back torna alla domanda precedente, /cancel mette in pausa.
start-welcome-back = 👋 Bentornato, { $name }! Il tuo profilo è pronto: /profile lo mostra con le tue zone, /settings cambia quello che vuoi.
start-group =
    👋 Ciao, sono <b>Tempo</b>, un coach di endurance. Il tuo allenamento vive in una chat privata con me: tocca qui per iniziare: { $link }

## /help
help-text =
    <b>Cosa so fare</b>

    <b>Il tuo allenamento</b>
    /today — l'allenamento di oggi con i tuoi obiettivi (e un file .zwo o FIT per il tuo dispositivo)
    /week — questa settimana giorno per giorno, pianificato e svolto
    /plan — il piano completo: fasi, settimane, conto alla rovescia per la gara
    /undo — annulla la tua ultima modifica al piano (lo cambiano i pulsanti di un giorno o una frase come «sono malato»)
    Manda un file FIT, TCX o GPX (o uno .zip): lo abbino al tuo piano
    /log — registra un allenamento in una riga: «corso 10 km in 52 min rpe 6»
    /checkin — come hai dormito e come ti senti stamattina
    /history — i tuoi allenamenti recenti
    /review — il bilancio della settimana scorsa e cosa è cambiato per questa
    /connect — sincronizza con intervals.icu o Strava
    /fitness — forma, fatica e freschezza, con un grafico

    <b>Allenare altri</b>
    /squad — i tuoi atleti come coach: chi richiede attenzione, la scheda di ogni atleta (modifica il suo piano, imposta una soglia, scrivigli), una modifica per tutti; /squad new — un gruppo e il suo link d'invito
    /sharing — quali coach vedono cosa di tuo; cambialo o esci quando vuoi
    /digest — il riepilogo mattutino del gruppo e il bilancio della domenica: orario, attivo o no
    /ask — chiedi all'IA del tuo gruppo: "/ask chi è in difficoltà questa settimana?"
    /groupprivacy — cosa può vedere della tua giornata la chat della squadra

    <b>Il tuo briefing del mattino</b>
    /brief — l'orario, attivo o no, giorni tranquilli
    /pause — mette in pausa i messaggi (viaggi, malattia); /resume per riprendere

    <b>Tu</b>
    /start — inizia o continua a impostare il tuo profilo
    /profile — il tuo profilo e le tue zone di allenamento
    /zones — imposta una tua zona ("/zones zona 2 fc 130-145") o torna a quelle calcolate
    /settings — fuso orario, ora del briefing, unità, soglie, disponibilità, obiettivo…
    /language — English, Русский, Español, Deutsch, Français, Italiano
    /export — tutti i tuoi dati in uno zip; /delete — cancella account e dati
    /back — torna indietro di una domanda; /cancel — esci dal dialogo in corso
    /help — questo elenco

## /language
language-choose = Scegli la tua lingua:
language-set = ✅ Fatto: d'ora in poi ti parlo in italiano.
language-unchanged = Parliamo già italiano.

## Messages Tempo cannot use
fallback-unknown-command = Non conosco il comando { $command }. Scrivi /help per vedere cosa so fare.
fallback-sticker = Bello lo sticker! Però so leggere solo testo, pulsanti e file di allenamento. Scrivi /help per vedere cosa so fare.
fallback-voice = Non posso ancora ascoltare i messaggi vocali: scrivimelo, per favore.
fallback-photo = Non so ancora leggere le foto. Per un allenamento, manda come file il FIT, TCX o GPX del tuo orologio o della tua app.
fallback-document = Non posso ancora usare quel file. I file di allenamento (FIT, TCX, GPX) arriveranno presto.
fallback-other = So leggere solo testo, pulsanti e file di allenamento. Scrivi /help per vedere cosa so fare.
fallback-text = Non ho capito. Scrivi /help per vedere cosa so fare.

## Dialogs
cancel-done = Ok, mi sono fermato. Nient'altro è cambiato.
cancel-nothing = Non c'è niente da annullare.

## Buttons that no longer apply
stale-button = Quel pulsante è di un messaggio precedente e non vale più.

## Errors
error-generic = Scusa, qualcosa è andato storto da parte mia e non sono riuscito a finire. Non si è perso nulla; riprova tra un attimo.

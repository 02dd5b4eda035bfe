# /export and /delete: the athlete's data to take away, or gone.
cmd-export = Scarica tutto ciò che Tempo conserva su di te
cmd-delete = Cancella il tuo account e tutti i tuoi dati
export-caption = 📦 Tutto ciò che Tempo conserva su di te. Il README.txt all'interno spiega ogni file.
export-caption-part = 📦 Tutto ciò che Tempo conserva su di te, parte { $number } di { $total } (Telegram accetta file fino a 50 MB). Il README.txt è nella parte 1.
export-readme-title = Tempo: i tuoi dati, esportati il { $day }.
    Ogni sezione qui sotto nomina i file e cosa contengono. Date e orari in ISO 8601, orari in UTC; carichi in punti tipo TSS; durate in secondi, distanze in metri, velocità in m/s, passi in secondi.
export-readme-account = { $files }: il tuo account Telegram come lo conosce Tempo (id, nome, lingua, fuso orario, stato).
export-readme-profile = { $files }: il tuo profilo (sport, esperienza, disponibilità, attrezzatura, corpo, note) e le unità.
export-readme-goals = { $files }: i tuoi obiettivi e le tue gare, attuali e archiviati.
export-readme-thresholds = { $files }: lo storico delle tue soglie (FTP, LTHR, FCmax, FC a riposo, CSS, passo alla soglia di corsa) con la fonte e la data da cui vale ciascuna.
export-readme-plans = { $files }: i tuoi piani di allenamento, l'obiettivo per cui è stato costruito ciascuno e quante volte è stato ricalcolato.
export-readme-weeks = { $files }: ogni settimana del piano (fase, ore, carico e allenamenti pianificati, note su cosa è cambiato).
export-readme-sessions = { $files }: ogni allenamento pianificato con il suo workout strutturato, le quantità pianificate e cosa ne è stato.
export-readme-activities = { $files }: le tue attività, una riga ciascuna ({ $count ->
    [one] un'attività
   *[other] { $count } attività
}), con il carico e il metodo che l'ha calcolato, il tempo nelle zone e i giri.
export-readme-files = { $files }: i file che hai caricato (nome, formato, checksum).
export-readme-originals = { $files }: i tuoi file originali, byte per byte come li hai mandati.
export-readme-wellness = { $files }: i tuoi check-in giornalieri (sonno, dolori, stanchezza, stress, umore, HRV, FC a riposo, malattia, infortunio).
export-readme-pushes = { $files }: le impostazioni del briefing del mattino e dei promemoria.
export-readme-deliveries = { $files }: i messaggi che Tempo ti ha inviato (briefing, promemoria, bilanci) così come sono partiti, note del coach IA comprese, con i tuoi tocchi.
export-readme-reviews = { $files }: i tuoi bilanci settimanali e le modifiche che hanno apportato alla settimana successiva.
export-readme-dialogs = { $files }: una domanda a cui Tempo aspettava la tua risposta, se c'è.
export-readme-table = { $files }: { $count ->
    [one] una riga
   *[other] { $count } righe
} della tabella «{ $table }», come sono salvate.
export-readme-ai = IA: le note facoltative del briefing del mattino sono scritte a partire da fatti anonimi (senza nome né id) e conservate in una cache condivisa con un hash di quei fatti, quindi nessun record o costo dell'IA è legato a te; le note che hai ricevuto sono in messages/pushes-sent.json.
export-readme-consents = Consensi: finora Tempo non ne ha chiesto nessuno; quando lo farà, compariranno in questa esportazione.

delete-ask-first = ⚠️ <b>Cancellare il tuo account e tutto ciò che contiene?</b>
    Il tuo profilo, le soglie, i piani, le attività con i loro file originali, i check-in, i bilanci e i messaggi programmati saranno cancellati per sempre. Niente potrà recuperarli.
    Vuoi prima una copia? Manda /export.
delete-btn-first = Sì, cancella tutto
delete-btn-final = 🗑 Cancella per sempre
delete-btn-keep = No, tieni i miei dati
delete-ask-final = 🛑 <b>Ultimo passo.</b> Appena tocchi «Cancella per sempre», i tuoi dati spariscono in un secondo e non si possono ripristinare. Sicuro?
delete-kept = 👍 Non è stato cancellato niente.
delete-done = ✅ Fatto: tutto ciò che Tempo conservava su di te è stato cancellato e non arriveranno altri messaggi. Se scrivi di nuovo, ricomincerai da zero. Grazie per esserti allenato con Tempo.
delete-stale = Quel pulsante appartiene a un account precedente. Manda /delete per ricominciare.

## /connect: intervals.icu and Strava
cmd-connect = Collega intervals.icu o Strava
connect-title = 🔗 <b>Servizi collegati</b>
connect-intro = Collega intervals.icu e i tuoi allenamenti, HRV, FC a riposo e sonno arriveranno da soli: da Garmin, Wahoo, COROS, Polar, Oura, Whoop e qualsiasi altra cosa alimenti il tuo intervals.icu. Gli allenamenti del tuo piano vanno nel tuo calendario di intervals.icu, e da lì al tuo orologio o ciclocomputer.
connect-unavailable = Il collegamento dei servizi è disattivato su questo server di Tempo (manca una ENCRYPTION_KEY per custodire le tue chiavi). Chiedi a chi lo gestisce.
connect-none = Ancora niente di collegato.
connect-intervals-on = <b>intervals.icu</b> ✅ collegato (atleta { $external })
connect-intervals-revoked = <b>intervals.icu</b> ⚠️ l'accesso è stato revocato: ricollegati per riprendere la sincronizzazione.
connect-strava-on = <b>Strava</b> ✅ collegato (atleta { $external }). Gli allenamenti di Strava restano visibili solo a te.
connect-strava-revoked = <b>Strava</b> ⚠️ l'accesso è stato revocato: ricollegati per riprendere la sincronizzazione.
connect-last-sync = Ultima sincronizzazione: { $when } — { $result }
connect-never-synced = Non ancora sincronizzato.
connect-result-ok = { $stored ->
    [0] niente di nuovo
    [one] 1 nuovo allenamento
   *[other] { $stored } nuovi allenamenti
  }{ $wellness ->
    [0] {""}
    [one] , 1 giorno di benessere
   *[other] , { $wellness } giorni di benessere
  }
connect-running = È in corso una sincronizzazione.
connect-export-on = 📅 Il tuo piano va nel tuo calendario di intervals.icu.
connect-export-off = 📅 Il tuo piano non viene inviato a intervals.icu.
connect-btn-key = 🔑 Collega intervals.icu con una chiave API
connect-btn-intervals-oauth = 🔗 Accedi con intervals.icu
connect-btn-strava = 🟧 Collega Strava
connect-btn-sync = 🔄 Sincronizza ora
connect-btn-export-on = 📅 Invia il mio piano a intervals.icu
connect-btn-export-off = 📅 Smetti di inviare il mio piano
connect-btn-disconnect-intervals = Scollega intervals.icu
connect-btn-disconnect-strava = Scollega Strava
connect-btn-yes-disconnect = Sì, scollega
connect-btn-keep = Tienilo
connect-ask-key =
    🔑 Incolla qui la tua chiave API di intervals.icu.

    La trovi su intervals.icu in <b>Settings → Developer Settings → API key</b> (tocca «View»). Cancellerò il tuo messaggio appena l'avrò letto e terrò la chiave cifrata. /cancel per uscire.
connect-key-deleted = (Ho cancellato il tuo messaggio con la chiave.)
connect-connected = ✅ Collegato a intervals.icu come <b>{ $name }</b>.
connect-connected-strava = ✅ Strava collegato. I tuoi allenamenti di Strava sono mostrati solo a te: mai a un coach, a un gruppo o al coach IA.
connect-ask-months = Quanto storico importo? Gli allenamenti con frequenza cardiaca, potenza e passo, più HRV giornaliero, FC a riposo, sonno e peso.
connect-months = { $months ->
    [one] 1 mese
   *[other] { $months } mesi
  }
connect-import-started = ⏳ Importo { $months ->
    [one] 1 mese
   *[other] { $months } mesi
  } da { $service }…
connect-import-progress = ⏳ Importazione da { $service }: { $done } di { $total } allenamenti…
connect-import-done =
    ✅ <b>Importazione completata.</b> { $stored ->
        [0] Nessun nuovo allenamento
        [one] 1 allenamento
       *[other] { $stored } allenamenti
    } e { $wellness ->
        [0] nessun giorno di benessere
        [one] 1 giorno di benessere
       *[other] { $wellness } giorni di benessere
    } importati{ $duplicates ->
        [0] .
       *[other] ; { $duplicates } c'erano già e non sono stati salvati due volte.
    }
    D'ora in poi sincronizzo ogni ora e poco prima del tuo briefing del mattino.
connect-import-failed = ⚠️ L'importazione si è fermata: { $reason } Quanto importato finora resta; /connect riprova.
connect-already-running = C'è già una sincronizzazione in corso: prima finisco quella.
connect-sync-started = 🔄 Sincronizzazione…
connect-thresholds-offer =
    intervals.icu ha queste soglie per te:
    { $lines }
    Le uso in Tempo? Le tue zone, i carichi e gli obiettivi del piano le seguiranno.
connect-threshold-line = • { $name }: <b>{ $value }</b>{ $current ->
    [none] {""}
   *[other] {" "}(Tempo ha { $current })
  }
connect-btn-use-thresholds = ✅ Usa queste
connect-btn-keep-thresholds = Tieni le mie
connect-thresholds-used = ✅ Soglie aggiornate da intervals.icu.
connect-thresholds-kept = Ok, le tue soglie restano come sono.
connect-disconnect-confirm = Scollegare { $service }? Dimenticherò la chiave o i token. { $service ->
    [Strava] Ogni allenamento arrivato da Strava sarà cancellato da Tempo, come richiedono i termini di Strava.
   *[other] Gli allenamenti già importati restano.
  }
connect-disconnected = { $service } è scollegato e le sue chiavi sono cancellate.
connect-export-now-on = 📅 I tuoi prossimi allenamenti stanno arrivando nel tuo calendario di intervals.icu.
connect-export-now-off = 📅 Fatto: ho tolto gli allenamenti di Tempo dal tuo calendario di intervals.icu e non ne invierò altri.
connect-stale = Quel pulsante è di un messaggio precedente. /connect mostra lo stato attuale.
connect-error-not_a_key = Non sembra una chiave API di intervals.icu (una ventina di lettere e cifre). Copiala di nuovo da Settings → Developer Settings, o /cancel.
connect-error-wrong_key = intervals.icu non ha accettato quella chiave. Controlla di aver copiato la chiave intera (Settings → Developer Settings → API key), poi incollala di nuovo, o /cancel.
connect-error-no_encryption = Il collegamento dei servizi è disattivato su questo server (manca la ENCRYPTION_KEY).
connect-error-expired = Quel link di accesso è scaduto. Apri /connect e tocca di nuovo il pulsante.
connect-error-refused = Il servizio ha rifiutato l'accesso. Apri /connect e riprova.
sync-error-revoked = il servizio non accetta più il nostro accesso (è stato revocato o la chiave è cambiata).
sync-error-forbidden = il servizio ha negato l'accesso a questi dati.
sync-error-not_found = il servizio non ha trovato quello che abbiamo chiesto.
sync-error-rate_limited = il servizio ci ha chiesto di rallentare; continuo alla prossima sincronizzazione.
sync-error-unavailable = il servizio non risponde in questo momento; riprovo entro un'ora.
sync-error-timeout = il servizio ha impiegato troppo a rispondere; riprovo entro un'ora.
sync-error-malformed = il servizio ha inviato qualcosa che non sono riuscito a leggere; riprovo entro un'ora.
sync-error-failed = qualcosa è andato storto dal lato del servizio; riprovo entro un'ora.
sync-error-not_connected = il servizio non è più collegato.
connect-error-unavailable = intervals.icu non risponde in questo momento. Non è stato salvato niente: riprova tra qualche minuto.
connect-error-timeout = intervals.icu ha impiegato troppo a rispondere. Non è stato salvato niente: riprova tra qualche minuto.
connect-error-rate_limited = intervals.icu ci ha chiesto di rallentare. Non è stato salvato niente: riprova tra qualche minuto.
connect-error-malformed = intervals.icu ha inviato una risposta che non sono riuscito a leggere. Non è stato salvato niente: riprova più tardi.
connect-error-not_found = intervals.icu non ha trovato il tuo profilo atleta. Controlla la chiave e riprova.
connect-error-forbidden = intervals.icu non ha consentito l'accesso con quella chiave. Controllala e riprova.
connect-error-failed = Il collegamento è fallito dal lato di intervals.icu. Non è stato salvato niente: riprova più tardi.
sync-revoked-intervals = ⚠️ intervals.icu non accetta più l'accesso di Tempo, quindi la sincronizzazione si è fermata. Apri /connect per ricollegarti.
sync-revoked-strava = ⚠️ Strava non accetta più l'accesso di Tempo, quindi la sincronizzazione si è fermata. Apri /connect per ricollegarti.
sync-strava-deauthorized = Hai rimosso l'accesso di Tempo in Strava, quindi l'ho scollegato e ho cancellato ogni allenamento arrivato da Strava. Gli altri tuoi dati sono intatti.
oauth-page-done = Collegato: puoi tornare su Telegram.
oauth-page-failed = Non ha funzionato: torna su Telegram e apri /connect per riprovare.
threshold-name-ftp = FTP
threshold-name-lthr = FC alla soglia
threshold-name-hr_max = FC massima
threshold-name-run_threshold_pace = Passo alla soglia
threshold-name-css = CSS (nuoto)

## Commands shown in Telegram's menu
cmd-log = Registra un allenamento senza file
cmd-checkin = Check-in del mattino: sonno, dolori, HRV
cmd-history = I tuoi allenamenti recenti

## Sports
act-sport-run = Corsa
act-sport-bike = Bici
act-sport-swim = Nuoto
act-sport-strength = Forza
act-sport-walk = Camminata
act-sport-hike = Escursione
act-sport-ski = Sci
act-sport-row = Canottaggio
act-sport-other = Allenamento
act-sport-transition = Transizione
act-multisport = Multisport
act-multisport-total = Totale { $parts } · 📈 carico <b>{ $load }</b>
act-ask-rpe-legs = Quanto è stata dura ogni frazione? Tocca da 1 (molto facile) a 10 (massimale) nella sua riga qui sotto.
act-rpe-saved-card = ✅ RPE { $rpe } salvato. Scrivi ora una nota se vuoi (sensazioni, dolore, condizioni).

## The summary card
act-card-title = { $icon } <b>{ $sport }</b> · { $when }
act-leg = Frazione { $leg } di { $legs } di un file multisport
act-duration = ⏱ { $value }
act-distance = 📏 { $value }
act-speed-kmh = { $value } km/h
act-speed-mph = { $value } mph
act-untimed = Niente orari: le metriche basate sul tempo (passo, zone, carico sul tempo) sono escluse.
act-hr = ❤️ { $avg } bpm di media, { $max } max
act-power = ⚡ { $avg } W di media
act-power-np = ⚡ { $avg } W di media, NP { $np } W
act-ascent = ⛰ { $value } m D+
act-ascent-ft = ⛰ { $value } ft D+
act-load = 📈 Carico <b>{ $load }</b> ({ $method })
act-load-if = 📈 Carico <b>{ $load }</b> ({ $method }, IF { $intensity })
act-load-none = 📈 Ancora nessun carico: indica quanto è stato duro (RPE) e lo calcolo.
act-method-power = potenza
act-method-pace = passo
act-method-swim_pace = passo di nuoto
act-method-heart_rate = frequenza cardiaca
act-method-session_rpe = RPE della sessione
act-method-service = calcolo di intervals.icu
act-load-note-power-all-zero = ⚠️ Il misuratore di potenza ha inviato solo zeri: il carico viene dai migliori dati successivi.
act-load-note-scaled-partial = ⚠️ La registrazione copre il { $percent } % del tempo dell'allenamento: il carico presume che il resto sia stato simile.
act-load-note-power-partial = ⚠️ La potenza copre solo il { $percent } % del tempo dell'allenamento: il carico viene da altri dati.
act-load-note-pace-partial = ⚠️ Il passo copre solo il { $percent } % del tempo dell'allenamento: il carico viene da altri dati.
act-zones-power = Zone di potenza: { $zones }
act-zones-heart_rate = Zone di FC: { $zones }
act-zones-run_pace = Zone di passo: { $zones }
act-zones-swim_pace = Zone di passo di nuoto: { $zones }
act-rpe-line = 💬 RPE { $rpe }/10
act-note-line = 📝 { $note }
act-fitness = Forma { $ctl } · fatica { $atl } · freschezza { $tsb }
act-sport-unknown = ❓ Il file non dice che sport fosse. Toccalo qui sotto e lo ricalcolo.
act-session = { $kind } · { $sport }
act-session-endurance = Fondo
act-session-tempo = Tempo
act-session-threshold = Soglia
act-session-intervals = Ripetute
act-session-recovery = Recupero
act-session-long = Lungo
act-session-race = Gara
act-matched = 📅 Pianificato: { $title } il { $day } ({ $planned })
act-matched-compliance = 📅 Pianificato: { $title } il { $day } ({ $planned }) — { $percent }% della { $basis } pianificata { $color }
act-basis-duration = durata
act-basis-distance = distanza
act-basis-load = carico
act-color-green = 🟢
act-color-yellow = 🟡
act-color-red = 🔴

## Buttons
act-btn-plan = 🔗 Allenamento pianificato
act-btn-delete = 🗑 Elimina
act-btn-delete-yes = 🗑 Sì, eliminalo
act-btn-back = « Indietro
act-btn-skip = Salta
act-btn-no-note = Nessuna nota
act-btn-unmatch = ✖ Non è un allenamento pianificato

## After the workout
act-ask-rpe = Quanto è stato duro? Valuta l'intera sessione da 1 (molto facile) a 10 (massimale).
act-rpe-saved = ✅ RPE { $rpe } salvato. Qualcosa da annotare (sensazioni, dolore, condizioni)? Scrivilo ora.
act-rpe-skipped = Ok, niente RPE per questo.
act-note-saved = 📝 Nota salvata.
act-note-skipped = Ok, niente nota.
act-gone = Quell'attività non esiste più.
act-rematch = Scegli l'allenamento pianificato a cui corrisponde, o di' che non ce n'è nessuno.
act-rematch-none = Nessun allenamento pianificato vicino a quel giorno.
act-rematch-taken = Un'altra attività soddisfa già quell'allenamento.
act-matched-done = Collegata all'allenamento pianificato.
act-unmatched-done = Non collegata a nessun allenamento pianificato.
act-delete-confirm = Eliminare questa attività? Il suo carico esce dal tuo storico di forma.
act-deleted = 🗑 Eliminato: { $sport } del { $day }. Forma, fatica e freschezza vengono ricalcolate da quel giorno.

## Uploads
upload-error-telegram_too_big = Quel file supera { $limit_mb } MB, il massimo che Telegram lascia scaricare ai bot. Mandalo compresso (.zip o .gz) o esporta un file più corto.
upload-error-empty_file = Quel file è vuoto: non è stato salvato niente. Prova a esportarlo di nuovo.
upload-error-file_too_large = Quel file supera { $limit_mb } MB: non è stato salvato niente. Mandalo compresso, o esporta l'attività come FIT, che è più leggero.
upload-error-unrecognised_file = { $file_name } non è un file di allenamento (sembra { $detected }). Manda il file FIT, TCX o GPX del tuo orologio o della tua app.
upload-error-unsupported_format = I file { $format } non sono supportati. Esporta l'attività come FIT, TCX o GPX e manda quello.
upload-error-not_an_activity = Questo file FIT è un file <b>{ $file_type }</b>, non un'attività registrata: non è stato salvato niente. Manda il file dell'attività (su Garmin: quello nella cartella Activity).
upload-error-no_track = Questo file GPX non contiene nessuna traccia registrata ({ $waypoints } waypoint, { $route_points } punti di percorso): non è stato salvato niente. Manda invece l'attività registrata.
upload-error-no_activity_data = Il file { $format } non contiene dati di attività: non è stato salvato niente.
upload-error-truncated_file = Quel file si interrompe dopo { $bytes_read } byte: non è stato salvato niente. Prova a esportarlo di nuovo.
upload-error-corrupt_file = Il file { $format } è danneggiato al byte { $offset } (nella parte { $part }): non è stato salvato niente. Prova a esportarlo di nuovo.
upload-part-header = intestazione
upload-part-data = record
upload-part-xml = XML
upload-part-compression = compressione
upload-error-storage_quota = I tuoi file di allenamento salvati hanno raggiunto { $limit_mb } MB ({ $used_mb } MB usati), quindi questo non è stato salvato. Elimina in /history gli allenamenti che non ti servono per fare spazio.
upload-error-download_failed = Non sono riuscito a scaricare quel file da Telegram: { $reason }. Non è stato salvato niente: rimandalo tra un minuto.
download-reason-refused = Telegram l'ha rifiutato ({ $detail })
download-reason-telegram = Telegram non ha risposto ({ $detail })
download-reason-status = il server dei file di Telegram ha risposto con l'errore { $status }
download-reason-network = la connessione si è interrotta o è scaduta
upload-error-corrupt_archive = L'archivio { $format } è danneggiato e non si è potuto aprire: non è stato salvato niente.
upload-error-archive_too_large = Decompresso, quell'archivio supera { $limit_mb } MB: non è stato salvato niente. Manda meno attività alla volta.
upload-error-archive_ratio = Quell'archivio si decomprime a oltre { $ratio } volte la sua dimensione; le esportazioni di attività non lo fanno mai, quindi non l'ho aperto. Manda direttamente i file delle attività.
upload-error-archive_too_many_files = L'archivio contiene { $members } file; ne leggo al massimo { $limit } alla volta. Manda meno attività alla volta.
upload-error-nested_archive = { $file_name } è un archivio dentro un archivio. Decomprimilo e manda il file dell'attività.
upload-error-encrypted_member = { $file_name } è protetto da password, quindi non posso leggerlo.
upload-error-archive_nothing_usable = Nessuno dei { $members } file dell'archivio è un'attività leggibile: non è stato salvato niente.
upload-error-ingest_error = Non sono riuscito a leggere quel file: non è stato salvato niente. Esportalo di nuovo come FIT, TCX o GPX.
upload-lost-trailing_data = L'allenamento in sé è completo ({ $records_recovered } record, { $time_recovered }); sono danneggiati solo i byte successivi. Lo salvo comunque?
upload-lost-records_partial = Il riepilogo del dispositivo c'è ({ $time_total }, { $distance_total }), ma i record si fermano al minuto { $time_recorded } e a { $distance_recorded }. Salvando si tengono i totali e il carico del riepilogo; zone e grafici coprono solo la parte registrata. Salvo quello che c'è?
upload-lost-summary = { $records_recovered } record ({ $time_recovered }) sono intatti; i totali del dispositivo e tutto ciò che segue l'ultimo record buono sono persi (i totali verrebbero calcolati dai record). Salvo quello che c'è?
upload-lost-records = { $records_recovered } record ({ $time_recovered }) sono intatti; i campioni successivi sono persi. Salvo quello che c'è?
upload-lost-trivial = Si leggono solo { $time_recovered } e { $distance_recovered }: troppo poco per valere la pena di salvarlo.
upload-lost-everything = Non si è potuto recuperare niente.
upload-btn-save-part = 💾 Salva quello che c'è
upload-btn-drop = ✖ Non salvare
upload-dropped = Ok, non è stato salvato niente.
upload-salvaged = 💾 Salvata la parte intatta ({ $count } { $count ->
        [one] attività
       *[other] attività
    }).
upload-duplicate-file = ♻️ Ho già questo file: { $sport } del { $when }. Non è stato salvato niente di nuovo.
upload-duplicate-workout = ♻️ Ho già questo allenamento da un altro file o app: { $sport } del { $when }. Ho tenuto il primo.
upload-replaced-logged = 🔁 È l'allenamento che hai registrato a mano ({ $sport }, { $when }): il file sostituisce quella voce mantenendo il tuo RPE, la nota e il collegamento al piano, così conta una volta sola.
upload-member-failed = ⚠️ { $name }: { $reason }
upload-untimed = Questo file ha { $count ->
        [one] una traccia
       *[other] { $count } tracce
    } ({ $distance }) senza orari. Che giorno era? Tocca, o scrivi una data come 12.03.
upload-btn-today = Oggi
upload-btn-yesterday = Ieri
upload-ask-duration = Data: { $day }. Quanto è durato? Scrivilo, come 1h20 o 45 min, oppure salvalo senza le metriche basate sul tempo.
upload-untimed-many = Data: { $day }. Le tracce non hanno orari: tocca qui sotto per salvarle senza le metriche basate sul tempo.
upload-btn-no-duration = Salva senza tempo

## /history
history-empty = Ancora nessuna attività. Mandami un file FIT, TCX o GPX, o registrane una con /log.
history-title = <b>Le tue attività</b> ({ $shown } di { $total }). Tocca un numero per i dettagli.
history-load = carico { $load }
history-no-load = nessun carico
history-newer = « Più recenti
history-older = Meno recenti »

# Charts as photos (/fitness and the 📈 buttons). Words on a picture are plain text: no HTML, no "&".
cmd-fitness = Forma, fatica e freschezza, con un grafico
chart-btn-open = 📈 Grafico
chart-btn-readiness = 📈 Andamento della prontezza
chart-btn-week = 📈 La settimana in un grafico
chart-btn-6w = 6 settimane
chart-btn-3m = 3 mesi
chart-btn-1y = 1 anno
chart-gone = Quel grafico riguarda qualcosa che non esiste più.
chart-none-fitness = Ancora nessun carico di allenamento, quindi niente da rappresentare. Carica un file di allenamento o registralo con /log, e la forma inizierà a costruirsi da quel giorno.
chart-none-plan = Non c'è ancora un piano da rappresentare: completa il tuo profilo con /start.
chart-none-week = Quella settimana non è più nel tuo piano.
chart-none-readiness = Nessun check-in negli ultimi 60 giorni. Rispondi a /checkin la mattina (aggiungi «hrv 62 fc 48» se il tuo orologio li misura) e qui comparirà l'andamento.
chart-none-activity = Questo allenamento non ha dati registrati da disegnare: è stato registrato a mano, o il suo file non contiene serie temporali.

fitness-title = 📈 <b>Forma, fatica e freschezza oggi</b>
fitness-numbers = Forma <b>{ $ctl }</b> · fatica <b>{ $atl }</b> · freschezza <b>{ $tsb }</b> ({ $zone })
fitness-ramp = Variazione della forma in 7 giorni: { $ramp }
fitness-acwr = Rapporto carico acuto:cronico: { $acwr } (0,8–1,3 è l'intervallo abituale; le soglie sono discusse, prendilo come indicazione)
fitness-acwr-unsure = Rapporto carico acuto:cronico: — (dati ancora insufficienti: servono 4 settimane di allenamento)
fitness-hint = La forma è il tuo carico di 6 settimane, la fatica quello dell'ultima settimana; la freschezza è forma meno fatica all'inizio della giornata.

chart-fitness-title = Forma, fatica e freschezza
chart-fitness-load = Carico giornaliero
chart-fitness-planned-load = Carico pianificato
chart-fitness-load-axis = Carico al giorno
chart-fitness-fitness-axis = Forma e fatica
chart-fitness-ctl = Forma
chart-fitness-atl = Fatica
chart-fitness-tsb = Freschezza
chart-fitness-form-axis = Freschezza
chart-fitness-today = oggi
chart-fitness-race = Gara
chart-fitness-zone-transition = Transizione
chart-fitness-zone-fresh = Fresco
chart-fitness-zone-grey = Zona grigia
chart-fitness-zone-optimal = Ottimale
chart-fitness-zone-high-risk = Rischio alto
chart-caption-fitness-6w = Ultime 6 settimane: oggi forma { $ctl }, fatica { $atl }, freschezza { $tsb }.
chart-caption-fitness-3m = Ultimi 3 mesi: oggi forma { $ctl }, fatica { $atl }, freschezza { $tsb }.
chart-caption-fitness-1y = Ultimo anno: oggi forma { $ctl }, fatica { $atl }, freschezza { $tsb }.
chart-caption-fitness-planned = Tratteggiato: il piano fino al { $day }.

chart-week-title = La settimana: pianificato e svolto
chart-week-minutes-axis = Minuti
chart-week-planned = Pianificato
chart-week-green = Nell'obiettivo
chart-week-yellow = In parte
chart-week-red = Mancato o lontano
chart-week-unplanned = Non pianificato
chart-caption-week = Settimana { $number } dal { $monday }: svolti { $done } di { $planned } minuti pianificati, colorati in base a quanto ogni allenamento si è avvicinato al piano.

chart-readiness-title = Prontezza in 60 giorni
chart-readiness-hrv-axis = HRV, ms
chart-readiness-band = Il tuo intervallo normale
chart-readiness-rmssd = rMSSD del mattino
chart-readiness-hrv-mean = Media di 7 giorni
chart-readiness-rhr-axis = FC a riposo, bpm
chart-readiness-rhr = FC a riposo
chart-readiness-rhr-baseline = Il tuo solito
chart-readiness-verdict-axis = Giorno
chart-caption-readiness = HRV rispetto al tuo intervallo normale e FC a riposo, 60 giorni: { $green } giorni verdi, { $amber } gialli e { $red } rossi.

chart-activity-title = { $sport }, { $day }
chart-activity-minutes-axis = Minuti
chart-activity-power = Potenza
chart-activity-watts = W
chart-activity-heart-rate = Frequenza cardiaca
chart-activity-bpm = bpm
chart-activity-pace = Passo
chart-unit-per-km = min/km
chart-unit-per-mile = min/mi
chart-unit-per-100m = min/100 m
chart-unit-per-100yd = min/100 yd
chart-caption-activity = { $minutes } min, { $laps ->
    [one] un giro
   *[other] { $laps } giri (linee tratteggiate)
}, con le tue zone ombreggiate.
chart-sport-run = Corsa
chart-sport-bike = Bici
chart-sport-swim = Nuoto
chart-sport-strength = Forza
chart-sport-brick = Combinato
chart-sport-walk = Camminata
chart-sport-hike = Escursione
chart-sport-ski = Sci
chart-sport-row = Canottaggio
chart-sport-other = Allenamento

## Commands shown in Telegram's menu
cmd-today = L'allenamento di oggi
cmd-week = Questa settimana, giorno per giorno
cmd-plan = Il piano completo a colpo d'occhio

## When there is no plan to show
plan-problem-no-profile = Non ho ancora il tuo profilo, quindi niente piano. Manda /start: qualche domanda veloce e il tuo piano è pronto.
plan-problem-race-in-past = La data della tua gara è passata: spero sia andata bene! Fissa il prossimo obiettivo in /settings e costruirò un nuovo piano.
plan-problem-race-without-date = La tua gara non ha ancora una data. Aggiungila in /settings e costruirò il piano.
plan-problem-weekly-hours-out-of-range = Per costruire un piano mi servono le ore che puoi allenarti ogni settimana (fino a 40): impostale in /settings.
plan-problem-no-available-days = Non hai giorni di allenamento impostati. Scegline almeno uno in /settings.
plan-problem-weekday-out-of-range = I tuoi giorni di allenamento sembrano sbagliati. Reimpostali in /settings.
plan-problem-age-out-of-range = Il tuo anno di nascita sembra sbagliato. Controllalo in /settings.
plan-problem-event-without-distance-or-duration = La tua gara ha bisogno di una distanza o di una durata. Aggiungila in /settings.
plan-problem-other = Al momento non riesco a costruire un piano dal tuo profilo. Controllalo con /profile.
plan-private-only = Il tuo piano è personale: sta nella nostra chat privata: { $link }
plan-stale-button = Quel pulsante era di una versione precedente del tuo piano: ecco quella attuale.
plan-session-gone = Quell'allenamento non è più nel tuo piano (è stato ricostruito). Manda /today o /week per quello attuale.

## Sessions
plan-session-head = { $icon } <b>{ $title }</b> · { $amount }
plan-amount-distance = { $duration } · ≈ { $distance }
plan-session-purpose = <i>{ $purpose }</i>
plan-line = • { $step }
plan-repeat = • <b>{ $count } ×</b>
plan-repeat-line = { "   " }◦ { $step }
plan-step = { $kind } · { $amount } · { $target }
plan-step-progressive = { $kind } · { $amount } · in progressione fino a { $target }
plan-step-rest = Recupero a bordo vasca · { $amount }
plan-step-warmup = Riscaldamento
plan-step-work = Forte
plan-step-steady = Regolare
plan-step-recover = Facile
plan-step-cooldown = Defaticamento
plan-easier = 🪶 <i>Opzione più facile se oggi ti senti pesante:</i> { $title } · { $duration } · { $target }
plan-status-done = ✅ Fatto.
plan-status-partial = 🌓 Fatto in parte.
plan-adjusted-easier = 🟡 Adattato stamattina: l'opzione più facile, come hai scelto nel briefing.
plan-adjusted-rest = 😴 Oggi riposo, come hai scelto nel briefing: salta questo allenamento, o al massimo 20–30 minuti molto facili.
plan-status-skipped = ❌ Saltato.
plan-status-moved = ↪️ Spostato a un altro giorno.
plan-file-name = { $title } · { $date }

## Targets
plan-target-rpe = RPE { $range }
plan-target-rpe-talk = { $rpe } ({ $talk })
plan-target-pct-ftp = { $range } % della FTP
plan-target-pct-threshold-speed = { $range } % della velocità alla soglia
plan-target-pct-css = { $range } % della CSS
plan-target-pct-lthr = { $range } % della LTHR
plan-target-pct-hrr = { $range } % della riserva cardiaca
plan-talk-full-conversation = riesci a chiacchierare liberamente
plan-talk-sentences = riesci a parlare con frasi intere
plan-talk-short-phrases = solo frasi brevi
plan-talk-few-words = poche parole alla volta
plan-talk-no-talking = impossibile parlare

## Durations
plan-dur-h-min = { $h } h { $min } min
plan-dur-h = { $h } h
plan-dur-min-s = { $min } min { $s } s
plan-dur-min = { $min } min
plan-dur-s = { $s } s

## /today and a day of /week
plan-today-heading = 📋 <b>Oggi, { $date }</b>
plan-day-heading = 📋 <b>{ $date }</b>
plan-week-label = Settimana { $number } di { $total } · { $phase }
plan-rest-day = 😌 <b>Giorno di riposo.</b> È durante il recupero che l'allenamento si assimila: dormi bene, mangia bene e, se vuoi muoverti, 20–30 minuti di camminata o un po' di mobilità leggera bastano e avanzano.
plan-rest-end = Quello era l'ultimo allenamento di questo piano.
plan-rest-next = Prossimo: <b>{ $day }</b> · { $icon } { $title } · { $duration }
plan-export-hint = <i>Portalo con te: i pulsanti inviano l'allenamento come file per Zwift (.zwo) o per il tuo orologio (FIT).</i>
plan-btn-zwo = ⬇️ Zwift .zwo
plan-btn-fit = ⬇️ Allenamento FIT
plan-btn-week = 📅 La settimana
plan-btn-back-week = « Torna alla settimana
plan-export-caption-zwo = Allenamento Zwift: mettilo in Documents/Zwift/Workouts/&lt;il tuo id&gt; e comparirà in Custom Workouts.
plan-export-caption-fit = Allenamento FIT: copialo nella cartella NewFiles del tuo orologio (Garmin) o importalo nell'app del tuo orologio.
plan-export-unsupported = Quell'allenamento non si può esportare in questo formato (Zwift accetta solo bici e corsa).

## /week
plan-week-heading = 📅 <b>{ $label }</b> · { $dates }
plan-week-note = <i>{ $note }</i>
plan-week-rest = { $day } · riposo
plan-week-day = <b>{ $day }</b> · { $sessions }
plan-week-today = 👉 <b>{ $day }</b> · { $sessions }
plan-week-session = { $icon } { $title } · { $duration } { $mark }
plan-week-planned = <b>Pianificato:</b> { $count ->
    [one] { $count } allenamento
   *[other] { $count } allenamenti
} · { $hours } · carico { $load }
plan-week-done = <b>Svolto:</b> { $done } di { $count } · { $hours }
plan-week-done-none = <b>Svolto:</b> 0 di { $count }
plan-week-unlogged = <i>⚪ non ancora registrato: mandami il file dell'allenamento o usa /log.</i>
plan-btn-prev = « Settimana { $number }
plan-btn-next = Settimana { $number } »

## /plan
plan-overview-race = 🗺 <b>Il tuo piano: { $race }</b> · { $date } (gara { $priority })
plan-overview-general = 🗺 <b>Il tuo piano: forma fisica generale</b> · un blocco di { $weeks } settimane
plan-countdown = { $days ->
    [one] ⏳ <b>1 giorno</b> alla gara
   *[other] ⏳ <b>{ $days } giorni</b> alla gara
}
plan-countdown-today = 🏁 <b>Oggi è il giorno della gara.</b> In bocca al lupo!
plan-overview-dates = { $dates } · { $weeks ->
    [one] { $weeks } settimana
   *[other] { $weeks } settimane
}
plan-overview-recalculated = { $count ->
    [one] Ricostruito una volta al cambiare del tuo profilo.
   *[other] Ricostruito { $count } volte al cambiare del tuo profilo.
}
plan-overview-phases = <b>Fasi</b>
plan-overview-phase = • { $phase } · settimane { $first }–{ $last } · { $dates }
plan-overview-phase-one = • { $phase } · settimana { $first } · { $dates }
plan-overview-weeks = <b>Settimane</b>
plan-overview-week = { $number } · { $date } · { $phase } · { $hours }
plan-overview-week-current = 👉 <b>{ $number } · { $date } · { $phase } · { $hours }</b>
plan-overview-warnings = <b>Da sapere</b>
plan-warning = ⚠️ { $text }
plan-overview-commands = /today mostra l'allenamento di oggi, /week questa settimana giorno per giorno.

## Sports, phases, races
plan-sport-run = corsa
plan-sport-bike = ciclismo
plan-sport-swim = nuoto
plan-sport-strength = forza
plan-sport-brick = combinato
plan-sport-triathlon = triathlon
plan-sport-duathlon = duathlon
plan-phase-base = Base
plan-phase-build = Costruzione
plan-phase-peak = Picco
plan-phase-taper = Scarico
plan-phase-race = Gara
plan-phase-recovery = Recupero
plan-race-5k = 5 km
plan-race-10k = 10 km
plan-race-half-marathon = mezza maratona
plan-race-marathon = maratona
plan-race-ultra = ultramaratona
plan-race-sprint = distanza sprint
plan-race-olympic = distanza olimpica
plan-race-70-3 = 70.3 (medio)
plan-race-140-6 = 140.6 (distanza Ironman)
plan-race-bike-event = evento ciclistico
plan-race-custom = la tua gara
plan-race-general-fitness = forma fisica generale

## Session titles
plan-title-run-easy = Corsa facile
plan-title-run-strides = Corsa facile con allunghi
plan-title-run-long = Lungo
plan-title-run-recovery = Corsa di recupero
plan-title-run-tempo = Corsa a ritmo medio
plan-title-run-threshold = Corsa alla soglia
plan-title-run-vo2max = Ripetute VO2max (corsa)
plan-title-run-race-pace = Corsa a ritmo gara
plan-title-run-opener = Corsa di attivazione
plan-title-bike-easy = Uscita di fondo
plan-title-bike-long = Uscita lunga
plan-title-bike-recovery = Uscita di recupero
plan-title-bike-tempo = Uscita a ritmo medio
plan-title-bike-sweet-spot = Uscita sweet spot
plan-title-bike-threshold = Uscita alla soglia
plan-title-bike-vo2max = Ripetute VO2max (bici)
plan-title-bike-race-pace = Uscita a ritmo gara
plan-title-bike-opener = Uscita di attivazione
plan-title-swim-endurance = Nuoto di fondo
plan-title-swim-technique = Nuoto tecnico
plan-title-swim-long = Nuoto lungo
plan-title-swim-css = Nuoto a CSS
plan-title-swim-speed = Nuoto di velocità
plan-title-swim-race-pace = Nuoto a ritmo gara
plan-title-swim-opener = Nuoto di attivazione
plan-title-brick-run-off-bike = Combinato: bici, poi corsa
plan-title-race-5k = Giorno di gara: 5 km
plan-title-race-10k = Giorno di gara: 10 km
plan-title-race-half-marathon = Giorno di gara: mezza maratona
plan-title-race-marathon = Giorno di gara: maratona
plan-title-race-ultra = Giorno di gara: ultramaratona
plan-title-race-sprint = Giorno di gara: sprint
plan-title-race-olympic = Giorno di gara: distanza olimpica
plan-title-race-70-3 = Giorno di gara: 70.3
plan-title-race-140-6 = Giorno di gara: 140.6
plan-title-race-bike-event = Giorno di gara: evento ciclistico
plan-title-race-custom = Giorno di gara

## Session purposes
plan-objective-aerobic-endurance = Base aerobica: costruisce il motore a uno sforzo facile, da conversazione.
plan-objective-running-economy = Corsa facile con qualche allungo breve e veloce: tecnica ed economia migliori senza fatica.
plan-objective-endurance = Resistenza: il tempo in movimento costruisce la tenuta per il giorno della gara. Tienilo facile.
plan-objective-recovery = Recupero: molto facile, solo per sciogliersi. Andare più forte qui aggiunge solo fatica.
plan-objective-aerobic-strength = Ritmo medio: impegnativo ma controllato e prolungato; alza il ritmo che riesci a tenere a lungo.
plan-objective-lactate-threshold = Soglia: alza lo sforzo che riesci a tenere per circa un'ora, il miglior indicatore del ritmo gara.
plan-objective-vo2max = VO2max: ripetute brevi e dure che alzano il tuo tetto aerobico. Forte nelle ripetute, davvero facile tra l'una e l'altra.
plan-objective-race-specific = Ritmo gara: prova lo sforzo (e l'alimentazione) del giorno della gara.
plan-objective-sub-threshold = Sweet spot: appena sotto la soglia; tanta forma per la fatica che costa.
plan-objective-technique = Tecnica: esercizi e nuoto rilassato per avanzare in acqua con meno fatica.
plan-objective-transition = Combinato: corri appena sceso dalla bici, così le gambe conoscono il cambio il giorno della gara.
plan-objective-sharpen = Attivazione: qualche sforzo brillante per sentirti reattivo, non stanco, per ciò che ti aspetta.
plan-objective-easier-option = L'opzione più facile.
plan-objective-race = Giorno di gara: parti regolare, mangia e bevi come hai provato, e goditela.

## Plan warnings and week notes
plan-notice-insufficient-time = Solo { $weeks_available } settimane alla gara; una buona preparazione per questa distanza ne richiede { $weeks_recommended }. Il piano fa quello che può, ma una gara dal { $recommended_date } in poi ti farebbe arrivare più preparato.
plan-notice-shorter-race = Oppure scegli questa volta una gara più corta: { $race }.
plan-notice-volume-below-distance-needs = Al suo picco il piano arriva solo a { $peak_hours } h a settimana; questa distanza di solito richiede circa { $recommended_hours } h. Finirla è realistico, correrla a tutta meno; più tempo (/settings) aiuterebbe.
plan-notice-hours-below-recommended = { $hours } h a settimana sono meno delle { $recommended } h che questo obiettivo di solito richiede. Il piano ne trae il massimo; se trovi più tempo, aggiornalo in /settings.
plan-notice-hours-capped-for-goal = Hai { $hours } h a settimana, ma questo obiettivo non ne richiede più di { $cap }: il piano si ferma lì; di più aggiungerebbe fatica, non forma.
plan-notice-long-day-unavailable = Hai scelto { $weekday } per gli allenamenti lunghi ma quel giorno non sei disponibile, quindi vanno di { $used_weekday }.
plan-notice-no-pool-days = Nessun giorno di piscina, quindi niente nuoto in programma: quel tempo va a bici e corsa. Aggiungi giorni di piscina in /settings per nuotare.
plan-notice-few-training-days = Solo { $days } giorni di allenamento a settimana: gli allenamenti sono più lunghi per far stare le tue ore. Un giorno in più renderebbe il piano più facile da assorbire.
plan-notice-discipline-follows-goal = Il tuo obiettivo è una gara di { $used }, quindi il piano allena il { $used } e non solo { $requested }.
plan-notice-injury-intensity-removed = A causa del tuo infortunio, { $sport } resta facile: niente sforzi duri.
plan-notice-injury-notes-present = Hai segnalato un infortunio: ascolta il tuo corpo, fermati se fa male e consulta un professionista se persiste.
plan-notice-masters-recovery-cadence = A { $age } anni il recupero richiede più tempo: una settimana su tre è facile (due settimane di carico, una di recupero).
plan-notice-taper-shortened = Lo scarico dura { $weeks } settimana/e invece di { $recommended }: non c'è più tempo prima della gara.
plan-notice-no-thresholds = Ancora nessuna soglia per { $sport }, quindi i suoi obiettivi vanno a sensazione (RPE e test del parlato). Un test sul campo ti darebbe numeri precisi: vedi /settings.
plan-notice-general-fitness-block = Nessuna gara: il piano procede a blocchi di { $weeks } settimane, e il successivo inizia quando finisce questo.
plan-notice-phase-start = Inizia la fase di { $phase }.
plan-notice-recovery-week = { $every ->
    [one] Settimana di recupero dopo una settimana di carico: circa il { $pct } % del tuo volume recente, perché l'allenamento si assimili.
   *[other] Settimana di recupero dopo { $every } settimane di carico: circa il { $pct } % del tuo volume recente, perché l'allenamento si assimili.
}
plan-notice-taper-week = Scarico: volume ridotto del { $reduction_pct } %, intensità mantenuta, per arrivare fresco.
plan-notice-race-week = Settimana di gara: breve e brillante, riposato per il giorno della gara.
plan-notice-partial-week = Il piano inizia il { $from_date }: solo una parte di questa settimana è pianificata.
plan-notice-volume-progression = Volume del { $pct } % sopra la tua ultima settimana di carico.
plan-notice-hours-at-budget = Al tuo budget settimanale di { $hours } h.
plan-notice-ramp-limited-by-fitness = Più leggera di quanto le tue ore consentano, perché la forma salga in sicurezza (carico fino a { $max_load }).
plan-notice-intensity-capped = { $count ->
    [one] Un allenamento duro è stato reso più facile perché la settimana resti soprattutto facile (80/20).
   *[other] { $count } allenamenti duri sono stati resi più facili perché la settimana resti soprattutto facile (80/20).
}
plan-notice-sessions-not-placed = { $count ->
    [one] Un allenamento non ci stava nei tuoi giorni disponibili.
   *[other] { $count } allenamenti non ci stavano nei tuoi giorni disponibili.
}
plan-notice-regenerated = Ricostruito da questo giorno in poi dopo il cambio del tuo profilo.
plan-notice-adapted = { $change ->
    [light_adjustment] Adattata dal bilancio della settimana scorsa: volume mantenuto invece di crescere.
    [cut_intensity] Adattata dal bilancio della settimana scorsa: niente allenamenti duri questa settimana.
    [repeat_week] Adattata dal bilancio della settimana scorsa: di nuovo gli allenamenti della settimana scorsa.
    [return_ramp] Adattata dal bilancio della settimana scorsa: un rientro facile dopo malattia o infortunio.
   *[other] Adattata dal bilancio della settimana scorsa.
}

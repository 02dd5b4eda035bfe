## The onboarding dialog: one question per message

ob-progress = <i>{ $index }/{ $total }</i>

ob-q-sports = 🏅 <b>Quali sport pratichi?</b> Spunta tutti quelli che valgono, poi tocca <b>Fatto</b>.
ob-q-experience = 📈 <b>Quanta esperienza hai?</b>
ob-q-races = 🏁 <b>Quante gare hai concluso?</b> Tocca o scrivi un numero.
ob-q-goal = 🎯 <b>Per cosa ti stai allenando?</b> Scegli la tua gara, o la forma fisica in generale.
ob-q-race_custom = { $event ->
    [bike] 🚴 <b>Quanto è lungo l'evento?</b> Scrivi la distanza o la durata, ad es. «120 km», «6 h», o il nome con una delle due.
   *[other] ✍️ <b>Parlami della gara:</b> il nome e, se c'è, la distanza o la durata, ad es. «Trail 30 km», «Gran Fondo 160 km», «24h MTB».
}
ob-q-race_date = 📅 <b>Quando è la gara?</b> ad es. 18.04.2027 o 18 aprile 2027.
ob-q-race_priority =
    ⭐ <b>Quanto è importante questa gara?</b>
    A — l'obiettivo principale della stagione: ci arriviamo al picco di forma.
    B — importante, ma non il picco: un breve scarico.
    C — una gara di allenamento: ci alleniamo attraverso.
ob-q-race_target = ⏱ <b>Hai un tempo obiettivo?</b> ad es. 3:45:00 o 52:30, oppure tocca Salta.
ob-q-hours = ⏳ <b>Quante ore a settimana puoi allenarti?</b> Tocca o scrivi, ad es. 6.5.
ob-q-days = 🗓 <b>In quali giorni puoi allenarti?</b> Spuntali, poi tocca <b>Fatto</b>.
ob-q-long_day = 🛣 <b>Quale giorno è il migliore per il tuo lungo?</b>
ob-q-pool = 🏊 <b>Puoi andare in piscina?</b>
ob-q-pool_days = 🏊 <b>In quali giorni puoi andare in piscina?</b> Spuntali, poi tocca <b>Fatto</b>.
ob-q-equipment = ⌚ <b>Con cosa ti alleni?</b> Spunta quello che hai, o niente, poi tocca <b>Fatto</b>.
ob-q-watch = ⌚ <b>Quale orologio o ciclocomputer usi?</b> Tocca o scrivi la marca.
ob-q-birth_year = 🎂 <b>In che anno sei nato?</b> ad es. 1988. Le stime della frequenza cardiaca dipendono dall'età.
ob-q-sex = 🧬 <b>Il tuo sesso?</b> Facoltativo: affina il carico di allenamento basato sulla frequenza cardiaca.
ob-q-weight = ⚖️ <b>Il tuo peso?</b> Facoltativo, ad es. 72 kg o 160 lbs.
ob-q-ftp = 🚴 <b>La tua FTP?</b> La potenza che riesci a tenere per circa un'ora, ad es. 250 W.
ob-q-run_pace = 🏃 <b>Il tuo passo alla soglia?</b> Il passo che potresti tenere in gara per circa un'ora, ad es. 4:30/km o 7:15/mi.
ob-q-css = 🏊 <b>Il tuo passo CSS?</b> ad es. 1:45/100m, oppure i tempi di un test sui 400 m e sui 200 m, ad es. «6:00 2:50».
ob-q-hr_max = ❤️ <b>La tua frequenza cardiaca massima?</b> ad es. 188.
ob-q-resting_hr = 😴 <b>La tua frequenza cardiaca a riposo?</b> Misurata al risveglio, ad es. 52.
ob-q-lthr = 💓 <b>La tua frequenza cardiaca alla soglia del lattato (LTHR)?</b> ad es. 170.
ob-q-injuries = 🩹 <b>Infortuni o limiti che dovrei conoscere?</b> Scrivili con parole tue, oppure tocca Nessuno.
ob-q-timezone =
    🕒 <b>Dove ti trovi?</b> Invio i briefing secondo la tua ora locale.
    Condividi la posizione con il pulsante qui sotto, oppure scrivi la tua città o lo scostamento UTC (ad es. Roma, UTC+1, +05:45). /back torna indietro.
ob-q-brief_time = ⏰ <b>A che ora vuoi ricevere il briefing del mattino?</b> Tocca o scrivi un orario, ad es. 6:45.
ob-q-units = 📏 <b>Quali unità?</b>
ob-q-th_source = 🔎 <b>Da dove viene questo valore di { $threshold }?</b>
ob-q-th_date = 📅 <b>Da quando vale questo valore di { $threshold }?</b> Tocca Oggi o scrivi una data; i valori precedenti restano nel tuo storico.

## Answer buttons
ob-opt-sports-run = 🏃 Corsa
ob-opt-sports-bike = 🚴 Ciclismo
ob-opt-sports-swim = 🏊 Nuoto
ob-opt-sports-triathlon = 🔱 Triathlon
ob-opt-sports-duathlon = 🔁 Duathlon
ob-opt-experience-beginner = Principiante
ob-opt-experience-intermediate = Intermedio
ob-opt-experience-advanced = Esperto
ob-opt-races-0 = Nessuna per ora
ob-opt-races-20 = 20+
ob-opt-goal-5k = 5 km
ob-opt-goal-10k = 10 km
ob-opt-goal-half_marathon = Mezza maratona
ob-opt-goal-marathon = Maratona
ob-opt-goal-ultra = Ultramaratona
ob-opt-goal-sprint = Triathlon sprint
ob-opt-goal-olympic = Triathlon olimpico
ob-opt-goal-70-3 = 70.3 (medio)
ob-opt-goal-140-6 = Distanza Ironman (140.6)
ob-opt-goal-du_sprint = Duathlon sprint
ob-opt-goal-du_standard = Duathlon classico
ob-opt-goal-bike_100 = 🚴 100 km
ob-opt-goal-bike_160 = 🚴 160 km (century)
ob-opt-goal-bike_200 = 🚴 200 km
ob-opt-goal-bike_100-imperial = 🚴 62 mi
ob-opt-goal-bike_160-imperial = 🚴 100 mi (century)
ob-opt-goal-bike_200-imperial = 🚴 124 mi
ob-opt-goal-bike_other = 🚴 Un'altra uscita o evento
ob-opt-goal-swim_1500 = 🏊 1,5 km a nuoto
ob-opt-goal-swim_3800 = 🏊 3,8 km a nuoto
ob-opt-goal-swim_5k = 🏊 5 km a nuoto
ob-opt-goal-swim_10k = 🏊 10 km a nuoto
ob-opt-goal-custom = ✍️ Un'altra gara
ob-opt-goal-general = 💪 Forma fisica generale
ob-opt-race_priority-A = A
ob-opt-race_priority-B = B
ob-opt-race_priority-C = C
ob-opt-long_day-any = Indifferente
ob-opt-pool-all = Sì, in qualsiasi giorno di allenamento
ob-opt-pool-some = Sì, alcuni giorni
ob-opt-pool-no = Niente piscina
ob-opt-equipment-power_meter = Misuratore di potenza
ob-opt-equipment-hr_strap = Fascia cardio
ob-opt-equipment-smart_trainer = Rullo smart
ob-opt-watch-garmin = Garmin
ob-opt-watch-coros = Coros
ob-opt-watch-polar = Polar
ob-opt-watch-suunto = Suunto
ob-opt-watch-apple = Apple Watch
ob-opt-watch-wahoo = Wahoo
ob-opt-watch-other = Altro
ob-opt-watch-none = Nessuno
ob-opt-sex-male = Uomo
ob-opt-sex-female = Donna
ob-opt-units-metric = Metrico (km, kg)
ob-opt-units-imperial = Imperiale (mi, lb)
ob-opt-th_source-measured = Misurato o noto
ob-opt-th_source-test = Da un test sul campo
ob-opt-th_date-today = Oggi
ob-opt-brief-default = { $time } (predefinito)
ob-btn-back = « Indietro
ob-btn-done = ✅ Fatto
ob-btn-skip = Salta
ob-btn-unknown = Non lo so
ob-btn-none = Nessuno
ob-btn-location = 📍 Condividi la mia posizione
ob-btn-continue = ▶️ Continua
ob-btn-restart = 🔄 Ricomincia
ob-timezone-placeholder = Città o scostamento UTC
ob-none = nessuno
ob-answered = ✓ <b>{ $answer }</b>

## "I don't know": what Tempo does instead, and the test that would measure it
ob-unknown-ftp-no-power = Nessun problema: senza misuratore di potenza guiderò le uscite in bici con frequenza cardiaca e sensazioni.
ob-unknown-ftp = Nessun problema: finché non fai il test, guiderò le uscite in bici con frequenza cardiaca e sensazioni.
    { test-ftp20 }
ob-unknown-run_threshold_pace = Nessun problema: finché non fai il test, guiderò le corse con frequenza cardiaca e sensazioni.
    { test-run30 }
ob-unknown-css = Nessun problema: finché non fai il test, guiderò il nuoto a sensazione.
    { test-css }
ob-unknown-hr_max = Nessun problema: la stimerò dalla tua età (208 − 0,7 × età, Tanaka 2001) e la segnerò come stima.
ob-unknown-resting_hr = Nessun problema. { test-resting }
ob-unknown-lthr = Nessun problema. { test-lthr30 }

test-ftp20 = 🧪 <b>Test FTP di 20 minuti</b>: riscaldati per 15 minuti con qualche breve sforzo intenso, poi pedala 20 minuti più forte che puoi mantenendo un ritmo costante. FTP ≈ 95 % della potenza media.
test-run30 = 🧪 <b>Test di corsa di 30 minuti</b>: dopo il riscaldamento, corri 30 minuti da solo, più forte che puoi mantenendo un ritmo costante, in pista o su strada piatta. Il tuo passo medio è il tuo passo alla soglia.
test-css = 🧪 <b>Test CSS</b>: dopo il riscaldamento, nuota 400 m a tutta, recupera completamente, poi 200 m a tutta. Mandami i due tempi, ad es. «6:00 2:50».
test-lthr30 = 🧪 <b>LTHR</b>: la frequenza cardiaca media degli ultimi 20 minuti di una cronometro in solitaria di 30 minuti (corsa o bici) è la tua frequenza cardiaca alla soglia del lattato.
test-resting = 🧪 <b>FC a riposo</b>: conta le pulsazioni per un minuto sdraiato a letto appena sveglio, per tre mattine di fila, e prendi il valore più basso.

## Answers Tempo cannot use: what was wrong, and the question again
ob-error-count-unreadable = Qui mi serve un numero, come 3, o 0 se è la tua prima.
ob-error-count-too-many = { $count } gare? Faccio fatica a crederci: scrivi di nuovo il numero, per favore.
ob-error-hours-unreadable = Mi serve un numero di ore, come 6 o 7.5.
ob-error-hours-too-few = { $hours } ore non lasciano spazio all'allenamento. Anche 2–3 ore a settimana sono un buon inizio: quante puoi dedicarne?
ob-error-hours-too-many = { $hours } ore a settimana sono più di quante ne faccia un professionista a tempo pieno. Indica un numero da 1 a { $maximum }.
ob-error-date-unreadable = Non sono riuscito a leggere quella data. Prova 18.04.2027, 2027-04-18 o 18 aprile 2027.
ob-error-date-past = Il { $day } è già passato. Quando è la gara?
ob-error-date-too-far = È tra più di due anni. Scegli una gara entro il { $limit }, oppure torna indietro e scegli la forma fisica generale.
ob-error-date-future = Il { $day } non è ancora arrivato: un valore può valere solo da oggi o da prima.
ob-error-date-too-old = Il { $day } è prima del { $earliest }: controlla l'anno.
ob-error-pace-unreadable = Non sono riuscito a leggere quel passo. Scrivi minuti e secondi, ad es. 4:30/km o 7:15/mi.
ob-error-pace-too-fast = { $pace } è più veloce di quanto chiunque possa tenere per un'ora: il passo dell'ora di livello mondiale è circa { $limit }. Controllalo, ad es. 4:30/km.
ob-error-pace-too-slow = { $pace } è più lento di una camminata veloce. Il passo alla soglia è quello che potresti tenere in gara per circa un'ora: controllalo.
ob-error-swim-pace-unreadable = Non sono riuscito a leggere quel passo di nuoto. Scrivilo per 100 m, ad es. 1:45/100m, oppure due tempi di test, ad es. «6:00 2:50».
ob-error-css-too-fast = { $pace } batterebbe i migliori al mondo (circa { $limit }). Controllalo.
ob-error-css-too-slow = { $pace } è più lento di quanto possa usare come CSS. Se non sei sicuro, tocca «Non lo so».
ob-error-css-test-order = Quei due tempi non tornano con 400 m e 200 m: i 400 m devono durare più del doppio dei 200 m. Controllali.
ob-error-power-unreadable = Mi serve un numero di watt, come 250 o 250 W.
ob-error-ftp-too-high = { $watts } W sarebbero ben oltre uno sforzo di un'ora di livello mondiale; la FTP di solito è tra 100 e 450 W. Scrivila di nuovo (accetto al massimo { $maximum } W).
ob-error-ftp-too-low = { $watts } W sono meno di quanto possa usare come FTP (almeno { $minimum } W). Se non sei sicuro, tocca «Non lo so».
ob-error-weight-unreadable = Mi serve il tuo peso come numero, come 72 kg o 160 lbs.
ob-error-weight-out-of-range = Quel peso non sembra quello di un atleta adulto: scrivilo di nuovo, ad es. 72 kg o 160 lbs.
ob-error-hr-unreadable = Mi servono i battiti al minuto, come 170.
ob-error-hr-max-out-of-range = La frequenza cardiaca massima è tra { $low } e { $high } battiti al minuto per quasi tutti: controllala.
ob-error-resting-hr-out-of-range = La frequenza cardiaca a riposo è tra { $low } e { $high } battiti al minuto per quasi tutti: controllala.
ob-error-lthr-out-of-range = La frequenza cardiaca alla soglia è tra { $low } e { $high } battiti al minuto per quasi tutti: controllala.
ob-error-lthr-above-max = { $bpm } non è sotto la tua frequenza cardiaca massima ({ $hr_max }), e quella alla soglia lo è sempre. Controllala.
ob-error-resting-hr-above-max = { $bpm } non è sotto la tua frequenza cardiaca massima ({ $hr_max }): controllala.
ob-error-lthr-below-rest = { $bpm } non è sopra la tua frequenza cardiaca a riposo ({ $resting }): controllala.
ob-error-year-unreadable = Scrivi l'anno intero, come 1988.
ob-error-year-too-old = Con il { $year } avresti { $age } anni: scrivi di nuovo il tuo anno di nascita.
ob-error-year-too-young = Tempo è per atleti dai { $minimum } anni in su: controlla l'anno ({ $year }).
ob-error-time-unreadable = Non sono riuscito a leggere quel tempo. Scrivilo come 3:45:00, 52:30 o 3h45, oppure tocca Salta.
ob-error-time-too-long = È più lungo di qualsiasi gara che io sappia pianificare. Controllalo, oppure tocca Salta.
ob-error-time-too-fast = { $time } su { $km } km batterebbe il record del mondo. Per questa gara pianifico tempi d'arrivo da { $fastest } a { $slowest }: controllalo, oppure tocca Salta.
ob-error-time-too-slow = { $time } su { $km } km è più lento che fare il percorso camminando, e le gare chiudono molto prima. Per questa gara pianifico tempi d'arrivo da { $fastest } a { $slowest }: controllalo, oppure tocca Salta.
ob-error-clock-unreadable = Non sono riuscito a leggere quell'orario. Scrivilo come 6:30 o 7am.
ob-error-race-unreadable = Scrivi il nome o la distanza della gara, ad es. «Trail 30 km».
ob-error-text-too-long = È un po' lungo: resta sotto i { $maximum } caratteri, per favore.
ob-error-offset-out-of-range = Gli scostamenti UTC vanno da −12 a +14 (con :30 o :45 in alcuni posti). Controllalo, ad es. UTC+3 o +05:45.
ob-error-city-unknown = Non conosco «{ $city }». Prova una città più grande lì vicino, uno scostamento UTC come UTC+1, o condividi la posizione.
ob-error-location-unknown = Non sono riuscito a ricavare il fuso orario da quella posizione. Scrivi la tua città o lo scostamento UTC.
ob-error-location-not-expected = In questo momento non ti stavo chiedendo una posizione.
ob-error-answer-expected = Qui mi serve una risposta scritta o un tocco su un pulsante.
ob-error-use-buttons = Usa i pulsanti sotto la domanda, per favore.
ob-error-first-question = Questa è la prima domanda: prima non c'è niente.
ob-error-pick-sports = Spunta prima almeno uno sport.
ob-error-pick-days = Spunta prima almeno un giorno.
ob-error-pick-pool_days = Spunta prima almeno un giorno di piscina, oppure torna indietro e scegli «Niente piscina».
ob-error-dialog-finished = Quel dialogo è già concluso.

## Around the dialog
ob-timezone-set = 🕒 Fuso orario: <b>{ $place }</b>; lì ora sono le { $time }.
ob-went-back = ↩️ Indietro di una domanda.
ob-resume = Sei a metà della configurazione del profilo (domanda { $index } di { $total }). Riprendi da dove eri rimasto o ricominci?
ob-paused = ⏸ In pausa. Le tue risposte restano salvate: manda /start quando vuoi continuare.
ob-edit-cancelled = Ok, non è cambiato niente.
ob-back-nothing = Non c'è una domanda a cui tornare.
ob-stale = Quel pulsante è di una domanda precedente: usa la più recente, per favore.
ob-busy = Prima finisci la domanda in corso (o annullala con /cancel).

## The end of onboarding
onboarding-done = 🎉 <b>Fatto, grazie!</b> Ecco il tuo profilo. Tocca ✏️ per cambiarne una parte.
onboarding-next =
    <b>Cosa succede ora</b>
    🗓 Il tuo piano è pronto: /today mostra l'allenamento di oggi, /week questa settimana, /plan il piano completo.
    ☀️ Il tuo primo briefing del mattino arriva { $when } ora tua.
    Scrivi /profile per rivedere tutto questo, /settings per cambiare quello che vuoi.

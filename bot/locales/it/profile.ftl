## /profile: the summary, the thresholds and the zones

profile-saved = ✅ <b>Salvato.</b>
profile-rescored = ♻️ { $count ->
    [one] Il carico di un'attività è stato ricalcolato con le soglie del suo giorno.
   *[other] Il carico di { $count } attività è stato ricalcolato con le soglie dei loro giorni.
}
profile-missing = Non hai ancora impostato il tuo profilo: manda /start e ti farò qualche domanda veloce.
profile-private-only = 👋 Il tuo profilo è personale, quindi sta nella nostra chat privata: tocca qui: { $link }

summary-title = 👤 <b>Il tuo profilo</b>
summary-sport = 🏅 <b>Sport</b>: { $sports } · { $experience } · { $races ->
    [one] { $races } gara conclusa
   *[other] { $races } gare concluse
}
summary-goal-general = 🎯 <b>Obiettivo</b>: forma fisica generale
summary-goal-race = 🎯 <b>Obiettivo</b>: { $race } · { $date } · priorità { $priority } · tempo obiettivo { $target }
summary-week = 📅 <b>Settimana</b>: { $hours } · { $days } · lungo: { $long }{ $pool }
summary-pool-days = { " · " }piscina: { $days }
summary-pool-none = { " · " }niente piscina
summary-equipment = ⌚ <b>Attrezzatura</b>: { $kit } · { $watch }
summary-body = 🧍 <b>Corpo</b>: anno di nascita { $year } · { $sex } · { $weight }
summary-thresholds = 📈 <b>Soglie</b>: { $values }
summary-thresholds-none = nessuna per ora
summary-health = 🩹 <b>Infortuni e limiti</b>: { $injuries }
summary-time = 🕒 <b>Orario</b>: { $zone } · briefing alle { $time } · { $units }
summary-edit-sport = ✏️ Sport
summary-edit-goal = ✏️ Obiettivo
summary-edit-week = ✏️ Settimana
summary-edit-equipment = ✏️ Attrezzatura
summary-edit-body = ✏️ Corpo
summary-edit-thresholds = ✏️ Soglie
summary-edit-health = ✏️ Infortuni
summary-edit-time = ✏️ Orario e briefing

th-name-ftp = FTP
th-name-run_threshold_pace = passo alla soglia
th-name-css = CSS
th-name-lthr = LTHR
th-name-hr_max = FCmax
th-name-resting_hr = FC a riposo
th-value = { $name } { $value }
th-source-mark-estimated = (stimato)
th-source-mark-test = (test)
th-source-measured = misurato
th-source-test = test sul campo
th-source-estimated = stimato
th-line = • <b>{ $name }</b>: { $value } — { $source }, dal { $date } · { $count ->
    [one] { $count } valore nello storico
   *[other] { $count } valori nello storico
}
th-line-missing = • <b>{ $name }</b>: non impostato
th-screen =
    📈 <b>Le tue soglie</b> (in vigore oggi):
    { $lines }

    Toccane una per inserire un nuovo valore. I valori precedenti restano nello storico, così gli allenamenti passati mantengono i numeri con cui sono stati fatti.
th-saved = ✅ Salvato: { $value }, dal { $date }. I valori precedenti restano nel tuo storico.
th-unchanged = Non è cambiato niente: { $name } resta com'era.

zones-title = 📊 <b>Le tue zone</b>
zones-none = Non posso ancora calcolare le zone: mi serve almeno una soglia o la tua frequenza cardiaca massima.
zones-heart_rate = <b>Frequenza cardiaca</b> — { $model }, da { $basis }
zones-power = <b>Potenza</b> — { $model }, da { $basis }
zones-run_pace = <b>Passo di corsa</b> — { $model }, da { $basis }
zones-swim_pace = <b>Passo di nuoto</b> — { $model }, da { $basis }
zones-model-coggan_power = Coggan
zones-model-coggan_hr = Coggan
zones-model-friel_run_hr = Friel (corsa)
zones-model-friel_bike_hr = Friel (ciclismo)
zones-model-karvonen = Karvonen (riserva cardiaca)
zones-model-percent_hr_max = % della FCmax
zones-model-friel_run_pace = Friel
zones-model-css_swim_pace = CSS
zones-model-custom = le tue
zones-row = Z{ $label } { $name }: { $range }
zones-up-to = fino a { $value }
zones-above = oltre { $value }
zones-slower = più lento di { $value }
zones-faster = più veloce di { $value }
zones-tests =
    Per misurare ciò che ho stimato o non so ancora:
    { $tests }
    Manda il risultato quando vuoi in /settings → Soglie.

zone-active_recovery = Recupero attivo
zone-endurance = Resistenza
zone-tempo = Tempo
zone-lactate_threshold = Soglia del lattato
zone-vo2max = VO2max
zone-anaerobic_capacity = Capacità anaerobica
zone-neuromuscular = Potenza neuromuscolare
zone-recovery = Recupero
zone-aerobic = Aerobica
zone-subthreshold = Sotto soglia
zone-superthreshold = Sopra soglia
zone-aerobic_capacity = Capacità aerobica
zone-very_light = Molto leggera
zone-light = Leggera
zone-moderate = Moderata
zone-hard = Intensa
zone-maximum = Massima
zone-threshold = Soglia

## Values with their units
fmt-when = { $date }, { $time }
fmt-watts = { $value } W
fmt-bpm = { $value } bpm
fmt-kg = { $value } kg
fmt-lb = { $value } lb
fmt-km = { $value } km
fmt-mi = { $value } mi
fmt-m = { $value } m
fmt-pace-km = { $pace }/km
fmt-pace-mi = { $pace }/mi
fmt-pace-100m = { $pace }/100 m
fmt-pace-100yd = { $pace }/100 yd

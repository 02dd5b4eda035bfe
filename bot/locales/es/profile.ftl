## /profile: the summary, the thresholds and the zones

profile-saved = ✅ <b>Guardado.</b>
profile-rescored = ♻️ { $count ->
    [one] La carga de una actividad se ha recalculado con los umbrales de su día.
   *[other] La carga de { $count } actividades se ha recalculado con los umbrales de sus días.
}
profile-missing = Aún no has configurado tu perfil; envía /start y te haré unas preguntas rápidas.
profile-private-only = 👋 Tu perfil es personal, así que vive en nuestro chat privado; toca aquí: { $link }

summary-title = 👤 <b>Tu perfil</b>
summary-sport = 🏅 <b>Deporte</b>: { $sports } · { $experience } · { $races ->
    [one] { $races } carrera terminada
   *[other] { $races } carreras terminadas
}
summary-goal-general = 🎯 <b>Objetivo</b>: forma física general
summary-goal-race = 🎯 <b>Objetivo</b>: { $race } · { $date } · prioridad { $priority } · objetivo { $target }
summary-week = 📅 <b>Semana</b>: { $hours } · { $days } · sesión larga: { $long }{ $pool }
summary-pool-days = { " · " }piscina: { $days }
summary-pool-none = { " · " }sin piscina
summary-equipment = ⌚ <b>Material</b>: { $kit } · { $watch }
summary-body = 🧍 <b>Cuerpo</b>: año de nacimiento { $year } · { $sex } · { $weight }
summary-thresholds = 📈 <b>Umbrales</b>: { $values }
summary-thresholds-none = ninguno aún
summary-health = 🩹 <b>Lesiones y limitaciones</b>: { $injuries }
summary-time = 🕒 <b>Hora</b>: { $zone } · resumen a las { $time } · { $units }
summary-edit-sport = ✏️ Deporte
summary-edit-goal = ✏️ Objetivo
summary-edit-week = ✏️ Semana
summary-edit-equipment = ✏️ Material
summary-edit-body = ✏️ Cuerpo
summary-edit-thresholds = ✏️ Umbrales
summary-edit-health = ✏️ Lesiones
summary-edit-time = ✏️ Hora y resumen

th-name-ftp = FTP
th-name-run_threshold_pace = ritmo umbral
th-name-css = CSS
th-name-lthr = LTHR
th-name-hr_max = FCmáx
th-name-resting_hr = pulso en reposo
th-value = { $name } { $value }
th-source-mark-estimated = (estimado)
th-source-mark-test = (test)
th-source-measured = medido
th-source-test = test de campo
th-source-estimated = estimado
th-line = • <b>{ $name }</b>: { $value } — { $source }, desde el { $date } · { $count ->
    [one] { $count } valor en el historial
   *[other] { $count } valores en el historial
}
th-line-missing = • <b>{ $name }</b>: sin definir
th-screen =
    📈 <b>Tus umbrales</b> (vigentes hoy):
    { $lines }

    Toca uno para introducir un valor nuevo. Los valores anteriores se quedan en el historial, así los entrenamientos pasados conservan los números con los que se hicieron.
th-saved = ✅ Guardado: { $value }, desde el { $date }. Los valores anteriores se quedan en tu historial.
th-unchanged = No ha cambiado nada: { $name } sigue como estaba.

zones-title = 📊 <b>Tus zonas</b>
zones-none = Aún no puedo calcular zonas: necesito al menos un umbral o tu frecuencia cardiaca máxima.
zones-heart_rate = <b>Frecuencia cardiaca</b> — { $model }, a partir de { $basis }
zones-power = <b>Potencia</b> — { $model }, a partir de { $basis }
zones-run_pace = <b>Ritmo de carrera</b> — { $model }, a partir de { $basis }
zones-swim_pace = <b>Ritmo de natación</b> — { $model }, a partir de { $basis }
zones-model-coggan_power = Coggan
zones-model-coggan_hr = Coggan
zones-model-friel_run_hr = Friel (carrera)
zones-model-friel_bike_hr = Friel (ciclismo)
zones-model-karvonen = Karvonen (reserva de frecuencia cardiaca)
zones-model-percent_hr_max = % de la FCmáx
zones-model-friel_run_pace = Friel
zones-model-css_swim_pace = CSS
zones-model-custom = las tuyas
zones-row = Z{ $label } { $name }: { $range }
zones-up-to = hasta { $value }
zones-above = más de { $value }
zones-slower = más lento que { $value }
zones-faster = más rápido que { $value }
zones-tests =
    Para medir lo que he estimado o aún no sé:
    { $tests }
    Envía el resultado cuando quieras en /settings → Umbrales.

zone-active_recovery = Recuperación activa
zone-endurance = Resistencia
zone-tempo = Tempo
zone-lactate_threshold = Umbral láctico
zone-vo2max = VO2máx
zone-anaerobic_capacity = Capacidad anaeróbica
zone-neuromuscular = Potencia neuromuscular
zone-recovery = Recuperación
zone-aerobic = Aeróbica
zone-subthreshold = Subumbral
zone-superthreshold = Supraumbral
zone-aerobic_capacity = Capacidad aeróbica
zone-very_light = Muy suave
zone-light = Suave
zone-moderate = Moderada
zone-hard = Intensa
zone-maximum = Máxima
zone-threshold = Umbral

## Values with their units
fmt-when = { $date }, { $time }
fmt-watts = { $value } W
fmt-bpm = { $value } ppm
fmt-kg = { $value } kg
fmt-lb = { $value } lb
fmt-km = { $value } km
fmt-mi = { $value } mi
fmt-m = { $value } m
fmt-pace-km = { $pace }/km
fmt-pace-mi = { $pace }/mi
fmt-pace-100m = { $pace }/100 m
fmt-pace-100yd = { $pace }/100 yd

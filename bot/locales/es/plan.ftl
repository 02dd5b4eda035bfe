## Commands shown in Telegram's menu
cmd-today = La sesión de hoy
cmd-week = Esta semana, día a día
cmd-plan = El plan completo de un vistazo

## When there is no plan to show
plan-problem-no-profile = Aún no tengo tu perfil, así que no hay plan. Envía /start: unas preguntas rápidas y tu plan estará listo.
plan-problem-race-in-past = La fecha de tu carrera ya pasó; ¡espero que fuera bien! Fija tu próximo objetivo en /settings y te haré un plan nuevo.
plan-problem-race-without-date = Tu carrera aún no tiene fecha. Añádela en /settings y haré el plan.
plan-problem-weekly-hours-out-of-range = Para hacer un plan necesito las horas que puedes entrenar cada semana (hasta 40): ponlas en /settings.
plan-problem-no-available-days = No tienes días de entrenamiento definidos. Elige al menos uno en /settings.
plan-problem-weekday-out-of-range = Tus días de entrenamiento parecen incorrectos. Vuelve a ponerlos en /settings.
plan-problem-age-out-of-range = Tu año de nacimiento parece incorrecto. Revísalo en /settings.
plan-problem-event-without-distance-or-duration = Tu carrera necesita una distancia o una duración. Añádela en /settings.
plan-problem-other = Ahora mismo no puedo hacer un plan con tu perfil. Revísalo con /profile.
plan-private-only = Tu plan es personal: vive en nuestro chat privado: { $link }
plan-stale-button = Ese botón era de una versión anterior de tu plan; aquí tienes la actual.
plan-session-gone = Esa sesión ya no está en tu plan (se rehízo). Envía /today o /week para ver la actual.

## Sessions
plan-session-head = { $icon } <b>{ $title }</b> · { $amount }
plan-amount-distance = { $duration } · ≈ { $distance }
plan-session-purpose = <i>{ $purpose }</i>
plan-line = • { $step }
plan-repeat = • <b>{ $count } ×</b>
plan-repeat-line = { "   " }◦ { $step }
plan-step = { $kind } · { $amount } · { $target }
plan-step-progressive = { $kind } · { $amount } · subiendo hasta { $target }
plan-step-rest = Descanso en la pared · { $amount }
plan-step-warmup = Calentamiento
plan-step-work = Fuerte
plan-step-steady = Constante
plan-step-recover = Suave
plan-step-cooldown = Vuelta a la calma
plan-easier = 🪶 <i>Opción más suave si hoy te pesa:</i> { $title } · { $duration } · { $target }
plan-status-done = ✅ Hecha.
plan-status-partial = 🌓 Hecha en parte.
plan-adjusted-easier = 🟡 Ajustada esta mañana: la opción más suave, como elegiste en el resumen.
plan-adjusted-rest = 😴 Hoy descanso, como elegiste en el resumen: sáltate esta sesión, o como mucho 20–30 minutos muy suaves.
plan-status-skipped = ❌ Saltada.
plan-status-moved = ↪️ Movida a otro día.
plan-file-name = { $title } · { $date }

## Targets
plan-target-rpe = RPE { $range }
plan-target-rpe-talk = { $rpe } ({ $talk })
plan-target-pct-ftp = { $range } % del FTP
plan-target-pct-threshold-speed = { $range } % de la velocidad umbral
plan-target-pct-css = { $range } % del CSS
plan-target-pct-lthr = { $range } % de la LTHR
plan-target-pct-hrr = { $range } % de la reserva de frecuencia cardiaca
plan-talk-full-conversation = puedes charlar sin problema
plan-talk-sentences = puedes hablar con frases
plan-talk-short-phrases = solo frases cortas
plan-talk-few-words = unas pocas palabras cada vez
plan-talk-no-talking = sin poder hablar

## Durations
plan-dur-h-min = { $h } h { $min } min
plan-dur-h = { $h } h
plan-dur-min-s = { $min } min { $s } s
plan-dur-min = { $min } min
plan-dur-s = { $s } s

## /today and a day of /week
plan-today-heading = 📋 <b>Hoy, { $date }</b>
plan-day-heading = 📋 <b>{ $date }</b>
plan-week-label = Semana { $number } de { $total } · { $phase }
plan-rest-day = 😌 <b>Día de descanso.</b> En la recuperación es cuando el entrenamiento se asimila: duerme bien, come bien y, si quieres moverte, un paseo de 20–30 minutos o algo de movilidad suave es más que suficiente.
plan-rest-end = Esa fue la última sesión de este plan.
plan-rest-next = Siguiente: <b>{ $day }</b> · { $icon } { $title } · { $duration }
plan-export-hint = <i>Llévatela contigo: los botones envían el entrenamiento como archivo para Zwift (.zwo) o tu reloj (FIT).</i>
plan-btn-zwo = ⬇️ Zwift .zwo
plan-btn-fit = ⬇️ Entrenamiento FIT
plan-btn-week = 📅 La semana
plan-btn-back-week = « Volver a la semana
plan-export-caption-zwo = Entrenamiento de Zwift: ponlo en Documents/Zwift/Workouts/&lt;tu id&gt; y aparecerá en Custom Workouts.
plan-export-caption-fit = Entrenamiento FIT: cópialo en la carpeta NewFiles de tu reloj (Garmin) o impórtalo en la app de tu reloj.
plan-export-unsupported = Esa sesión no se puede exportar en este formato (Zwift solo acepta bici y carrera).

## /week
plan-week-heading = 📅 <b>{ $label }</b> · { $dates }
plan-week-note = <i>{ $note }</i>
plan-week-rest = { $day } · descanso
plan-week-day = <b>{ $day }</b> · { $sessions }
plan-week-today = 👉 <b>{ $day }</b> · { $sessions }
plan-week-session = { $icon } { $title } · { $duration } { $mark }
plan-week-planned = <b>Planificado:</b> { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
} · { $hours } · carga { $load }
plan-week-done = <b>Hecho:</b> { $done } de { $count } · { $hours }
plan-week-done-none = <b>Hecho:</b> 0 de { $count }
plan-week-unlogged = <i>⚪ aún sin registrar: envíame el archivo del entrenamiento o usa /log.</i>
plan-btn-prev = « Semana { $number }
plan-btn-next = Semana { $number } »

## /plan
plan-overview-race = 🗺 <b>Tu plan: { $race }</b> · { $date } (carrera { $priority })
plan-overview-general = 🗺 <b>Tu plan: forma física general</b> · un bloque de { $weeks } semanas
plan-countdown = { $days ->
    [one] ⏳ <b>1 día</b> para la carrera
   *[other] ⏳ <b>{ $days } días</b> para la carrera
}
plan-countdown-today = 🏁 <b>Hoy es el día de la carrera.</b> ¡Mucha suerte!
plan-overview-dates = { $dates } · { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}
plan-overview-recalculated = { $count ->
    [one] Rehecho una vez al cambiar tu perfil.
   *[other] Rehecho { $count } veces al cambiar tu perfil.
}
plan-overview-phases = <b>Fases</b>
plan-overview-phase = • { $phase } · semanas { $first }–{ $last } · { $dates }
plan-overview-phase-one = • { $phase } · semana { $first } · { $dates }
plan-overview-weeks = <b>Semanas</b>
plan-overview-week = { $number } · { $date } · { $phase } · { $hours }
plan-overview-week-current = 👉 <b>{ $number } · { $date } · { $phase } · { $hours }</b>
plan-overview-warnings = <b>Conviene saber</b>
plan-warning = ⚠️ { $text }
plan-overview-commands = /today muestra la sesión de hoy, /week esta semana día a día.

## Sports, phases, races
plan-sport-run = carrera a pie
plan-sport-bike = ciclismo
plan-sport-swim = natación
plan-sport-strength = fuerza
plan-sport-brick = transición (brick)
plan-sport-triathlon = triatlón
plan-sport-duathlon = duatlón
plan-phase-base = Base
plan-phase-build = Construcción
plan-phase-peak = Pico
plan-phase-taper = Puesta a punto
plan-phase-race = Carrera
plan-phase-recovery = Recuperación
plan-race-5k = 5 km
plan-race-10k = 10 km
plan-race-half-marathon = media maratón
plan-race-marathon = maratón
plan-race-ultra = ultramaratón
plan-race-sprint = distancia sprint
plan-race-olympic = distancia olímpica
plan-race-70-3 = 70.3 (media distancia)
plan-race-140-6 = 140.6 (distancia Ironman)
plan-race-bike-event = prueba ciclista
plan-race-custom = tu carrera
plan-race-general-fitness = forma física general

## Session titles
plan-title-run-easy = Rodaje suave
plan-title-run-strides = Rodaje suave con progresiones
plan-title-run-long = Tirada larga
plan-title-run-recovery = Rodaje de recuperación
plan-title-run-tempo = Carrera a ritmo tempo
plan-title-run-threshold = Carrera al umbral
plan-title-run-vo2max = Series de VO2máx (carrera)
plan-title-run-race-pace = Carrera a ritmo de competición
plan-title-run-opener = Rodaje de activación
plan-title-bike-easy = Salida de resistencia
plan-title-bike-long = Salida larga
plan-title-bike-recovery = Salida de recuperación
plan-title-bike-tempo = Salida a ritmo tempo
plan-title-bike-sweet-spot = Salida sweet spot
plan-title-bike-threshold = Salida al umbral
plan-title-bike-vo2max = Series de VO2máx (bici)
plan-title-bike-race-pace = Salida a ritmo de competición
plan-title-bike-opener = Salida de activación
plan-title-swim-endurance = Natación de resistencia
plan-title-swim-technique = Natación de técnica
plan-title-swim-long = Natación larga
plan-title-swim-css = Natación a CSS
plan-title-swim-speed = Natación de velocidad
plan-title-swim-race-pace = Natación a ritmo de competición
plan-title-swim-opener = Natación de activación
plan-title-brick-run-off-bike = Brick: bici y luego carrera
plan-title-race-5k = Día de carrera: 5 km
plan-title-race-10k = Día de carrera: 10 km
plan-title-race-half-marathon = Día de carrera: media maratón
plan-title-race-marathon = Día de carrera: maratón
plan-title-race-ultra = Día de carrera: ultramaratón
plan-title-race-sprint = Día de carrera: sprint
plan-title-race-olympic = Día de carrera: distancia olímpica
plan-title-race-70-3 = Día de carrera: 70.3
plan-title-race-140-6 = Día de carrera: 140.6
plan-title-race-bike-event = Día de carrera: prueba ciclista
plan-title-race-custom = Día de carrera

## Session purposes
plan-objective-aerobic-endurance = Base aeróbica: construye el motor a un esfuerzo suave, de poder conversar.
plan-objective-running-economy = Rodaje suave con unas pocas progresiones cortas y rápidas: mejor técnica y economía sin fatiga.
plan-objective-endurance = Resistencia: el tiempo en movimiento construye el aguante para el día de la carrera. Mantenlo suave.
plan-objective-recovery = Recuperación: muy suave, solo para soltar. Ir más fuerte aquí solo añade fatiga.
plan-objective-aerobic-strength = Tempo: exigente pero cómodo y sostenido; sube el ritmo que puedes mantener mucho tiempo.
plan-objective-lactate-threshold = Umbral: sube el esfuerzo que puedes mantener una hora aprox., el mejor predictor del ritmo de carrera.
plan-objective-vo2max = VO2máx: repeticiones cortas y duras que suben tu techo aeróbico. Fuerte en las series, suave de verdad entre ellas.
plan-objective-race-specific = Ritmo de competición: ensaya el esfuerzo (y la alimentación) del día de la carrera.
plan-objective-sub-threshold = Sweet spot: justo por debajo del umbral; mucha forma por la fatiga que cuesta.
plan-objective-technique = Técnica: ejercicios y nado relajado para avanzar por el agua con menos esfuerzo.
plan-objective-transition = Brick: corre nada más bajarte de la bici, para que tus piernas conozcan el cambio el día de la carrera.
plan-objective-sharpen = Activación: unos pocos esfuerzos vivos para sentirte rápido, no cansado, para lo que viene.
plan-objective-easier-option = La opción más suave.
plan-objective-race = Día de carrera: sal con calma, come y bebe como has practicado, y disfrútalo.

## Plan warnings and week notes
plan-notice-insufficient-time = Solo quedan { $weeks_available } semanas para la carrera; una buena preparación para esta distancia lleva { $weeks_recommended }. El plan hace lo que puede, pero una carrera a partir del { $recommended_date } te permitiría llegar mejor preparado.
plan-notice-shorter-race = O elige esta vez una carrera más corta: { $race }.
plan-notice-volume-below-distance-needs = En su pico, el plan llega solo a { $peak_hours } h a la semana; esta distancia suele requerir unas { $recommended_hours } h. Terminarla es realista, competirla a tope no tanto; más tiempo (/settings) ayudaría.
plan-notice-hours-below-recommended = { $hours } h a la semana está por debajo de las { $recommended } h que suele necesitar este objetivo. El plan saca el máximo partido; si encuentras más tiempo, actualízalo en /settings.
plan-notice-hours-capped-for-goal = Tienes { $hours } h a la semana, pero este objetivo no necesita más de { $cap } h: el plan se queda ahí; más añadiría fatiga, no forma.
plan-notice-long-day-unavailable = Elegiste el { $weekday } para las sesiones largas, pero ese día no estás disponible, así que van el { $used_weekday }.
plan-notice-no-pool-days = Sin días de piscina no se planifica natación: ese tiempo va a bici y carrera. Añade días de piscina en /settings para nadar.
plan-notice-few-training-days = Solo { $days } días de entrenamiento a la semana: las sesiones son más largas para encajar tus horas. Un día más haría el plan más fácil de asimilar.
plan-notice-discipline-follows-goal = Tu objetivo es una carrera de { $used }, así que el plan entrena { $used } y no solo { $requested }.
plan-notice-injury-intensity-removed = Por tu lesión, { $sport } se mantiene suave: sin esfuerzos duros.
plan-notice-injury-notes-present = Has indicado una lesión: escucha a tu cuerpo, para si duele y consulta a un profesional si persiste.
plan-notice-masters-recovery-cadence = A los { $age } años la recuperación lleva más tiempo: una de cada tres semanas es suave (dos de carga, una de recuperación).
plan-notice-taper-shortened = La puesta a punto dura { $weeks } semana(s) en lugar de { $recommended }: no hay más tiempo antes de la carrera.
plan-notice-no-thresholds = Aún no hay umbral para { $sport }, así que sus objetivos van por sensaciones (RPE y el test del habla). Un test de campo te daría cifras exactas; mira /settings.
plan-notice-general-fitness-block = Sin carrera: el plan va en bloques de { $weeks } semanas y el siguiente empieza cuando termina este.
plan-notice-phase-start = Empieza la fase de { $phase }.
plan-notice-recovery-week = { $every ->
    [one] Semana de recuperación tras una semana de carga: alrededor del { $pct } % de tu volumen reciente, para asimilar el entrenamiento.
   *[other] Semana de recuperación tras { $every } semanas de carga: alrededor del { $pct } % de tu volumen reciente, para asimilar el entrenamiento.
}
plan-notice-taper-week = Puesta a punto: volumen un { $reduction_pct } % menos, intensidad mantenida, para llegar fresco.
plan-notice-race-week = Semana de carrera: corta y viva, descansado para el día de la carrera.
plan-notice-partial-week = El plan empieza el { $from_date }: solo parte de esta semana está planificada.
plan-notice-volume-progression = Volumen un { $pct } % por encima de tu última semana de carga.
plan-notice-hours-at-budget = En tu presupuesto semanal de { $hours } h.
plan-notice-ramp-limited-by-fitness = Más ligera de lo que permiten tus horas, para que la forma suba con seguridad (carga de hasta { $max_load }).
plan-notice-intensity-capped = { $count ->
    [one] Una sesión dura se ha suavizado para que la semana siga siendo sobre todo suave (80/20).
   *[other] { $count } sesiones duras se han suavizado para que la semana siga siendo sobre todo suave (80/20).
}
plan-notice-sessions-not-placed = { $count ->
    [one] Una sesión no cabía en tus días disponibles.
   *[other] { $count } sesiones no cabían en tus días disponibles.
}
plan-notice-regenerated = Rehecho desde este día tras el cambio de tu perfil.
plan-notice-adapted = { $change ->
    [light_adjustment] Adaptada por el balance de la semana pasada: volumen mantenido en vez de crecer.
    [cut_intensity] Adaptada por el balance de la semana pasada: sin sesiones duras esta semana.
    [repeat_week] Adaptada por el balance de la semana pasada: otra vez las sesiones de la semana pasada.
    [return_ramp] Adaptada por el balance de la semana pasada: una vuelta suave tras enfermedad o lesión.
   *[other] Adaptada por el balance de la semana pasada.
}

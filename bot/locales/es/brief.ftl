## The morning brief (bot/coach/briefs/compose.py)
brief-greeting = ☀️ <b>¡Buenos días, { $name }!</b> { $date }
brief-flag-illness = 🤒 <b>Has indicado que estás enfermo.</b> Hoy no se entrena: descansa, bebe, duerme. Con fiebre o síntomas por debajo del cuello, espera a llevar un día bien antes de volver a entrenar.
brief-flag-injury = 🩹 <b>Has indicado una lesión.</b> Hoy nada que la cargue; si en unos días sigue doliendo, ve al fisio o al médico.
brief-verdict-green = 🟢 <b>Disposición { $score }/100: entrena según el plan.</b>
brief-verdict-amber = 🟡 <b>Disposición { $score }/100: tómatelo con más calma hoy.</b>
brief-verdict-red = 🔴 <b>Disposición { $score }/100: solo descanso o recuperación.</b>
brief-reason-line = • { $reason }
brief-reason-flag-illness = has indicado que estás enfermo
brief-reason-flag-injury = has indicado una lesión
brief-low-confidence = <i>Basado en pocos datos por ahora: cuantas más mañanas hagas el control, más afinado será.</i>
brief-change-down = ↘️ { $points } { $points ->
    [one] punto
   *[other] puntos
} menos que ayer, sobre todo por: { $factors }
brief-change-up = ↗️ { $points } { $points ->
    [one] punto
   *[other] puntos
} más que ayer, sobre todo gracias a: { $factors }
brief-factor-hrv = VFC
brief-factor-resting-hr = pulso en reposo
brief-factor-sleep-hours = horas de sueño
brief-factor-sleep-quality = calidad del sueño
brief-factor-fatigue = cansancio
brief-factor-soreness = agujetas
brief-factor-stress = estrés
brief-factor-mood = ánimo
brief-factor-motivation = motivación
brief-factor-tsb = frescura
brief-factor-acwr = carga de esta semana frente a las cuatro anteriores
brief-factor-monotony = monotonía de la carga diaria
brief-no-data = 📊 <b>Aún no hay datos de disposición.</b> Haz el control por la mañana o conecta tu reloj; con unas dos semanas de datos puedo decirte lo preparado que estás.
# The LLM coach's two-sentence note (plain text, escaped), when an API key is set.
brief-note = 💬 <i>{ $note }</i>
brief-reason-hrv-worse = { $days ->
    [0] VFC un { $pct } % por debajo de tu rango normal
    [1] VFC un { $pct } % por debajo de tu rango normal
   *[other] VFC un { $pct } % por debajo de tu rango normal desde hace { $days } días
}
brief-reason-hrv-better = VFC un { $pct } % por encima de tu rango normal
brief-reason-resting-hr-worse = pulso en reposo { $bpm } ppm por encima de lo normal
brief-reason-resting-hr-better = pulso en reposo { $bpm } ppm por debajo de lo normal
brief-reason-sleep-hours-worse = dormiste { $hours } h
brief-reason-sleep-hours-better = dormiste { $hours } h: bien descansado
brief-reason-sleep-quality-worse = { $level ->
    [5] dormiste muy mal
   *[other] dormiste mal
}
brief-reason-sleep-quality-better = { $level ->
    [1] dormiste muy bien
   *[other] dormiste bien
}
brief-reason-fatigue-worse = { $level ->
    [5] te sientes agotado
   *[other] te sientes cansado
}
brief-reason-fatigue-better = { $level ->
    [1] te sientes fresco
   *[other] te sientes bastante fresco
}
brief-reason-soreness-worse = { $level ->
    [5] muchas agujetas
   *[other] agujetas
}
brief-reason-soreness-better = { $level ->
    [1] sin agujetas
   *[other] apenas unas agujetas
}
brief-reason-stress-worse = { $level ->
    [5] estrés muy alto
   *[other] estrés alto
}
brief-reason-stress-better = { $level ->
    [1] relajado
   *[other] tranquilo
}
brief-reason-mood-worse = { $level ->
    [5] ánimo muy bajo
   *[other] ánimo bajo
}
brief-reason-mood-better = { $level ->
    [1] de muy buen ánimo
   *[other] de buen ánimo
}
brief-reason-motivation-worse = { $level ->
    [5] sin ganas de entrenar
   *[other] poca motivación
}
brief-reason-motivation-better = { $level ->
    [1] con muchas ganas de entrenar
   *[other] con ganas de entrenar
}
brief-reason-tsb-worse = frescura { $value }: fatiga del entrenamiento reciente
brief-reason-tsb-better = frescura +{ $value }: fresco
brief-reason-acwr-worse = la carga de esta semana es { $value } veces tu habitual de las últimas cuatro semanas: una subida rápida
brief-reason-acwr-better = la carga de esta semana está cerca de tu habitual de las últimas cuatro semanas
brief-reason-monotony-worse = casi la misma carga cada día: apenas hay diferencia entre días duros y suaves
brief-reason-monotony-better = días duros y suaves bien combinados
brief-today = <b>Hoy</b>
brief-session = { $icon } <b>{ $title }</b> · { $amount }
brief-session-targets = <i>{ $targets }</i>
brief-done-today = <b>Hecho hoy</b>
brief-session-done = ✅ { $icon } { $title }
brief-session-partial = 🌓 { $icon } { $title } (en parte)
brief-duration-hm = { $hours } h { $minutes } min
brief-duration-h = { $hours } h
brief-duration-m = { $minutes } min
brief-rest-day = 😴 <b>Día de descanso.</b> Hoy no hay nada planificado: en la recuperación es donde el entrenamiento se convierte en forma.
brief-no-plan = 🗓 <b>Aún no hay plan.</b> Cuando tu plan de entrenamiento esté listo, aquí aparecerá la sesión del día.
brief-adjusted = <b>Ajustado para hoy</b>
brief-adjusted-rest = 😴 Descanso, o como mucho 20–30 minutos muy suaves.
brief-amber-already-easy = La sesión de hoy ya es suave: mantenla así y para antes si te encuentras peor.
brief-checkin-invite = 📝 ¿Cómo te sientes esta mañana? Un toque en el control afina el veredicto de hoy.
brief-btn-adjusted = ✅ Hacer la sesión ajustada
brief-btn-original = Mantener la original
brief-btn-checkin = 📝 Hacer el control
brief-choice-adjusted = ✅ Anotado: haz la sesión de «Ajustado para hoy» de este resumen.
brief-choice-adjusted-applied = { $count ->
    [one] ✅ Hecho: el plan de hoy ya tiene la sesión ajustada (/today).
   *[other] ✅ Hecho: el plan de hoy ya tiene las sesiones ajustadas (/today).
}
brief-choice-original = 👍 Anotado: mantienes la sesión original. Escucha a tu cuerpo.
brief-choice-stale = Esa opción pertenece a un resumen anterior.

## /brief: the time, on/off and quiet days
cmd-brief = Resumen matinal: hora, activar, días tranquilos
brief-settings-title = ☀️ <b>Resumen matinal</b>
brief-settings-on = Activado, a las <b>{ $time }</b> en tu hora ({ $zone }).
brief-settings-off = 🔕 Desactivado: no envío el resumen matinal.
brief-settings-quiet = Días tranquilos (sin resumen): { $days }.
brief-settings-no-quiet = Sin días tranquilos.
brief-settings-next = Próximo resumen: { $when }.
brief-settings-paused = ⏸ En pausa desde el { $since } ({ $reason }): no se envía nada hasta que uses /resume.
brief-settings-hint = Toca una hora o escribe una, como <code>/brief 06:45</code>. Toca un día para hacerlo tranquilo (🔕) o no.
brief-btn-other-time = ⌨️ Otra hora
brief-btn-turn-off = 🔕 Desactivar
brief-btn-turn-on = 🔔 Activar
brief-ask-time = ⌨️ Escribe la hora de tu resumen, como <code>06:45</code>. /cancel mantiene la actual.
brief-time-unreadable = No he podido leer eso como una hora. Escríbela como <code>06:45</code> o <code>7:30</code>.
brief-time-set = ✅ Tu resumen llegará ahora a las <b>{ $time }</b>.
brief-no-profile = Primero configuremos tu perfil (/start): así sabré cuándo y dónde enviarte el resumen.

## /pause and /resume
cmd-pause = Pausar avisos (viaje, enfermedad…)
cmd-resume = Reanudar avisos tras una pausa
pause-ask = ⏸ ¿Pausar el resumen y los recordatorios? Dime por qué y me quedaré callado hasta que uses /resume.
pause-reason-travel = ✈️ Viaje
pause-reason-illness = 🤒 Enfermedad
pause-reason-other = Otro motivo
pause-done-travel = ⏸ En pausa. ¡Buen viaje! Envía /resume cuando vuelvas.
pause-done-illness = ⏸ En pausa. Que te mejores; ahora el entrenamiento es descansar. Envía /resume cuando estés bien.
pause-done-other = ⏸ En pausa. Envía /resume cuando quieras recuperar tus resúmenes.
pause-already = Ya estás en pausa. Envía /resume para recuperar tus resúmenes.
resume-done = ▶️ ¡Bienvenido de nuevo! { $next }
resume-after-illness = 🤒 Los días que estuviste enfermo cuentan en el balance de esta semana: la próxima empieza suave, todo fácil, y vuelve a subir paso a paso. Hasta entonces, tómatelo con calma y para si vuelven los síntomas.
resume-next = Tu próximo resumen llega { $when }.
resume-briefs-off = Tu resumen matinal está desactivado; /brief lo activa.
resume-not-paused = No estás en pausa: tus avisos están activados.

# The weekly review (Sunday evening): the week in numbers, what went well, next week.
cmd-review = El balance de la semana pasada y lo que cambió
review-none-yet = Aún no hay balance semanal: el primero llega el domingo por la tarde, con la semana siguiente adaptada a cómo fue esta.
review-title = 📊 <b>Tu semana, { $first } – { $last }</b>
review-sessions = ✅ { $done } de { $planned } sesiones planificadas hechas ({ $pct } % del plan)
review-colours = 🟢 { $green } en objetivo · 🟡 { $yellow } en parte · 🔴 { $red } hechas pero muy lejos · ⚪ { $missed } no hechas
review-nothing-planned = Esta semana no había nada planificado.
review-volume = ⏱ { $done } h de { $planned } h · carga { $load } de { $planned_load }
review-fitness = 📈 Forma { $before } → { $after } ({ $change }) · fatiga { $fatigue } · frescura { $form }
review-sick-days = { $days ->
    [one] 🤒 { $days } día enfermo o lesionado
   *[other] 🤒 { $days } días enfermo o lesionado
}
review-red-days = { $days ->
    [one] 🔴 { $days } día rojo de disposición
   *[other] 🔴 { $days } días rojos de disposición
}
review-well-heading = <b>Lo que salió bien</b>
review-well-on-plan = 👏 { $pct } % del plan hecho: eso es lo que construye la forma.
review-well-green = { $count ->
    [one] 👍 { $count } sesión justo en el objetivo.
   *[other] 👍 { $count } sesiones justo en el objetivo.
}
review-well-best = 🏅 La sesión más grande: { $icon } { $duration } el { $day }, carga { $load }.
review-well-fitness = 📈 La forma sube { $change } puntos.
review-next-heading = <b>La semana que viene</b>
review-next-summary = { $phase } · { $hours } h · { $sessions } sesiones
review-next-key = Sesiones clave:
review-key-session = • { $day } { $icon } { $type }, { $duration }
review-next-hint = /week la muestra día a día.

review-type-endurance = resistencia
review-type-tempo = tempo
review-type-threshold = umbral
review-type-intervals = series
review-type-recovery = recuperación
review-type-long = tirada larga
review-type-race = carrera

review-kind-progress = progresar
review-kind-light-adjustment = el ajuste ligero
review-kind-cut-intensity = quitar intensidad
review-kind-repeat-week = repetir la semana
review-kind-return-ramp = la rampa de vuelta
review-kind-keep = mantener el plan

review-rule-unavailable-day = un día en que no estás disponible
review-rule-outside-plan = las fechas del plan
review-rule-too-many-sessions-in-day = dos sesiones al día como mucho
review-rule-swim-not-on-pool-day = tus días de piscina
review-rule-hard-days-in-a-row = nada de días duros seguidos
review-rule-over-weekly-hours = tus horas semanales
review-rule-ramp-too-steep = el límite del 10 % de volumen por semana
review-rule-fitness-ramp-too-steep = la subida segura de la forma
review-rule-recovery-overdue = una semana de recuperación cada 3 (o 2) semanas
review-rule-recovery-week-too-hard = una semana de recuperación suave
review-rule-taper-volume-increase = la puesta a punto
review-rule-taper-extra-hard = la puesta a punto
review-rule-injury-conflict = tu lesión
review-rule-too-much-intensity = el equilibrio de intensidad 80/20
review-rule-missing-easier-option = una opción más suave para cada sesión dura
review-rule-plan-request = los ajustes de tu plan

review-change-why-share = { $pct } % del plan de la semana hecho.
review-change-why-red = { $days } días rojos de disposición: un paso más de prudencia.
review-change-why-sick = { $days } días enfermo o lesionado: toca volver con suavidad.
review-change-why-nothing-planned = Nada que medir esta semana.
review-change-no-next-week = El plan termina aquí; /plan empieza el siguiente bloque.
review-change-protected = La semana que viene es de { $phase }: sigue suave, como estaba previsto.
review-change-progress = Vas bien: la semana que viene sube a { $hours } h según el plan ({ $previous } h esta semana).
review-change-as-planned = La semana que viene sigue según el plan: { $hours } h.
review-change-guardrail-stopped = No se aplica { $change }: rompería { $rule }.
review-change-light-adjustment = La semana que viene mantiene tu volumen en vez de crecer: { $hours } h en lugar de { $planned } h.
review-change-cut-intensity = Las mismas { $hours } h la semana que viene, pero todo suave: sin sesiones duras.
review-change-return-ramp = Rampa de vuelta: { $hours } h en lugar de { $planned } h ({ $pct } %), todo suave, y luego subiendo paso a paso.
review-change-repeat-week = La semana que viene repite esta ({ $hours } h), para terminar lo que empezó.
review-change-session-changed = • { $day } { $icon } { $was } → { $now }, { $duration }
review-change-session-added = • { $day } { $icon } + { $type }, { $duration }
review-change-session-removed = • { $day } { $icon } − { $type }
review-change-more-changes = • y { $count } cambios más (/week)

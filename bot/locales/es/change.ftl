## Changing the plan: the day's buttons, the proposal card, Apply / Discard, /undo.

cmd-undo = Deshacer el último cambio en tu plan

change-btn-move = ↔️ Mover
change-btn-shorten = ✂️ Acortar
change-btn-easier = 🪶 Más suave
change-btn-skip = ⏭ Saltar
change-btn-swap = 🔁 Cambiar con…
change-btn-apply = ✅ Aplicar
change-btn-discard = ✖️ Descartar
change-btn-recompute = 🔄 Recalcular
change-btn-undo = ↩️ Deshacer
change-btn-back = « Atrás
change-btn-minutes = { $minutes } min
change-btn-something-else = 💬 Otra cosa

change-pick-move = ¿A qué día muevo { $session }?
change-pick-move-none = { $session } no se puede mover a otro día de las próximas dos semanas sin romper las reglas de tu plan (tus días disponibles, tus horas y la separación entre días duros). Mejor acórtala, hazla más suave o sáltala.
change-pick-shorten = ¿Cuánto puede durar { $session }?
change-pick-swap = ¿Con qué día cambio el { $day }?

change-card-title = ✏️ <b>Cambio propuesto</b>
change-card-request = <i>«{ $text }»</i>
change-card-day = <b>{ $day }</b>: { $before } → { $after }
change-day-now = <b>{ $day }</b>: { $after }
change-card-rest = descanso
change-card-session = { $icon } { $title } { $duration }
change-card-session-effort = { $label } (hasta { $effort })
change-effort-recovery = recuperación
change-effort-endurance = resistencia
change-effort-tempo = tempo
change-effort-sweet-spot = sweet spot
change-effort-threshold = umbral
change-effort-vo2max = VO2máx
change-effort-anaerobic = anaeróbico
change-card-more-days = …y { $count ->
    [one] un día más
   *[other] { $count } días más
}
change-card-week = 📊 { $dates }: { $hours_before } → { $hours_after } · carga { $load_before } → { $load_after } · zonas suaves { $easy_before } → { $easy_after }
change-card-repairs = 🛠 <b>También cambiado, para que tu plan siga siendo seguro:</b>
change-card-rules = 📌 <b>Tus reglas:</b>
change-card-ask = ¿Lo aplico? La propuesta vale 10 minutos.

change-repair-eased-hard-neighbour = { $day }: más suave, para que no vayan seguidos dos días duros
change-repair-eased-for-intensity-share = { $day }: más suave, para que la semana siga siendo sobre todo suave (80/20)
change-repair-constraint-sport = { $day }: { $sport } en su lugar, mismos minutos en las mismas zonas
change-repair-constraint-shortened = { $day }: acortado a { $minutes } min
change-repair-constraint-rest = { $day }: una sesión eliminada
change-repair-constraint-eased = { $day }: sin intensidad
change-repair-later-weeks-rebuilt = las semanas desde el { $day } rehechas

change-rule = { $what } ({ $when })
change-rule-rest = descanso
change-rule-only-run = solo correr
change-rule-only-bike = solo bici
change-rule-only-swim = solo natación
change-rule-only-strength = solo fuerza
change-rule-only-brick = solo transiciones (bricks)
change-rule-no-run = sin correr
change-rule-no-bike = sin bici
change-rule-no-swim = sin natación
change-rule-no-strength = sin fuerza
change-rule-no-brick = sin transiciones (bricks)
change-rule-max = como mucho { $minutes } min al día
change-rule-easy = solo suave
change-rule-until = hasta el { $day }

change-refused = ⛔ { $reason }
change-violation-unavailable-day = Ese día no es uno de tus días de entrenamiento.
change-violation-outside-plan = Eso queda fuera de tu plan.
change-violation-too-many-sessions-in-day = Ese día tendría más de dos sesiones.
change-violation-swim-not-on-pool-day = Ese día no tienes piscina.
change-violation-hard-days-in-a-row = Irían seguidos dos días duros.
change-violation-over-weekly-hours = La semana superaría las horas que tienes para entrenar.
change-violation-ramp-too-steep = El volumen de la semana crecería más de un 10 %.
change-violation-fitness-ramp-too-steep = Tu forma tendría que subir más rápido de lo que es seguro.
change-violation-recovery-overdue = Retrasaría demasiado tu semana de recuperación.
change-violation-recovery-week-too-hard = Tu semana de recuperación se volvería demasiado dura.
change-violation-taper-volume-increase = Tu puesta a punto ganaría volumen; solo debe reducirse.
change-violation-taper-extra-hard = Tu puesta a punto tendría sesiones duras de más.
change-violation-injury-conflict = Mete intensidad en un deporte que tu lesión descarta.
change-violation-too-much-intensity = Más de una cuarta parte de la semana sería trabajo duro (80/20).
change-violation-missing-easier-option = Una sesión dura se quedaría sin opción más suave.
change-refused-session-not-found = Esa sesión ya no está en tu plan.
change-refused-session-settled = Esa sesión ya está hecha o es pasada, así que se queda como está.
change-refused-day-in-past = Ese día ya ha pasado.
change-refused-outside-plan = Ese día está fuera de tu plan.
change-refused-same-day = Ya está en ese día.
change-refused-day-taken = Ese día ya tiene una sesión hecha, así que no se mueve nada a él.
change-refused-nothing-to-change = Ahí no hay nada que cambiar.
change-refused-too-short = Una sesión necesita al menos { $limit } minutos.
change-refused-not-shorter = Eso no es más corto que la sesión planificada.
change-refused-no-easier = Esta sesión ya es lo más suave posible.
change-refused-sport-not-possible = Ese deporte no puede sustituir a esta sesión.
change-refused-bad-range = Esas fechas no tienen sentido.
change-refused-constraint = Eso rompería una de tus reglas.
change-refused-unwell-no-intensity = Nada de sesiones duras mientras no estés bien.
change-refused-lighter-week-needed = Tu carga reciente es alta: esta semana tiene que ser más ligera.
change-refused-rebuild-failed = No se ha podido rehacer el plan desde ese día.

change-applied = ✅ <b>Hecho.</b> Tu plan ahora:
change-undone = ↩️ <b>Deshecho.</b> Vuelve a estar como antes:
change-undo-offer = ¿Has cambiado de idea? Toca Deshacer o envía /undo.
change-already-applied = Ya estaba aplicado.
change-gone = Esta propuesta ya no está abierta.
change-expired = ⌛ Esta propuesta caducó a los 10 minutos. ¿La recalculo para tu plan tal como está ahora?
change-stale = Tu plan ha cambiado desde que se hizo esta propuesta. ¿La recalculo?
change-discarded = ✖️ Descartado. Tu plan sigue como estaba.
change-something-else = Dime qué prefieres en su lugar.
change-undo-nothing = No hay ningún cambio que deshacer.
change-undo-not-last = Solo se puede deshacer tu último cambio.
change-undo-changed-since = Tu plan ha cambiado desde entonces (una reconstrucción o el balance semanal), así que ese cambio no se puede deshacer con seguridad.
change-undo-refused = No se puede deshacer: { $reason }

change-nomatch-no-such-session = No he encontrado esa sesión en las próximas dos semanas. Abre el día en /week y usa sus botones.
change-nomatch-nothing-that-day = Ese día no hay nada planificado que cambiar.
change-nomatch-already-easy = Ese día ya es suave.

change-question-illness = Siento oírlo. ¿Dónde tienes los síntomas?
change-question-travel = ¿Qué puedes hacer mientras estás fuera?
change-option-above-neck = 🤧 Por encima del cuello (mocos, dolor de garganta)
change-option-below-neck = 🤒 Por debajo del cuello (fiebre, pecho, dolores)
change-option-travel-rest = 🛌 Nada de entrenamiento
change-option-travel-run = 🏃 Correr, hasta 45 min al día
change-option-travel-run-any = 🏃 Solo correr

## The weekly review, when a stated rule stopped the adaptation.
review-rule-constraint = las reglas que pusiste

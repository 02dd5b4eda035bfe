## A coach acting on an athlete: plan changes, a change for everyone, thresholds, messages
coaching-btn-edit = ✏️ Cambiar el plan
coaching-btn-threshold = 🎚 Fijar un umbral
coaching-btn-message = 💬 Mensaje
coaching-btn-bulk = ✏️ Cambiar el plan de todos
coaching-btn-bulk-apply = ✅ Aplicar a { $count }
coaching-denied = Este atleta ya no te permite hacer esto (ha cambiado lo que comparte o ha dejado tu grupo). No se ha cambiado nada.
coaching-ask-plan = ¿Qué cambio en el plan de { $name }? Una línea, por ejemplo:
    • <i>sábado: 2 h de bici en zona 2</i>
    • <i>domingo: descanso</i>
    • <i>mover la tirada larga al domingo</i>
    O /cancel.
coaching-ask-bulk = ¿Qué cambio para todos tus atletas? Una línea, por ejemplo <i>sábado: 2 h de bici en grupo en zona 2</i> o <i>domingo: descanso</i>. Lo compruebo con el plan y los permisos de cada atleta y te enseño el resultado antes de cambiar nada. O /cancel.
coaching-unreadable = No consigo leer eso como un cambio de plan. Escribe un día y luego qué hacer: <i>sábado: 2 h de bici en zona 2</i>, <i>domingo: descanso</i>, <i>mañana: 45 min de carrera en zona 1</i>, o /cancel.
coaching-for = Para <b>{ $name }</b>:
coaching-applied = ✅ <b>Hecho.</b> El plan de { $name } ahora:
coaching-notified = Ya sabe qué ha cambiado y que has sido tú. ¿Has cambiado de idea? Toca Deshacer.
coaching-undone = ↩️ Deshecho: el plan de { $name } vuelve a estar como antes, y ya se le ha avisado.
coaching-stale = El plan del atleta ha cambiado desde que se hizo esta propuesta. Vuelve a enviar el cambio desde su ficha.
coaching-expired = ⌛ Esta propuesta caducó a los 10 minutos. Vuelve a enviar el cambio desde la ficha del atleta.
coaching-notice-changed = ✏️ Tu entrenador <b>{ $coach }</b> ha cambiado tu plan:
coaching-notice-undone = ↩️ Tu entrenador <b>{ $coach }</b> ha deshecho su cambio. Tu plan vuelve a estar como antes:
coaching-notice-threshold = 🎚 Tu entrenador <b>{ $coach }</b> ha fijado tu { $what } en <b>{ $value }</b> a partir de hoy. Tus zonas y los objetivos de tus sesiones se ajustan a este valor; /profile los muestra.
coaching-ask-threshold-kind = ¿Qué umbral de { $name } quieres fijar?
coaching-ask-threshold = Envía el nuevo valor de { $what } de { $name } (se aplica desde hoy y queda registrado como fijado por ti), o /cancel.
coaching-threshold-set = ✅ Desde hoy, { $what } de { $name }: <b>{ $value }</b>, registrado como fijado por ti. Sus zonas y objetivos se ajustan a este valor; ya se le ha avisado.
coaching-bulk-title = ✏️ <b>Cambio para tus atletas</b>: <i>«{ $request }»</i>
    Se puede aplicar a { $count } de { $total }:
coaching-bulk-done = ✅ <b>Aplicado a { $count } de { $total }</b>: <i>«{ $request }»</i>
coaching-bulk-ok = ✅ <b>{ $name }</b>: { $days }
coaching-bulk-refused = ⛔ <b>{ $name }</b>: { $reason }
coaching-bulk-denied = no te deja editar su plan.
coaching-bulk-more = …y { $count } más.
coaching-bulk-no-plan = aún no tiene plan.
coaching-bulk-no-match = su plan no tiene esa sesión.
coaching-bulk-ready = se puede aplicar.
coaching-bulk-applied = aplicado.
change-refused-too-long = Una sesión fijada así dura como mucho { $limit } minutos.
change-refused-zone-not-steady = Una sesión fijada así es continua: zona 1, 2 o 3.
th-source-coach = fijado por tu entrenador
th-source-mark-coach = (entrenador)

## Messages between a coach and an athlete
coaching-ask-message = Escribe tu mensaje para { $name }; se lo entregaré con tu nombre. O /cancel.
relay-from-coach = 💬 <b>Mensaje de tu entrenador { $coach }:</b>
    { $text }
relay-from-athlete = 💬 <b>{ $name } responde:</b>
    { $text }
relay-btn-reply = ↩️ Responder al entrenador
relay-btn-answer = 💬 Responder a { $name }
relay-ask-reply = Escribe tu respuesta para { $name }, o /cancel. (También puedes responder directamente a su mensaje.)
relay-sent = ✉️ Enviado a { $name }.
relay-not-delivered = No he podido entregarlo: { $name } ha bloqueado el bot o ha cerrado el chat.
relay-too-long = Ese mensaje tiene más de { $limit } caracteres. Envía uno más corto, o /cancel.
relay-coach-gone = Ya no estás en ningún grupo de este entrenador, así que no puedo hacérselo llegar.

## Para el entrenador: rechazos sobre el atleta por su nombre, con lo que se puede hacer
coaching-no-plan-edit = ✏️ { $name } no ha permitido cambios en su plan; puede permitirlos en /sharing.
roster-new = 🆕 nuevo — aún sin datos
coaching-bulk-refused-on = ⛔ <b>{ $name }</b> ({ $day }): { $reason }
coaching-bulk-not-their-sport = { $name } no { $sport ->
    [bike] monta en bici
    [run] corre
    [swim] nada
   *[other] practica ese deporte
}, así que no se le cambió nada. Ponle una sesión de su deporte desde su ficha.
coaching-notice-joined = 👋 { $name } se ha unido a <b>{ $squad }</b> y comparte: { $scopes }.
coaching-notice-granted = 🔓 { $name } ahora también comparte contigo: { $scopes }.
coaching-notice-revoked = 🔒 { $name } ya no comparte contigo: { $scopes }.
coaching-notice-left = 👋 { $name } ha dejado <b>{ $squad }</b>; ya no ves nada suyo.
coaching-violation-unavailable-day = { $name } no está disponible ese día. Elige otro día o pide a { $name } que lo añada a sus días de entrenamiento.
coaching-violation-outside-plan = Eso queda fuera del plan de { $name }. Elige un día dentro del plan.
coaching-violation-too-many-sessions-in-day = { $name } tendría más de dos sesiones ese día. Elige otro día.
coaching-violation-swim-not-on-pool-day = { $name } no tiene piscina ese día. Elige uno de sus días de piscina u otro deporte.
coaching-violation-hard-days-in-a-row = { $name } tendría dos días duros seguidos. Hazlo más suave o elige otro día.
coaching-violation-over-weekly-hours = La semana de { $name } superaría las horas que tiene para entrenar. Acórtala, elige otro día o pide a { $name } que suba sus horas semanales.
coaching-violation-ramp-too-steep = La semana de { $name } crecería más de un 10 %. Acórtala o elige un día de una semana posterior.
coaching-violation-fitness-ramp-too-steep = La forma de { $name } tendría que subir más rápido de lo seguro. Acórtala o hazla más suave.
coaching-violation-recovery-overdue = Retrasaría demasiado la semana de recuperación de { $name }. Mantén la recuperación o elige un día posterior.
coaching-violation-recovery-week-too-hard = La semana de recuperación de { $name } sería demasiado dura. Acórtala, hazla más suave o elige un día después de esa semana.
coaching-violation-taper-volume-increase = { $name } está en la puesta a punto: el volumen solo debe bajar. Acórtala o deja el día como estaba.
coaching-violation-taper-extra-hard = { $name } está en la puesta a punto: sin sesiones duras extra. Hazla suave o deja el día como estaba.
coaching-violation-injury-conflict = La lesión de { $name } descarta intensidad en ese deporte. Hazla suave o elige otro deporte.
coaching-violation-too-much-intensity = Más de un cuarto de la semana de { $name } sería trabajo duro (80/20). Déjala en zona 1–2 o elige otra semana.
coaching-violation-missing-easier-option = Una sesión dura de { $name } quedaría sin opción más suave. Pon una sesión continua.
coaching-refused-session-not-found = Esa sesión ya no está en el plan de { $name }. Abre su ficha para ver la semana.
coaching-refused-session-settled = Esa sesión de { $name } ya está hecha o en el pasado, así que se queda. Elige un día posterior.
coaching-refused-day-in-past = Ese día ya pasó para { $name }. Indica un día a partir de hoy.
coaching-refused-outside-plan = Ese día está fuera del plan de { $name }. Indica un día dentro del plan.
coaching-refused-same-day = En el plan de { $name } ya está ese día. Elige otro día.
coaching-refused-day-taken = { $name } ya hizo una sesión ese día, así que nada se mueve allí. Elige otro día.
coaching-refused-nothing-to-change = No hay nada que cambiar ahí en el plan de { $name }. Abre su ficha para ver la semana.
coaching-refused-too-short = Una sesión necesita al menos { $limit } minutos. Alárgala o pon descanso.
coaching-refused-not-shorter = Eso no es más corto que la sesión prevista de { $name }. Indica menos minutos.
coaching-refused-no-easier = La sesión de { $name } ya es lo más suave posible. Acórtala o pon descanso.
coaching-refused-sport-not-possible = Ese deporte no puede sustituir la sesión de { $name }. Elige otro deporte.
coaching-refused-bad-range = Esas fechas no tienen sentido. Escribe el primer día y luego el último.
coaching-refused-guardrail = Eso rompería una regla de seguridad del plan de { $name }. Acórtala o elige otro día.
coaching-refused-constraint = Eso rompería una regla que { $name } puso en su plan. Elige otro día o pide a { $name } que cambie la regla.
coaching-refused-unwell-no-intensity = { $name } no se encuentra bien: sin sesiones duras. Hazla suave o pon descanso.
coaching-refused-lighter-week-needed = La carga reciente de { $name } es alta: esta semana debe ser más ligera. Acorta una sesión o añade descanso.
coaching-refused-rebuild-failed = No se pudo rehacer el plan de { $name } desde ese día. Cambia un solo día.
coaching-refused-too-long = Una sesión puesta así dura como mucho { $limit } minutos. Acórtala o repártela en dos días.
coaching-refused-zone-not-steady = Una sesión puesta así es continua: zona 1, 2 o 3. Baja la zona.

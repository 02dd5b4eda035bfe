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

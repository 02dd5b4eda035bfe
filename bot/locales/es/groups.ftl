## The team's group chat: linking a group, the team board, group privacy
group-added-coach = 👋 ¡Hola, { $title }! Soy Tempo. ¿Cuál de tus grupos entrena aquí? Con un toque vinculas este chat.
group-added = 👋 ¡Hola, { $title }! Soy Tempo. Un entrenador vincula este chat a su grupo con /link@{ $bot }.
group-btn-link = Vincular a «{ $squad }»
group-linked = ✅ Este chat es ahora el de <b>{ $squad }</b>. Aquí fijaré el tablón del equipo.
group-back = 👋 He vuelto. Este grupo sigue siendo el chat de <b>{ $squad }</b>: el tablón vuelve a estar al día y las encuestas programadas continúan.
group-join = ¿Aún no estás en <b>{ $squad }</b>? El botón abre un chat privado conmigo con la invitación: tú decides qué ve tu entrenador y qué ve este chat (/groupprivacy).
group-btn-join = 👥 Unirme al grupo
group-not-coach = Solo el entrenador de ese grupo puede vincular este chat.
group-no-squads = Aún no entrenas a ningún grupo. En un chat privado conmigo, /squad new crea uno.
group-not-linked = Este chat aún no está vinculado a ningún grupo. Su entrenador lo vincula con /link@{ $bot }.
group-pin-failed = No he podido fijar el tablón: hazme administrador con permiso para fijar mensajes.
group-board-current = 📌 El tablón está al día: es el mensaje fijado arriba del chat.
group-board = 📋 <b>{ $squad }</b> · { $day }
    { $count ->
        [0] Aún nadie comparte nada con el grupo.
       *[other] { $lines }
    }
group-board-score = { $score }/100
group-board-minutes = { $minutes } min
group-tier-intro = Lo que ve de ti el chat de tu grupo (el tablón, las encuestas, la IA de ese chat). Ahora: <b>{ $current }</b>. Nunca más de lo que compartes con tu entrenador: sin disposición allí, ni color ni puntuación; sin entrenamientos, ni minutos.
group-tier-nothing = Nada
group-tier-done = Hecho o no (predeterminado)
group-tier-colour = Hecho y color de disposición
group-tier-numbers = Hecho, puntuación de disposición y minutos
group-tier-saved = Guardado. El tablón del grupo se actualiza al momento.
group-btn-add-to-group = ➕ Añadir Tempo al chat del equipo
cmd-groupprivacy = Lo que ve de ti el chat de tu grupo
cmd-board = El tablón del equipo: la semana y quién ha entrenado hoy
cmd-link = Vincular este chat a tu grupo
group-me = Solo lo ves tú. Hoy: { $line }
group-me-private = Tus números se quedan entre nosotros: abre el chat privado.
group-btn-private = 🔒 Abrir el chat privado
cmd-me = Tu día, solo para ti
group-error-no_group = Este chat aún no está vinculado a ningún grupo.
group-error-not_yours = Solo el entrenador del grupo de este chat puede hacer eso.
group-error-no_poll = No hay ninguna convocatoria abierta en este chat.
group-poll-in_out-question = ¿Quién se apunta?
group-poll-in_out-0 = ✅ Me apunto
group-poll-in_out-1 = ❌ Esta vez no
group-poll-feeling-question = ¿Cómo te sientes hoy?
group-poll-feeling-0 = 💪 Genial
group-poll-feeling-1 = 🙂 Bien
group-poll-feeling-2 = 😮‍💨 Cansado
group-poll-feeling-3 = 🤒 Enfermo
group-results-coach = 📊 Convocatoria en { $group }:
    { $lines }
group-results-summary = 📊 Convocatoria cerrada:
    { $lines }
cmd-rollcall = Encuesta de convocatoria: ¿quién se apunta?
cmd-feeling = Encuesta: ¿cómo se siente hoy todo el mundo?
cmd-results = Cerrar la convocatoria: los nombres para ti, los totales para el grupo

## Scheduled roll-calls, the AI switch, the group tier in /sharing
group-board-week = 📅 Convocatorias de esta semana:
    { $sessions }
group-daily = Cada día
group-weekday-0 = lun
group-weekday-1 = mar
group-weekday-2 = mié
group-weekday-3 = jue
group-weekday-4 = vie
group-weekday-5 = sáb
group-weekday-6 = dom
group-schedule-saved = ⏰ Programado: { $when }
    Sale a la hora local del grupo (la zona horaria del entrenador).
group-schedule-unreadable = No pude leer esa programación. Escribe un día y una hora, p. ej. /rollcall thu 18:00 ¿Quién viene a la tirada larga del sábado? o /feeling daily 07:00 (máximo 12 por grupo).
group-schedule-none = No hay encuestas programadas en este grupo.
group-schedule-list = ⏰ Encuestas programadas:
    { $lines }
group-schedule-cancelled = Cancelada.
group-btn-cancel = ✖ { $when }
cmd-rollcalls = Encuestas programadas: ver y cancelar
sharing-group-tier = 👥 <b>El chat de grupo del equipo</b> ve de ti: { $current }
group-ai-usage = Escribe /ai on o /ai off: si respondo cuando me mencionan en este grupo.
group-ai-on = 🤖 Respondo en este grupo cuando me mencionan o me responden: tus datos solo a ti, de los demás solo lo que muestran al grupo.
group-ai-off = 🤐 El entrenador IA ya no responde en este grupo: una mención recibe solo una breve indicación. /ai on lo reactiva.
group-ai-no-model = El entrenador IA no puede responder en el grupo ahora. /me@{ $bot } te muestra tu día solo a ti; pregúntame lo que quieras sobre tu entrenamiento en nuestro chat privado.
group-ai-disabled = El entrenador desactivó el entrenador IA en este grupo. /me@{ $bot } te muestra tu día solo a ti; pregúntame lo que quieras sobre tu entrenamiento en nuestro chat privado.
group-ai-budget = Has usado el presupuesto de hoy del entrenador IA; volveré a responder mañana. /me@{ $bot } te muestra tu día solo a ti.
group-ai-answered-privately = 🔒 Te respondí en nuestro chat privado.
cmd-ai = El entrenador IA en este grupo: activar o desactivar

group-help =
    👋 <b>Tempo en el grupo del equipo</b>
    { $commands }
    Para el entrenador: { $coach_commands }

    Menciona a @{ $bot } (o responde a un mensaje mío) para preguntar a la IA sobre entrenamiento o la semana del grupo; lo que es solo tuyo te llega solo a ti. Planes, registros y check-ins están en nuestro chat privado.
group-command-private = /{ $command } es personal: funciona en nuestro chat privado, no delante del equipo.

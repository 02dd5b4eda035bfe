# The team's group chat (issue 21): scheduled roll-calls and the week on the board.
# (The rest of the group keys are still English-only: the catalog falls back.)
group-board-week = 📅 Esta semana:
    { $sessions }
group-daily = Cada día
group-weekday-0 = lun
group-weekday-1 = mar
group-weekday-2 = mié
group-weekday-3 = jue
group-weekday-4 = vie
group-weekday-5 = sáb
group-weekday-6 = dom
group-schedule-saved = ⏰ Programado: { $when }. Sale a la hora local del grupo (la zona horaria del entrenador).
group-schedule-unreadable = No pude leer esa programación. Escribe un día y una hora, p. ej. /rollcall thu 18:00 ¿Quién viene a la tirada larga del sábado? o /feeling daily 07:00 (máximo 12 por grupo).
group-schedule-none = No hay encuestas programadas en este grupo.
group-schedule-list = ⏰ Encuestas programadas:
    { $lines }
group-schedule-cancelled = Cancelada.
group-btn-cancel = ✖ { $when }
cmd-rollcalls = Encuestas programadas: ver y cancelar
sharing-group-tier = 👥 <b>El chat de grupo del equipo</b> ve de ti: { $current }
group-ai-usage = Escribe /ai on o /ai off: si respondo cuando me mencionan en este grupo.
group-ai-on = 🤖 Respondo en este grupo cuando me mencionan o responden a mis mensajes.
group-ai-off = 🤐 Ya no respondo a menciones en este grupo. /ai on lo reactiva.
group-ai-no-model = Todavía no respondo preguntas de entrenamiento en el grupo. /me@{ $bot } te muestra tu día solo a ti; pregúntame lo que quieras sobre tu entrenamiento en nuestro chat privado.
cmd-ai = El entrenador IA en este grupo: activar o desactivar

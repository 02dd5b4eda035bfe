## The coach's morning digest, Sunday squad summary and /digest
cmd-digest = Tu resumen matinal como entrenador: activarlo y su hora
digest-title = ☀️ <b>Resumen del grupo</b> — { $day }
digest-attention = { $count ->
    [one] <b>Necesita atención</b> (1):
   *[other] <b>Necesitan atención</b> ({ $count }):
}
digest-all-clear = ✅ Hoy nadie necesita atención.
digest-more-attention = …y { $count } más: /squad los muestra todos.
digest-rest = <b>Todo bien</b> ({ $count }): { $names }
digest-and-more = y { $count } más
digest-hint = /squad abre la lista y la ficha de cada atleta.
weekly-title = 📅 <b>Semana del grupo</b> { $first } – { $last }
weekly-compliance = plan cumplido: { $pct }%
weekly-load = carga: { $load }
weekly-no-figures = Esta semana nadie comparte contigo un plan ni entrenamientos.
weekly-struggling = 📉 <b>Con dificultades</b> ({ $count }): { $names }
weekly-improved = 📈 <b>Han mejorado</b> ({ $count }): { $names }
weekly-steady = <b>Estables</b> ({ $count }): { $names }
weekly-why-fitness = { $name } (forma +{ $change })
weekly-why-sick = { $name } ({ $days ->
    [one] 1 día de enfermedad o lesión
   *[other] { $days } días de enfermedad o lesión
})
weekly-why-red = { $name } ({ $days ->
    [one] 1 día rojo
   *[other] { $days } días rojos
})
weekly-why-compliance = { $name } ({ $pct }% del plan)
digest-settings-title = ☀️ <b>Tu resumen como entrenador</b>
digest-settings-on = Cada mañana a las { $time } ({ $zone }): quién necesita atención y por qué, y luego el resto en una línea. Próximo: { $next }.
digest-settings-off = El resumen matinal está desactivado.
digest-settings-weekly-on = Domingo por la tarde: la semana del grupo (plan cumplido, carga, quién ha mejorado, quién tiene dificultades). Próximo: { $next }.
digest-settings-weekly-off = El resumen del grupo de los domingos está desactivado.
digest-settings-no-squad = Aún no entrenas a ningún grupo: /squad new crea uno. Los resúmenes empiezan cuando se unan atletas.
digest-settings-hint = Toca una hora o escribe una: /digest 06:45. Cada resumen muestra solo lo que cada atleta comparte contigo en ese momento.
digest-btn-on = ▶️ Activar el resumen
digest-btn-off = ⏸ Desactivar el resumen
digest-btn-weekly-on = ▶️ Activar el resumen del domingo
digest-btn-weekly-off = ⏸ Desactivar el resumen del domingo
digest-time-unreadable = «{ $text }» no es una hora del día. Envíala así: /digest 07:30.
digest-time-set = Tu resumen llegará ahora a las { $time }.

## /ask: the AI for a coach, about the squad
cmd-ask = Pregunta a la IA sobre tu grupo (entrenadores)
ask-usage = Escribe tu pregunta sobre el grupo después del comando, por ejemplo: /ask ¿quién lo está pasando mal esta semana? Los mensajes normales siguen yendo a tu propio entrenador, sobre tu propio entrenamiento.
ask-no-ai = La IA para entrenadores necesita una clave de API de Anthropic, y no hay ninguna configurada. /digest y /squad muestran quién necesita atención sin ella.
ask-not-a-coach = /ask responde preguntas sobre un grupo que entrenas, y aún no entrenas ninguno (/squad new). Pregunta por tu propio entrenamiento en un mensaje normal.
ask-nobody-shares = Ninguno de tus atletas comparte contigo los resúmenes de IA, así que la IA no puede decir nada de ellos. Cada atleta lo elige en /sharing. /squad muestra lo que sí comparten.
ask-budget-reached = Has agotado el límite de IA de hoy para preguntas sobre el grupo; se renueva a medianoche. /squad y /digest funcionan sin él.

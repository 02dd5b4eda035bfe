## The AI coach in the private chat (bot/handlers/coach.py, bot/coach/services/coach.py)

coach-red-flag =
    ⚠️ <b>Deja de entrenar y busca ayuda médica ahora.</b>
    Lo que describes puede ser señal de algo serio, y necesita un médico, no un entrenador. Si es grave o va a peor, llama al número de emergencias.

    No he cambiado nada de tu plan. Primero cuídate; aquí estaré cuando estés listo.
coach-minor-weight = A tu edad no doy consejos para perder peso ni de dieta. Comer lo suficiente para alimentar tu entrenamiento y tu cuerpo en crecimiento es lo que te hace más rápido; un médico o un dietista deportivo puede ayudarte si te preocupa algo.
coach-budget-reached = ℹ️ Has llegado al límite de hoy de respuestas de IA, así que hasta medianoche te respondo directamente con tus datos.

## Answers without the AI model (the intent reader)
coach-ill =
    🤒 Siento que no te encuentres bien. Lo primero es descansar: nada de entrenamiento duro mientras estés enfermo, y nada de entrenar con fiebre o síntomas en el pecho.
    Márcalo en el /checkin de hoy para que tu disposición y tu plan lo tengan en cuenta, o tómate un descanso con /pause. Ve al médico si dura o empeora.
coach-injured =
    🩹 Siento oírlo. No entrenes con dolor: sáltate lo que duela o cambie tu forma de moverte, y ve al fisio o al médico si no mejora en unos días.
    Marca la lesión en el /checkin de hoy, o tómate un descanso con /pause.
coach-tired =
    😮‍💨 Gracias por decírmelo. Un día de cansancio es un día para ir suave: haz la sesión de hoy corta y relajada, o descansa.
    { $readiness }
    Haz el /checkin de hoy para que tu disposición cuente cómo te sientes.
coach-short-of-time =
    🧳 ¿Vas justo de tiempo o de viaje? Mantén el hábito con sesiones cortas y suaves; la sesión clave de la semana es lo que más importa. Para un parón más largo, /pause detiene los avisos hasta que vuelvas.
    /week muestra la semana para organizarte.
coach-move-skip = 🔁 Para mover o saltar una sesión, abre /week y elige el día. Una sesión perdida no se recupera doblando otro día.
coach-today-title = 📅 <b>Hoy</b>
coach-why-title = 🔎 <b>Por qué esta disposición</b>
coach-fitness =
    📈 <b>Tu forma</b>
    Forma (CTL): { $ctl }
    Fatiga (ATL): { $atl }
    Frescura (TSB): { $tsb }
    { $acwr }
coach-fitness-acwr = ACWR: { $acwr } (0,8–1,3 es la franja habitual; los umbrales se discuten)
coach-fitness-acwr-unsure = ACWR: — (aún no hay datos suficientes: hacen falta 4 semanas de entrenamiento para que signifique algo)
coach-fitness-change = Cambio en 4 semanas: { $change }
coach-fitness-none = 📈 Aún no hay carga de entrenamiento: sube un archivo o registra un entrenamiento con /log, y forma, fatiga y frescura empezarán a contar.
coach-no-readiness = Aún no has hecho el control de hoy: /checkin lleva un minuto y da el veredicto del día.
coach-unknown =
    Puedo responder preguntas sobre tu entrenamiento a partir de tus propios datos. Prueba:
    • «¿Qué toca hoy?» o «¿por qué esta disposición?»
    • «¿Cómo va mi forma?»
    • «Estoy enfermo», «me duele la rodilla», «estoy cansado», «estoy de viaje»
    • «¿Puedo mover la sesión de mañana?»
coach-unknown-ai-off = El entrenador de IA está desactivado en este servidor, así que respondo directamente a estas preguntas frecuentes.

## The model's answers that could not be used
coach-fallback-heading = No he podido comprobar todos los números de mi respuesta, así que esto es lo que dicen tus datos:
coach-fallback-ran-out = Se me acabó el tiempo para una respuesta completa; esto es lo que he encontrado en tus datos:
coach-fallback-nothing = Aún no he encontrado nada registrado con lo que responder.
coach-failure-rate_limited = ⏳ Demasiadas preguntas a la vez ahora mismo. Vuelve a preguntar en un minuto; tu mensaje está guardado.
coach-failure-overloaded = ⏳ El entrenador de IA está saturado en este momento. Inténtalo de nuevo en unos minutos; tu mensaje está guardado.
coach-failure-server = ⚠️ El servicio de IA ha tenido un error. Inténtalo de nuevo en breve; tu mensaje está guardado.
coach-failure-timeout = ⌛ Tardaba demasiado, así que lo he parado. Vuelve a preguntar, quizá con una pregunta más corta.
coach-failure-unreachable = 📡 Ahora mismo no puedo conectar con el servicio de IA. Inténtalo más tarde; /today y /week funcionan como siempre.
coach-failure-refused = Con eso no puedo ayudarte. Pregúntame por tu entrenamiento, tu disposición, tu forma o tu plan.
coach-failure-rejected = ⚠️ El entrenador de IA no está disponible ahora mismo. /today, /week y /checkin funcionan como siempre.

## Notes
coach-note-confirm = 📝 ¿Guardo esta nota de salud para futuras conversaciones?
    <i>{ $text }</i>
coach-btn-note-keep = ✅ Guardar
coach-btn-note-drop = ✖️ No guardar
coach-note-kept = 📝 Guardada: la tendré en cuenta.
coach-note-dropped = No guardada.
coach-note-gone = Esa nota ya no está pendiente.

## /coach and /forget
coach-status =
    🤖 <b>Tu entrenador de IA</b>
    Pregúntame lo que quieras sobre tu entrenamiento con tus propias palabras: por qué tu disposición de hoy es la que es, a qué ritmo o potencia apuntar, cómo fue un entrenamiento, cómo va tu forma. Respondo con tus propios datos y puedo recordar lo que me pidas.

    { $mode }
coach-status-ai = Modelo: { $model }. Hoy: { $calls ->
        [one] 1 petición al modelo
       *[other] { $calls } peticiones al modelo
    }, ${ $spent } de tu límite diario de ${ $budget }.
coach-status-budget = El límite de hoy de ${ $budget } está agotado (${ $spent }); hasta medianoche respondo directamente a las preguntas frecuentes.
coach-status-no-key = El modelo de IA no está configurado en este servidor, así que respondo a las preguntas frecuentes (enfermo, lesionado, cansado, sin tiempo, hoy, disposición, forma) directamente con tus datos.
coach-forget-ask = ¿Olvido nuestra conversación? Tus datos de entrenamiento y las notas que me pediste guardar se quedan.
coach-btn-forget = 🗑 Olvidarla
coach-btn-keep = Mantenerla
coach-forgotten = 🗑 Hecho: he olvidado nuestra conversación ({ $count } mensajes).
coach-forget-kept = No se ha olvidado nada.
cmd-coach = Tu entrenador de IA: qué puede hacer y el uso de hoy
cmd-forget = Olvidar la conversación con el entrenador

## Buttons under an answer without the model: each opens its command
coach-btn-cmd-today = 📅 Hoy
coach-btn-cmd-week = 🗓 Esta semana
coach-btn-cmd-checkin = 📝 Hacer el control
coach-btn-cmd-pause = ⏸ Pausa
coach-btn-cmd-history = 📜 Historial
coach-btn-cmd-help = ❓ Qué puedo hacer

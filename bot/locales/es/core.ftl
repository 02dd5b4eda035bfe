## Commands shown in Telegram's menu (setMyCommands)
cmd-start = Empezar o reiniciar Tempo
cmd-profile = Tu perfil y tus zonas de entrenamiento
cmd-settings = Zona horaria, hora del resumen, unidades, umbrales, objetivo…
cmd-help = Qué puede hacer Tempo
cmd-language = Cambiar el idioma
cmd-cancel = Salir del diálogo actual

## /start
start-greeting =
    👋 ¡Hola, { $name }! Soy <b>Tempo</b>, tu entrenador de resistencia en Telegram.

    Ayudo a corredores, ciclistas, nadadores y triatletas a entrenar con un plan que encaja en su vida:
    • un plan periodizado en torno a tu carrera objetivo y las horas que tienes;
    • un resumen cada mañana con lo preparado que estás hoy (VFC, pulso en reposo, sueño, agujetas, carga) y la sesión del día;
    • tus entrenamientos cruzados con el plan: envíame archivos FIT, TCX o GPX o un registro rápido;
    • forma, fatiga y frescura seguidas día a día.

    Primero, unas preguntas rápidas para que el plan se ajuste a ti; casi todas se responden con un toque. /back vuelve a la pregunta anterior, /cancel hace una pausa.
start-welcome-back = 👋 ¡Bienvenido de nuevo, { $name }! Tu perfil está listo: /profile lo muestra con tus zonas y /settings cambia lo que quieras.
start-group =
    👋 Hola, soy <b>Tempo</b>, un entrenador de resistencia. Tu entrenamiento vive en un chat privado conmigo; toca aquí para empezar: { $link }

## /help
help-text =
    <b>Lo que puedo hacer</b>

    <b>Tu entrenamiento</b>
    /today — la sesión de hoy con tus objetivos (y un archivo .zwo o FIT para tu dispositivo)
    /week — esta semana día a día, lo planificado y lo hecho
    /plan — el plan completo: fases, semanas, cuenta atrás para la carrera
    /undo — deshace tu último cambio en el plan (lo cambian los botones de un día o una frase como «estoy enfermo»)
    Envía un archivo FIT, TCX o GPX (o un .zip) y lo cruzaré con tu plan
    /log — registra un entrenamiento en una línea: «corrí 10 km en 52 min rpe 6»
    /checkin — cómo has dormido y cómo te sientes esta mañana
    /history — tus entrenamientos recientes
    /review — el balance de la semana pasada y lo que cambió para esta
    /connect — sincroniza con intervals.icu o Strava
    /fitness — forma, fatiga y frescura, con un gráfico

    <b>Entrenar a otros</b>
    /squad — tus atletas como entrenador: quién necesita atención, la ficha de cada atleta (cambiar su plan, fijar un umbral, escribirle), un cambio para todos; /squad new — un grupo y su enlace de invitación
    /sharing — qué entrenadores ven qué de lo tuyo; cámbialo o sal cuando quieras
    /digest — el resumen matinal de tu grupo y el balance del domingo: hora, activar o no
    /ask — pregunta a la IA por tu grupo: "/ask ¿quién lo está pasando mal esta semana?"
    /groupprivacy — qué puede ver de tu día el chat del equipo

    <b>Tu resumen matinal</b>
    /brief — su hora, activarlo o no, días tranquilos
    /pause — pausa los avisos (viajes, enfermedad); /resume para seguir

    <b>Tú</b>
    /start — empezar o seguir configurando tu perfil
    /profile — tu perfil y tus zonas de entrenamiento
    /zones — fija una zona propia ("/zones zona 2 pulso 130-145") o vuelve a las calculadas
    /settings — zona horaria, hora del resumen, unidades, umbrales, disponibilidad, objetivo…
    /language — English, Русский, Español, Deutsch, Français, Italiano
    /export — todos tus datos en un zip; /delete — borra tu cuenta y tus datos
    /back — vuelve una pregunta atrás; /cancel — sale del diálogo actual
    /help — esta lista

## /language
language-choose = Elige tu idioma:
language-set = ✅ Hecho: a partir de ahora te hablaré en español.
language-unchanged = Ya estamos en español.

## Messages Tempo cannot use
fallback-unknown-command = No conozco el comando { $command }. Escribe /help para ver lo que puedo hacer.
fallback-sticker = ¡Buen sticker! Aunque solo sé leer texto, botones y archivos de entrenamiento. Escribe /help para ver lo que puedo hacer.
fallback-voice = Todavía no puedo escuchar mensajes de voz; escríbemelo, por favor.
fallback-photo = Todavía no puedo leer fotos. Para un entrenamiento, envía como archivo el FIT, TCX o GPX de tu reloj o de tu app.
fallback-document = Todavía no puedo usar ese archivo. Pronto llegarán los archivos de entrenamiento (FIT, TCX, GPX).
fallback-other = Solo sé leer texto, botones y archivos de entrenamiento. Escribe /help para ver lo que puedo hacer.
fallback-text = No lo he entendido. Escribe /help para ver lo que puedo hacer.

## Dialogs
cancel-done = Vale, lo he detenido. No ha cambiado nada más.
cancel-nothing = No hay nada que cancelar.

## Buttons that no longer apply
stale-button = Ese botón es de un mensaje anterior y ya no sirve.

## Errors
error-generic = Lo siento, algo ha fallado por mi parte y no he podido terminar. No se ha perdido nada; vuelve a intentarlo en un momento.

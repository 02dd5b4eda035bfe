# /export and /delete: the athlete's data to take away, or gone.
cmd-export = Descargar todo lo que Tempo guarda sobre ti
cmd-delete = Borrar tu cuenta y todos tus datos
export-caption = 📦 Todo lo que Tempo guarda sobre ti. El README.txt de dentro explica qué es cada archivo.
export-caption-part = 📦 Todo lo que Tempo guarda sobre ti, parte { $number } de { $total } (Telegram admite archivos de hasta 50 MB). El README.txt está en la parte 1.
export-readme-title = Tempo: tus datos, exportados el { $day }.
    Cada sección de abajo nombra los archivos y lo que contienen. Fechas y horas en ISO 8601, horas en UTC; cargas en puntos tipo TSS; duraciones en segundos, distancias en metros, velocidades en m/s, ritmos en segundos.
export-readme-account = { $files }: tu cuenta de Telegram tal como la conoce Tempo (id, nombre, idioma, zona horaria, estado).
export-readme-profile = { $files }: tu perfil (deportes, experiencia, disponibilidad, material, cuerpo, notas) y unidades.
export-readme-goals = { $files }: tus objetivos y carreras, actuales y archivados.
export-readme-thresholds = { $files }: tu historial de umbrales (FTP, LTHR, FCmáx, pulso en reposo, CSS, ritmo umbral de carrera) con su origen y la fecha en que empezó a valer cada uno.
export-readme-plans = { $files }: tus planes de entrenamiento, el objetivo para el que se hizo cada uno y cuántas veces se recalculó.
export-readme-weeks = { $files }: cada semana del plan (fase, horas, carga y sesiones planificadas, notas de lo que cambió).
export-readme-sessions = { $files }: cada sesión planificada con su entrenamiento estructurado, las cantidades planificadas y lo que pasó con ella.
export-readme-activities = { $files }: tus actividades, una fila cada una ({ $count ->
    [one] una actividad
   *[other] { $count } actividades
}), con la carga y el método que la calculó, el tiempo en zonas y las vueltas.
export-readme-files = { $files }: los archivos que subiste (nombre, formato, suma de control).
export-readme-originals = { $files }: tus archivos originales, byte a byte tal como los enviaste.
export-readme-wellness = { $files }: tus controles diarios (sueño, agujetas, cansancio, estrés, ánimo, VFC, pulso en reposo, enfermedad, lesión).
export-readme-pushes = { $files }: los ajustes de tu resumen matinal y de los recordatorios.
export-readme-deliveries = { $files }: los avisos que te envió Tempo (resúmenes, recordatorios, balances) tal como salieron, notas del entrenador de IA incluidas, con tus toques.
export-readme-reviews = { $files }: tus balances semanales y los cambios que hicieron en la semana siguiente.
export-readme-dialogs = { $files }: una pregunta que Tempo esperaba que respondieras, si la hay.
export-readme-table = { $files }: { $count ->
    [one] una fila
   *[other] { $count } filas
} de la tabla «{ $table }», tal como se guardan.
export-readme-ai = IA: las notas opcionales del resumen matinal se escriben a partir de datos anónimos (sin nombre ni id) y se guardan en una caché compartida por un hash de esos datos, así que ningún registro ni coste de IA está ligado a ti; las notas que recibiste están en messages/pushes-sent.json.
export-readme-consents = Consentimientos: Tempo no ha pedido ninguno hasta ahora; cuando lo haga, aparecerán en esta exportación.

delete-ask-first = ⚠️ <b>¿Borrar tu cuenta y todo lo que contiene?</b>
    Tu perfil, umbrales, planes, actividades con sus archivos originales, controles, balances y avisos programados se borrarán para siempre. Nada podrá recuperarlos.
    ¿Quieres una copia antes? Envía /export.
delete-btn-first = Sí, borrar todo
delete-btn-final = 🗑 Borrar para siempre
delete-btn-keep = No, conservar mis datos
delete-ask-final = 🛑 <b>Último paso.</b> En cuanto toques «Borrar para siempre», tus datos desaparecen en un segundo y no se pueden restaurar. ¿Seguro?
delete-kept = 👍 No se ha borrado nada.
delete-done = ✅ Hecho: todo lo que Tempo guardaba sobre ti se ha borrado y no llegarán más mensajes. Si vuelves a escribir, empezarás de cero. Gracias por entrenar con Tempo.
delete-stale = Ese botón pertenece a una cuenta anterior. Envía /delete para empezar de nuevo.

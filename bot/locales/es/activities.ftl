## Commands shown in Telegram's menu
cmd-log = Registrar un entrenamiento sin archivo
cmd-checkin = Control matinal: sueño, agujetas, VFC
cmd-history = Tus entrenamientos recientes

## Sports
act-sport-run = Carrera
act-sport-bike = Bici
act-sport-swim = Natación
act-sport-strength = Fuerza
act-sport-walk = Caminata
act-sport-hike = Senderismo
act-sport-ski = Esquí
act-sport-row = Remo
act-sport-other = Entrenamiento
act-sport-transition = Transición
act-multisport = Multideporte
act-multisport-total = Total { $parts } · 📈 carga <b>{ $load }</b>
act-ask-rpe-legs = ¿Qué tan duro fue cada segmento? Toca de 1 (muy fácil) a 10 (máximo) en sus filas de abajo.
act-rpe-saved-card = ✅ RPE { $rpe } guardado. Escribe ahora una nota si quieres (sensaciones, dolor, condiciones).

## The summary card
act-card-title = { $icon } <b>{ $sport }</b> · { $when }
act-leg = Segmento { $leg } de { $legs } de un archivo multideporte
act-duration = ⏱ { $value }
act-distance = 📏 { $value }
act-speed-kmh = { $value } km/h
act-speed-mph = { $value } mph
act-untimed = Sin marcas de tiempo: se omiten las métricas basadas en el tiempo (ritmo, zonas, carga por tiempo).
act-hr = ❤️ { $avg } ppm de media, { $max } máx.
act-power = ⚡ { $avg } W de media
act-power-np = ⚡ { $avg } W de media, NP { $np } W
act-ascent = ⛰ { $value } m de desnivel positivo
act-ascent-ft = ⛰ { $value } ft de desnivel positivo
act-load = 📈 Carga <b>{ $load }</b> ({ $method })
act-load-if = 📈 Carga <b>{ $load }</b> ({ $method }, IF { $intensity })
act-load-none = 📈 Aún sin carga: valora lo duro que fue (RPE) y la calculo.
act-method-power = potencia
act-method-pace = ritmo
act-method-swim_pace = ritmo de natación
act-method-heart_rate = frecuencia cardiaca
act-method-session_rpe = RPE de la sesión
act-method-service = cálculo propio de intervals.icu
act-load-note-power-all-zero = ⚠️ El potenciómetro solo envió ceros: la carga sale de los siguientes mejores datos.
act-load-note-scaled-partial = ⚠️ La grabación cubre el { $percent } % del tiempo del entrenamiento: la carga supone que el resto fue parecido.
act-load-note-power-partial = ⚠️ La potencia cubre solo el { $percent } % del tiempo del entrenamiento: la carga sale de otros datos.
act-load-note-pace-partial = ⚠️ El ritmo cubre solo el { $percent } % del tiempo del entrenamiento: la carga sale de otros datos.
act-zones-power = Zonas de potencia: { $zones }
act-zones-heart_rate = Zonas de pulso: { $zones }
act-zones-run_pace = Zonas de ritmo: { $zones }
act-zones-swim_pace = Zonas de ritmo de natación: { $zones }
act-rpe-line = 💬 RPE { $rpe }/10
act-note-line = 📝 { $note }
act-fitness = Forma { $ctl } · fatiga { $atl } · frescura { $tsb }
act-sport-unknown = ❓ El archivo no dice qué deporte era. Tócalo abajo y volveré a calcularlo.
act-session = { $kind } · { $sport }
act-session-endurance = Resistencia
act-session-tempo = Tempo
act-session-threshold = Umbral
act-session-intervals = Series
act-session-recovery = Recuperación
act-session-long = Tirada larga
act-session-race = Carrera
act-matched = 📅 Planificado: { $title } el { $day } ({ $planned })
act-matched-compliance = 📅 Planificado: { $title } el { $day } ({ $planned }): { $percent }% de la { $basis } planificada { $color }
act-basis-duration = duración
act-basis-distance = distancia
act-basis-load = carga
act-color-green = 🟢
act-color-yellow = 🟡
act-color-red = 🔴

## Buttons
act-btn-plan = 🔗 Sesión planificada
act-btn-delete = 🗑 Borrar
act-btn-delete-yes = 🗑 Sí, bórralo
act-btn-back = « Atrás
act-btn-skip = Saltar
act-btn-no-note = Sin nota
act-btn-unmatch = ✖ No es una sesión planificada

## After the workout
act-ask-rpe = ¿Qué tan duro fue? Valora toda la sesión de 1 (muy fácil) a 10 (máximo).
act-rpe-saved = ✅ RPE { $rpe } guardado. ¿Algo que anotar (sensaciones, dolor, condiciones)? Escríbelo ahora.
act-rpe-skipped = Vale, sin RPE para esta.
act-note-saved = 📝 Nota guardada.
act-note-skipped = Vale, sin nota.
act-gone = Esa actividad ya no existe.
act-rematch = Elige la sesión planificada a la que corresponde, o di que a ninguna.
act-rematch-none = No hay sesiones planificadas cerca de ese día.
act-rematch-taken = Otra actividad ya cumple esa sesión.
act-matched-done = Vinculada a la sesión planificada.
act-unmatched-done = No vinculada a ninguna sesión planificada.
act-delete-confirm = ¿Borrar esta actividad? Su carga sale de tu historial de forma.
act-deleted = 🗑 Borrado: { $sport } del { $day }. Forma, fatiga y frescura se recalculan desde ese día.

## Uploads
upload-error-telegram_too_big = Ese archivo pesa más de { $limit_mb } MB, lo máximo que Telegram deja descargar a los bots. Envíalo comprimido (.zip o .gz) o exporta un archivo más corto.
upload-error-empty_file = Ese archivo está vacío; no se ha guardado nada. Prueba a exportarlo de nuevo.
upload-error-file_too_large = Ese archivo pesa más de { $limit_mb } MB; no se ha guardado nada. Envíalo comprimido, o exporta la actividad como FIT, que ocupa menos.
upload-error-unrecognised_file = { $file_name } no es un archivo de entrenamiento (parece { $detected }). Envía el archivo FIT, TCX o GPX de tu reloj o tu app.
upload-error-unsupported_format = Los archivos { $format } no son compatibles. Exporta la actividad como FIT, TCX o GPX y envía ese.
upload-error-not_an_activity = Este archivo FIT es de tipo <b>{ $file_type }</b>, no una actividad grabada; no se ha guardado nada. Envía el archivo de la actividad (en Garmin, el de la carpeta Activity).
upload-error-no_track = Este archivo GPX no contiene ningún track grabado ({ $waypoints } waypoints, { $route_points } puntos de ruta); no se ha guardado nada. Envía la actividad grabada.
upload-error-no_activity_data = El archivo { $format } no contiene datos de actividad; no se ha guardado nada.
upload-error-truncated_file = Ese archivo se corta a los { $bytes_read } bytes; no se ha guardado nada. Prueba a exportarlo de nuevo.
upload-error-corrupt_file = El archivo { $format } está dañado en el byte { $offset } (en su { $part }); no se ha guardado nada. Prueba a exportarlo de nuevo.
upload-part-header = cabecera
upload-part-data = registros
upload-part-xml = XML
upload-part-compression = compresión
upload-error-storage_quota = Tus archivos de entrenamiento guardados han llegado a { $limit_mb } MB ({ $used_mb } MB usados), así que este no se ha guardado. Borra en /history los entrenamientos que no necesites para hacer sitio.
upload-error-download_failed = No he podido descargar ese archivo de Telegram: { $reason }. No se ha guardado nada; envíalo de nuevo en un minuto.
download-reason-refused = Telegram lo rechazó ({ $detail })
download-reason-telegram = Telegram no respondió ({ $detail })
download-reason-status = el servidor de archivos de Telegram respondió con el error { $status }
download-reason-network = la conexión se cortó o tardó demasiado
upload-error-corrupt_archive = El archivo comprimido { $format } está dañado y no se ha podido abrir; no se ha guardado nada.
upload-error-archive_too_large = Descomprimido, ese archivo ocupa más de { $limit_mb } MB; no se ha guardado nada. Envía menos actividades a la vez.
upload-error-archive_ratio = Ese archivo se descomprime a más de { $ratio } veces su tamaño; las exportaciones de actividades nunca lo hacen, así que no lo he abierto. Envía los archivos de actividad directamente.
upload-error-archive_too_many_files = El archivo comprimido contiene { $members } archivos; leo como mucho { $limit } a la vez. Envía menos actividades cada vez.
upload-error-nested_archive = { $file_name } es un archivo comprimido dentro de otro. Descomprímelo y envía el archivo de la actividad.
upload-error-encrypted_member = { $file_name } está protegido con contraseña, así que no puedo leerlo.
upload-error-archive_nothing_usable = Ninguno de los { $members } archivos del comprimido es una actividad legible; no se ha guardado nada.
upload-error-ingest_error = No he podido leer ese archivo; no se ha guardado nada. Expórtalo de nuevo como FIT, TCX o GPX.
upload-lost-trailing_data = El entrenamiento en sí está completo ({ $records_recovered } registros, { $time_recovered }); solo están dañados los bytes de después. ¿Lo guardo de todos modos?
upload-lost-records_partial = El resumen del dispositivo está ({ $time_total }, { $distance_total }), pero sus registros se paran en el minuto { $time_recorded } y { $distance_recorded }. Al guardar se conservan los totales y la carga del resumen; las zonas y los gráficos cubren solo la parte grabada. ¿Guardo lo que hay?
upload-lost-summary = { $records_recovered } registros ({ $time_recovered }) están intactos; los totales del propio dispositivo y todo lo posterior al último registro bueno se han perdido (los totales se calcularían a partir de los registros). ¿Guardo lo que hay?
upload-lost-records = { $records_recovered } registros ({ $time_recovered }) están intactos; las muestras posteriores se han perdido. ¿Guardo lo que hay?
upload-lost-trivial = Solo se pueden leer { $time_recovered } y { $distance_recovered }: demasiado poco para que valga la pena guardarlo.
upload-lost-everything = No se ha podido recuperar nada.
upload-btn-save-part = 💾 Guardar lo que hay
upload-btn-drop = ✖ No guardar
upload-dropped = Vale, no se ha guardado nada.
upload-salvaged = 💾 Guardada la parte intacta ({ $count } { $count ->
        [one] actividad
       *[other] actividades
    }).
upload-duplicate-file = ♻️ Ya tengo este archivo: { $sport } del { $when }. No se ha guardado nada nuevo.
upload-duplicate-workout = ♻️ Ya tengo este entrenamiento de otro archivo o app: { $sport } del { $when }. Me he quedado con el primero.
upload-replaced-logged = 🔁 Es el entrenamiento que registraste a mano ({ $sport }, { $when }): el archivo sustituye esa entrada y conserva tu RPE, tu nota y el vínculo con el plan, así que cuenta una sola vez.
upload-member-failed = ⚠️ { $name }: { $reason }
upload-untimed = Este archivo tiene { $count ->
        [one] un track
       *[other] { $count } tracks
    } ({ $distance }) sin marcas de tiempo. ¿Qué día fue? Toca o escribe una fecha como 12.03.
upload-btn-today = Hoy
upload-btn-yesterday = Ayer
upload-ask-duration = Fecha: { $day }. ¿Cuánto duró? Escríbelo, como 1h20 o 45 min, o guárdalo sin métricas basadas en el tiempo.
upload-untimed-many = Fecha: { $day }. Los tracks no tienen marcas de tiempo: toca abajo para guardarlos sin métricas basadas en el tiempo.
upload-btn-no-duration = Guardar sin tiempo

## /history
history-empty = Aún no hay actividades. Envíame un archivo FIT, TCX o GPX, o registra una con /log.
history-title = <b>Tus actividades</b> ({ $shown } de { $total }). Toca un número para ver los detalles.
history-load = carga { $load }
history-no-load = sin carga
history-newer = « Más recientes
history-older = Más antiguas »

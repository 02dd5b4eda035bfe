## The onboarding dialog: one question per message

ob-progress = <i>{ $index }/{ $total }</i>

ob-q-sports = 🏅 <b>¿Qué deportes entrenas?</b> Marca todos los que correspondan y toca <b>Listo</b>.
ob-q-experience = 📈 <b>¿Cuánta experiencia tienes?</b>
ob-q-races = 🏁 <b>¿Cuántas carreras has terminado?</b> Toca o escribe un número.
ob-q-goal = 🎯 <b>¿Para qué entrenas?</b> Elige tu carrera, o forma física general.
ob-q-race_custom = { $event ->
    [bike] 🚴 <b>¿Cuánto dura la prueba?</b> Escribe su distancia o duración, p. ej. «120 km», «6 h», o su nombre con una de ellas.
   *[other] ✍️ <b>Háblame de la carrera:</b> su nombre y, si la tiene, su distancia o duración, p. ej. «Trail 30 km», «Gran Fondo 160 km», «24h MTB».
}
ob-q-race_date = 📅 <b>¿Cuándo es la carrera?</b> p. ej. 18.04.2027 o 18 de abril de 2027.
ob-q-race_priority =
    ⭐ <b>¿Qué importancia tiene esta carrera?</b>
    A — el objetivo principal de tu temporada: llegamos a ella en el pico de forma.
    B — importante, pero no el pico: una puesta a punto corta.
    C — una carrera de entrenamiento: entrenamos a través de ella.
ob-q-race_target = ⏱ <b>¿Tienes un tiempo objetivo?</b> p. ej. 3:45:00 o 52:30, o toca Saltar.
ob-q-hours = ⏳ <b>¿Cuántas horas a la semana puedes entrenar?</b> Toca o escribe, p. ej. 6.5.
ob-q-days = 🗓 <b>¿Qué días puedes entrenar?</b> Márcalos y toca <b>Listo</b>.
ob-q-long_day = 🛣 <b>¿Qué día te viene mejor para la tirada larga?</b>
ob-q-pool = 🏊 <b>¿Puedes ir a una piscina?</b>
ob-q-pool_days = 🏊 <b>¿Qué días puedes ir a la piscina?</b> Márcalos y toca <b>Listo</b>.
ob-q-equipment = ⌚ <b>¿Con qué entrenas?</b> Marca lo que tengas, o nada, y toca <b>Listo</b>.
ob-q-watch = ⌚ <b>¿Qué reloj o ciclocomputador usas?</b> Toca o escribe la marca.
ob-q-birth_year = 🎂 <b>¿En qué año naciste?</b> p. ej. 1988. Las estimaciones de frecuencia cardiaca dependen de la edad.
ob-q-sex = 🧬 <b>¿Tu sexo?</b> Opcional: afina la carga de entrenamiento basada en la frecuencia cardiaca.
ob-q-weight = ⚖️ <b>¿Tu peso?</b> Opcional, p. ej. 72 kg o 160 lbs.
ob-q-ftp = 🚴 <b>¿Tu FTP?</b> La potencia que puedes mantener durante una hora aprox., p. ej. 250 W.
ob-q-run_pace = 🏃 <b>¿Tu ritmo umbral?</b> El ritmo que podrías mantener en carrera durante una hora aprox., p. ej. 4:30/km o 7:15/mi.
ob-q-css = 🏊 <b>¿Tu ritmo CSS?</b> p. ej. 1:45/100m, o los tiempos de un test de 400 m y otro de 200 m, p. ej. «6:00 2:50».
ob-q-hr_max = ❤️ <b>¿Tu frecuencia cardiaca máxima?</b> p. ej. 188.
ob-q-resting_hr = 😴 <b>¿Tu pulso en reposo?</b> Medido al despertar, p. ej. 52.
ob-q-lthr = 💓 <b>¿Tu frecuencia cardiaca en el umbral láctico (LTHR)?</b> p. ej. 170.
ob-q-injuries = 🩹 <b>¿Alguna lesión o limitación que deba conocer?</b> Escríbelo con tus palabras, o toca Ninguna.
ob-q-timezone =
    🕒 <b>¿Dónde estás?</b> Envío los resúmenes según tu hora local.
    Comparte tu ubicación con el botón de abajo, o escribe tu ciudad o tu desfase UTC (p. ej. Madrid, UTC+1, +05:45). /back vuelve atrás.
ob-q-brief_time = ⏰ <b>¿A qué hora quieres el resumen de la mañana?</b> Toca o escribe una hora, p. ej. 6:45.
ob-q-units = 📏 <b>¿Qué unidades?</b>
ob-q-th_source = 🔎 <b>¿De dónde sale este valor de { $threshold }?</b>
ob-q-th_date = 📅 <b>¿Desde cuándo vale este { $threshold }?</b> Toca Hoy o escribe una fecha; los valores anteriores se quedan en tu historial.

## Answer buttons
ob-opt-sports-run = 🏃 Carrera
ob-opt-sports-bike = 🚴 Ciclismo
ob-opt-sports-swim = 🏊 Natación
ob-opt-sports-triathlon = 🔱 Triatlón
ob-opt-sports-duathlon = 🔁 Duatlón
ob-opt-experience-beginner = Principiante
ob-opt-experience-intermediate = Intermedio
ob-opt-experience-advanced = Avanzado
ob-opt-races-0 = Ninguna aún
ob-opt-races-20 = 20+
ob-opt-goal-5k = 5 km
ob-opt-goal-10k = 10 km
ob-opt-goal-half_marathon = Media maratón
ob-opt-goal-marathon = Maratón
ob-opt-goal-ultra = Ultramaratón
ob-opt-goal-sprint = Triatlón sprint
ob-opt-goal-olympic = Triatlón olímpico
ob-opt-goal-70-3 = 70.3 (media distancia)
ob-opt-goal-140-6 = Distancia Ironman (140.6)
ob-opt-goal-du_sprint = Duatlón sprint
ob-opt-goal-du_standard = Duatlón estándar
ob-opt-goal-bike_100 = 🚴 100 km
ob-opt-goal-bike_160 = 🚴 160 km (century)
ob-opt-goal-bike_200 = 🚴 200 km
ob-opt-goal-bike_100-imperial = 🚴 62 mi
ob-opt-goal-bike_160-imperial = 🚴 100 mi (century)
ob-opt-goal-bike_200-imperial = 🚴 124 mi
ob-opt-goal-bike_other = 🚴 Otra ruta o prueba
ob-opt-goal-swim_1500 = 🏊 1,5 km a nado
ob-opt-goal-swim_3800 = 🏊 3,8 km a nado
ob-opt-goal-swim_5k = 🏊 5 km a nado
ob-opt-goal-swim_10k = 🏊 10 km a nado
ob-opt-goal-custom = ✍️ Otra carrera
ob-opt-goal-general = 💪 Forma física general
ob-opt-race_priority-A = A
ob-opt-race_priority-B = B
ob-opt-race_priority-C = C
ob-opt-long_day-any = Me da igual
ob-opt-pool-all = Sí, cualquier día de entrenamiento
ob-opt-pool-some = Sí, algunos días
ob-opt-pool-no = Sin piscina
ob-opt-equipment-power_meter = Potenciómetro
ob-opt-equipment-hr_strap = Banda de pulso
ob-opt-equipment-smart_trainer = Rodillo inteligente
ob-opt-watch-garmin = Garmin
ob-opt-watch-coros = Coros
ob-opt-watch-polar = Polar
ob-opt-watch-suunto = Suunto
ob-opt-watch-apple = Apple Watch
ob-opt-watch-wahoo = Wahoo
ob-opt-watch-other = Otro
ob-opt-watch-none = Ninguno
ob-opt-sex-male = Hombre
ob-opt-sex-female = Mujer
ob-opt-units-metric = Métrico (km, kg)
ob-opt-units-imperial = Imperial (mi, lb)
ob-opt-th_source-measured = Medido o conocido
ob-opt-th_source-test = De un test de campo
ob-opt-th_date-today = Hoy
ob-opt-brief-default = { $time } (por defecto)
ob-btn-back = « Atrás
ob-btn-done = ✅ Listo
ob-btn-skip = Saltar
ob-btn-unknown = No lo sé
ob-btn-none = Ninguna
ob-btn-location = 📍 Compartir mi ubicación
ob-btn-continue = ▶️ Continuar
ob-btn-restart = 🔄 Empezar de nuevo
ob-timezone-placeholder = Ciudad o desfase UTC
ob-none = ninguno
ob-answered = ✓ <b>{ $answer }</b>

## "I don't know": what Tempo does instead, and the test that would measure it
ob-unknown-ftp-no-power = Sin problema: sin potenciómetro guiaré las salidas en bici por pulso y sensaciones.
ob-unknown-ftp = Sin problema: hasta que hagas el test, guiaré las salidas en bici por pulso y sensaciones.
    { test-ftp20 }
ob-unknown-run_threshold_pace = Sin problema: hasta que hagas el test, guiaré las carreras por pulso y sensaciones.
    { test-run30 }
ob-unknown-css = Sin problema: hasta que hagas el test, guiaré la natación por sensaciones.
    { test-css }
ob-unknown-hr_max = Sin problema: la estimaré a partir de tu edad (208 − 0,7 × edad, Tanaka 2001) y la marcaré como estimación.
ob-unknown-resting_hr = Sin problema. { test-resting }
ob-unknown-lthr = Sin problema. { test-lthr30 }

test-ftp20 = 🧪 <b>Test de FTP de 20 minutos</b>: calienta 15 minutos con algunos esfuerzos cortos e intensos y luego pedalea 20 minutos lo más fuerte que puedas mantener de forma constante. FTP ≈ 95 % de la potencia media.
test-run30 = 🧪 <b>Test de carrera de 30 minutos</b>: tras calentar, corre 30 minutos en solitario, lo más fuerte que puedas mantener de forma constante, en pista o en un llano. Tu ritmo medio es tu ritmo umbral.
test-css = 🧪 <b>Test CSS</b>: tras calentar, nada 400 m a tope, descansa hasta recuperarte del todo y luego 200 m a tope. Envíame los dos tiempos, p. ej. «6:00 2:50».
test-lthr30 = 🧪 <b>LTHR</b>: el pulso medio de los últimos 20 minutos de una contrarreloj de 30 minutos en solitario (corriendo o en bici) es tu frecuencia cardiaca en el umbral láctico.
test-resting = 🧪 <b>Pulso en reposo</b>: cuenta tus pulsaciones durante un minuto tumbado en la cama nada más despertar, tres mañanas seguidas, y quédate con la más baja.

## Answers Tempo cannot use: what was wrong, and the question again
ob-error-count-unreadable = Aquí necesito un número, como 3, o 0 si es tu primera.
ob-error-count-too-many = ¿{ $count } carreras? Me cuesta creerlo; escribe el número otra vez, por favor.
ob-error-hours-unreadable = Necesito un número de horas, como 6 o 7.5.
ob-error-hours-too-few = { $hours } horas no dejan sitio para entrenar. Incluso 2–3 horas a la semana son un buen comienzo; ¿cuántas puedes dedicar?
ob-error-hours-too-many = { $hours } horas a la semana es más de lo que entrena un profesional a tiempo completo. Da un número de 1 a { $maximum }.
ob-error-date-unreadable = No he podido leer esa fecha. Prueba 18.04.2027, 2027-04-18 o 18 de abril de 2027.
ob-error-date-past = El { $day } ya ha pasado. ¿Cuándo es la carrera?
ob-error-date-too-far = Eso es dentro de más de dos años. Elige una carrera no más tarde del { $limit }, o vuelve atrás y elige forma física general.
ob-error-date-future = El { $day } aún no ha llegado: un valor solo puede valer desde hoy o antes.
ob-error-date-too-old = El { $day } es anterior al { $earliest }: revisa el año.
ob-error-pace-unreadable = No he podido leer ese ritmo. Escribe minutos y segundos, p. ej. 4:30/km o 7:15/mi.
ob-error-pace-too-fast = { $pace } es más rápido de lo que nadie aguanta una hora: el ritmo de hora de nivel mundial ronda { $limit }. Revísalo, p. ej. 4:30/km.
ob-error-pace-too-slow = { $pace } es más lento que caminar a paso ligero. El ritmo umbral es el que podrías mantener en carrera durante una hora; revísalo.
ob-error-swim-pace-unreadable = No he podido leer ese ritmo de natación. Escríbelo por 100 m, p. ej. 1:45/100m, o dos tiempos de test, p. ej. «6:00 2:50».
ob-error-css-too-fast = { $pace } batiría a los mejores del mundo (unos { $limit }). Revísalo.
ob-error-css-too-slow = { $pace } es más lento de lo que puedo usar como CSS. Si no estás seguro, toca «No lo sé».
ob-error-css-test-order = Esos dos tiempos no cuadran con 400 m y 200 m: los 400 m deben durar más del doble que los 200 m. Revísalos.
ob-error-power-unreadable = Necesito un número de vatios, como 250 o 250 W.
ob-error-ftp-too-high = { $watts } W estaría muy por encima de un esfuerzo de una hora de nivel mundial; el FTP suele estar entre 100 y 450 W. Escríbelo de nuevo (acepto como máximo { $maximum } W).
ob-error-ftp-too-low = { $watts } W es menos de lo que puedo usar como FTP (al menos { $minimum } W). Si no estás seguro, toca «No lo sé».
ob-error-weight-unreadable = Necesito tu peso como número, como 72 kg o 160 lbs.
ob-error-weight-out-of-range = Ese peso no parece el de un deportista adulto; escríbelo de nuevo, p. ej. 72 kg o 160 lbs.
ob-error-hr-unreadable = Necesito pulsaciones por minuto, como 170.
ob-error-hr-max-out-of-range = La frecuencia cardiaca máxima está entre { $low } y { $high } pulsaciones por minuto en casi todo el mundo; revísala.
ob-error-resting-hr-out-of-range = El pulso en reposo está entre { $low } y { $high } pulsaciones por minuto en casi todo el mundo; revísalo.
ob-error-lthr-out-of-range = La frecuencia cardiaca umbral está entre { $low } y { $high } pulsaciones por minuto en casi todo el mundo; revísala.
ob-error-lthr-above-max = { $bpm } no está por debajo de tu frecuencia cardiaca máxima ({ $hr_max }), y la umbral siempre lo está. Revísala.
ob-error-resting-hr-above-max = { $bpm } no está por debajo de tu frecuencia cardiaca máxima ({ $hr_max }); revísalo.
ob-error-lthr-below-rest = { $bpm } no está por encima de tu pulso en reposo ({ $resting }); revísalo.
ob-error-year-unreadable = Escribe el año completo, como 1988.
ob-error-year-too-old = Con { $year } tendrías { $age } años; escribe de nuevo tu año de nacimiento.
ob-error-year-too-young = Tempo es para deportistas de { $minimum } años o más; revisa el año ({ $year }).
ob-error-time-unreadable = No he podido leer ese tiempo. Escríbelo como 3:45:00, 52:30 o 3h45, o toca Saltar.
ob-error-time-too-long = Es más largo que cualquier carrera que pueda planificar. Revísalo, o toca Saltar.
ob-error-time-too-fast = { $time } en { $km } km batiría el récord del mundo. Para esta carrera planifico tiempos de llegada de { $fastest } a { $slowest }: revísalo, o toca Saltar.
ob-error-time-too-slow = { $time } en { $km } km es más lento que hacer el recorrido andando, y las carreras cierran mucho antes. Para esta carrera planifico tiempos de llegada de { $fastest } a { $slowest }: revísalo, o toca Saltar.
ob-error-clock-unreadable = No he podido leer esa hora. Escríbela como 6:30 o 7am.
ob-error-race-unreadable = Escribe el nombre o la distancia de la carrera, p. ej. «Trail 30 km».
ob-error-text-too-long = Es un poco largo; que no pase de { $maximum } caracteres, por favor.
ob-error-offset-out-of-range = Los desfases UTC van de −12 a +14 (con :30 o :45 en algunos lugares). Revísalo, p. ej. UTC+3 o +05:45.
ob-error-city-unknown = No conozco «{ $city }». Prueba con una ciudad más grande cercana, un desfase UTC como UTC+1, o comparte tu ubicación.
ob-error-location-unknown = No he podido deducir la zona horaria de esa ubicación. Escribe tu ciudad o tu desfase UTC.
ob-error-location-not-expected = Ahora mismo no te estaba pidiendo una ubicación.
ob-error-answer-expected = Aquí necesito una respuesta escrita o que toques un botón.
ob-error-use-buttons = Usa los botones que hay bajo la pregunta, por favor.
ob-error-first-question = Esta es la primera pregunta; no hay nada antes.
ob-error-pick-sports = Marca al menos un deporte primero.
ob-error-pick-days = Marca al menos un día primero.
ob-error-pick-pool_days = Marca al menos un día de piscina primero, o vuelve atrás y elige «Sin piscina».
ob-error-dialog-finished = Ese diálogo ya ha terminado.

## Around the dialog
ob-timezone-set = 🕒 Zona horaria: <b>{ $place }</b>; allí son ahora las { $time }.
ob-went-back = ↩️ Una pregunta atrás.
ob-resume = Estás a mitad de configurar tu perfil (pregunta { $index } de { $total }). ¿Sigues donde lo dejaste o empiezas de nuevo?
ob-paused = ⏸ En pausa. Tus respuestas se guardan; envía /start cuando quieras seguir.
ob-edit-cancelled = Vale, no ha cambiado nada.
ob-back-nothing = No hay ninguna pregunta a la que volver.
ob-stale = Ese botón es de una pregunta anterior; usa la más reciente, por favor.
ob-busy = Termina primero la pregunta actual (o cancélala con /cancel).

## The end of onboarding
onboarding-done = 🎉 <b>¡Listo, gracias!</b> Aquí tienes tu perfil. Toca ✏️ para cambiar cualquier parte.
onboarding-next =
    <b>Qué pasa ahora</b>
    🗓 Tu plan está listo: /today muestra la sesión de hoy, /week esta semana, /plan el plan completo.
    ☀️ Tu primer resumen matinal llega { $when } en tu hora.
    Escribe /profile para ver todo esto de nuevo y /settings para cambiar lo que quieras.

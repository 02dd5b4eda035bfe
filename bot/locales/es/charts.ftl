# Charts as photos (/fitness and the 📈 buttons). Words on a picture are plain text: no HTML, no "&".
cmd-fitness = Forma, fatiga y frescura, con un gráfico
chart-btn-open = 📈 Gráfico
chart-btn-readiness = 📈 Tendencia de disposición
chart-btn-week = 📈 La semana en un gráfico
chart-btn-6w = 6 semanas
chart-btn-3m = 3 meses
chart-btn-1y = 1 año
chart-gone = Ese gráfico pertenece a algo que ya no existe.
chart-none-fitness = Aún no hay carga de entrenamiento, así que no hay nada que representar. Sube un archivo de entrenamiento o regístralo con /log, y la forma empezará a construirse desde ese día.
chart-none-plan = Aún no hay plan que representar: termina tu perfil con /start.
chart-none-week = Esa semana ya no está en tu plan.
chart-none-readiness = No hay controles en los últimos 60 días. Responde a /checkin por las mañanas (añade «vfc 62 fc 48» si tu reloj los mide) y aquí aparecerá la tendencia.
chart-none-activity = Este entrenamiento no tiene datos grabados que dibujar: se registró a mano, o su archivo no contiene series temporales.

fitness-title = 📈 <b>Forma, fatiga y frescura hoy</b>
fitness-numbers = Forma <b>{ $ctl }</b> · fatiga <b>{ $atl }</b> · frescura <b>{ $tsb }</b> ({ $zone })
fitness-ramp = Cambio de forma en 7 días: { $ramp }
fitness-acwr = Relación de carga aguda:crónica: { $acwr } (0,8–1,3 es el rango habitual; los límites se discuten, tómalo como guía)
fitness-acwr-unsure = Relación de carga aguda:crónica: — (aún no hay datos suficientes: hacen falta 4 semanas de entrenamiento)
fitness-hint = La forma es tu carga de 6 semanas, la fatiga la de la última semana; la frescura es forma menos fatiga al empezar el día.

chart-fitness-title = Forma, fatiga y frescura
chart-fitness-load = Carga diaria
chart-fitness-planned-load = Carga planificada
chart-fitness-load-axis = Carga por día
chart-fitness-fitness-axis = Forma y fatiga
chart-fitness-ctl = Forma
chart-fitness-atl = Fatiga
chart-fitness-tsb = Frescura
chart-fitness-form-axis = Frescura
chart-fitness-today = hoy
chart-fitness-race = Carrera
chart-fitness-zone-transition = Transición
chart-fitness-zone-fresh = Fresco
chart-fitness-zone-grey = Zona gris
chart-fitness-zone-optimal = Óptima
chart-fitness-zone-high-risk = Riesgo alto
chart-caption-fitness-6w = Últimas 6 semanas: hoy forma { $ctl }, fatiga { $atl }, frescura { $tsb }.
chart-caption-fitness-3m = Últimos 3 meses: hoy forma { $ctl }, fatiga { $atl }, frescura { $tsb }.
chart-caption-fitness-1y = Último año: hoy forma { $ctl }, fatiga { $atl }, frescura { $tsb }.
chart-caption-fitness-planned = Discontinua: el plan hasta el { $day }.

chart-week-title = La semana: planificado y hecho
chart-week-minutes-axis = Minutos
chart-week-planned = Planificado
chart-week-green = En objetivo
chart-week-yellow = En parte
chart-week-red = No hecho o muy lejos
chart-week-unplanned = No planificado
chart-caption-week = Semana { $number } desde el { $monday }: hechos { $done } de { $planned } minutos planificados, con el color de lo cerca que quedó cada sesión del plan.

chart-readiness-title = Disposición en 60 días
chart-readiness-hrv-axis = VFC, ms
chart-readiness-band = Tu rango normal
chart-readiness-rmssd = rMSSD matinal
chart-readiness-hrv-mean = Media de 7 días
chart-readiness-rhr-axis = Pulso en reposo, ppm
chart-readiness-rhr = Pulso en reposo
chart-readiness-rhr-baseline = Tu habitual
chart-readiness-verdict-axis = Día
chart-caption-readiness = VFC frente a tu rango normal y pulso en reposo, 60 días: { $green } días verdes, { $amber } ámbar y { $red } rojos.

chart-activity-title = { $sport }, { $day }
chart-activity-minutes-axis = Minutos
chart-activity-power = Potencia
chart-activity-watts = W
chart-activity-heart-rate = Pulso
chart-activity-bpm = ppm
chart-activity-pace = Ritmo
chart-unit-per-km = min/km
chart-unit-per-mile = min/mi
chart-unit-per-100m = min/100 m
chart-unit-per-100yd = min/100 yd
chart-caption-activity = { $minutes } min, { $laps ->
    [one] una vuelta
   *[other] { $laps } vueltas (líneas de puntos)
}, con tus zonas sombreadas.
chart-sport-run = Carrera
chart-sport-bike = Bici
chart-sport-swim = Natación
chart-sport-strength = Fuerza
chart-sport-brick = Brick
chart-sport-walk = Caminata
chart-sport-hike = Senderismo
chart-sport-ski = Esquí
chart-sport-row = Remo
chart-sport-other = Entrenamiento

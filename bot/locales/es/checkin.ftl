## /checkin: the morning check-in
checkin-title = ☀️ <b>Control matinal</b>: toca una respuesta por fila (la izquierda es la mejor) y luego Listo.
checkin-done-title = ✅ <b>Control guardado.</b> Con /checkin lo cambias cuando quieras durante el día.
checkin-typed-hint = Si las mides, escribe la VFC (rMSSD) y el pulso en reposo, como «vfc 62 fc 48» o simplemente «62 48».
checkin-help = Una respuesta por fila: la izquierda es la mejor, la derecha la peor.
checkin-stale = Ese control era de otro día. /checkin abre el de hoy.
checkin-saved = Guardado.
checkin-measured = ✅ Guardado. Toca Listo cuando termines.
checkin-row-sleep_hours = 🛏 h
checkin-row-sleep_quality = 😴 Sueño
checkin-row-soreness = 🦵 Agujetas
checkin-row-fatigue = 🔋 Cansancio
checkin-row-stress = 🧠 Estrés
checkin-row-mood = 🙂 Ánimo
checkin-btn-illness = 🤒 Enfermo
checkin-btn-injury = 🩹 Lesionado
checkin-btn-done = ✅ Listo
checkin-sleep-hours = dormí { $hours } h
checkin-hrv = VFC { $value } ms
checkin-rhr = pulso en reposo { $value }
checkin-illness-on = 🤒 enfermo
checkin-injury-on = 🩹 lesionado
checkin-sleep_quality-1 = { $sex ->
   *[other] dormí muy bien
}
checkin-sleep_quality-2 = { $sex ->
   *[other] dormí bien
}
checkin-sleep_quality-3 = { $sex ->
   *[other] dormí regular
}
checkin-sleep_quality-4 = { $sex ->
   *[other] dormí mal
}
checkin-sleep_quality-5 = { $sex ->
   *[other] dormí muy mal
}
checkin-soreness-1 = sin agujetas
checkin-soreness-2 = alguna agujeta
checkin-soreness-3 = bastantes agujetas
checkin-soreness-4 = con agujetas
checkin-soreness-5 = muchas agujetas
checkin-fatigue-1 = fresco
checkin-fatigue-2 = { $sex ->
    [female] bastante fresca
   *[other] bastante fresco
}
checkin-fatigue-3 = normal
checkin-fatigue-4 = { $sex ->
    [female] cansada
   *[other] cansado
}
checkin-fatigue-5 = { $sex ->
    [female] agotada
   *[other] agotado
}
checkin-stress-1 = relajado
checkin-stress-2 = tranquilo
checkin-stress-3 = estrés normal
checkin-stress-4 = estresado
checkin-stress-5 = muy estresado
checkin-mood-1 = ánimo excelente
checkin-mood-2 = buen ánimo
checkin-mood-3 = ánimo normal
checkin-mood-4 = ánimo bajo
checkin-mood-5 = ánimo muy bajo
checkin-error-unclear = No he podido leerlo. Escribe la VFC y el pulso en reposo como «vfc 62 fc 48», o «sueño 7.5».
checkin-error-rmssd_ms = Una VFC (rMSSD) de { $value } ms está fuera de { $low }–{ $high } ms; revisa el número.
checkin-error-resting_hr_bpm = Un pulso en reposo de { $value } está fuera de { $low }–{ $high } ppm; revisa el número.
checkin-error-sleep_hours = { $value } horas de sueño está fuera de { $low }–{ $high }; revisa el número.
checkin-error-scale = { $value } no está en la escala del 1 al 5. Escribe el dolor muscular, la fatiga y el estrés del 1 (nada) al 5 (mucho), y el ánimo y la calidad del sueño del 1 (mal) al 5 (genial), como «fatiga 2».

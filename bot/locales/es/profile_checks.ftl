## Answers checked before they make an absurd plan (issue 16)

ob-q-date-ambiguous = 📅 <b>¿Qué fecha quieres decir: { $first } o { $second }?</b> Toca una, o escribe la fecha con el mes en letras, p. ej. 3 de abril de 2027.

ob-q-days_check = 🗓 <b>{ $days ->
    [one] Un día de entrenamiento a la semana
   *[other] { $days } días de entrenamiento a la semana
} no bastan para este objetivo.</b> Una buena preparación necesita { $needed } días o más; con menos, cada semana es una sola sesión larga y el día de la carrera se convierte en una prueba de supervivencia. ¿Qué prefieres hacer?
ob-opt-days_check-add_days = ➕ Añadir días de entrenamiento
ob-opt-days_check-change_goal = 🎯 Cambiar el objetivo
ob-opt-days_check-minimal = Mantener un plan mínimo
plan-notice-minimal-plan = Un plan mínimo: { $days ->
    [one] entrenas 1 día a la semana
   *[other] entrenas { $days } días a la semana
}, y este objetivo necesita { $needed } o más para prepararlo bien. Te mantiene en marcha hacia el día de la carrera; añade días en /settings cuando puedas.

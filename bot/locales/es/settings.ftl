## /settings
settings-title = ⚙️ <b>Ajustes</b>: ¿qué quieres cambiar?
settings-timezone = 🕒 Zona horaria
settings-brief_time = ⏰ Hora del resumen
settings-units = 📏 Unidades
settings-language = 🌐 Idioma
settings-thresholds = 📈 Umbrales
settings-week = 📅 Disponibilidad
settings-goal = 🎯 Objetivo
settings-sport = 🏅 Deportes
settings-equipment = ⌚ Material
settings-body = 🧍 Cuerpo
settings-health = 🩹 Lesiones

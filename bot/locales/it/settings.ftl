## /settings
settings-title = ⚙️ <b>Impostazioni</b>: cosa vuoi cambiare?
settings-timezone = 🕒 Fuso orario
settings-brief_time = ⏰ Ora del briefing
settings-units = 📏 Unità
settings-language = 🌐 Lingua
settings-thresholds = 📈 Soglie
settings-week = 📅 Disponibilità
settings-goal = 🎯 Obiettivo
settings-sport = 🏅 Sport
settings-equipment = ⌚ Attrezzatura
settings-body = 🧍 Corpo
settings-health = 🩹 Infortuni

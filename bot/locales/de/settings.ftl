## /settings
settings-title = ⚙️ <b>Einstellungen</b> – was möchtest du ändern?
settings-timezone = 🕒 Zeitzone
settings-brief_time = ⏰ Briefing-Zeit
settings-units = 📏 Einheiten
settings-language = 🌐 Sprache
settings-thresholds = 📈 Schwellen
settings-week = 📅 Verfügbarkeit
settings-goal = 🎯 Ziel
settings-sport = 🏅 Sportarten
settings-equipment = ⌚ Ausrüstung
settings-body = 🧍 Körper
settings-health = 🩹 Verletzungen

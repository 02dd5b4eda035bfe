## /settings
settings-title = ⚙️ <b>Réglages</b> : que veux-tu modifier ?
settings-timezone = 🕒 Fuseau horaire
settings-brief_time = ⏰ Heure du point
settings-units = 📏 Unités
settings-language = 🌐 Langue
settings-thresholds = 📈 Seuils
settings-week = 📅 Disponibilités
settings-goal = 🎯 Objectif
settings-sport = 🏅 Sports
settings-equipment = ⌚ Matériel
settings-body = 🧍 Corps
settings-health = 🩹 Blessures

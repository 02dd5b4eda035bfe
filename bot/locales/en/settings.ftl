## /settings
settings-title = ⚙️ <b>Settings</b> — what would you like to change?
settings-timezone = 🕒 Timezone
settings-brief_time = ⏰ Brief time
settings-units = 📏 Units
settings-language = 🌐 Language
settings-thresholds = 📈 Thresholds
settings-week = 📅 Availability
settings-goal = 🎯 Goal
settings-sport = 🏅 Sports
settings-equipment = ⌚ Equipment
settings-body = 🧍 Body
settings-health = 🩹 Injuries

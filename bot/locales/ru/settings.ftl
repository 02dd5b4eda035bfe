## /settings
settings-title = ⚙️ <b>Настройки</b> — что хотите изменить?
settings-timezone = 🕒 Часовой пояс
settings-brief_time = ⏰ Время сводки
settings-units = 📏 Единицы
settings-language = 🌐 Язык
settings-thresholds = 📈 Пороги
settings-week = 📅 Доступность
settings-goal = 🎯 Цель
settings-sport = 🏅 Виды спорта
settings-equipment = ⌚ Оборудование
settings-body = 🧍 О себе
settings-health = 🩹 Травмы

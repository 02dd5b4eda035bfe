# Вечернее напоминание: «Как прошло?» о тренировке, по которой ничего не записано.
reminder-question = 🌙 <b>Как прошла сегодняшняя тренировка?</b>
reminder-btn-done = ✅ Сделал(а)
reminder-btn-partly = 〰️ Частично
reminder-btn-skipped = ❌ Пропустил(а)

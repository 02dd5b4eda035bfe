# The evening reminder: "How did it go?" about a session nothing was logged for.
reminder-question = 🌙 <b>How did it go today?</b>
reminder-btn-done = ✅ Done
reminder-btn-partly = 〰️ Partly
reminder-btn-skipped = ❌ Skipped

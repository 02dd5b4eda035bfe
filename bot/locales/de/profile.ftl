## /profile: the summary, the thresholds and the zones

profile-saved = ✅ <b>Gespeichert.</b>
profile-rescored = ♻️ { $count ->
    [one] Die Belastung einer Aktivität wurde mit den Schwellen ihres Tages neu berechnet.
   *[other] Die Belastung von { $count } Aktivitäten wurde mit den Schwellen ihrer Tage neu berechnet.
}
profile-missing = Du hast dein Profil noch nicht eingerichtet – schick /start, und ich stelle dir ein paar kurze Fragen.
profile-private-only = 👋 Dein Profil ist persönlich und liegt deshalb in unserem privaten Chat – tippe hier: { $link }

summary-title = 👤 <b>Dein Profil</b>
summary-sport = 🏅 <b>Sport</b>: { $sports } · { $experience } · { $races ->
    [one] { $races } Wettkampf beendet
   *[other] { $races } Wettkämpfe beendet
}
summary-goal-general = 🎯 <b>Ziel</b>: allgemeine Fitness
summary-goal-race = 🎯 <b>Ziel</b>: { $race } · { $date } · Priorität { $priority } · Zielzeit { $target }
summary-week = 📅 <b>Woche</b>: { $hours } · { $days } · lange Einheit: { $long }{ $pool }
summary-pool-days = { " · " }Schwimmbad: { $days }
summary-pool-none = { " · " }kein Schwimmbad
summary-equipment = ⌚ <b>Ausrüstung</b>: { $kit } · { $watch }
summary-body = 🧍 <b>Körper</b>: Jahrgang { $year } · { $sex } · { $weight }
summary-thresholds = 📈 <b>Schwellen</b>: { $values }
summary-thresholds-none = noch keine
summary-health = 🩹 <b>Verletzungen und Einschränkungen</b>: { $injuries }
summary-time = 🕒 <b>Zeit</b>: { $zone } · Briefing um { $time } · { $units }
summary-edit-sport = ✏️ Sport
summary-edit-goal = ✏️ Ziel
summary-edit-week = ✏️ Woche
summary-edit-equipment = ✏️ Ausrüstung
summary-edit-body = ✏️ Körper
summary-edit-thresholds = ✏️ Schwellen
summary-edit-health = ✏️ Verletzungen
summary-edit-time = ✏️ Zeit und Briefing

th-name-ftp = FTP
th-name-run_threshold_pace = Schwellenpace
th-name-css = CSS
th-name-lthr = LTHR
th-name-hr_max = HFmax
th-name-resting_hr = Ruhepuls
th-value = { $name } { $value }
th-source-mark-estimated = (geschätzt)
th-source-mark-test = (Test)
th-source-measured = gemessen
th-source-test = Feldtest
th-source-estimated = geschätzt
th-line = • <b>{ $name }</b>: { $value } – { $source }, seit { $date } · { $count ->
    [one] { $count } Wert im Verlauf
   *[other] { $count } Werte im Verlauf
}
th-line-missing = • <b>{ $name }</b>: nicht gesetzt
th-screen =
    📈 <b>Deine Schwellen</b> (heute gültig):
    { $lines }

    Tippe eine an, um einen neuen Wert einzugeben. Frühere Werte bleiben im Verlauf, damit vergangene Trainings die Zahlen behalten, mit denen sie gemacht wurden.
th-saved = ✅ Gespeichert: { $value }, ab { $date }. Frühere Werte bleiben in deinem Verlauf.
th-unchanged = Nichts geändert: { $name } bleibt, wie es war.

zones-title = 📊 <b>Deine Zonen</b>
zones-none = Ich kann noch keine Zonen berechnen: Ich brauche mindestens eine Schwelle oder deine maximale Herzfrequenz.
zones-heart_rate = <b>Herzfrequenz</b> – { $model }, aus { $basis }
zones-power = <b>Leistung</b> – { $model }, aus { $basis }
zones-run_pace = <b>Laufpace</b> – { $model }, aus { $basis }
zones-swim_pace = <b>Schwimmpace</b> – { $model }, aus { $basis }
zones-model-coggan_power = Coggan
zones-model-coggan_hr = Coggan
zones-model-friel_run_hr = Friel (Laufen)
zones-model-friel_bike_hr = Friel (Radfahren)
zones-model-karvonen = Karvonen (Herzfrequenzreserve)
zones-model-percent_hr_max = % der HFmax
zones-model-friel_run_pace = Friel
zones-model-css_swim_pace = CSS
zones-model-custom = deine eigenen
zones-row = Z{ $label } { $name }: { $range }
zones-up-to = bis { $value }
zones-above = über { $value }
zones-slower = langsamer als { $value }
zones-faster = schneller als { $value }
zones-tests =
    Um zu messen, was ich geschätzt habe oder noch nicht weiß:
    { $tests }
    Schick das Ergebnis jederzeit unter /settings → Schwellen.

zone-active_recovery = Aktive Erholung
zone-endurance = Grundlage
zone-tempo = Tempo
zone-lactate_threshold = Laktatschwelle
zone-vo2max = VO2max
zone-anaerobic_capacity = Anaerobe Kapazität
zone-neuromuscular = Neuromuskuläre Leistung
zone-recovery = Erholung
zone-aerobic = Aerob
zone-subthreshold = Unterschwellig
zone-superthreshold = Überschwellig
zone-aerobic_capacity = Aerobe Kapazität
zone-very_light = Sehr leicht
zone-light = Leicht
zone-moderate = Moderat
zone-hard = Hart
zone-maximum = Maximal
zone-threshold = Schwelle

## Values with their units
fmt-when = { $date }, { $time }
fmt-watts = { $value } W
fmt-bpm = { $value } bpm
fmt-kg = { $value } kg
fmt-lb = { $value } lb
fmt-km = { $value } km
fmt-mi = { $value } mi
fmt-m = { $value } m
fmt-pace-km = { $pace }/km
fmt-pace-mi = { $pace }/mi
fmt-pace-100m = { $pace }/100 m
fmt-pace-100yd = { $pace }/100 yd

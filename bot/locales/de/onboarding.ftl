## The onboarding dialog: one question per message

ob-progress = <i>{ $index }/{ $total }</i>

ob-q-sports = 🏅 <b>Welche Sportarten trainierst du?</b> Kreuze alle an, die passen, und tippe dann auf <b>Fertig</b>.
ob-q-experience = 📈 <b>Wie erfahren bist du?</b>
ob-q-races = 🏁 <b>Wie viele Wettkämpfe hast du beendet?</b> Tippe oder schreib eine Zahl.
ob-q-goal = 🎯 <b>Worauf trainierst du hin?</b> Wähle deinen Wettkampf – oder allgemeine Fitness.
ob-q-race_custom = { $event ->
    [bike] 🚴 <b>Wie lang ist die Veranstaltung?</b> Schreib ihre Distanz oder Dauer, z. B. „120 km“, „6 h“, oder ihren Namen mit einer davon.
   *[other] ✍️ <b>Erzähl mir vom Wettkampf:</b> sein Name und, falls vorhanden, Distanz oder Dauer, z. B. „Trail 30 km“, „Gran Fondo 160 km“, „24h MTB“.
}
ob-q-race_date = 📅 <b>Wann ist der Wettkampf?</b> z. B. 18.04.2027 oder 18. April 2027.
ob-q-race_priority =
    ⭐ <b>Wie wichtig ist dieser Wettkampf?</b>
    A – das Hauptziel deiner Saison: Wir bringen dich in Topform.
    B – wichtig, aber nicht der Höhepunkt: ein kurzes Tapering.
    C – ein Trainingswettkampf: Wir trainieren durch.
ob-q-race_target = ⏱ <b>Hast du eine Zielzeit?</b> z. B. 3:45:00 oder 52:30 – oder tippe auf Überspringen.
ob-q-hours = ⏳ <b>Wie viele Stunden pro Woche kannst du trainieren?</b> Tippe oder schreib, z. B. 6.5.
ob-q-days = 🗓 <b>An welchen Tagen kannst du trainieren?</b> Kreuze sie an und tippe dann auf <b>Fertig</b>.
ob-q-long_day = 🛣 <b>Welcher Tag passt am besten für deine lange Einheit?</b>
ob-q-pool = 🏊 <b>Kommst du in ein Schwimmbad?</b>
ob-q-pool_days = 🏊 <b>An welchen Tagen kommst du ins Schwimmbad?</b> Kreuze sie an und tippe dann auf <b>Fertig</b>.
ob-q-equipment = ⌚ <b>Womit trainierst du?</b> Kreuze an, was du hast – oder nichts – und tippe dann auf <b>Fertig</b>.
ob-q-watch = ⌚ <b>Welche Uhr oder welchen Radcomputer nutzt du?</b> Tippe oder schreib die Marke.
ob-q-birth_year = 🎂 <b>In welchem Jahr bist du geboren?</b> z. B. 1988. Herzfrequenz-Schätzungen hängen vom Alter ab.
ob-q-sex = 🧬 <b>Dein Geschlecht?</b> Optional: Es verfeinert die herzfrequenzbasierte Trainingsbelastung.
ob-q-weight = ⚖️ <b>Dein Gewicht?</b> Optional, z. B. 72 kg oder 160 lbs.
ob-q-ftp = 🚴 <b>Deine FTP?</b> Die Leistung, die du etwa eine Stunde halten kannst, z. B. 250 W.
ob-q-run_pace = 🏃 <b>Deine Schwellenpace?</b> Die Pace, die du etwa eine Stunde im Wettkampf laufen könntest, z. B. 4:30/km oder 7:15/mi.
ob-q-css = 🏊 <b>Deine CSS-Pace?</b> z. B. 1:45/100m – oder die Zeiten eines 400-m- und eines 200-m-Tests, z. B. „6:00 2:50“.
ob-q-hr_max = ❤️ <b>Deine maximale Herzfrequenz?</b> z. B. 188.
ob-q-resting_hr = 😴 <b>Dein Ruhepuls?</b> Nach dem Aufwachen gemessen, z. B. 52.
ob-q-lthr = 💓 <b>Deine Herzfrequenz an der Laktatschwelle (LTHR)?</b> z. B. 170.
ob-q-injuries = 🩹 <b>Verletzungen oder Einschränkungen, die ich kennen sollte?</b> Beschreib sie in deinen Worten – oder tippe auf Keine.
ob-q-timezone =
    🕒 <b>Wo bist du?</b> Ich schicke die Briefings nach deiner Ortszeit.
    Teile deinen Standort über die Taste unten, oder schreib deine Stadt oder deinen UTC-Versatz (z. B. Berlin, UTC+1, +05:45). /back geht zurück.
ob-q-brief_time = ⏰ <b>Wann soll dein Morgen-Briefing kommen?</b> Tippe oder schreib eine Uhrzeit, z. B. 6:45.
ob-q-units = 📏 <b>Welche Einheiten?</b>
ob-q-th_source = 🔎 <b>Woher stammt dieser Wert für { $threshold }?</b>
ob-q-th_date = 📅 <b>Seit wann gilt dieser Wert für { $threshold }?</b> Tippe auf Heute oder schreib ein Datum – frühere Werte bleiben in deinem Verlauf.

## Answer buttons
ob-opt-sports-run = 🏃 Laufen
ob-opt-sports-bike = 🚴 Radfahren
ob-opt-sports-swim = 🏊 Schwimmen
ob-opt-sports-triathlon = 🔱 Triathlon
ob-opt-sports-duathlon = 🔁 Duathlon
ob-opt-experience-beginner = Einsteiger
ob-opt-experience-intermediate = Fortgeschritten
ob-opt-experience-advanced = Erfahren
ob-opt-races-0 = Noch keinen
ob-opt-races-20 = 20+
ob-opt-goal-5k = 5 km
ob-opt-goal-10k = 10 km
ob-opt-goal-half_marathon = Halbmarathon
ob-opt-goal-marathon = Marathon
ob-opt-goal-ultra = Ultramarathon
ob-opt-goal-sprint = Sprinttriathlon
ob-opt-goal-olympic = Olympischer Triathlon
ob-opt-goal-70-3 = 70.3 (Mitteldistanz)
ob-opt-goal-140-6 = Langdistanz (140.6)
ob-opt-goal-du_sprint = Sprintduathlon
ob-opt-goal-du_standard = Standard-Duathlon
ob-opt-goal-bike_100 = 🚴 100 km
ob-opt-goal-bike_160 = 🚴 160 km (Century)
ob-opt-goal-bike_200 = 🚴 200 km
ob-opt-goal-bike_100-imperial = 🚴 62 mi
ob-opt-goal-bike_160-imperial = 🚴 100 mi (Century)
ob-opt-goal-bike_200-imperial = 🚴 124 mi
ob-opt-goal-bike_other = 🚴 Andere Ausfahrt oder Veranstaltung
ob-opt-goal-swim_1500 = 🏊 1,5 km Schwimmen
ob-opt-goal-swim_3800 = 🏊 3,8 km Schwimmen
ob-opt-goal-swim_5k = 🏊 5 km Schwimmen
ob-opt-goal-swim_10k = 🏊 10 km Schwimmen
ob-opt-goal-custom = ✍️ Anderer Wettkampf
ob-opt-goal-general = 💪 Allgemeine Fitness
ob-opt-race_priority-A = A
ob-opt-race_priority-B = B
ob-opt-race_priority-C = C
ob-opt-long_day-any = Egal
ob-opt-pool-all = Ja, an jedem Trainingstag
ob-opt-pool-some = Ja, an manchen Tagen
ob-opt-pool-no = Kein Schwimmbad
ob-opt-equipment-power_meter = Powermeter
ob-opt-equipment-hr_strap = Brustgurt
ob-opt-equipment-smart_trainer = Smarttrainer
ob-opt-watch-garmin = Garmin
ob-opt-watch-coros = Coros
ob-opt-watch-polar = Polar
ob-opt-watch-suunto = Suunto
ob-opt-watch-apple = Apple Watch
ob-opt-watch-wahoo = Wahoo
ob-opt-watch-other = Andere
ob-opt-watch-none = Keine
ob-opt-sex-male = Männlich
ob-opt-sex-female = Weiblich
ob-opt-units-metric = Metrisch (km, kg)
ob-opt-units-imperial = Imperial (mi, lb)
ob-opt-th_source-measured = Gemessen oder bekannt
ob-opt-th_source-test = Aus einem Feldtest
ob-opt-th_date-today = Heute
ob-opt-brief-default = { $time } (Standard)
ob-btn-back = « Zurück
ob-btn-done = ✅ Fertig
ob-btn-skip = Überspringen
ob-btn-unknown = Weiß ich nicht
ob-btn-none = Keine
ob-btn-location = 📍 Meinen Standort teilen
ob-btn-continue = ▶️ Weiter
ob-btn-restart = 🔄 Neu anfangen
ob-timezone-placeholder = Stadt oder UTC-Versatz
ob-none = keine
ob-answered = ✓ <b>{ $answer }</b>

## "I don't know": what Tempo does instead, and the test that would measure it
ob-unknown-ftp-no-power = Kein Problem: Ohne Powermeter steuere ich Radeinheiten nach Puls und Gefühl.
ob-unknown-ftp = Kein Problem – bis du testest, steuere ich Radeinheiten nach Puls und Gefühl.
    { test-ftp20 }
ob-unknown-run_threshold_pace = Kein Problem – bis du testest, steuere ich Läufe nach Puls und Gefühl.
    { test-run30 }
ob-unknown-css = Kein Problem – bis du testest, steuere ich Schwimmeinheiten nach Gefühl.
    { test-css }
ob-unknown-hr_max = Kein Problem – ich schätze sie aus deinem Alter (208 − 0,7 × Alter, Tanaka 2001) und markiere sie als Schätzung.
ob-unknown-resting_hr = Kein Problem. { test-resting }
ob-unknown-lthr = Kein Problem. { test-lthr30 }

test-ftp20 = 🧪 <b>20-Minuten-FTP-Test</b>: 15 Minuten einfahren mit ein paar kurzen harten Antritten, dann 20 Minuten so hart fahren, wie du gleichmäßig halten kannst. FTP ≈ 95 % der Durchschnittsleistung.
test-run30 = 🧪 <b>30-Minuten-Lauftest</b>: Nach dem Einlaufen 30 Minuten allein laufen, so hart du gleichmäßig halten kannst, auf der Bahn oder einer flachen Strecke. Deine Durchschnittspace ist deine Schwellenpace.
test-css = 🧪 <b>CSS-Test</b>: Nach dem Einschwimmen 400 m voll, Pause bis zur vollständigen Erholung, dann 200 m voll. Schick mir die beiden Zeiten, z. B. „6:00 2:50“.
test-lthr30 = 🧪 <b>LTHR</b>: Der Durchschnittspuls der letzten 20 Minuten eines 30-minütigen Einzelzeitfahrens (Laufen oder Rad) ist deine Herzfrequenz an der Laktatschwelle.
test-resting = 🧪 <b>Ruhepuls</b>: Zähl direkt nach dem Aufwachen im Liegen eine Minute lang deinen Puls, drei Morgen hintereinander, und nimm den niedrigsten Wert.

## Answers Tempo cannot use: what was wrong, and the question again
ob-error-count-unreadable = Hier brauche ich eine Zahl, etwa 3 – oder 0, wenn es dein erster ist.
ob-error-count-too-many = { $count } Wettkämpfe? Das kann ich kaum glauben – schreib die Zahl bitte noch einmal.
ob-error-hours-unreadable = Ich brauche eine Stundenzahl, etwa 6 oder 7.5.
ob-error-hours-too-few = { $hours } Stunden lassen keinen Platz für Training. Schon 2–3 Stunden pro Woche sind ein guter Anfang – wie viele kannst du aufbringen?
ob-error-hours-too-many = { $hours } Stunden pro Woche sind mehr, als ein Vollprofi trainiert. Gib bitte eine Zahl von 1 bis { $maximum } an.
ob-error-date-unreadable = Dieses Datum konnte ich nicht lesen. Versuch 18.04.2027, 2027-04-18 oder 18. April 2027.
ob-error-date-past = Der { $day } ist schon vorbei. Wann ist der Wettkampf?
ob-error-date-too-far = Das ist mehr als zwei Jahre entfernt. Wähle einen Wettkampf bis spätestens { $limit } – oder geh zurück und wähle allgemeine Fitness.
ob-error-date-future = Der { $day } ist noch nicht da: Ein Wert kann nur ab heute oder früher gelten.
ob-error-date-too-old = Der { $day } liegt vor dem { $earliest }: Prüf bitte das Jahr.
ob-error-pace-unreadable = Diese Pace konnte ich nicht lesen. Schreib Minuten und Sekunden, z. B. 4:30/km oder 7:15/mi.
ob-error-pace-too-fast = { $pace } ist schneller, als irgendjemand eine Stunde halten kann – die Stundenpace der Weltklasse liegt bei etwa { $limit }. Prüf sie bitte, z. B. 4:30/km.
ob-error-pace-too-slow = { $pace } ist langsamer als zügiges Gehen. Die Schwellenpace ist die Pace, die du etwa eine Stunde im Wettkampf laufen könntest – prüf sie bitte.
ob-error-swim-pace-unreadable = Diese Schwimmpace konnte ich nicht lesen. Schreib sie pro 100 m, z. B. 1:45/100m – oder zwei Testzeiten, z. B. „6:00 2:50“.
ob-error-css-too-fast = { $pace } würde die Weltbesten schlagen (etwa { $limit }). Prüf sie bitte.
ob-error-css-too-slow = { $pace } ist langsamer, als ich für CSS verwenden kann. Wenn du unsicher bist, tippe auf „Weiß ich nicht“.
ob-error-css-test-order = Diese zwei Zeiten passen nicht zu 400 m und 200 m: Die 400 m müssen mehr als doppelt so lange dauern wie die 200 m. Prüf sie bitte.
ob-error-power-unreadable = Ich brauche eine Wattzahl, etwa 250 oder 250 W.
ob-error-ftp-too-high = { $watts } W lägen weit über einer Weltklasse-Stundenleistung – die FTP liegt meist bei 100–450 W. Schreib sie bitte noch einmal (ich nehme höchstens { $maximum } W an).
ob-error-ftp-too-low = { $watts } W sind weniger, als ich für die FTP verwenden kann (mindestens { $minimum } W). Wenn du unsicher bist, tippe auf „Weiß ich nicht“.
ob-error-weight-unreadable = Ich brauche dein Gewicht als Zahl, etwa 72 kg oder 160 lbs.
ob-error-weight-out-of-range = Dieses Gewicht passt nicht zu einem erwachsenen Sportler – schreib es bitte noch einmal, z. B. 72 kg oder 160 lbs.
ob-error-hr-unreadable = Ich brauche Schläge pro Minute, etwa 170.
ob-error-hr-max-out-of-range = Die maximale Herzfrequenz liegt bei fast allen zwischen { $low } und { $high } Schlägen pro Minute – prüf sie bitte.
ob-error-resting-hr-out-of-range = Der Ruhepuls liegt bei fast allen zwischen { $low } und { $high } Schlägen pro Minute – prüf ihn bitte.
ob-error-lthr-out-of-range = Die Schwellenherzfrequenz liegt bei fast allen zwischen { $low } und { $high } Schlägen pro Minute – prüf sie bitte.
ob-error-lthr-above-max = { $bpm } liegt nicht unter deiner maximalen Herzfrequenz ({ $hr_max }) – die Schwellenherzfrequenz tut das immer. Prüf sie bitte.
ob-error-resting-hr-above-max = { $bpm } liegt nicht unter deiner maximalen Herzfrequenz ({ $hr_max }) – prüf ihn bitte.
ob-error-lthr-below-rest = { $bpm } liegt nicht über deinem Ruhepuls ({ $resting }) – prüf sie bitte.
ob-error-year-unreadable = Schreib bitte das ganze Jahr, etwa 1988.
ob-error-year-too-old = Mit { $year } wärst du { $age } Jahre alt – schreib dein Geburtsjahr bitte noch einmal.
ob-error-year-too-young = Tempo ist für Sportler ab { $minimum } Jahren – prüf bitte das Jahr ({ $year }).
ob-error-time-unreadable = Diese Zeit konnte ich nicht lesen. Schreib sie wie 3:45:00, 52:30 oder 3h45 – oder tippe auf Überspringen.
ob-error-time-too-long = Das ist länger als jeder Wettkampf, den ich planen kann. Prüf sie bitte – oder tippe auf Überspringen.
ob-error-time-too-fast = { $time } für { $km } km wäre Weltrekord. Für diesen Wettkampf plane ich Zielzeiten von { $fastest } bis { $slowest }: Prüf sie bitte – oder tippe auf Überspringen.
ob-error-time-too-slow = { $time } für { $km } km ist langsamer, als die Strecke zu gehen, und Wettkämpfe schließen lange vorher. Für diesen Wettkampf plane ich Zielzeiten von { $fastest } bis { $slowest }: Prüf sie bitte – oder tippe auf Überspringen.
ob-error-clock-unreadable = Diese Uhrzeit konnte ich nicht lesen. Schreib sie wie 6:30 oder 7am.
ob-error-race-unreadable = Schreib bitte den Namen oder die Distanz des Wettkampfs, z. B. „Trail 30 km“.
ob-error-text-too-long = Das ist etwas lang – bitte unter { $maximum } Zeichen bleiben.
ob-error-offset-out-of-range = UTC-Versätze reichen von −12 bis +14 (an wenigen Orten mit :30 oder :45). Prüf ihn bitte, z. B. UTC+3 oder +05:45.
ob-error-city-unknown = „{ $city }“ kenne ich nicht. Versuch eine größere Stadt in der Nähe, einen UTC-Versatz wie UTC+1 oder teile deinen Standort.
ob-error-location-unknown = Aus diesem Standort konnte ich die Zeitzone nicht ermitteln. Schreib bitte deine Stadt oder deinen UTC-Versatz.
ob-error-location-not-expected = Nach einem Standort habe ich gerade nicht gefragt.
ob-error-answer-expected = Hier brauche ich eine geschriebene Antwort oder ein Tippen auf eine Taste.
ob-error-use-buttons = Bitte nutz die Tasten unter der Frage.
ob-error-first-question = Das ist die erste Frage – davor gibt es nichts.
ob-error-pick-sports = Kreuze zuerst mindestens eine Sportart an.
ob-error-pick-days = Kreuze zuerst mindestens einen Tag an.
ob-error-pick-pool_days = Kreuze zuerst mindestens einen Schwimmbadtag an – oder geh zurück und wähle „Kein Schwimmbad“.
ob-error-dialog-finished = Dieser Dialog ist schon beendet.

## Around the dialog
ob-timezone-set = 🕒 Zeitzone: <b>{ $place }</b> – dort ist es jetzt { $time }.
ob-went-back = ↩️ Eine Frage zurück.
ob-resume = Du bist mitten in der Einrichtung deines Profils (Frage { $index } von { $total }). Dort weitermachen, wo du aufgehört hast, oder neu anfangen?
ob-paused = ⏸ Pausiert. Deine Antworten bleiben gespeichert – schick /start, wenn du weitermachen willst.
ob-edit-cancelled = OK, nichts geändert.
ob-back-nothing = Es gibt keine Frage, zu der man zurückgehen könnte.
ob-stale = Diese Taste gehört zu einer früheren Frage – bitte nutz die neueste.
ob-busy = Beantworte zuerst die aktuelle Frage (oder brich sie mit /cancel ab).

## The end of onboarding
onboarding-done = 🎉 <b>Fertig – danke!</b> Hier ist dein Profil. Tippe auf ✏️, um einen Teil zu ändern.
onboarding-next =
    <b>Wie es weitergeht</b>
    🗓 Dein Plan steht: /today zeigt die heutige Einheit, /week diese Woche, /plan den ganzen Plan.
    ☀️ Dein erstes Morgen-Briefing kommt { $when } deiner Zeit.
    Schreib /profile, um das alles wieder zu sehen, und /settings, um etwas zu ändern.

# Charts as photos (/fitness and the 📈 buttons). Words on a picture are plain text: no HTML, no "&".
cmd-fitness = Fitness, Ermüdung und Form, mit Diagramm
chart-btn-open = 📈 Diagramm
chart-btn-readiness = 📈 Bereitschaftsverlauf
chart-btn-week = 📈 Die Woche als Diagramm
chart-btn-6w = 6 Wochen
chart-btn-3m = 3 Monate
chart-btn-1y = 1 Jahr
chart-gone = Dieses Diagramm gehört zu etwas, das es nicht mehr gibt.
chart-none-fitness = Noch keine Trainingsbelastung, also gibt es nichts darzustellen. Lade eine Trainingsdatei hoch oder trag eins mit /log ein, dann baut sich die Fitness ab diesem Tag auf.
chart-none-plan = Es gibt noch keinen Plan zum Darstellen: Schließ dein Profil mit /start ab.
chart-none-week = Diese Woche ist nicht mehr in deinem Plan.
chart-none-readiness = Keine Check-ins in den letzten 60 Tagen. Beantworte morgens /checkin (füge „hrv 62 rhr 48“ hinzu, wenn deine Uhr sie misst), dann erscheint hier der Verlauf.
chart-none-activity = Für dieses Training gibt es keine aufgezeichneten Daten zum Zeichnen: Es wurde von Hand eingetragen, oder seine Datei enthält keine Zeitreihen.

fitness-title = 📈 <b>Fitness, Ermüdung und Form heute</b>
fitness-numbers = Fitness <b>{ $ctl }</b> · Ermüdung <b>{ $atl }</b> · Form <b>{ $tsb }</b> ({ $zone })
fitness-ramp = Fitnessänderung über 7 Tage: { $ramp }
fitness-acwr = Verhältnis akute zu chronischer Belastung: { $acwr } (0,8–1,3 ist der übliche Bereich; die Grenzen sind umstritten, nimm es als Richtwert)
fitness-acwr-unsure = Verhältnis akute zu chronischer Belastung: – (noch zu wenig Daten: Es braucht 4 Wochen Training)
fitness-hint = Fitness ist deine Belastung der letzten 6 Wochen, Ermüdung die der letzten Woche; Form ist Fitness minus Ermüdung zu Beginn des heutigen Tages.

chart-fitness-title = Fitness, Ermüdung und Form
chart-fitness-load = Tagesbelastung
chart-fitness-planned-load = Geplante Belastung
chart-fitness-load-axis = Belastung pro Tag
chart-fitness-fitness-axis = Fitness und Ermüdung
chart-fitness-ctl = Fitness
chart-fitness-atl = Ermüdung
chart-fitness-tsb = Form
chart-fitness-form-axis = Form
chart-fitness-today = heute
chart-fitness-race = Rennen
chart-fitness-zone-transition = Übergang
chart-fitness-zone-fresh = Frisch
chart-fitness-zone-grey = Grauzone
chart-fitness-zone-optimal = Optimal
chart-fitness-zone-high-risk = Hohes Risiko
chart-caption-fitness-6w = Letzte 6 Wochen: heute Fitness { $ctl }, Ermüdung { $atl }, Form { $tsb }.
chart-caption-fitness-3m = Letzte 3 Monate: heute Fitness { $ctl }, Ermüdung { $atl }, Form { $tsb }.
chart-caption-fitness-1y = Letztes Jahr: heute Fitness { $ctl }, Ermüdung { $atl }, Form { $tsb }.
chart-caption-fitness-planned = Gestrichelt: der Plan bis zum { $day }.

chart-week-title = Die Woche: geplant und erledigt
chart-week-minutes-axis = Minuten
chart-week-planned = Geplant
chart-week-green = Im Ziel
chart-week-yellow = Teilweise
chart-week-red = Verpasst oder weit daneben
chart-week-unplanned = Ungeplant
chart-caption-week = Woche { $number } ab { $monday }: { $done } von { $planned } geplanten Minuten erledigt, gefärbt danach, wie nah jede Einheit am Plan lag.

chart-readiness-title = Bereitschaft über 60 Tage
chart-readiness-hrv-axis = HRV, ms
chart-readiness-band = Dein Normalbereich
chart-readiness-rmssd = rMSSD am Morgen
chart-readiness-hrv-mean = 7-Tage-Mittel
chart-readiness-rhr-axis = Ruhepuls, bpm
chart-readiness-rhr = Ruhepuls
chart-readiness-rhr-baseline = Dein Üblicher
chart-readiness-verdict-axis = Tag
chart-caption-readiness = HRV gegenüber deinem Normalbereich und Ruhepuls, 60 Tage: { $green } grüne, { $amber } gelbe und { $red } rote Tage.

chart-activity-title = { $sport }, { $day }
chart-activity-minutes-axis = Minuten
chart-activity-power = Leistung
chart-activity-watts = W
chart-activity-heart-rate = Herzfrequenz
chart-activity-bpm = bpm
chart-activity-pace = Pace
chart-unit-per-km = min/km
chart-unit-per-mile = min/mi
chart-unit-per-100m = min/100 m
chart-unit-per-100yd = min/100 yd
chart-caption-activity = { $minutes } min, { $laps ->
    [one] eine Runde
   *[other] { $laps } Runden (gepunktete Linien)
}, deine Zonen schattiert.
chart-sport-run = Lauf
chart-sport-bike = Radfahrt
chart-sport-swim = Schwimmen
chart-sport-strength = Kraft
chart-sport-brick = Koppeltraining
chart-sport-walk = Gehen
chart-sport-hike = Wandern
chart-sport-ski = Ski
chart-sport-row = Rudern
chart-sport-other = Training

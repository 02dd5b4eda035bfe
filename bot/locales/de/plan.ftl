## Commands shown in Telegram's menu
cmd-today = Die heutige Einheit
cmd-week = Diese Woche, Tag für Tag
cmd-plan = Der ganze Plan auf einen Blick

## When there is no plan to show
plan-problem-no-profile = Ich habe dein Profil noch nicht, deshalb gibt es keinen Plan. Schick /start – ein paar kurze Fragen, und dein Plan steht.
plan-problem-race-in-past = Dein Renndatum ist vorbei – ich hoffe, es lief gut! Leg in /settings dein nächstes Ziel fest, dann baue ich einen neuen Plan.
plan-problem-race-without-date = Dein Wettkampf hat noch kein Datum. Trag es in /settings ein, dann baue ich den Plan.
plan-problem-weekly-hours-out-of-range = Für einen Plan brauche ich die Stunden, die du pro Woche trainieren kannst (bis 40): Trag sie in /settings ein.
plan-problem-no-available-days = Du hast keine Trainingstage festgelegt. Wähle in /settings mindestens einen.
plan-problem-weekday-out-of-range = Deine Trainingstage sehen falsch aus. Leg sie in /settings bitte neu fest.
plan-problem-age-out-of-range = Dein Geburtsjahr sieht falsch aus. Prüf es bitte in /settings.
plan-problem-event-without-distance-or-duration = Dein Wettkampf braucht eine Distanz oder eine Dauer. Trag sie in /settings ein.
plan-problem-other = Aus deinem Profil kann ich gerade keinen Plan bauen. Prüf es bitte mit /profile.
plan-private-only = Dein Plan ist persönlich – er liegt in unserem privaten Chat: { $link }
plan-stale-button = Diese Taste gehörte zu einer früheren Version deines Plans – hier ist die aktuelle.
plan-session-gone = Diese Einheit ist nicht mehr in deinem Plan (er wurde neu aufgebaut). Schick /today oder /week für die aktuelle.

## Sessions
plan-session-head = { $icon } <b>{ $title }</b> · { $amount }
plan-amount-distance = { $duration } · ≈ { $distance }
plan-session-purpose = <i>{ $purpose }</i>
plan-line = • { $step }
plan-repeat = • <b>{ $count } ×</b>
plan-repeat-line = { "   " }◦ { $step }
plan-step = { $kind } · { $amount } · { $target }
plan-step-progressive = { $kind } · { $amount } · steigernd bis { $target }
plan-step-rest = Pause am Beckenrand · { $amount }
plan-step-warmup = Einlaufen/Einfahren
plan-step-work = Hart
plan-step-steady = Gleichmäßig
plan-step-recover = Locker
plan-step-cooldown = Auslaufen/Ausfahren
plan-easier = 🪶 <i>Leichtere Variante, falls es sich heute schwer anfühlt:</i> { $title } · { $duration } · { $target }
plan-status-done = ✅ Erledigt.
plan-status-partial = 🌓 Teilweise erledigt.
plan-adjusted-easier = 🟡 Heute Morgen angepasst: die leichtere Variante, wie du im Briefing gewählt hast.
plan-adjusted-rest = 😴 Heute Ruhe, wie du im Briefing gewählt hast: Lass diese Einheit aus, oder höchstens 20–30 Minuten sehr locker.
plan-status-skipped = ❌ Ausgelassen.
plan-status-moved = ↪️ Auf einen anderen Tag verschoben.
plan-file-name = { $title } · { $date }

## Targets
plan-target-rpe = RPE { $range }
plan-target-rpe-talk = { $rpe } ({ $talk })
plan-target-pct-ftp = { $range } % der FTP
plan-target-pct-threshold-speed = { $range } % der Schwellengeschwindigkeit
plan-target-pct-css = { $range } % der CSS
plan-target-pct-lthr = { $range } % der LTHR
plan-target-pct-hrr = { $range } % der Herzfrequenzreserve
plan-talk-full-conversation = du kannst dich frei unterhalten
plan-talk-sentences = du kannst in Sätzen sprechen
plan-talk-short-phrases = nur kurze Sätze
plan-talk-few-words = nur ein paar Worte am Stück
plan-talk-no-talking = kein Sprechen möglich

## Durations
plan-dur-h-min = { $h } h { $min } min
plan-dur-h = { $h } h
plan-dur-min-s = { $min } min { $s } s
plan-dur-min = { $min } min
plan-dur-s = { $s } s

## /today and a day of /week
plan-today-heading = 📋 <b>Heute, { $date }</b>
plan-day-heading = 📋 <b>{ $date }</b>
plan-week-label = Woche { $number } von { $total } · { $phase }
plan-rest-day = 😌 <b>Ruhetag.</b> In der Erholung setzt sich das Training fest: gut schlafen, gut essen, und wenn du dich bewegen willst, reichen 20–30 Minuten Spaziergang oder etwas sanfte Mobilität.
plan-rest-end = Das war die letzte Einheit dieses Plans.
plan-rest-next = Als Nächstes: <b>{ $day }</b> · { $icon } { $title } · { $duration }
plan-export-hint = <i>Nimm es mit: Die Tasten schicken das Workout als Datei für Zwift (.zwo) oder deine Uhr (FIT).</i>
plan-btn-zwo = ⬇️ Zwift .zwo
plan-btn-fit = ⬇️ FIT-Workout
plan-btn-week = 📅 Die Woche
plan-btn-back-week = « Zurück zur Woche
plan-export-caption-zwo = Zwift-Workout: Leg es in Documents/Zwift/Workouts/&lt;deine ID&gt;, dann erscheint es unter Custom Workouts.
plan-export-caption-fit = FIT-Workout: Kopier es in den Ordner NewFiles deiner Uhr (Garmin) oder importier es in der App deiner Uhr.
plan-export-unsupported = Diese Einheit lässt sich in diesem Format nicht exportieren (Zwift nimmt nur Rad und Laufen).

## /week
plan-week-heading = 📅 <b>{ $label }</b> · { $dates }
plan-week-note = <i>{ $note }</i>
plan-week-rest = { $day } · Ruhe
plan-week-day = <b>{ $day }</b> · { $sessions }
plan-week-today = 👉 <b>{ $day }</b> · { $sessions }
plan-week-session = { $icon } { $title } · { $duration } { $mark }
plan-week-planned = <b>Geplant:</b> { $count ->
    [one] { $count } Einheit
   *[other] { $count } Einheiten
} · { $hours } · Belastung { $load }
plan-week-done = <b>Erledigt:</b> { $done } von { $count } · { $hours }
plan-week-done-none = <b>Erledigt:</b> 0 von { $count }
plan-week-unlogged = <i>⚪ noch nicht eingetragen: Schick mir die Trainingsdatei oder nutz /log.</i>
plan-btn-prev = « Woche { $number }
plan-btn-next = Woche { $number } »

## /plan
plan-overview-race = 🗺 <b>Dein Plan: { $race }</b> · { $date } ({ $priority }-Wettkampf)
plan-overview-general = 🗺 <b>Dein Plan: allgemeine Fitness</b> · ein Block von { $weeks } Wochen
plan-countdown = { $days ->
    [one] ⏳ <b>Noch 1 Tag</b> bis zum Renntag
   *[other] ⏳ <b>Noch { $days } Tage</b> bis zum Renntag
}
plan-countdown-today = 🏁 <b>Heute ist Renntag.</b> Viel Erfolg!
plan-overview-dates = { $dates } · { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
}
plan-overview-recalculated = { $count ->
    [one] Einmal neu aufgebaut, als sich dein Profil geändert hat.
   *[other] { $count }-mal neu aufgebaut, als sich dein Profil geändert hat.
}
plan-overview-phases = <b>Phasen</b>
plan-overview-phase = • { $phase } · Wochen { $first }–{ $last } · { $dates }
plan-overview-phase-one = • { $phase } · Woche { $first } · { $dates }
plan-overview-weeks = <b>Wochen</b>
plan-overview-week = { $number } · { $date } · { $phase } · { $hours }
plan-overview-week-current = 👉 <b>{ $number } · { $date } · { $phase } · { $hours }</b>
plan-overview-warnings = <b>Gut zu wissen</b>
plan-warning = ⚠️ { $text }
plan-overview-commands = /today zeigt die heutige Einheit, /week diese Woche Tag für Tag.

## Sports, phases, races
plan-sport-run = Laufen
plan-sport-bike = Radfahren
plan-sport-swim = Schwimmen
plan-sport-strength = Kraft
plan-sport-brick = Koppeltraining
plan-sport-triathlon = Triathlon
plan-sport-duathlon = Duathlon
plan-phase-base = Grundlage
plan-phase-build = Aufbau
plan-phase-peak = Spitze
plan-phase-taper = Tapering
plan-phase-race = Wettkampf
plan-phase-recovery = Erholung
plan-race-5k = 5 km
plan-race-10k = 10 km
plan-race-half-marathon = Halbmarathon
plan-race-marathon = Marathon
plan-race-ultra = Ultramarathon
plan-race-sprint = Sprintdistanz
plan-race-olympic = Olympische Distanz
plan-race-70-3 = 70.3 (Mitteldistanz)
plan-race-140-6 = 140.6 (Langdistanz)
plan-race-bike-event = Radveranstaltung
plan-race-custom = dein Wettkampf
plan-race-general-fitness = allgemeine Fitness

## Session titles
plan-title-run-easy = Lockerer Dauerlauf
plan-title-run-strides = Lockerer Lauf mit Steigerungen
plan-title-run-long = Langer Lauf
plan-title-run-recovery = Regenerationslauf
plan-title-run-tempo = Tempolauf
plan-title-run-threshold = Schwellenlauf
plan-title-run-vo2max = VO2max-Intervalle (Laufen)
plan-title-run-race-pace = Lauf im Renntempo
plan-title-run-opener = Vorbelastungslauf
plan-title-bike-easy = Grundlagenfahrt
plan-title-bike-long = Lange Ausfahrt
plan-title-bike-recovery = Regenerationsfahrt
plan-title-bike-tempo = Tempofahrt
plan-title-bike-sweet-spot = Sweet-Spot-Fahrt
plan-title-bike-threshold = Schwellenfahrt
plan-title-bike-vo2max = VO2max-Intervalle (Rad)
plan-title-bike-race-pace = Fahrt im Renntempo
plan-title-bike-opener = Vorbelastungsfahrt
plan-title-swim-endurance = Ausdauerschwimmen
plan-title-swim-technique = Technikschwimmen
plan-title-swim-long = Langes Schwimmen
plan-title-swim-css = CSS-Schwimmen
plan-title-swim-speed = Schnelligkeitsschwimmen
plan-title-swim-race-pace = Schwimmen im Renntempo
plan-title-swim-opener = Vorbelastungsschwimmen
plan-title-brick-run-off-bike = Koppeltraining: Rad, dann Laufen
plan-title-race-5k = Renntag: 5 km
plan-title-race-10k = Renntag: 10 km
plan-title-race-half-marathon = Renntag: Halbmarathon
plan-title-race-marathon = Renntag: Marathon
plan-title-race-ultra = Renntag: Ultramarathon
plan-title-race-sprint = Renntag: Sprint
plan-title-race-olympic = Renntag: Olympische Distanz
plan-title-race-70-3 = Renntag: 70.3
plan-title-race-140-6 = Renntag: 140.6
plan-title-race-bike-event = Renntag: Radveranstaltung
plan-title-race-custom = Renntag

## Session purposes
plan-objective-aerobic-endurance = Aerobe Grundlage: baut den Motor bei lockerer Belastung auf, bei der du dich unterhalten kannst.
plan-objective-running-economy = Lockerer Lauf mit ein paar kurzen, schnellen Steigerungen: bessere Technik und Ökonomie ohne Ermüdung.
plan-objective-endurance = Ausdauer: Zeit in Bewegung baut Durchhaltevermögen für den Renntag auf. Bleib locker.
plan-objective-recovery = Regeneration: sehr locker, nur zum Auflockern. Härter bringt hier nur Ermüdung.
plan-objective-aerobic-strength = Tempo: fordernd, aber kontrolliert und anhaltend – hebt das Tempo, das du lange halten kannst.
plan-objective-lactate-threshold = Schwelle: hebt die Belastung, die du etwa eine Stunde halten kannst – der beste Indikator für dein Renntempo.
plan-objective-vo2max = VO2max: kurze harte Wiederholungen, die deine aerobe Obergrenze anheben. Hart in den Intervallen, wirklich locker dazwischen.
plan-objective-race-specific = Renntempo: Probe für die Belastung (und die Verpflegung) des Renntags.
plan-objective-sub-threshold = Sweet Spot: knapp unter der Schwelle – viel Fitness für die Ermüdung, die es kostet.
plan-objective-technique = Technik: Übungen und entspanntes Schwimmen, um mit weniger Kraft durchs Wasser zu kommen.
plan-objective-transition = Koppeltraining: direkt vom Rad loslaufen, damit deine Beine den Wechsel am Renntag kennen.
plan-objective-sharpen = Vorbelastung: ein paar flotte Belastungen, um dich spritzig statt müde zu fühlen für das, was kommt.
plan-objective-easier-option = Die leichtere Variante.
plan-objective-race = Renntag: gleichmäßig starten, essen und trinken wie geübt, und genießen.

## Plan warnings and week notes
plan-notice-insufficient-time = Nur noch { $weeks_available } Wochen bis zum Rennen; eine gute Vorbereitung auf diese Distanz braucht { $weeks_recommended }. Der Plan tut, was er kann, aber ein Wettkampf am oder nach dem { $recommended_date } würde dich besser vorbereitet ankommen lassen.
plan-notice-shorter-race = Oder wähle diesmal einen kürzeren Wettkampf: { $race }.
plan-notice-volume-below-distance-needs = Auf dem Höhepunkt erreicht der Plan nur { $peak_hours } h pro Woche; diese Distanz braucht meist etwa { $recommended_hours } h. Ankommen ist realistisch, hart zu racen weniger – mehr Zeit (/settings) würde helfen.
plan-notice-hours-below-recommended = { $hours } h pro Woche liegen unter den { $recommended } h, die dieses Ziel meist braucht. Der Plan holt das Beste heraus; wenn du mehr Zeit findest, aktualisiere sie in /settings.
plan-notice-hours-capped-for-goal = Du hast { $hours } h pro Woche, aber dieses Ziel braucht nicht mehr als { $cap } h: Der Plan hört dort auf – mehr brächte Ermüdung, nicht Fitness.
plan-notice-long-day-unavailable = Du hast { $weekday } für lange Einheiten gewählt, bist an dem Tag aber nicht verfügbar, deshalb liegen sie auf { $used_weekday }.
plan-notice-no-pool-days = Keine Schwimmbadtage, deshalb ist kein Schwimmen geplant: Die Zeit geht ins Radfahren und Laufen. Füge in /settings Schwimmbadtage hinzu, um zu schwimmen.
plan-notice-few-training-days = Nur { $days } Trainingstage pro Woche: Die Einheiten sind länger, damit deine Stunden passen. Ein weiterer Tag würde den Plan leichter verdaulich machen.
plan-notice-discipline-follows-goal = Dein Ziel ist ein { $used }-Wettkampf, deshalb trainiert der Plan { $used } statt nur { $requested }.
plan-notice-injury-intensity-removed = Wegen deiner Verletzung bleibt { $sport } locker: keine harten Belastungen darin.
plan-notice-injury-notes-present = Du hast eine Verletzung angegeben: Hör auf deinen Körper, hör auf, wenn es wehtut, und lass es abklären, wenn es anhält.
plan-notice-masters-recovery-cadence = Mit { $age } dauert die Erholung länger: Jede dritte Woche ist locker (zwei Wochen Belastung, eine Erholung).
plan-notice-taper-shortened = Das Tapering dauert { $weeks } Woche(n) statt { $recommended }: Vor dem Rennen ist nicht mehr Zeit.
plan-notice-no-thresholds = Noch keine Schwelle für { $sport }, deshalb richten sich die Vorgaben nach Gefühl (RPE und Sprechtest). Ein Feldtest gäbe dir genaue Zahlen – siehe /settings.
plan-notice-general-fitness-block = Kein Wettkampf: Der Plan läuft in Blöcken von { $weeks } Wochen, und der nächste beginnt, wenn dieser endet.
plan-notice-phase-start = Die Phase { $phase } beginnt.
plan-notice-recovery-week = { $every ->
    [one] Erholungswoche nach einer Belastungswoche: etwa { $pct } % deines jüngsten Umfangs, damit sich das Training setzt.
   *[other] Erholungswoche nach { $every } Belastungswochen: etwa { $pct } % deines jüngsten Umfangs, damit sich das Training setzt.
}
plan-notice-taper-week = Tapering: Umfang um { $reduction_pct } % reduziert, Intensität gehalten, damit du frisch ankommst.
plan-notice-race-week = Rennwoche: kurz und knackig, ausgeruht für den Renntag.
plan-notice-partial-week = Der Plan beginnt am { $from_date }: Nur ein Teil dieser Woche ist geplant.
plan-notice-volume-progression = Umfang { $pct } % über deiner letzten Belastungswoche.
plan-notice-hours-at-budget = Bei deinem Wochenbudget von { $hours } h.
plan-notice-ramp-limited-by-fitness = Leichter, als deine Stunden erlauben, damit die Fitness sicher steigt (Belastung bis { $max_load }).
plan-notice-intensity-capped = { $count ->
    [one] Eine harte Einheit wurde leichter gemacht, damit die Woche überwiegend locker bleibt (80/20).
   *[other] { $count } harte Einheiten wurden leichter gemacht, damit die Woche überwiegend locker bleibt (80/20).
}
plan-notice-sessions-not-placed = { $count ->
    [one] Eine Einheit passte nicht in deine verfügbaren Tage.
   *[other] { $count } Einheiten passten nicht in deine verfügbaren Tage.
}
plan-notice-regenerated = Ab diesem Tag neu aufgebaut, nachdem sich dein Profil geändert hat.
plan-notice-adapted = { $change ->
    [light_adjustment] Angepasst durch den Rückblick der letzten Woche: Umfang gehalten statt gesteigert.
    [cut_intensity] Angepasst durch den Rückblick der letzten Woche: diese Woche keine harten Einheiten.
    [repeat_week] Angepasst durch den Rückblick der letzten Woche: noch einmal die Einheiten der letzten Woche.
    [return_ramp] Angepasst durch den Rückblick der letzten Woche: ein lockerer Wiedereinstieg nach Krankheit oder Verletzung.
   *[other] Angepasst durch den Rückblick der letzten Woche.
}

## Commands shown in Telegram's menu
cmd-log = Training ohne Datei eintragen
cmd-checkin = Morgen-Check-in: Schlaf, Muskelkater, HRV
cmd-history = Deine letzten Trainings

## Sports
act-sport-run = Lauf
act-sport-bike = Radfahrt
act-sport-swim = Schwimmen
act-sport-strength = Kraft
act-sport-walk = Gehen
act-sport-hike = Wandern
act-sport-ski = Ski
act-sport-row = Rudern
act-sport-other = Training
act-sport-transition = Wechsel
act-multisport = Multisport
act-multisport-total = Gesamt { $parts } · 📈 Belastung <b>{ $load }</b>
act-ask-rpe-legs = Wie hart war jeder Abschnitt? Tippe 1 (sehr leicht) bis 10 (maximal) in seiner Zeile unten.
act-rpe-saved-card = ✅ RPE { $rpe } gespeichert. Schreib jetzt eine Notiz, wenn du magst (Gefühl, Schmerzen, Bedingungen).

## The summary card
act-card-title = { $icon } <b>{ $sport }</b> · { $when }
act-leg = Abschnitt { $leg } von { $legs } einer Multisport-Datei
act-duration = ⏱ { $value }
act-distance = 📏 { $value }
act-speed-kmh = { $value } km/h
act-speed-mph = { $value } mph
act-untimed = Keine Zeitstempel: zeitbasierte Werte (Pace, Zonen, zeitbasierte Belastung) fehlen.
act-hr = ❤️ Ø { $avg } bpm, max. { $max }
act-power = ⚡ Ø { $avg } W
act-power-np = ⚡ Ø { $avg } W, NP { $np } W
act-ascent = ⛰ { $value } Hm
act-ascent-ft = ⛰ { $value } ft bergauf
act-load = 📈 Belastung <b>{ $load }</b> ({ $method })
act-load-if = 📈 Belastung <b>{ $load }</b> ({ $method }, IF { $intensity })
act-load-none = 📈 Noch keine Belastung: Gib an, wie hart es war (RPE), dann berechne ich sie.
act-method-power = Leistung
act-method-pace = Pace
act-method-swim_pace = Schwimmpace
act-method-heart_rate = Herzfrequenz
act-method-session_rpe = Session-RPE
act-method-service = Wert von intervals.icu
act-load-note-power-all-zero = ⚠️ Der Powermeter hat nur Nullen gesendet: Die Belastung stammt aus den nächstbesten Daten.
act-load-note-scaled-partial = ⚠️ Die Aufzeichnung deckt { $percent } % der Trainingszeit ab: Für die Belastung wird angenommen, dass der Rest ähnlich war.
act-load-note-power-partial = ⚠️ Leistungsdaten decken nur { $percent } % der Trainingszeit ab: Die Belastung stammt aus anderen Daten.
act-load-note-pace-partial = ⚠️ Pace-Daten decken nur { $percent } % der Trainingszeit ab: Die Belastung stammt aus anderen Daten.
act-zones-power = Leistungszonen: { $zones }
act-zones-heart_rate = HF-Zonen: { $zones }
act-zones-run_pace = Pace-Zonen: { $zones }
act-zones-swim_pace = Schwimmpace-Zonen: { $zones }
act-rpe-line = 💬 RPE { $rpe }/10
act-note-line = 📝 { $note }
act-fitness = Fitness { $ctl } · Ermüdung { $atl } · Form { $tsb }
act-sport-unknown = ❓ Die Datei verrät nicht, welche Sportart es war. Tippe sie unten an, dann bewerte ich es neu.
act-session = { $kind } · { $sport }
act-session-endurance = Grundlage
act-session-tempo = Tempo
act-session-threshold = Schwelle
act-session-intervals = Intervalle
act-session-recovery = Regeneration
act-session-long = Lange Einheit
act-session-race = Wettkampf
act-matched = 📅 Geplant: { $title } am { $day } ({ $planned })
act-matched-compliance = 📅 Geplant: { $title } am { $day } ({ $planned }) – { $percent }% der geplanten { $basis } { $color }
act-basis-duration = Dauer
act-basis-distance = Distanz
act-basis-load = Belastung
act-color-green = 🟢
act-color-yellow = 🟡
act-color-red = 🔴

## Buttons
act-btn-plan = 🔗 Geplante Einheit
act-btn-delete = 🗑 Löschen
act-btn-delete-yes = 🗑 Ja, löschen
act-btn-back = « Zurück
act-btn-skip = Überspringen
act-btn-no-note = Keine Notiz
act-btn-unmatch = ✖ Keine geplante Einheit

## After the workout
act-ask-rpe = Wie hart war es? Bewerte die ganze Einheit von 1 (sehr leicht) bis 10 (maximal).
act-rpe-saved = ✅ RPE { $rpe } gespeichert. Etwas anzumerken (Gefühl, Schmerzen, Bedingungen)? Schreib es einfach jetzt.
act-rpe-skipped = OK, für diese kein RPE.
act-note-saved = 📝 Notiz gespeichert.
act-note-skipped = OK, keine Notiz.
act-gone = Diese Aktivität gibt es nicht mehr.
act-rematch = Wähle die geplante Einheit, die das war, oder sag, dass es keine war.
act-rematch-none = Keine geplanten Einheiten um diesen Tag.
act-rematch-taken = Eine andere Aktivität erfüllt diese Einheit bereits.
act-matched-done = Mit der geplanten Einheit verknüpft.
act-unmatched-done = Mit keiner geplanten Einheit verknüpft.
act-delete-confirm = Diese Aktivität löschen? Ihre Belastung verschwindet aus deinem Fitnessverlauf.
act-deleted = 🗑 Gelöscht: { $sport } am { $day }. Fitness, Ermüdung und Form werden ab diesem Tag neu berechnet.

## Uploads
upload-error-telegram_too_big = Diese Datei ist größer als { $limit_mb } MB, das Maximum, das Telegram Bots herunterladen lässt. Schick sie gezippt (.zip oder .gz) oder exportiere eine kürzere Datei.
upload-error-empty_file = Diese Datei ist leer – nichts gespeichert. Versuch, sie noch einmal zu exportieren.
upload-error-file_too_large = Diese Datei ist größer als { $limit_mb } MB – nichts gespeichert. Schick sie gezippt oder exportiere die Aktivität als FIT, das ist kleiner.
upload-error-unrecognised_file = { $file_name } ist keine Trainingsdatei (sieht aus wie { $detected }). Schick die FIT-, TCX- oder GPX-Datei deiner Uhr oder App.
upload-error-unsupported_format = { $format }-Dateien werden nicht unterstützt. Exportiere die Aktivität als FIT, TCX oder GPX und schick diese.
upload-error-not_an_activity = Diese FIT-Datei ist eine <b>{ $file_type }</b>-Datei, keine aufgezeichnete Aktivität – nichts gespeichert. Schick die Aktivitätsdatei (bei Garmin: die im Ordner Activity).
upload-error-no_track = Diese GPX-Datei enthält keinen aufgezeichneten Track ({ $waypoints } Wegpunkte, { $route_points } Routenpunkte) – nichts gespeichert. Schick stattdessen die aufgezeichnete Aktivität.
upload-error-no_activity_data = Die { $format }-Datei enthält keine Aktivitätsdaten – nichts gespeichert.
upload-error-truncated_file = Diese Datei endet vorzeitig nach { $bytes_read } Bytes – nichts gespeichert. Versuch, sie noch einmal zu exportieren.
upload-error-corrupt_file = Die { $format }-Datei ist bei Byte { $offset } beschädigt (im Bereich { $part }) – nichts gespeichert. Versuch, sie noch einmal zu exportieren.
upload-part-header = Header
upload-part-data = Datensätze
upload-part-xml = XML
upload-part-compression = Komprimierung
upload-error-storage_quota = Deine gespeicherten Trainingsdateien haben { $limit_mb } MB erreicht ({ $used_mb } MB belegt), deshalb wurde diese nicht gespeichert. Lösche in /history Trainings, die du nicht brauchst, um Platz zu schaffen.
upload-error-download_failed = Ich konnte die Datei nicht von Telegram laden: { $reason }. Nichts gespeichert – schick sie in einer Minute noch einmal.
download-reason-refused = Telegram hat sie abgelehnt ({ $detail })
download-reason-telegram = Telegram hat nicht geantwortet ({ $detail })
download-reason-status = Telegrams Dateiserver antwortete mit Fehler { $status }
download-reason-network = die Verbindung ist abgebrochen oder hat zu lange gedauert
upload-error-corrupt_archive = Das { $format }-Archiv ist beschädigt und ließ sich nicht öffnen – nichts gespeichert.
upload-error-archive_too_large = Entpackt ist dieses Archiv größer als { $limit_mb } MB – nichts gespeichert. Schick weniger Aktivitäten auf einmal.
upload-error-archive_ratio = Dieses Archiv entpackt sich auf über das { $ratio }-Fache seiner Größe – Aktivitätsexporte tun das nie, deshalb habe ich es nicht geöffnet. Schick die Aktivitätsdateien selbst.
upload-error-archive_too_many_files = Das Archiv enthält { $members } Dateien; ich lese höchstens { $limit } auf einmal. Schick weniger Aktivitäten auf einmal.
upload-error-nested_archive = { $file_name } ist ein Archiv in einem Archiv. Entpacke es und schick die Aktivitätsdatei.
upload-error-encrypted_member = { $file_name } ist passwortgeschützt, deshalb kann ich es nicht lesen.
upload-error-archive_nothing_usable = Keine der { $members } Dateien im Archiv ist eine lesbare Aktivität – nichts gespeichert.
upload-error-ingest_error = Ich konnte diese Datei nicht lesen – nichts gespeichert. Exportiere sie noch einmal als FIT, TCX oder GPX.
upload-lost-trailing_data = Das Training selbst ist vollständig ({ $records_recovered } Datensätze, { $time_recovered }); nur die Bytes danach sind beschädigt. Trotzdem speichern?
upload-lost-records_partial = Die Zusammenfassung des Geräts ist da ({ $time_total }, { $distance_total }), aber die Datensätze enden bei Minute { $time_recorded } und { $distance_recorded }. Beim Speichern bleiben Summen und Belastung der Zusammenfassung erhalten; Zonen und Diagramme zeigen nur den aufgezeichneten Teil. Das Vorhandene speichern?
upload-lost-summary = { $records_recovered } Datensätze ({ $time_recovered }) sind intakt; die eigenen Summen des Geräts und alles nach dem letzten guten Datensatz sind verloren (die Summen würden aus den Datensätzen berechnet). Das Vorhandene speichern?
upload-lost-records = { $records_recovered } Datensätze ({ $time_recovered }) sind intakt; die Messwerte danach sind verloren. Das Vorhandene speichern?
upload-lost-trivial = Nur { $time_recovered } und { $distance_recovered } sind lesbar – zu wenig, um es zu speichern.
upload-lost-everything = Nichts davon ließ sich retten.
upload-btn-save-part = 💾 Vorhandenes speichern
upload-btn-drop = ✖ Nicht speichern
upload-dropped = OK, nichts gespeichert.
upload-salvaged = 💾 Den intakten Teil gespeichert ({ $count } { $count ->
        [one] Aktivität
       *[other] Aktivitäten
    }).
upload-duplicate-file = ♻️ Diese Datei habe ich schon: { $sport } am { $when }. Nichts Neues gespeichert.
upload-duplicate-workout = ♻️ Dieses Training habe ich schon aus einer anderen Datei oder App: { $sport } am { $when }. Ich habe das erste behalten.
upload-replaced-logged = 🔁 Das ist das Training, das du von Hand eingetragen hast ({ $sport }, { $when }): Die Datei ersetzt diesen Eintrag und behält dein RPE, deine Notiz und die Planverknüpfung, damit es nur einmal zählt.
upload-member-failed = ⚠️ { $name }: { $reason }
upload-untimed = Diese Datei hat { $count ->
        [one] einen Track
       *[other] { $count } Tracks
    } ({ $distance }) ohne Zeitstempel. An welchem Tag war das? Tippe oder schreib ein Datum wie 12.03.
upload-btn-today = Heute
upload-btn-yesterday = Gestern
upload-ask-duration = Datum: { $day }. Wie lange hat es gedauert? Schreib es, etwa 1h20 oder 45 min – oder speichere ohne zeitbasierte Werte.
upload-untimed-many = Datum: { $day }. Die Tracks haben keine Zeitstempel: Tippe unten, um sie ohne zeitbasierte Werte zu speichern.
upload-btn-no-duration = Ohne Zeit speichern

## /history
history-empty = Noch keine Aktivitäten. Schick mir eine FIT-, TCX- oder GPX-Datei oder trag eine mit /log ein.
history-title = <b>Deine Aktivitäten</b> ({ $shown } von { $total }). Tippe eine Nummer für die Details.
history-load = Belastung { $load }
history-no-load = keine Belastung
history-newer = « Neuere
history-older = Ältere »

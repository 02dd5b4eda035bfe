## /connect: intervals.icu and Strava
cmd-connect = intervals.icu oder Strava verbinden
connect-title = 🔗 <b>Verbundene Dienste</b>
connect-intro = Verbinde intervals.icu, und deine Trainings, HRV, dein Ruhepuls und Schlaf kommen von selbst – von Garmin, Wahoo, COROS, Polar, Oura, Whoop und allem, was dein intervals.icu sonst füttert. Die Einheiten deines Plans landen in deinem intervals.icu-Kalender und von dort auf deiner Uhr oder deinem Radcomputer.
connect-unavailable = Das Verbinden von Diensten ist auf diesem Tempo-Server ausgeschaltet (ihm fehlt ein ENCRYPTION_KEY, um deine Schlüssel sicher zu speichern). Frag, wer ihn betreibt.
connect-none = Noch nichts verbunden.
connect-intervals-on = <b>intervals.icu</b> ✅ verbunden (Athlet { $external })
connect-intervals-revoked = <b>intervals.icu</b> ⚠️ Zugriff wurde widerrufen – verbinde neu, um die Synchronisation fortzusetzen.
connect-strava-on = <b>Strava</b> ✅ verbunden (Athlet { $external }). Strava-Trainings bleiben nur für dich sichtbar.
connect-strava-revoked = <b>Strava</b> ⚠️ Zugriff wurde widerrufen – verbinde neu, um die Synchronisation fortzusetzen.
connect-last-sync = Letzte Synchronisation: { $when } – { $result }
connect-never-synced = Noch nicht synchronisiert.
connect-result-ok = { $stored ->
    [0] nichts Neues
    [one] 1 neues Training
   *[other] { $stored } neue Trainings
  }{ $wellness ->
    [0] {""}
    [one] , 1 Tag Wellness-Daten
   *[other] , { $wellness } Tage Wellness-Daten
  }
connect-running = Gerade läuft eine Synchronisation.
connect-export-on = 📅 Dein Plan geht in deinen intervals.icu-Kalender.
connect-export-off = 📅 Dein Plan wird nicht an intervals.icu gesendet.
connect-btn-key = 🔑 intervals.icu mit API-Schlüssel verbinden
connect-btn-intervals-oauth = 🔗 Mit intervals.icu anmelden
connect-btn-strava = 🟧 Strava verbinden
connect-btn-sync = 🔄 Jetzt synchronisieren
connect-btn-export-on = 📅 Meinen Plan an intervals.icu senden
connect-btn-export-off = 📅 Meinen Plan nicht mehr senden
connect-btn-disconnect-intervals = intervals.icu trennen
connect-btn-disconnect-strava = Strava trennen
connect-btn-yes-disconnect = Ja, trennen
connect-btn-keep = Behalten
connect-ask-key =
    🔑 Füge hier deinen intervals.icu-API-Schlüssel ein.

    Du findest ihn auf intervals.icu unter <b>Settings → Developer Settings → API key</b> (tippe auf „View“). Ich lösche deine Nachricht, sobald ich sie gelesen habe, und speichere den Schlüssel verschlüsselt. /cancel bricht ab.
connect-key-deleted = (Ich habe deine Nachricht mit dem Schlüssel gelöscht.)
connect-connected = ✅ Mit intervals.icu verbunden als <b>{ $name }</b>.
connect-connected-strava = ✅ Strava verbunden. Deine Strava-Trainings werden nur dir gezeigt – nie einem Coach, einer Gruppe oder dem KI-Coach.
connect-ask-months = Wie viel Verlauf soll ich importieren? Trainings mit Puls, Leistung und Pace, dazu deine tägliche HRV, Ruhepuls, Schlaf und Gewicht.
connect-months = { $months ->
    [one] 1 Monat
   *[other] { $months } Monate
  }
connect-import-started = ⏳ Importiere { $months ->
    [one] 1 Monat
   *[other] { $months } Monate
  } von { $service }…
connect-import-progress = ⏳ Import von { $service }: { $done } von { $total } Trainings…
connect-import-done =
    ✅ <b>Import abgeschlossen.</b> { $stored ->
        [0] Keine neuen Trainings
        [one] 1 Training
       *[other] { $stored } Trainings
    } und { $wellness ->
        [0] keine Wellness-Tage
        [one] 1 Tag Wellness-Daten
       *[other] { $wellness } Tage Wellness-Daten
    } importiert{ $duplicates ->
        [0] .
       *[other] ; { $duplicates } waren schon da und wurden nicht doppelt gespeichert.
    }
    Ab jetzt synchronisiere ich stündlich und kurz vor deinem Morgen-Briefing.
connect-import-failed = ⚠️ Der Import wurde gestoppt: { $reason } Was bisher importiert wurde, bleibt; /connect versucht es erneut.
connect-already-running = Es läuft schon eine Synchronisation – die bringe ich zuerst zu Ende.
connect-sync-started = 🔄 Synchronisiere…
connect-thresholds-offer =
    intervals.icu hat diese Schwellen für dich:
    { $lines }
    In Tempo übernehmen? Deine Zonen, Belastungen und Planvorgaben richten sich danach.
connect-threshold-line = • { $name }: <b>{ $value }</b>{ $current ->
    [none] {""}
   *[other] {" "}(Tempo hat { $current })
  }
connect-btn-use-thresholds = ✅ Diese übernehmen
connect-btn-keep-thresholds = Meine behalten
connect-thresholds-used = ✅ Schwellen aus intervals.icu übernommen.
connect-thresholds-kept = OK, deine Schwellen bleiben, wie sie sind.
connect-disconnect-confirm = { $service } trennen? Ich vergesse den Schlüssel bzw. die Tokens. { $service ->
    [Strava] Jedes Training, das von Strava kam, wird aus Tempo gelöscht, wie es die Bedingungen von Strava verlangen.
   *[other] Bereits importierte Trainings bleiben.
  }
connect-disconnected = { $service } ist getrennt, und seine Schlüssel sind gelöscht.
connect-export-now-on = 📅 Deine kommenden Einheiten sind unterwegs in deinen intervals.icu-Kalender.
connect-export-now-off = 📅 Erledigt: Ich habe Tempos Einheiten aus deinem intervals.icu-Kalender genommen und schicke keine neuen.
connect-stale = Diese Taste gehört zu einer früheren Nachricht. /connect zeigt den aktuellen Stand.
connect-error-not_a_key = Das sieht nicht nach einem intervals.icu-API-Schlüssel aus (rund 20 Buchstaben und Ziffern). Kopier ihn noch einmal aus Settings → Developer Settings, oder /cancel.
connect-error-wrong_key = intervals.icu hat diesen Schlüssel nicht akzeptiert. Prüf, ob du den ganzen Schlüssel kopiert hast (Settings → Developer Settings → API key), und füge ihn noch einmal ein, oder /cancel.
connect-error-no_encryption = Das Verbinden von Diensten ist auf diesem Server ausgeschaltet (kein ENCRYPTION_KEY).
connect-error-expired = Dieser Anmeldelink ist abgelaufen. Öffne /connect und tippe noch einmal auf die Taste.
connect-error-refused = Der Dienst hat die Anmeldung abgelehnt. Öffne /connect und versuch es noch einmal.
sync-error-revoked = der Dienst akzeptiert unseren Zugriff nicht mehr (er wurde widerrufen oder der Schlüssel geändert).
sync-error-forbidden = der Dienst hat den Zugriff auf diese Daten verweigert.
sync-error-not_found = der Dienst hat nicht gefunden, wonach wir gefragt haben.
sync-error-rate_limited = der Dienst hat uns gebeten, langsamer zu machen; ich mache bei der nächsten Synchronisation weiter.
sync-error-unavailable = der Dienst antwortet gerade nicht; ich versuche es innerhalb einer Stunde erneut.
sync-error-timeout = der Dienst hat zu lange gebraucht; ich versuche es innerhalb einer Stunde erneut.
sync-error-malformed = der Dienst hat etwas geschickt, das ich nicht lesen konnte; ich versuche es innerhalb einer Stunde erneut.
sync-error-failed = beim Dienst ist etwas schiefgelaufen; ich versuche es innerhalb einer Stunde erneut.
sync-error-not_connected = der Dienst ist nicht mehr verbunden.
connect-error-unavailable = intervals.icu antwortet gerade nicht. Nichts gespeichert – versuch es in ein paar Minuten noch einmal.
connect-error-timeout = intervals.icu hat zu lange gebraucht. Nichts gespeichert – versuch es in ein paar Minuten noch einmal.
connect-error-rate_limited = intervals.icu hat uns gebeten, langsamer zu machen. Nichts gespeichert – versuch es in ein paar Minuten noch einmal.
connect-error-malformed = intervals.icu hat eine Antwort geschickt, die ich nicht lesen konnte. Nichts gespeichert – versuch es später noch einmal.
connect-error-not_found = intervals.icu hat deinen Athleten nicht gefunden. Prüf den Schlüssel und versuch es noch einmal.
connect-error-forbidden = intervals.icu hat mit diesem Schlüssel keinen Zugriff erlaubt. Prüf ihn und versuch es noch einmal.
connect-error-failed = Das Verbinden ist bei intervals.icu gescheitert. Nichts gespeichert – versuch es später noch einmal.
sync-revoked-intervals = ⚠️ intervals.icu akzeptiert Tempos Zugriff nicht mehr, deshalb ist die Synchronisation gestoppt. Öffne /connect, um neu zu verbinden.
sync-revoked-strava = ⚠️ Strava akzeptiert Tempos Zugriff nicht mehr, deshalb ist die Synchronisation gestoppt. Öffne /connect, um neu zu verbinden.
sync-strava-deauthorized = Du hast Tempos Zugriff in Strava entfernt, deshalb habe ich die Verbindung getrennt und jedes Training gelöscht, das von Strava kam. Deine übrigen Daten sind unberührt.
oauth-page-done = Verbunden – du kannst zu Telegram zurückkehren.
oauth-page-failed = Das hat nicht geklappt – geh zurück zu Telegram und öffne /connect, um es noch einmal zu versuchen.
threshold-name-ftp = FTP
threshold-name-lthr = Schwellenherzfrequenz
threshold-name-hr_max = Maximale Herzfrequenz
threshold-name-run_threshold_pace = Schwellenpace
threshold-name-css = CSS (Schwimmen)

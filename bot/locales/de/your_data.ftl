# /export and /delete: the athlete's data to take away, or gone.
cmd-export = Alles herunterladen, was Tempo über dich speichert
cmd-delete = Dein Konto und alle deine Daten löschen
export-caption = 📦 Alles, was Tempo über dich speichert. Die README.txt darin erklärt jede Datei.
export-caption-part = 📦 Alles, was Tempo über dich speichert, Teil { $number } von { $total } (Telegram nimmt Dateien bis 50 MB). Die README.txt ist in Teil 1.
export-readme-title = Tempo: deine Daten, exportiert am { $day }.
    Jeder Abschnitt unten nennt die Dateien und ihren Inhalt. Datum und Uhrzeit nach ISO 8601, Zeiten in UTC; Belastungen in TSS-ähnlichen Punkten; Dauern in Sekunden, Distanzen in Metern, Geschwindigkeiten in m/s, Paces in Sekunden.
export-readme-account = { $files }: dein Telegram-Konto, wie Tempo es kennt (ID, Name, Sprache, Zeitzone, Status).
export-readme-profile = { $files }: dein Profil (Sportarten, Erfahrung, Verfügbarkeit, Ausrüstung, Körper, Notizen) und Einheiten.
export-readme-goals = { $files }: deine Ziele und Wettkämpfe, aktuelle und archivierte.
export-readme-thresholds = { $files }: dein Schwellenverlauf (FTP, LTHR, HFmax, Ruhepuls, CSS, Schwellenpace Laufen) mit Quelle und dem Datum, ab dem jeder Wert galt.
export-readme-plans = { $files }: deine Trainingspläne, das Ziel, für das jeder gebaut wurde, und wie oft er neu berechnet wurde.
export-readme-weeks = { $files }: jede Planwoche (Phase, geplante Stunden, Belastung und Einheiten, Notizen zu Änderungen).
export-readme-sessions = { $files }: jede geplante Einheit mit ihrem strukturierten Workout, den geplanten Mengen und was aus ihr wurde.
export-readme-activities = { $files }: deine Aktivitäten, eine Zeile pro Aktivität ({ $count ->
    [one] eine Aktivität
   *[other] { $count } Aktivitäten
}), mit Belastung und der Methode, die sie ergab, Zeit in Zonen und Runden.
export-readme-files = { $files }: die Dateien, die du hochgeladen hast (Name, Format, Prüfsumme).
export-readme-originals = { $files }: deine Original-Uploads, Byte für Byte, wie du sie geschickt hast.
export-readme-wellness = { $files }: deine täglichen Check-ins (Schlaf, Muskelkater, Müdigkeit, Stress, Stimmung, HRV, Ruhepuls, Krankheit, Verletzung).
export-readme-pushes = { $files }: deine Einstellungen für Morgen-Briefing und Erinnerungen.
export-readme-deliveries = { $files }: die Nachrichten, die Tempo dir geschickt hat (Briefings, Erinnerungen, Rückblicke), wie sie rausgingen, samt KI-Coach-Notizen und deinen Tipps.
export-readme-reviews = { $files }: deine Wochenrückblicke und die Änderungen, die sie an der nächsten Woche vorgenommen haben.
export-readme-dialogs = { $files }: eine Frage, auf deren Antwort Tempo gewartet hat, falls vorhanden.
export-readme-table = { $files }: { $count ->
    [one] eine Zeile
   *[other] { $count } Zeilen
} der Tabelle „{ $table }“, wie gespeichert.
export-readme-ai = KI: Die optionalen Notizen im Morgen-Briefing werden aus anonymen Fakten geschrieben (ohne Name oder ID) und in einem gemeinsamen Cache unter einem Hash dieser Fakten gehalten, daher ist kein KI-Eintrag und keine KI-Kosten an dich gebunden; die Notizen, die du erhalten hast, stehen in messages/pushes-sent.json.
export-readme-consents = Einwilligungen: Tempo hat bisher keine eingeholt; wenn doch, erscheinen sie in diesem Export.

delete-ask-first = ⚠️ <b>Dein Konto und alles darin löschen?</b>
    Dein Profil, deine Schwellen, Pläne, Aktivitäten mit ihren Originaldateien, Check-ins, Rückblicke und geplanten Nachrichten werden endgültig gelöscht. Nichts kann sie zurückholen.
    Möchtest du vorher eine Kopie? Schick /export.
delete-btn-first = Ja, alles löschen
delete-btn-final = 🗑 Endgültig löschen
delete-btn-keep = Nein, meine Daten behalten
delete-ask-final = 🛑 <b>Letzter Schritt.</b> Sobald du auf „Endgültig löschen“ tippst, sind deine Daten innerhalb einer Sekunde weg und lassen sich nicht wiederherstellen. Sicher?
delete-kept = 👍 Nichts wurde gelöscht.
delete-done = ✅ Erledigt: Alles, was Tempo über dich gespeichert hatte, ist gelöscht, und es kommen keine Nachrichten mehr. Wenn du wieder schreibst, fängst du neu an. Danke, dass du mit Tempo trainiert hast.
delete-stale = Diese Taste gehört zu einem früheren Konto. Schick /delete, um neu anzufangen.

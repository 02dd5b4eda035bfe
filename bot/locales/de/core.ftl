## Commands shown in Telegram's menu (setMyCommands)
cmd-start = Tempo starten oder neu starten
cmd-profile = Dein Profil und deine Trainingszonen
cmd-settings = Zeitzone, Briefing-Zeit, Einheiten, Schwellen, Ziel…
cmd-help = Was Tempo kann
cmd-language = Sprache ändern
cmd-cancel = Aktuellen Dialog verlassen

## /start
start-greeting =
    👋 Hallo, { $name }! Ich bin <b>Tempo</b>, dein Ausdauercoach in Telegram.

    Ich helfe Läuferinnen und Läufern, Radfahrern, Schwimmern und Triathleten, mit einem Plan zu trainieren, der in ihr Leben passt:
    • ein periodisierter Plan rund um dein Zielrennen und die Stunden, die du hast;
    • ein Morgen-Briefing, wie bereit du heute bist (HRV, Ruhepuls, Schlaf, Muskelkater, Belastung), und die Einheit des Tages;
    • deine Trainings mit dem Plan abgeglichen – schick mir FIT-, TCX- oder GPX-Dateien oder einen Schnelleintrag;
    • Fitness, Ermüdung und Form Tag für Tag verfolgt.

    Zuerst ein paar kurze Fragen, damit der Plan zu dir passt – die meisten mit einem Tippen beantwortet. /back geht eine Frage zurück, /cancel pausiert.
start-welcome-back = 👋 Willkommen zurück, { $name }! Dein Profil steht: /profile zeigt es mit deinen Zonen, /settings ändert alles.
start-group =
    👋 Hallo, ich bin <b>Tempo</b>, ein Ausdauercoach. Dein Training läuft in einem privaten Chat mit mir – tippe hier, um zu starten: { $link }

## /help
help-text =
    <b>Was ich kann</b>

    <b>Dein Training</b>
    /today – die heutige Einheit mit deinen Vorgaben (und eine .zwo- oder FIT-Datei für dein Gerät)
    /week – diese Woche Tag für Tag, geplant und erledigt
    /plan – der ganze Plan: Phasen, Wochen, Countdown zum Rennen
    /undo – macht deine letzte Planänderung rückgängig (die Tasten eines Tages oder ein Satz wie „ich bin krank“ ändern ihn)
    Schick eine FIT-, TCX- oder GPX-Datei (oder ein .zip) – ich ordne sie deinem Plan zu
    /log – ein Training in einer Zeile eintragen: „10 km gelaufen in 52 min rpe 6“
    /checkin – wie du geschlafen hast und dich heute Morgen fühlst
    /history – deine letzten Trainings
    /review – der Rückblick auf letzte Woche und was sich für diese geändert hat
    /connect – Synchronisation mit intervals.icu oder Strava
    /fitness – Fitness, Ermüdung und Form, mit Diagramm

    <b>Coaching</b>
    /squad – deine Athleten als Coach: wer Aufmerksamkeit braucht, die Karte jedes Athleten (Plan ändern, Schwelle setzen, schreiben), eine Änderung für alle; /squad new – eine Trainingsgruppe und ihr Einladungslink
    /sharing – welche Coaches was von dir sehen; jederzeit ändern oder austreten
    /digest – dein Morgenüberblick über die Trainingsgruppe und die Sonntagsbilanz: Uhrzeit, an oder aus
    /ask – frag die KI nach deiner Gruppe: „/ask wer tut sich diese Woche schwer?“
    /groupprivacy – was der Gruppenchat des Teams von deinem Tag sehen darf

    <b>Dein Morgen-Briefing</b>
    /brief – Uhrzeit, an oder aus, ruhige Tage
    /pause – Nachrichten pausieren (Reise, Krankheit); /resume, um weiterzumachen

    <b>Du</b>
    /start – starten oder das Profil weiter einrichten
    /profile – dein Profil und deine Trainingszonen
    /zones – eine eigene Zone festlegen („/zones zone 2 puls 130-145“) oder zu den berechneten zurück
    /settings – Zeitzone, Briefing-Zeit, Einheiten, Schwellen, Verfügbarkeit, Ziel…
    /language – English, Русский, Español, Deutsch, Français, Italiano
    /export – alle deine Daten als Zip; /delete – Konto und Daten löschen
    /back – eine Frage zurück; /cancel – aktuellen Dialog verlassen
    /help – diese Liste

## /language
language-choose = Wähle deine Sprache:
language-set = ✅ Erledigt: Ab jetzt spreche ich Deutsch mit dir.
language-unchanged = Wir sprechen schon Deutsch.

## Messages Tempo cannot use
fallback-unknown-command = Den Befehl { $command } kenne ich nicht. Tippe /help, um zu sehen, was ich kann.
fallback-sticker = Schöner Sticker! Ich kann allerdings nur Text, Tasten und Trainingsdateien lesen. Tippe /help, um zu sehen, was ich kann.
fallback-voice = Sprachnachrichten kann ich noch nicht anhören – bitte schreib es stattdessen.
fallback-photo = Fotos kann ich noch nicht lesen. Für ein Training schick die FIT-, TCX- oder GPX-Datei deiner Uhr oder App als Datei.
fallback-document = Mit dieser Datei kann ich noch nichts anfangen. Trainingsdateien (FIT, TCX, GPX) kommen bald.
fallback-other = Ich kann nur Text, Tasten und Trainingsdateien lesen. Tippe /help, um zu sehen, was ich kann.
fallback-text = Das habe ich nicht verstanden. Tippe /help, um zu sehen, was ich kann.

## Dialogs
cancel-done = OK, abgebrochen. Sonst hat sich nichts geändert.
cancel-nothing = Es gibt nichts abzubrechen.

## Buttons that no longer apply
stale-button = Diese Taste gehört zu einer älteren Nachricht und gilt nicht mehr.

## Errors
error-generic = Entschuldige – bei mir ist etwas schiefgelaufen und ich konnte das nicht abschließen. Nichts ist verloren; versuch es gleich noch einmal.

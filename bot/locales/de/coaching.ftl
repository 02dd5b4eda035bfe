## A coach acting on an athlete: plan changes, a change for everyone, thresholds, messages
coaching-btn-edit = ✏️ Plan ändern
coaching-btn-threshold = 🎚 Schwelle setzen
coaching-btn-message = 💬 Nachricht
coaching-btn-bulk = ✏️ Plan aller ändern
coaching-btn-bulk-apply = ✅ Für { $count } übernehmen
coaching-denied = Dieser Athlet erlaubt dir das nicht mehr (er hat geändert, was er teilt, oder deine Gruppe verlassen). Es wurde nichts geändert.
coaching-ask-plan = Was soll sich im Plan von { $name } ändern? Eine Zeile, zum Beispiel:
    • <i>Samstag: 2 h Radfahren in Zone 2</i>
    • <i>Sonntag: Ruhetag</i>
    • <i>langen Lauf auf Sonntag verschieben</i>
    Oder /cancel.
coaching-ask-bulk = Was soll sich für alle deine Athleten ändern? Eine Zeile, zum Beispiel <i>Samstag: 2 h Gruppenausfahrt in Zone 2</i> oder <i>Sonntag: Ruhetag</i>. Ich prüfe das gegen den Plan und die Freigaben jedes Athleten und zeige dir das Ergebnis, bevor sich etwas ändert. Oder /cancel.
coaching-unreadable = Das kann ich nicht als Planänderung lesen. Schreib einen Tag und dann, was zu tun ist: <i>Samstag: 2 h Radfahren in Zone 2</i>, <i>Sonntag: Ruhetag</i>, <i>morgen: 45 min Laufen in Zone 1</i> – oder /cancel.
coaching-for = Für <b>{ $name }</b>:
coaching-applied = ✅ <b>Erledigt.</b> Der Plan von { $name } jetzt:
coaching-notified = Der Athlet hat erfahren, was sich geändert hat und dass es von dir kam. Doch anders überlegt? Tippe auf Rückgängig.
coaching-undone = ↩️ Rückgängig gemacht: Der Plan von { $name } ist wieder wie vorher, und der Athlet weiß Bescheid.
coaching-stale = Der Plan des Athleten hat sich seit diesem Vorschlag geändert. Schick die Änderung noch einmal über seine Karte.
coaching-expired = ⌛ Dieser Vorschlag ist nach 10 Minuten abgelaufen. Schick die Änderung noch einmal über die Karte des Athleten.
coaching-notice-changed = ✏️ Dein Coach <b>{ $coach }</b> hat deinen Plan geändert:
coaching-notice-undone = ↩️ Dein Coach <b>{ $coach }</b> hat seine Änderung zurückgenommen. Dein Plan ist wieder wie vorher:
coaching-notice-threshold = 🎚 Dein Coach <b>{ $coach }</b> hat ab heute deinen Wert für { $what } auf <b>{ $value }</b> gesetzt. Deine Zonen und die Vorgaben deiner Einheiten richten sich danach; /profile zeigt sie.
coaching-ask-threshold-kind = Welche Schwelle von { $name } möchtest du setzen?
coaching-ask-threshold = Schick den neuen Wert für { $what } von { $name } (gilt ab heute und wird als von dir gesetzt vermerkt), oder /cancel.
coaching-threshold-set = ✅ Der Wert für { $what } von { $name } ist ab heute <b>{ $value }</b>, vermerkt als von dir gesetzt. Zonen und Vorgaben richten sich danach; der Athlet weiß Bescheid.
coaching-bulk-title = ✏️ <b>Änderung für deine Athleten</b>: <i>„{ $request }“</i>
    Übernehmen lässt sie sich für { $count } von { $total }:
coaching-bulk-done = ✅ <b>Übernommen für { $count } von { $total }</b>: <i>„{ $request }“</i>
coaching-bulk-ok = ✅ <b>{ $name }</b>: { $days }
coaching-bulk-refused = ⛔ <b>{ $name }</b>: { $reason }
coaching-bulk-denied = erlaubt dir nicht, den Plan zu ändern.
coaching-bulk-more = …und { $count } weitere.
coaching-bulk-no-plan = hat noch keinen Plan.
coaching-bulk-no-match = im Plan gibt es keine solche Einheit.
coaching-bulk-ready = kann übernommen werden.
coaching-bulk-applied = übernommen.
change-refused-too-long = Eine so gesetzte Einheit dauert höchstens { $limit } Minuten.
change-refused-zone-not-steady = Eine so gesetzte Einheit ist gleichmäßig: Zone 1, 2 oder 3.
th-source-coach = von deinem Coach gesetzt
th-source-mark-coach = (Coach)

## Messages between a coach and an athlete
coaching-ask-message = Schreib deine Nachricht an { $name }; ich stelle sie mit deinem Namen zu. Oder /cancel.
relay-from-coach = 💬 <b>Nachricht von deinem Coach { $coach }:</b>
    { $text }
relay-from-athlete = 💬 <b>{ $name } antwortet:</b>
    { $text }
relay-btn-reply = ↩️ Coach antworten
relay-btn-answer = 💬 { $name } antworten
relay-ask-reply = Schreib deine Antwort an { $name }, oder /cancel. (Du kannst auch einfach auf die Nachricht antworten.)
relay-sent = ✉️ An { $name } gesendet.
relay-not-delivered = Ich konnte sie nicht zustellen: { $name } hat den Bot blockiert oder den Chat geschlossen.
relay-too-long = Diese Nachricht ist länger als { $limit } Zeichen. Schick eine kürzere, oder /cancel.
relay-coach-gone = Du bist in keiner Gruppe dieses Coaches mehr, deshalb kann ich sie nicht weitergeben.

## Für den Coach: Absagen über die Athletin/den Athleten mit Namen und was du tun kannst
coaching-no-plan-edit = ✏️ { $name } erlaubt keine Planänderungen — das lässt sich unter /sharing erlauben.
roster-new = 🆕 neu — noch keine Daten
coaching-bulk-refused-on = ⛔ <b>{ $name }</b> ({ $day }): { $reason }
coaching-bulk-not-their-sport = { $name } { $sport ->
    [bike] fährt kein Rad
    [run] läuft nicht
    [swim] schwimmt nicht
   *[other] macht diesen Sport nicht
}, daher wurde dort nichts geändert. Setze über die Karte eine Einheit in der eigenen Sportart.
coaching-notice-joined = 👋 { $name } ist <b>{ $squad }</b> beigetreten und teilt: { $scopes }.
coaching-notice-granted = 🔓 { $name } teilt jetzt auch: { $scopes }.
coaching-notice-revoked = 🔒 { $name } teilt nicht mehr: { $scopes }.
coaching-notice-left = 👋 { $name } hat <b>{ $squad }</b> verlassen; du siehst nichts mehr davon.
coaching-violation-unavailable-day = { $name } hat an diesem Tag keine Zeit. Wähle einen anderen Tag oder bitte { $name }, ihn zu den Trainingstagen hinzuzufügen.
coaching-violation-outside-plan = Das liegt außerhalb des Plans von { $name }. Wähle einen Tag im Plan.
coaching-violation-too-many-sessions-in-day = { $name } hätte an diesem Tag mehr als zwei Einheiten. Wähle einen anderen Tag.
coaching-violation-swim-not-on-pool-day = { $name } hat an diesem Tag kein Becken. Wähle einen Beckentag oder eine andere Sportart.
coaching-violation-hard-days-in-a-row = { $name } hätte zwei harte Tage hintereinander. Mach es leichter oder wähle einen anderen Tag.
coaching-violation-over-weekly-hours = Die Woche von { $name } ginge über die verfügbaren Trainingsstunden. Kürze, wähle einen anderen Tag oder bitte { $name }, die Wochenstunden zu erhöhen.
coaching-violation-ramp-too-steep = Die Woche von { $name } würde um mehr als 10 % wachsen. Kürze oder wähle einen Tag in einer späteren Woche.
coaching-violation-fitness-ramp-too-steep = Die Fitness von { $name } müsste schneller steigen als sicher ist. Kürze oder mach es leichter.
coaching-violation-recovery-overdue = Die Erholungswoche von { $name } würde zu weit hinausgeschoben. Lass sie, oder wähle einen Tag danach.
coaching-violation-recovery-week-too-hard = Die Erholungswoche von { $name } würde zu hart. Kürze, mach es leichter oder wähle einen Tag nach dieser Woche.
coaching-violation-taper-volume-increase = { $name } ist im Tapering: Der Umfang soll nur sinken. Kürze oder lass den Tag wie geplant.
coaching-violation-taper-extra-hard = { $name } ist im Tapering: keine zusätzlichen harten Einheiten. Mach es locker oder lass den Tag wie geplant.
coaching-violation-injury-conflict = Die Verletzung von { $name } schließt Intensität in dieser Sportart aus. Mach es locker oder wähle eine andere Sportart.
coaching-violation-too-much-intensity = Mehr als ein Viertel der Woche von { $name } wäre harte Arbeit (80/20). Bleib in Zone 1–2 oder wähle eine andere Woche.
coaching-violation-missing-easier-option = Eine harte Einheit von { $name } hätte keine leichtere Alternative. Setze eine gleichmäßige Einheit.
coaching-refused-session-not-found = Diese Einheit steht nicht mehr im Plan von { $name }. Öffne die Karte, um die Woche zu sehen.
coaching-refused-session-settled = Diese Einheit von { $name } ist erledigt oder vorbei und bleibt. Wähle einen späteren Tag.
coaching-refused-day-in-past = Dieser Tag ist für { $name } vorbei. Nenne einen Tag ab heute.
coaching-refused-outside-plan = Dieser Tag liegt außerhalb des Plans von { $name }. Nenne einen Tag im Plan.
coaching-refused-same-day = Im Plan von { $name } liegt es schon an diesem Tag. Wähle einen anderen Tag.
coaching-refused-day-taken = { $name } hat an diesem Tag schon trainiert, dorthin wird nichts verschoben. Wähle einen anderen Tag.
coaching-refused-nothing-to-change = Im Plan von { $name } gibt es dort nichts zu ändern. Öffne die Karte, um die Woche zu sehen.
coaching-refused-too-short = Eine Einheit braucht mindestens { $limit } Minuten. Mach sie länger oder setze Ruhe.
coaching-refused-not-shorter = Das ist nicht kürzer als die geplante Einheit von { $name }. Gib weniger Minuten an.
coaching-refused-no-easier = Die Einheit von { $name } ist schon so leicht wie möglich. Kürze sie oder setze Ruhe.
coaching-refused-sport-not-possible = Diese Sportart kann die Einheit von { $name } nicht ersetzen. Wähle eine andere.
coaching-refused-bad-range = Diese Daten ergeben keinen Sinn. Schreib den ersten Tag, dann den letzten.
coaching-refused-guardrail = Das würde eine Sicherheitsregel im Plan von { $name } brechen. Kürze oder wähle einen anderen Tag.
coaching-refused-constraint = Das würde eine Regel brechen, die { $name } für den eigenen Plan gesetzt hat. Wähle einen anderen Tag oder bitte { $name }, die Regel zu ändern.
coaching-refused-unwell-no-intensity = { $name } ist krank: keine harten Einheiten. Mach es locker oder setze Ruhe.
coaching-refused-lighter-week-needed = Die letzte Belastung von { $name } ist hoch, diese Woche muss leichter werden. Kürze eine Einheit oder setze Ruhe.
coaching-refused-rebuild-failed = Der Plan von { $name } ließ sich ab diesem Tag nicht neu aufbauen. Ändere einen einzelnen Tag.
coaching-refused-too-long = Eine so gesetzte Einheit dauert höchstens { $limit } Minuten. Kürze sie oder teile sie auf zwei Tage.
coaching-refused-zone-not-steady = Eine so gesetzte Einheit ist gleichmäßig: Zone 1, 2 oder 3. Senke die Zone.

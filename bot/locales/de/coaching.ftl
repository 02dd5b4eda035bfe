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

# Custom zones (zoneov): /zones, the coach's zone from the card, the errors.
cmd-zones = Deine Zonen und wie du sie änderst
zones-custom-athlete = ✏️ Z{ $label }: deine eigenen Grenzen
zones-custom-coach = ✏️ Z{ $label }: von Coach { $name } gesetzt
zones-change-hint = Um eine Zone zu ändern, schick zum Beispiel <code>/zones Zone 2 Puls 130-145</code>, <code>/zones Zone 3 Pace 4:50-5:10</code> oder <code>/zones Zone 2 Leistung 150-210</code>; die nach oben offene Zone bekommt nur eine Grenze, etwa <code>Zone 5c Puls 182+</code>. Die Nachbarzonen verschieben sich mit. <code>/zones reset</code> holt die aus deinen Schwellen berechneten Zonen zurück.
zones-btn-reset = ↩️ Zurück zu den berechneten Zonen
zones-reset-done = { $count ->
    [0] Du hattest keine eigenen Zonen: Es hat sich nichts geändert.
    [one] Erledigt: eine eigene Zone entfernt. Deine Zonen richten sich wieder nach deinen Schwellen.
   *[other] Erledigt: { $count } eigene Zonen entfernt. Deine Zonen richten sich wieder nach deinen Schwellen.
}
zones-set-done = ✅ Gespeichert. Deine Einheiten, die Zonen deiner Aktivitäten, die Diagramme und der KI-Coach nutzen jetzt diese Zonen.
zones-btn-coach = 🎯 Eine Zone
zones-coach-ask = Welche Zone möchtest du für { $name } setzen? Schick sie so: <code>Zone 2 Puls 130-145</code>, <code>Zone 3 Pace 4:50-5:10</code> oder <code>Zone 2 Leistung 150-210</code>.
zones-coach-set = ✅ Für { $name } gespeichert; der Athlet weiß Bescheid.
zones-coach-notice = 🎯 Dein Coach { $coach } hat deine Trainingszonen geändert. Deine Einheiten nutzen sie ab jetzt; /zones zeigt sie, und <code>/zones reset</code> holt die berechneten zurück.
ob-error-zone-format = Diese Zone konnte ich nicht lesen. Schreib die Nummer der Zone, wofür sie gilt und den Bereich, zum Beispiel <code>Zone 2 Puls 130-145</code>, <code>Zone 3 Pace 4:50-5:10</code> oder <code>Zone 2 Leistung 150-210</code>.
ob-error-zone-empty = Eine Zone braucht zwei verschiedene Grenzen, etwa 130-145.
ob-error-zone-no-profile = Richte zuerst dein Profil ein (/start), dann deine Zonen.
ob-error-zone-no-zones = Zonen dieser Art gibt es noch nicht: Dafür braucht es zuerst eine Schwelle (FTP für Leistung, Schwellenpace fürs Laufen, CSS fürs Schwimmen, LTHR oder HFmax für die Herzfrequenz). /profile zeigt, was schon gesetzt ist.
ob-error-zone-number = Eine Zone { $number } gibt es nicht: Es sind { $count } Zonen.
ob-error-zone-open = Nur Zone { $hardest } ist nach oben offen: Gib Zone { $number } einen Bereich, etwa 130-145.
ob-error-zone-squeezed = Es wurde nichts gespeichert: Mit diesen Grenzen würde Zone { $neighbour } zu schmal zum Trainieren. Versuch <code>{ $command }</code>, den nächsten Bereich, der Zone { $neighbour } Platz lässt, oder verbreitere zuerst Zone { $neighbour } und setze dann Zone { $number } erneut.
ob-error-zone-squeezed-only = Es wurde nichts gespeichert: Jeder Bereich für Zone { $number } würde hier Zone { $neighbour } zu schmal zum Trainieren machen. Verbreitere zuerst Zone { $neighbour } (<code>/zones zone { $neighbour } …</code>) und setze dann Zone { $number } erneut.
ob-error-zone-conflict = Mit diesen Grenzen passt Zone { $number } nicht zwischen ihre Nachbarn (es entsteht eine Lücke oder eine Überschneidung). Es wurde nichts gespeichert; /zones zeigt die Zonen, wie sie sind.

## Answers checked before they make an absurd plan (issue 16)

ob-q-date-ambiguous = 📅 <b>Welches Datum meinst du: { $first } oder { $second }?</b> Tippe eins an – oder schreib das Datum mit dem Monat in Worten, z. B. 3. April 2027.

ob-q-days_check = 🗓 <b>{ $days ->
    [one] Ein Trainingstag pro Woche
   *[other] { $days } Trainingstage pro Woche
} reichen für dieses Ziel nicht.</b> Eine ordentliche Vorbereitung braucht { $needed } Tage oder mehr; mit weniger ist jede Woche eine einzige lange Einheit, und der Renntag wird zum Überlebenstest. Was möchtest du tun?
ob-opt-days_check-add_days = ➕ Trainingstage hinzufügen
ob-opt-days_check-change_goal = 🎯 Ziel ändern
ob-opt-days_check-minimal = Minimalplan behalten
plan-notice-minimal-plan = Ein Minimalplan: { $days ->
    [one] du trainierst 1 Tag pro Woche
   *[other] du trainierst { $days } Tage pro Woche
}, und dieses Ziel braucht { $needed } oder mehr für eine gute Vorbereitung. Er hält dich in Bewegung Richtung Renntag; füge in /settings Tage hinzu, sobald du kannst.

# The weekly review (Sunday evening): the week in numbers, what went well, next week.
cmd-review = Rückblick auf letzte Woche und was sich geändert hat
review-none-yet = Noch kein Wochenrückblick: Der erste kommt am Sonntagabend, mit der nächsten Woche angepasst daran, wie diese lief.
review-title = 📊 <b>Deine Woche, { $first } – { $last }</b>
review-sessions = ✅ { $done } von { $planned } geplanten Einheiten erledigt ({ $pct } % des Plans)
review-colours = 🟢 { $green } im Ziel · 🟡 { $yellow } teilweise · 🔴 { $red } erledigt, aber weit daneben · ⚪ { $missed } verpasst
review-nothing-planned = Diese Woche war nichts geplant.
review-volume = ⏱ { $done } h von { $planned } h · Belastung { $load } von { $planned_load }
review-fitness = 📈 Fitness { $before } → { $after } ({ $change }) · Ermüdung { $fatigue } · Form { $form }
review-sick-days = { $days ->
    [one] 🤒 { $days } Tag krank oder verletzt
   *[other] 🤒 { $days } Tage krank oder verletzt
}
review-red-days = { $days ->
    [one] 🔴 { $days } roter Bereitschaftstag
   *[other] 🔴 { $days } rote Bereitschaftstage
}
review-well-heading = <b>Was gut lief</b>
review-well-on-plan = 👏 { $pct } % des Plans erledigt: Genau das baut Fitness auf.
review-well-green = { $count ->
    [one] 👍 { $count } Einheit genau im Ziel.
   *[other] 👍 { $count } Einheiten genau im Ziel.
}
review-well-best = 🏅 Größte Einheit: { $icon } { $duration } am { $day }, Belastung { $load }.
review-well-fitness = 📈 Fitness um { $change } Punkte gestiegen.
review-next-heading = <b>Nächste Woche</b>
review-next-summary = { $phase } · { $hours } h · { $sessions } Einheiten
review-next-key = Schlüsseleinheiten:
review-key-session = • { $day } { $icon } { $type }, { $duration }
review-next-hint = /week zeigt sie Tag für Tag.

review-type-endurance = Grundlage
review-type-tempo = Tempo
review-type-threshold = Schwelle
review-type-intervals = Intervalle
review-type-recovery = Regeneration
review-type-long = lange Einheit
review-type-race = Wettkampf

review-kind-progress = Steigerung
review-kind-light-adjustment = die leichte Anpassung
review-kind-cut-intensity = weniger Intensität
review-kind-repeat-week = Wiederholung der Woche
review-kind-return-ramp = der Wiedereinstieg
review-kind-keep = Beibehalten des Plans

review-rule-unavailable-day = ein Tag, an dem du nicht verfügbar bist
review-rule-outside-plan = die Daten des Plans
review-rule-too-many-sessions-in-day = höchstens zwei Einheiten am Tag
review-rule-swim-not-on-pool-day = deine Schwimmbadtage
review-rule-hard-days-in-a-row = keine harten Tage hintereinander
review-rule-over-weekly-hours = deine Wochenstunden
review-rule-ramp-too-steep = die Grenze von 10 % mehr Umfang pro Woche
review-rule-fitness-ramp-too-steep = den sicheren Fitnessanstieg
review-rule-recovery-overdue = eine Erholungswoche alle 3 (oder 2) Wochen
review-rule-recovery-week-too-hard = eine lockere Erholungswoche
review-rule-taper-volume-increase = das Tapering
review-rule-taper-extra-hard = das Tapering
review-rule-injury-conflict = deine Verletzung
review-rule-too-much-intensity = die 80/20-Intensitätsverteilung
review-rule-missing-easier-option = eine leichtere Alternative für jede harte Einheit
review-rule-plan-request = deine Planeinstellungen

review-change-why-share = { $pct } % des Wochenplans erledigt.
review-change-why-red = { $days } rote Bereitschaftstage: einen Schritt vorsichtiger.
review-change-why-sick = { $days } Tage krank oder verletzt: Zeit, sanft zurückzukommen.
review-change-why-nothing-planned = Diese Woche gibt es nichts zu messen.
review-change-no-next-week = Der Plan endet hier; /plan startet den nächsten Block.
review-change-protected = Nächste Woche ist eine { $phase }-Woche: Sie bleibt wie geplant locker.
review-change-progress = Auf Kurs: Nächste Woche geht es wie geplant auf { $hours } h hoch ({ $previous } h diese Woche).
review-change-as-planned = Nächste Woche bleibt wie geplant: { $hours } h.
review-change-guardrail-stopped = Keine { $change }: Sie würde gegen { $rule } verstoßen.
review-change-light-adjustment = Nächste Woche hält deinen Umfang, statt zu wachsen: { $hours } h statt { $planned } h.
review-change-cut-intensity = Nächste Woche dieselben { $hours } h, aber alles locker: keine harten Einheiten.
review-change-return-ramp = Wiedereinstieg: { $hours } h statt { $planned } h ({ $pct } %), alles locker, dann Schritt für Schritt wieder hoch.
review-change-repeat-week = Nächste Woche wiederholt diese ({ $hours } h), um zu Ende zu bringen, was sie begonnen hat.
review-change-session-changed = • { $day } { $icon } { $was } → { $now }, { $duration }
review-change-session-added = • { $day } { $icon } + { $type }, { $duration }
review-change-session-removed = • { $day } { $icon } − { $type }
review-change-more-changes = • und { $count } weitere Änderungen (/week)

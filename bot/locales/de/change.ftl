## Changing the plan: the day's buttons, the proposal card, Apply / Discard, /undo.

cmd-undo = Letzte Planänderung rückgängig machen

change-btn-move = ↔️ Verschieben
change-btn-shorten = ✂️ Kürzen
change-btn-easier = 🪶 Leichter
change-btn-skip = ⏭ Auslassen
change-btn-swap = 🔁 Tauschen mit…
change-btn-apply = ✅ Übernehmen
change-btn-discard = ✖️ Verwerfen
change-btn-recompute = 🔄 Neu berechnen
change-btn-undo = ↩️ Rückgängig
change-btn-back = « Zurück
change-btn-minutes = { $minutes } min
change-btn-something-else = 💬 Etwas anderes

change-pick-move = Auf welchen Tag soll { $session }?
change-pick-move-none = { $session } lässt sich in den nächsten zwei Wochen auf keinen anderen Tag verschieben, ohne die Regeln deines Plans zu brechen (deine verfügbaren Tage, Stunden und der Abstand zwischen harten Tagen). Kürze die Einheit stattdessen, mach sie leichter oder lass sie ausfallen.
change-pick-shorten = Wie lang darf { $session } sein?
change-pick-swap = { $day } mit welchem Tag tauschen?

change-card-title = ✏️ <b>Vorgeschlagene Änderung</b>
change-card-request = <i>„{ $text }“</i>
change-card-day = <b>{ $day }</b>: { $before } → { $after }
change-day-now = <b>{ $day }</b>: { $after }
change-card-rest = Ruhe
change-card-session = { $icon } { $title } { $duration }
change-card-session-effort = { $label } (Intensität bis { $effort })
change-effort-recovery = Regeneration
change-effort-endurance = Grundlage
change-effort-tempo = Tempo
change-effort-sweet-spot = Sweet Spot
change-effort-threshold = Schwelle
change-effort-vo2max = VO2max
change-effort-anaerobic = anaerob
change-card-more-days = …und { $count ->
    [one] ein weiterer Tag
   *[other] { $count } weitere Tage
}
change-card-week = 📊 { $dates }: { $hours_before } → { $hours_after } · Belastung { $load_before } → { $load_after } · lockere Zonen { $easy_before } → { $easy_after }
change-card-repairs = 🛠 <b>Außerdem geändert, damit dein Plan sicher bleibt:</b>
change-card-rules = 📌 <b>Deine Regeln:</b>
change-card-ask = Übernehmen? Das Angebot gilt 10 Minuten.

change-repair-eased-hard-neighbour = { $day }: leichter gemacht, damit keine zwei harten Tage aufeinanderfolgen
change-repair-eased-for-intensity-share = { $day }: leichter gemacht, damit die Woche überwiegend locker bleibt (80/20)
change-repair-constraint-sport = { $day }: stattdessen { $sport }, gleiche Minuten in den gleichen Zonen
change-repair-constraint-shortened = { $day }: auf { $minutes } min gekürzt
change-repair-constraint-rest = { $day }: eine Einheit gestrichen
change-repair-constraint-eased = { $day }: ohne Intensität
change-repair-later-weeks-rebuilt = die Wochen ab { $day } neu aufgebaut

change-rule = { $what } ({ $when })
change-rule-rest = Ruhe
change-rule-only-run = nur Laufen
change-rule-only-bike = nur Radfahren
change-rule-only-swim = nur Schwimmen
change-rule-only-strength = nur Kraft
change-rule-only-brick = nur Koppeleinheiten
change-rule-no-run = kein Laufen
change-rule-no-bike = kein Radfahren
change-rule-no-swim = kein Schwimmen
change-rule-no-strength = kein Krafttraining
change-rule-no-brick = keine Koppeleinheiten
change-rule-max = höchstens { $minutes } min am Tag
change-rule-easy = nur locker
change-rule-until = bis { $day }

change-refused = ⛔ { $reason }
change-violation-unavailable-day = Dieser Tag ist keiner deiner Trainingstage.
change-violation-outside-plan = Das liegt außerhalb deines Plans.
change-violation-too-many-sessions-in-day = An diesem Tag wären es mehr als zwei Einheiten.
change-violation-swim-not-on-pool-day = An diesem Tag hast du kein Schwimmbad.
change-violation-hard-days-in-a-row = Zwei harte Tage würden aufeinanderfolgen.
change-violation-over-weekly-hours = Die Woche würde über die Stunden gehen, die du zum Trainieren hast.
change-violation-ramp-too-steep = Der Wochenumfang würde um mehr als 10 % wachsen.
change-violation-fitness-ramp-too-steep = Deine Fitness müsste schneller steigen, als es sicher ist.
change-violation-recovery-overdue = Deine Erholungswoche würde zu lange hinausgeschoben.
change-violation-recovery-week-too-hard = Deine Erholungswoche würde zu hart.
change-violation-taper-volume-increase = Dein Tapering bekäme mehr Umfang; es soll nur schrumpfen.
change-violation-taper-extra-hard = Dein Tapering bekäme zusätzliche harte Einheiten.
change-violation-injury-conflict = Es bringt Intensität in eine Sportart, die deine Verletzung ausschließt.
change-violation-too-much-intensity = Mehr als ein Viertel der Woche wäre harte Arbeit (80/20).
change-violation-missing-easier-option = Eine harte Einheit stünde ohne leichtere Alternative da.
change-refused-session-not-found = Diese Einheit ist nicht mehr in deinem Plan.
change-refused-session-settled = Diese Einheit ist erledigt oder vorbei und bleibt deshalb, wie sie ist.
change-refused-day-in-past = Dieser Tag ist vorbei.
change-refused-outside-plan = Dieser Tag liegt außerhalb deines Plans.
change-refused-same-day = Sie liegt schon auf diesem Tag.
change-refused-day-taken = An diesem Tag hast du schon eine Einheit absolviert, deshalb wird nichts dorthin verschoben.
change-refused-nothing-to-change = Da gibt es nichts zu ändern.
change-refused-too-short = Eine Einheit braucht mindestens { $limit } Minuten.
change-refused-not-shorter = Das ist nicht kürzer als die geplante Einheit.
change-refused-no-easier = Leichter als diese Einheit geht es nicht.
change-refused-sport-not-possible = Diese Sportart kann die Einheit nicht ersetzen.
change-refused-bad-range = Diese Daten ergeben keinen Sinn.
change-refused-constraint = Das würde eine deiner Regeln brechen.
change-refused-unwell-no-intensity = Keine harten Einheiten, solange es dir nicht gut geht.
change-refused-lighter-week-needed = Deine jüngste Belastung ist hoch: Diese Woche muss leichter werden.
change-refused-rebuild-failed = Der Plan ließ sich ab diesem Tag nicht neu aufbauen.

change-applied = ✅ <b>Erledigt.</b> Dein Plan jetzt:
change-undone = ↩️ <b>Rückgängig gemacht.</b> Wieder wie vorher:
change-undo-offer = Doch anders überlegt? Tippe auf Rückgängig oder schick /undo.
change-already-applied = Schon übernommen.
change-gone = Dieser Vorschlag ist nicht mehr offen.
change-expired = ⌛ Dieser Vorschlag ist nach 10 Minuten abgelaufen. Für deinen aktuellen Plan neu berechnen?
change-stale = Dein Plan hat sich geändert, seit dieser Vorschlag gemacht wurde. Neu berechnen?
change-discarded = ✖️ Verworfen. Dein Plan bleibt, wie er war.
change-something-else = Sag mir, was du stattdessen möchtest.
change-undo-nothing = Es gibt keine Änderung zum Rückgängigmachen.
change-undo-not-last = Nur deine letzte Änderung kann rückgängig gemacht werden.
change-undo-changed-since = Dein Plan hat sich seitdem geändert (ein Neuaufbau oder der Wochenrückblick), deshalb lässt sich diese Änderung nicht sicher rückgängig machen.
change-undo-refused = Nicht rückgängig zu machen: { $reason }

change-nomatch-no-such-session = Diese Einheit habe ich in den nächsten zwei Wochen nicht gefunden. Öffne den Tag in /week und nutz seine Tasten.
change-nomatch-nothing-that-day = An diesem Tag ist nichts geplant, was sich ändern ließe.
change-nomatch-already-easy = Dieser Tag ist schon locker.

change-question-illness = Das tut mir leid. Wo sitzen die Symptome?
change-question-travel = Was kannst du unterwegs machen?
change-option-above-neck = 🤧 Oberhalb des Halses (Schnupfen, Halsschmerzen)
change-option-below-neck = 🤒 Unterhalb des Halses (Fieber, Brust, Gliederschmerzen)
change-option-travel-rest = 🛌 Gar kein Training
change-option-travel-run = 🏃 Laufen, bis 45 min am Tag
change-option-travel-run-any = 🏃 Nur Laufen

## The weekly review, when a stated rule stopped the adaptation.
review-rule-constraint = die Regeln, die du festgelegt hast

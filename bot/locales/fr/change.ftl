## Changing the plan: the day's buttons, the proposal card, Apply / Discard, /undo.

cmd-undo = Annuler la dernière modification de ton plan

change-btn-move = ↔️ Déplacer
change-btn-shorten = ✂️ Raccourcir
change-btn-easier = 🪶 Plus facile
change-btn-skip = ⏭ Sauter
change-btn-swap = 🔁 Échanger avec…
change-btn-apply = ✅ Appliquer
change-btn-discard = ✖️ Abandonner
change-btn-recompute = 🔄 Recalculer
change-btn-undo = ↩️ Annuler
change-btn-back = « Retour
change-btn-minutes = { $minutes } min
change-btn-something-else = 💬 Autre chose

change-pick-move = Déplacer { $session } à quel jour ?
change-pick-move-none = Impossible de déplacer { $session } à un autre jour des deux prochaines semaines sans enfreindre les règles de ton plan (tes jours disponibles, tes heures et l'espacement des jours durs). Raccourcis-la, allège-la ou saute-la plutôt.
change-pick-shorten = Combien de temps peut durer { $session } ?
change-pick-swap = Échanger { $day } avec quel jour ?

change-card-title = ✏️ <b>Modification proposée</b>
change-card-request = <i>« { $text } »</i>
change-card-day = <b>{ $day }</b> : { $before } → { $after }
change-day-now = <b>{ $day }</b> : { $after }
change-card-rest = repos
change-card-session = { $icon } { $title } { $duration }
change-card-session-effort = { $label } (intensité max : { $effort })
change-effort-recovery = récupération
change-effort-endurance = endurance
change-effort-tempo = tempo
change-effort-sweet-spot = sweet spot
change-effort-threshold = seuil
change-effort-vo2max = VO2max
change-effort-anaerobic = anaérobie
change-card-more-days = …et { $count ->
    [one] un jour de plus
   *[other] { $count } jours de plus
}
change-card-week = 📊 { $dates } : { $hours_before } → { $hours_after } · charge { $load_before } → { $load_after } · zones faciles { $easy_before } → { $easy_after }
change-card-repairs = 🛠 <b>Modifié aussi, pour que ton plan reste sûr :</b>
change-card-rules = 📌 <b>Tes règles :</b>
change-card-ask = On applique ? La proposition tient 10 minutes.

change-repair-eased-hard-neighbour = { $day } : rendu plus facile, pour que deux jours durs ne se suivent pas
change-repair-eased-for-intensity-share = { $day } : rendu plus facile, pour que la semaine reste surtout facile (80/20)
change-repair-constraint-sport = { $day } : { $sport } à la place, mêmes minutes dans les mêmes zones
change-repair-constraint-shortened = { $day } : raccourci à { $minutes } min
change-repair-constraint-rest = { $day } : une séance retirée
change-repair-constraint-eased = { $day } : sans intensité
change-repair-later-weeks-rebuilt = les semaines à partir du { $day } reconstruites

change-rule = { $what } ({ $when })
change-rule-rest = repos
change-rule-only-run = course à pied uniquement
change-rule-only-bike = vélo uniquement
change-rule-only-swim = natation uniquement
change-rule-only-strength = renforcement uniquement
change-rule-only-brick = enchaînements uniquement
change-rule-no-run = pas de course à pied
change-rule-no-bike = pas de vélo
change-rule-no-swim = pas de natation
change-rule-no-strength = pas de renforcement
change-rule-no-brick = pas d'enchaînements
change-rule-max = au plus { $minutes } min par jour
change-rule-easy = facile uniquement
change-rule-until = jusqu'au { $day }

change-refused = ⛔ { $reason }
change-violation-unavailable-day = Ce jour ne fait pas partie de tes jours d'entraînement.
change-violation-outside-plan = Ça tombe en dehors de ton plan.
change-violation-too-many-sessions-in-day = Ce jour aurait plus de deux séances.
change-violation-swim-not-on-pool-day = Tu n'as pas de piscine ce jour-là.
change-violation-hard-days-in-a-row = Deux jours durs se suivraient.
change-violation-over-weekly-hours = La semaine dépasserait les heures dont tu disposes pour t'entraîner.
change-violation-ramp-too-steep = Le volume de la semaine augmenterait de plus de 10 %.
change-violation-fitness-ramp-too-steep = Ta forme devrait monter plus vite que ce qui est sûr.
change-violation-recovery-overdue = Ça repousserait trop ta semaine de récupération.
change-violation-recovery-week-too-hard = Ta semaine de récupération deviendrait trop dure.
change-violation-taper-volume-increase = Ton affûtage gagnerait du volume ; il doit seulement diminuer.
change-violation-taper-extra-hard = Ton affûtage aurait des séances dures en plus.
change-violation-injury-conflict = Ça met de l'intensité dans un sport que ta blessure exclut.
change-violation-too-much-intensity = Plus d'un quart de la semaine serait du travail dur (80/20).
change-violation-missing-easier-option = Une séance dure resterait sans option plus facile.
change-refused-session-not-found = Cette séance n'est plus dans ton plan.
change-refused-session-settled = Cette séance est faite ou passée, elle reste donc telle quelle.
change-refused-day-in-past = Ce jour est passé.
change-refused-outside-plan = Ce jour est en dehors de ton plan.
change-refused-same-day = Elle est déjà ce jour-là.
change-refused-day-taken = Ce jour-là, tu as déjà fait une séance, donc rien n'y est déplacé.
change-refused-nothing-to-change = Il n'y a rien à changer là.
change-refused-too-short = Une séance doit durer au moins { $limit } minutes.
change-refused-not-shorter = Ce n'est pas plus court que la séance prévue.
change-refused-no-easier = Cette séance est déjà aussi facile que possible.
change-refused-sport-not-possible = Ce sport ne peut pas remplacer cette séance.
change-refused-bad-range = Ces dates n'ont pas de sens.
change-refused-constraint = Ça enfreindrait l'une de tes règles.
change-refused-unwell-no-intensity = Pas de séances dures tant que tu n'es pas en forme.
change-refused-lighter-week-needed = Ta charge récente est élevée : cette semaine doit être plus légère.
change-refused-rebuild-failed = Le plan n'a pas pu être reconstruit à partir de ce jour.

change-applied = ✅ <b>C'est fait.</b> Ton plan maintenant :
change-undone = ↩️ <b>Annulé.</b> Retour à l'état précédent :
change-undo-offer = Tu as changé d'avis ? Touche Annuler ou envoie /undo.
change-already-applied = Déjà appliqué.
change-gone = Cette proposition n'est plus ouverte.
change-expired = ⌛ Cette proposition a expiré au bout de 10 minutes. La recalculer pour ton plan tel qu'il est maintenant ?
change-stale = Ton plan a changé depuis cette proposition. La recalculer ?
change-discarded = ✖️ Abandonné. Ton plan reste tel quel.
change-something-else = Dis-moi ce que tu voudrais à la place.
change-undo-nothing = Il n'y a aucune modification à annuler.
change-undo-not-last = Seule ta dernière modification peut être annulée.
change-undo-changed-since = Ton plan a changé depuis (une reconstruction ou le bilan hebdomadaire), donc cette modification ne peut pas être annulée sans risque.
change-undo-refused = Impossible d'annuler : { $reason }

change-nomatch-no-such-session = Je n'ai pas trouvé cette séance dans les deux prochaines semaines. Ouvre le jour dans /week et utilise ses boutons.
change-nomatch-nothing-that-day = Rien n'est prévu ce jour-là à modifier.
change-nomatch-already-easy = Ce jour est déjà facile.

change-question-illness = Désolé de l'apprendre. Où sont les symptômes ?
change-question-travel = Que peux-tu faire pendant ton absence ?
change-option-above-neck = 🤧 Au-dessus du cou (nez qui coule, mal de gorge)
change-option-below-neck = 🤒 Sous le cou (fièvre, poitrine, courbatures)
change-option-travel-rest = 🛌 Pas d'entraînement du tout
change-option-travel-run = 🏃 Course à pied, jusqu'à 45 min par jour
change-option-travel-run-any = 🏃 Course à pied uniquement

## The weekly review, when a stated rule stopped the adaptation.
review-rule-constraint = les règles que tu as fixées

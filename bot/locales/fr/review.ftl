# The weekly review (Sunday evening): the week in numbers, what went well, next week.
cmd-review = Le bilan de la semaine dernière et ce qui a changé
review-none-yet = Pas encore de bilan hebdomadaire : le premier arrive dimanche soir, avec la semaine suivante adaptée à la façon dont celle-ci s'est passée.
review-title = 📊 <b>Ta semaine, { $first } – { $last }</b>
review-sessions = ✅ { $done } séances réalisées sur { $planned } prévues ({ $pct } % du plan)
review-colours = 🟢 { $green } dans la cible · 🟡 { $yellow } en partie · 🔴 { $red } réalisées mais loin · ⚪ { $missed } manquées
review-nothing-planned = Rien n'était prévu cette semaine.
review-volume = ⏱ { $done } h sur { $planned } h · charge { $load } sur { $planned_load }
review-fitness = 📈 Forme { $before } → { $after } ({ $change }) · fatigue { $fatigue } · fraîcheur { $form }
review-sick-days = { $days ->
    [one] 🤒 { $days } jour malade ou blessé
   *[other] 🤒 { $days } jours malade ou blessé
}
review-red-days = { $days ->
    [one] 🔴 { $days } jour rouge de disponibilité
   *[other] 🔴 { $days } jours rouges de disponibilité
}
review-well-heading = <b>Ce qui a bien marché</b>
review-well-on-plan = 👏 { $pct } % du plan réalisé : c'est ça qui construit la forme.
review-well-green = { $count ->
    [one] 👍 { $count } séance pile dans la cible.
   *[other] 👍 { $count } séances pile dans la cible.
}
review-well-best = 🏅 Plus grosse séance : { $icon } { $duration } le { $day }, charge { $load }.
review-well-fitness = 📈 Forme en hausse de { $change } points.
review-next-heading = <b>La semaine prochaine</b>
review-next-summary = { $phase } · { $hours } h · { $sessions } séances
review-next-key = Séances clés :
review-key-session = • { $day } { $icon } { $type }, { $duration }
review-next-hint = /week la montre jour par jour.

review-type-endurance = endurance
review-type-tempo = tempo
review-type-threshold = seuil
review-type-intervals = fractionné
review-type-recovery = récupération
review-type-long = sortie longue
review-type-race = course

review-kind-progress = la progression
review-kind-light-adjustment = l'ajustement léger
review-kind-cut-intensity = la baisse d'intensité
review-kind-repeat-week = la répétition de la semaine
review-kind-return-ramp = la reprise progressive
review-kind-keep = le maintien du plan

review-rule-unavailable-day = un jour où tu n'es pas disponible
review-rule-outside-plan = les dates du plan
review-rule-too-many-sessions-in-day = deux séances par jour au plus
review-rule-swim-not-on-pool-day = tes jours de piscine
review-rule-hard-days-in-a-row = pas de jours durs d'affilée
review-rule-over-weekly-hours = tes heures hebdomadaires
review-rule-ramp-too-steep = la limite de 10 % de volume en plus par semaine
review-rule-fitness-ramp-too-steep = la progression sûre de la forme
review-rule-recovery-overdue = une semaine de récupération toutes les 3 (ou 2) semaines
review-rule-recovery-week-too-hard = une semaine de récupération facile
review-rule-taper-volume-increase = l'affûtage
review-rule-taper-extra-hard = l'affûtage
review-rule-injury-conflict = ta blessure
review-rule-too-much-intensity = l'équilibre d'intensité 80/20
review-rule-missing-easier-option = une option plus facile pour chaque séance dure
review-rule-plan-request = les réglages de ton plan

review-change-why-share = { $pct } % du plan de la semaine réalisé.
review-change-why-red = { $days } jours rouges de disponibilité : un cran de prudence en plus.
review-change-why-sick = { $days } jours malade ou blessé : place à une reprise en douceur.
review-change-why-nothing-planned = Rien à mesurer cette semaine.
review-change-no-next-week = Le plan s'arrête ici ; /plan lance le bloc suivant.
review-change-protected = La semaine prochaine est une semaine de { $phase } : elle reste facile comme prévu.
review-change-progress = Sur la bonne voie : la semaine prochaine monte à { $hours } h comme prévu ({ $previous } h cette semaine).
review-change-as-planned = La semaine prochaine reste comme prévu : { $hours } h.
review-change-guardrail-stopped = Pas de { $change } : cela enfreindrait { $rule }.
review-change-light-adjustment = La semaine prochaine garde ton volume au lieu d'augmenter : { $hours } h au lieu de { $planned } h.
review-change-cut-intensity = Les mêmes { $hours } h la semaine prochaine, mais tout en facile : pas de séances dures.
review-change-return-ramp = Reprise progressive : { $hours } h au lieu de { $planned } h ({ $pct } %), tout en facile, puis on remonte pas à pas.
review-change-repeat-week = La semaine prochaine répète celle-ci ({ $hours } h), pour finir ce qu'elle a commencé.
review-change-session-changed = • { $day } { $icon } { $was } → { $now }, { $duration }
review-change-session-added = • { $day } { $icon } + { $type }, { $duration }
review-change-session-removed = • { $day } { $icon } − { $type }
review-change-more-changes = • et { $count } autres changements (/week)

## Commands shown in Telegram's menu
cmd-today = La séance du jour
cmd-week = Cette semaine, jour par jour
cmd-plan = Le plan complet en un coup d'œil

## When there is no plan to show
plan-problem-no-profile = Je n'ai pas encore ton profil, donc pas de plan. Envoie /start : quelques questions rapides et ton plan est prêt.
plan-problem-race-in-past = La date de ta course est passée ; j'espère que ça s'est bien passé ! Fixe ton prochain objectif dans /settings et je construirai un nouveau plan.
plan-problem-race-without-date = Ta course n'a pas encore de date. Ajoute-la dans /settings et je construirai le plan.
plan-problem-weekly-hours-out-of-range = Pour construire un plan, il me faut les heures que tu peux consacrer à l'entraînement chaque semaine (jusqu'à 40) : indique-les dans /settings.
plan-problem-no-available-days = Tu n'as aucun jour d'entraînement défini. Choisis-en au moins un dans /settings.
plan-problem-weekday-out-of-range = Tes jours d'entraînement semblent incorrects. Redéfinis-les dans /settings.
plan-problem-age-out-of-range = Ton année de naissance semble incorrecte. Vérifie-la dans /settings.
plan-problem-event-without-distance-or-duration = Ta course a besoin d'une distance ou d'une durée. Ajoute-la dans /settings.
plan-problem-other = Je ne peux pas construire de plan à partir de ton profil pour l'instant. Vérifie-le avec /profile.
plan-private-only = Ton plan est personnel : il se trouve dans notre chat privé : { $link }
plan-stale-button = Ce bouton concernait une version précédente de ton plan ; voici la version actuelle.
plan-session-gone = Cette séance n'est plus dans ton plan (il a été reconstruit). Envoie /today ou /week pour la version actuelle.

## Sessions
plan-session-head = { $icon } <b>{ $title }</b> · { $amount }
plan-amount-distance = { $duration } · ≈ { $distance }
plan-session-purpose = <i>{ $purpose }</i>
plan-line = • { $step }
plan-repeat = • <b>{ $count } ×</b>
plan-repeat-line = { "   " }◦ { $step }
plan-step = { $kind } · { $amount } · { $target }
plan-step-progressive = { $kind } · { $amount } · en progressant jusqu'à { $target }
plan-step-rest = Récup au mur · { $amount }
plan-step-warmup = Échauffement
plan-step-work = Effort
plan-step-steady = Régulier
plan-step-recover = Récup
plan-step-cooldown = Retour au calme
plan-easier = 🪶 <i>Option plus facile si c'est lourd aujourd'hui :</i> { $title } · { $duration } · { $target }
plan-status-done = ✅ Fait.
plan-status-partial = 🌓 Fait en partie.
plan-adjusted-easier = 🟡 Ajustée ce matin : l'option plus facile, comme tu l'as choisi dans le point.
plan-adjusted-rest = 😴 Repos aujourd'hui, comme tu l'as choisi dans le point : saute cette séance, ou au plus 20–30 minutes très faciles.
plan-status-skipped = ❌ Sautée.
plan-status-moved = ↪️ Déplacée à un autre jour.
plan-file-name = { $title } · { $date }

## Targets
plan-target-rpe = RPE { $range }
plan-target-rpe-talk = { $rpe } ({ $talk })
plan-target-pct-ftp = { $range } % de la FTP
plan-target-pct-threshold-speed = { $range } % de la vitesse seuil
plan-target-pct-css = { $range } % de la CSS
plan-target-pct-lthr = { $range } % de la FC seuil
plan-target-pct-hrr = { $range } % de la réserve cardiaque
plan-talk-full-conversation = tu peux discuter librement
plan-talk-sentences = tu peux parler par phrases
plan-talk-short-phrases = seulement des phrases courtes
plan-talk-few-words = quelques mots à la fois
plan-talk-no-talking = impossible de parler

## Durations
plan-dur-h-min = { $h } h { $min } min
plan-dur-h = { $h } h
plan-dur-min-s = { $min } min { $s } s
plan-dur-min = { $min } min
plan-dur-s = { $s } s

## /today and a day of /week
plan-today-heading = 📋 <b>Aujourd'hui, { $date }</b>
plan-day-heading = 📋 <b>{ $date }</b>
plan-week-label = Semaine { $number } sur { $total } · { $phase }
plan-rest-day = 😌 <b>Jour de repos.</b> C'est pendant la récupération que l'entraînement s'assimile : dors bien, mange bien, et si tu veux bouger, 20–30 minutes de marche ou un peu de mobilité douce suffisent largement.
plan-rest-end = C'était la dernière séance de ce plan.
plan-rest-next = Ensuite : <b>{ $day }</b> · { $icon } { $title } · { $duration }
plan-export-hint = <i>Emporte-la : les boutons envoient la séance sous forme de fichier pour Zwift (.zwo) ou ta montre (FIT).</i>
plan-btn-zwo = ⬇️ Zwift .zwo
plan-btn-fit = ⬇️ Séance FIT
plan-btn-week = 📅 La semaine
plan-btn-back-week = « Retour à la semaine
plan-export-caption-zwo = Séance Zwift : place-la dans Documents/Zwift/Workouts/&lt;ton id&gt; et elle apparaîtra dans Custom Workouts.
plan-export-caption-fit = Séance FIT : copie-la dans le dossier NewFiles de ta montre (Garmin) ou importe-la dans l'appli de ta montre.
plan-export-unsupported = Cette séance ne peut pas être exportée dans ce format (Zwift n'accepte que le vélo et la course à pied).

## /week
plan-week-heading = 📅 <b>{ $label }</b> · { $dates }
plan-week-note = <i>{ $note }</i>
plan-week-rest = { $day } · repos
plan-week-day = <b>{ $day }</b> · { $sessions }
plan-week-today = 👉 <b>{ $day }</b> · { $sessions }
plan-week-session = { $icon } { $title } · { $duration } { $mark }
plan-week-planned = <b>Prévu :</b> { $count ->
    [one] { $count } séance
   *[other] { $count } séances
} · { $hours } · charge { $load }
plan-week-done = <b>Réalisé :</b> { $done } sur { $count } · { $hours }
plan-week-done-none = <b>Réalisé :</b> 0 sur { $count }
plan-week-unlogged = <i>⚪ pas encore enregistrée : envoie-moi le fichier de la séance ou utilise /log.</i>
plan-btn-prev = « Semaine { $number }
plan-btn-next = Semaine { $number } »

## /plan
plan-overview-race = 🗺 <b>Ton plan : { $race }</b> · { $date } (course { $priority })
plan-overview-general = 🗺 <b>Ton plan : forme générale</b> · un bloc de { $weeks } semaines
plan-countdown = { $days ->
    [one] ⏳ <b>1 jour</b> avant la course
   *[other] ⏳ <b>{ $days } jours</b> avant la course
}
plan-countdown-today = 🏁 <b>C'est le jour de la course.</b> Bonne chance !
plan-overview-dates = { $dates } · { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
}
plan-overview-recalculated = { $count ->
    [one] Reconstruit une fois suite aux changements de ton profil.
   *[other] Reconstruit { $count } fois suite aux changements de ton profil.
}
plan-overview-phases = <b>Phases</b>
plan-overview-phase = • { $phase } · semaines { $first }–{ $last } · { $dates }
plan-overview-phase-one = • { $phase } · semaine { $first } · { $dates }
plan-overview-weeks = <b>Semaines</b>
plan-overview-week = { $number } · { $date } · { $phase } · { $hours }
plan-overview-week-current = 👉 <b>{ $number } · { $date } · { $phase } · { $hours }</b>
plan-overview-warnings = <b>Bon à savoir</b>
plan-warning = ⚠️ { $text }
plan-overview-commands = /today montre la séance du jour, /week cette semaine jour par jour.

## Sports, phases, races
plan-sport-run = course à pied
plan-sport-bike = vélo
plan-sport-swim = natation
plan-sport-strength = renforcement
plan-sport-brick = enchaînement
plan-sport-triathlon = triathlon
plan-sport-duathlon = duathlon
plan-phase-base = Foncier
plan-phase-build = Développement
plan-phase-peak = Pic
plan-phase-taper = Affûtage
plan-phase-race = Course
plan-phase-recovery = Récupération
plan-race-5k = 5 km
plan-race-10k = 10 km
plan-race-half-marathon = semi-marathon
plan-race-marathon = marathon
plan-race-ultra = ultra
plan-race-sprint = format S (sprint)
plan-race-olympic = format M (olympique)
plan-race-70-3 = 70.3 (half)
plan-race-140-6 = 140.6 (distance Ironman)
plan-race-bike-event = épreuve cycliste
plan-race-custom = ta course
plan-race-general-fitness = forme générale

## Session titles
plan-title-run-easy = Footing facile
plan-title-run-strides = Footing avec lignes droites
plan-title-run-long = Sortie longue
plan-title-run-recovery = Footing de récupération
plan-title-run-tempo = Course au tempo
plan-title-run-threshold = Course au seuil
plan-title-run-vo2max = Fractionné VMA (course)
plan-title-run-race-pace = Course à allure spécifique
plan-title-run-opener = Footing de déblocage
plan-title-bike-easy = Sortie d'endurance
plan-title-bike-long = Sortie longue à vélo
plan-title-bike-recovery = Sortie de récupération
plan-title-bike-tempo = Sortie au tempo
plan-title-bike-sweet-spot = Sortie sweet spot
plan-title-bike-threshold = Sortie au seuil
plan-title-bike-vo2max = Intervalles PMA (vélo)
plan-title-bike-race-pace = Sortie à allure course
plan-title-bike-opener = Sortie de déblocage
plan-title-swim-endurance = Natation d'endurance
plan-title-swim-technique = Natation technique
plan-title-swim-long = Longue natation
plan-title-swim-css = Natation à la CSS
plan-title-swim-speed = Natation vitesse
plan-title-swim-race-pace = Natation à allure course
plan-title-swim-opener = Natation de déblocage
plan-title-brick-run-off-bike = Enchaînement : vélo puis course
plan-title-race-5k = Jour de course : 5 km
plan-title-race-10k = Jour de course : 10 km
plan-title-race-half-marathon = Jour de course : semi-marathon
plan-title-race-marathon = Jour de course : marathon
plan-title-race-ultra = Jour de course : ultra
plan-title-race-sprint = Jour de course : sprint
plan-title-race-olympic = Jour de course : distance olympique
plan-title-race-70-3 = Jour de course : 70.3
plan-title-race-140-6 = Jour de course : 140.6
plan-title-race-bike-event = Jour de course : épreuve cycliste
plan-title-race-custom = Jour de course

## Session purposes
plan-objective-aerobic-endurance = Foncier aérobie : construit le moteur à une allure facile, où l'on peut discuter.
plan-objective-running-economy = Footing facile avec quelques lignes droites courtes et rapides : meilleure foulée et meilleure économie sans fatigue.
plan-objective-endurance = Endurance : le temps passé en mouvement construit la résistance pour le jour J. Reste facile.
plan-objective-recovery = Récupération : très facile, juste pour délier les jambes. Aller plus fort ici ne fait qu'ajouter de la fatigue.
plan-objective-aerobic-strength = Tempo : soutenu mais maîtrisé et prolongé ; augmente l'allure que tu peux tenir longtemps.
plan-objective-lactate-threshold = Seuil : élève l'effort que tu peux tenir environ une heure, le meilleur indicateur de ton allure de course.
plan-objective-vo2max = VMA : répétitions courtes et dures qui relèvent ton plafond aérobie. Fort sur les répétitions, vraiment facile entre elles.
plan-objective-race-specific = Allure course : répète l'effort (et le ravitaillement) du jour J.
plan-objective-sub-threshold = Sweet spot : juste sous le seuil ; beaucoup de forme pour la fatigue que ça coûte.
plan-objective-technique = Technique : éducatifs et nage relâchée pour avancer dans l'eau avec moins d'effort.
plan-objective-transition = Enchaînement : cours dès la descente du vélo, pour que tes jambes connaissent la transition le jour J.
plan-objective-sharpen = Déblocage : quelques accélérations pour te sentir vif, pas fatigué, avant ce qui arrive.
plan-objective-easier-option = L'option plus facile.
plan-objective-race = Jour de course : pars régulier, mange et bois comme à l'entraînement, et profite.

## Plan warnings and week notes
plan-notice-insufficient-time = Seulement { $weeks_available } semaines avant la course ; une bonne préparation pour cette distance en demande { $weeks_recommended }. Le plan fait ce qu'il peut, mais une course le { $recommended_date } ou après te permettrait d'arriver mieux préparé.
plan-notice-shorter-race = Ou choisis une course plus courte cette fois : { $race }.
plan-notice-volume-below-distance-needs = À son pic, le plan n'atteint que { $peak_hours } h par semaine ; cette distance en demande généralement environ { $recommended_hours } h. Finir est réaliste, la courir à fond moins ; plus de temps (/settings) aiderait.
plan-notice-hours-below-recommended = { $hours } h par semaine, c'est moins que les { $recommended } h que demande habituellement cet objectif. Le plan en tire le meilleur ; si tu trouves plus de temps, mets-le à jour dans /settings.
plan-notice-hours-capped-for-goal = Tu as { $hours } h par semaine, mais cet objectif n'en demande pas plus de { $cap } : le plan s'arrête là ; plus ajouterait de la fatigue, pas de la forme.
plan-notice-long-day-unavailable = Tu as choisi le { $weekday } pour les séances longues mais tu n'es pas disponible ce jour-là, elles passent donc au { $used_weekday }.
plan-notice-no-pool-days = Pas de jours de piscine, donc pas de natation prévue : ce temps va au vélo et à la course. Ajoute des jours de piscine dans /settings pour nager.
plan-notice-few-training-days = Seulement { $days } jours d'entraînement par semaine : les séances sont plus longues pour caser tes heures. Un jour de plus rendrait le plan plus facile à assimiler.
plan-notice-discipline-follows-goal = Ton objectif est une course de { $used }, donc le plan entraîne le { $used } plutôt que le { $requested } seul.
plan-notice-injury-intensity-removed = À cause de ta blessure, { $sport } reste facile : pas d'efforts intenses.
plan-notice-injury-notes-present = Tu as signalé une blessure : écoute ton corps, arrête si ça fait mal et consulte un professionnel si ça persiste.
plan-notice-masters-recovery-cadence = À { $age } ans, la récupération prend plus de temps : une semaine sur trois est facile (deux semaines de charge, une de récupération).
plan-notice-taper-shortened = L'affûtage dure { $weeks } semaine(s) au lieu de { $recommended } : il n'y a pas plus de temps avant la course.
plan-notice-no-thresholds = Pas encore de seuil pour { $sport }, donc ses cibles se font aux sensations (RPE et test de la parole). Un test terrain te donnerait des chiffres précis ; vois /settings.
plan-notice-general-fitness-block = Pas de course : le plan fonctionne par blocs de { $weeks } semaines, et le suivant commence quand celui-ci se termine.
plan-notice-phase-start = Début de la phase { $phase }.
plan-notice-recovery-week = { $every ->
    [one] Semaine de récupération après une semaine de charge : environ { $pct } % de ton volume récent, pour que l'entraînement s'assimile.
   *[other] Semaine de récupération après { $every } semaines de charge : environ { $pct } % de ton volume récent, pour que l'entraînement s'assimile.
}
plan-notice-taper-week = Affûtage : volume réduit de { $reduction_pct } %, intensité conservée, pour arriver frais.
plan-notice-race-week = Semaine de course : court et vif, reposé pour le jour J.
plan-notice-partial-week = Le plan commence le { $from_date } : seule une partie de cette semaine est planifiée.
plan-notice-volume-progression = Volume { $pct } % au-dessus de ta dernière semaine de charge.
plan-notice-hours-at-budget = À ton budget hebdomadaire de { $hours } h.
plan-notice-ramp-limited-by-fitness = Plus léger que ce que tes heures permettent, pour que la forme monte sans risque (charge jusqu'à { $max_load }).
plan-notice-intensity-capped = { $count ->
    [one] Une séance dure a été allégée pour que la semaine reste surtout facile (80/20).
   *[other] { $count } séances dures ont été allégées pour que la semaine reste surtout facile (80/20).
}
plan-notice-sessions-not-placed = { $count ->
    [one] Une séance n'a pas trouvé de place dans tes jours disponibles.
   *[other] { $count } séances n'ont pas trouvé de place dans tes jours disponibles.
}
plan-notice-regenerated = Reconstruit à partir de ce jour après le changement de ton profil.
plan-notice-adapted = { $change ->
    [light_adjustment] Adaptée par le bilan de la semaine dernière : volume maintenu au lieu d'augmenter.
    [cut_intensity] Adaptée par le bilan de la semaine dernière : pas de séances dures cette semaine.
    [repeat_week] Adaptée par le bilan de la semaine dernière : à nouveau les séances de la semaine dernière.
    [return_ramp] Adaptée par le bilan de la semaine dernière : une reprise facile après maladie ou blessure.
   *[other] Adaptée par le bilan de la semaine dernière.
}

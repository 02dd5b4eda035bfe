# Charts as photos (/fitness and the 📈 buttons). Words on a picture are plain text: no HTML, no "&".
cmd-fitness = Forme, fatigue et fraîcheur, avec un graphique
chart-btn-open = 📈 Graphique
chart-btn-readiness = 📈 Tendance de disponibilité
chart-btn-week = 📈 La semaine en graphique
chart-btn-6w = 6 semaines
chart-btn-3m = 3 mois
chart-btn-1y = 1 an
chart-gone = Ce graphique concerne quelque chose qui n'existe plus.
chart-none-fitness = Pas encore de charge d'entraînement, donc rien à représenter. Importe un fichier de séance ou saisis-en une avec /log, et la forme commencera à se construire à partir de ce jour.
chart-none-plan = Il n'y a pas encore de plan à représenter : termine ton profil avec /start.
chart-none-week = Cette semaine n'est plus dans ton plan.
chart-none-readiness = Aucun check-in sur les 60 derniers jours. Réponds à /checkin le matin (ajoute « vfc 62 fc 48 » si ta montre les mesure) et la tendance apparaîtra ici.
chart-none-activity = Cette séance n'a pas de données enregistrées à tracer : elle a été saisie à la main, ou son fichier ne contient pas de séries temporelles.

fitness-title = 📈 <b>Forme, fatigue et fraîcheur aujourd'hui</b>
fitness-numbers = Forme <b>{ $ctl }</b> · fatigue <b>{ $atl }</b> · fraîcheur <b>{ $tsb }</b> ({ $zone })
fitness-ramp = Évolution de la forme sur 7 jours : { $ramp }
fitness-acwr = Ratio charge aiguë:chronique : { $acwr } (0,8–1,3 est la plage habituelle ; les seuils sont débattus, prends-le comme un repère)
fitness-acwr-unsure = Ratio charge aiguë:chronique : — (pas encore assez de données : il faut 4 semaines d'entraînement)
fitness-hint = La forme est ta charge sur 6 semaines, la fatigue celle de la dernière semaine ; la fraîcheur est la forme moins la fatigue au début de la journée.

chart-fitness-title = Forme, fatigue et fraîcheur
chart-fitness-load = Charge du jour
chart-fitness-planned-load = Charge prévue
chart-fitness-load-axis = Charge par jour
chart-fitness-fitness-axis = Forme et fatigue
chart-fitness-ctl = Forme
chart-fitness-atl = Fatigue
chart-fitness-tsb = Fraîcheur
chart-fitness-form-axis = Fraîcheur
chart-fitness-today = aujourd'hui
chart-fitness-race = Course
chart-fitness-zone-transition = Transition
chart-fitness-zone-fresh = Frais
chart-fitness-zone-grey = Zone grise
chart-fitness-zone-optimal = Optimale
chart-fitness-zone-high-risk = Risque élevé
chart-caption-fitness-6w = 6 dernières semaines : aujourd'hui forme { $ctl }, fatigue { $atl }, fraîcheur { $tsb }.
chart-caption-fitness-3m = 3 derniers mois : aujourd'hui forme { $ctl }, fatigue { $atl }, fraîcheur { $tsb }.
chart-caption-fitness-1y = Dernière année : aujourd'hui forme { $ctl }, fatigue { $atl }, fraîcheur { $tsb }.
chart-caption-fitness-planned = En pointillés : le plan jusqu'au { $day }.

chart-week-title = La semaine : prévu et réalisé
chart-week-minutes-axis = Minutes
chart-week-planned = Prévu
chart-week-green = Dans la cible
chart-week-yellow = En partie
chart-week-red = Manqué ou loin
chart-week-unplanned = Non prévu
chart-caption-week = Semaine { $number } à partir du { $monday } : { $done } minutes réalisées sur { $planned } prévues, colorées selon la proximité de chaque séance avec le plan.

chart-readiness-title = Disponibilité sur 60 jours
chart-readiness-hrv-axis = VFC, ms
chart-readiness-band = Ta plage normale
chart-readiness-rmssd = rMSSD du matin
chart-readiness-hrv-mean = Moyenne sur 7 jours
chart-readiness-rhr-axis = FC de repos, bpm
chart-readiness-rhr = FC de repos
chart-readiness-rhr-baseline = Ta valeur habituelle
chart-readiness-verdict-axis = Jour
chart-caption-readiness = VFC face à ta plage normale et FC de repos, 60 jours : { $green } jours verts, { $amber } orange et { $red } rouges.

chart-activity-title = { $sport }, { $day }
chart-activity-minutes-axis = Minutes
chart-activity-power = Puissance
chart-activity-watts = W
chart-activity-heart-rate = Fréquence cardiaque
chart-activity-bpm = bpm
chart-activity-pace = Allure
chart-unit-per-km = min/km
chart-unit-per-mile = min/mi
chart-unit-per-100m = min/100 m
chart-unit-per-100yd = min/100 yd
chart-caption-activity = { $minutes } min, { $laps ->
    [one] un tour
   *[other] { $laps } tours (lignes pointillées)
}, tes zones en couleur.
chart-sport-run = Course
chart-sport-bike = Vélo
chart-sport-swim = Natation
chart-sport-strength = Renforcement
chart-sport-brick = Enchaînement
chart-sport-walk = Marche
chart-sport-hike = Randonnée
chart-sport-ski = Ski
chart-sport-row = Aviron
chart-sport-other = Séance

## The onboarding dialog: one question per message

ob-progress = <i>{ $index }/{ $total }</i>

ob-q-sports = 🏅 <b>Quels sports pratiques-tu ?</b> Coche tout ce qui s'applique, puis touche <b>Terminé</b>.
ob-q-experience = 📈 <b>Quelle est ton expérience ?</b>
ob-q-races = 🏁 <b>Combien de courses as-tu terminées ?</b> Touche ou écris un nombre.
ob-q-goal = 🎯 <b>Pour quoi t'entraînes-tu ?</b> Choisis ta course, ou la forme en général.
ob-q-race_custom = { $event ->
    [bike] 🚴 <b>Quelle est la longueur de l'épreuve ?</b> Écris sa distance ou sa durée, p. ex. « 120 km », « 6 h », ou son nom avec l'une des deux.
   *[other] ✍️ <b>Parle-moi de la course :</b> son nom et, s'il y en a une, sa distance ou sa durée, p. ex. « Trail 30 km », « Gran Fondo 160 km », « 24h VTT ».
}
ob-q-race_date = 📅 <b>Quand a lieu la course ?</b> p. ex. 18.04.2027 ou 18 avril 2027.
ob-q-race_priority =
    ⭐ <b>Quelle importance a cette course ?</b>
    A — l'objectif principal de ta saison : on vise le pic de forme.
    B — importante, mais pas le pic : un affûtage court.
    C — une course de préparation : on s'entraîne à travers.
ob-q-race_target = ⏱ <b>As-tu un temps objectif ?</b> p. ex. 3:45:00 ou 52:30, ou touche Passer.
ob-q-hours = ⏳ <b>Combien d'heures par semaine peux-tu t'entraîner ?</b> Touche ou écris, p. ex. 6.5.
ob-q-days = 🗓 <b>Quels jours peux-tu t'entraîner ?</b> Coche-les, puis touche <b>Terminé</b>.
ob-q-long_day = 🛣 <b>Quel jour convient le mieux à ta sortie longue ?</b>
ob-q-pool = 🏊 <b>As-tu accès à une piscine ?</b>
ob-q-pool_days = 🏊 <b>Quels jours peux-tu aller à la piscine ?</b> Coche-les, puis touche <b>Terminé</b>.
ob-q-equipment = ⌚ <b>Avec quoi t'entraînes-tu ?</b> Coche ce que tu as, ou rien, puis touche <b>Terminé</b>.
ob-q-watch = ⌚ <b>Quelle montre ou quel compteur vélo utilises-tu ?</b> Touche ou écris la marque.
ob-q-birth_year = 🎂 <b>En quelle année es-tu né(e) ?</b> p. ex. 1988. Les estimations de fréquence cardiaque dépendent de l'âge.
ob-q-sex = 🧬 <b>Ton sexe ?</b> Facultatif : cela affine la charge d'entraînement basée sur la fréquence cardiaque.
ob-q-weight = ⚖️ <b>Ton poids ?</b> Facultatif, p. ex. 72 kg ou 160 lbs.
ob-q-ftp = 🚴 <b>Ta FTP ?</b> La puissance que tu peux tenir environ une heure, p. ex. 250 W.
ob-q-run_pace = 🏃 <b>Ton allure seuil ?</b> L'allure que tu pourrais tenir en course pendant environ une heure, p. ex. 4:30/km ou 7:15/mi.
ob-q-css = 🏊 <b>Ton allure CSS ?</b> p. ex. 1:45/100m, ou les temps d'un test sur 400 m et sur 200 m, p. ex. « 6:00 2:50 ».
ob-q-hr_max = ❤️ <b>Ta fréquence cardiaque maximale ?</b> p. ex. 188.
ob-q-resting_hr = 😴 <b>Ta fréquence cardiaque au repos ?</b> Mesurée au réveil, p. ex. 52.
ob-q-lthr = 💓 <b>Ta fréquence cardiaque au seuil lactique (LTHR) ?</b> p. ex. 170.
ob-q-injuries = 🩹 <b>Des blessures ou des limites que je devrais connaître ?</b> Décris-les avec tes mots, ou touche Aucune.
ob-q-timezone =
    🕒 <b>Où es-tu ?</b> J'envoie les points du matin selon ton heure locale.
    Partage ta position avec le bouton ci-dessous, ou écris ta ville ou ton décalage UTC (p. ex. Paris, UTC+1, +05:45). /back revient en arrière.
ob-q-brief_time = ⏰ <b>À quelle heure veux-tu recevoir ton point du matin ?</b> Touche ou écris une heure, p. ex. 6:45.
ob-q-units = 📏 <b>Quelles unités ?</b>
ob-q-th_source = 🔎 <b>D'où vient cette valeur de { $threshold } ?</b>
ob-q-th_date = 📅 <b>Depuis quand cette valeur de { $threshold } s'applique-t-elle ?</b> Touche Aujourd'hui ou écris une date ; les valeurs précédentes restent dans ton historique.

## Answer buttons
ob-opt-sports-run = 🏃 Course à pied
ob-opt-sports-bike = 🚴 Vélo
ob-opt-sports-swim = 🏊 Natation
ob-opt-sports-triathlon = 🔱 Triathlon
ob-opt-sports-duathlon = 🔁 Duathlon
ob-opt-experience-beginner = Débutant
ob-opt-experience-intermediate = Intermédiaire
ob-opt-experience-advanced = Confirmé
ob-opt-races-0 = Aucune pour l'instant
ob-opt-races-20 = 20+
ob-opt-goal-5k = 5 km
ob-opt-goal-10k = 10 km
ob-opt-goal-half_marathon = Semi-marathon
ob-opt-goal-marathon = Marathon
ob-opt-goal-ultra = Ultra-trail / ultramarathon
ob-opt-goal-sprint = Triathlon sprint
ob-opt-goal-olympic = Triathlon distance olympique
ob-opt-goal-70-3 = 70.3 (half)
ob-opt-goal-140-6 = Distance Ironman (140.6)
ob-opt-goal-du_sprint = Duathlon sprint
ob-opt-goal-du_standard = Duathlon standard
ob-opt-goal-bike_100 = 🚴 100 km
ob-opt-goal-bike_160 = 🚴 160 km (century)
ob-opt-goal-bike_200 = 🚴 200 km
ob-opt-goal-bike_100-imperial = 🚴 62 mi
ob-opt-goal-bike_160-imperial = 🚴 100 mi (century)
ob-opt-goal-bike_200-imperial = 🚴 124 mi
ob-opt-goal-bike_other = 🚴 Une autre sortie ou épreuve
ob-opt-goal-swim_1500 = 🏊 1,5 km de natation
ob-opt-goal-swim_3800 = 🏊 3,8 km de natation
ob-opt-goal-swim_5k = 🏊 5 km de natation
ob-opt-goal-swim_10k = 🏊 10 km de natation
ob-opt-goal-custom = ✍️ Une autre course
ob-opt-goal-general = 💪 Forme générale
ob-opt-race_priority-A = A
ob-opt-race_priority-B = B
ob-opt-race_priority-C = C
ob-opt-long_day-any = Peu importe
ob-opt-pool-all = Oui, n'importe quel jour d'entraînement
ob-opt-pool-some = Oui, certains jours
ob-opt-pool-no = Pas de piscine
ob-opt-equipment-power_meter = Capteur de puissance
ob-opt-equipment-hr_strap = Ceinture cardio
ob-opt-equipment-smart_trainer = Home trainer connecté
ob-opt-watch-garmin = Garmin
ob-opt-watch-coros = Coros
ob-opt-watch-polar = Polar
ob-opt-watch-suunto = Suunto
ob-opt-watch-apple = Apple Watch
ob-opt-watch-wahoo = Wahoo
ob-opt-watch-other = Autre
ob-opt-watch-none = Aucune
ob-opt-sex-male = Homme
ob-opt-sex-female = Femme
ob-opt-units-metric = Métrique (km, kg)
ob-opt-units-imperial = Impérial (mi, lb)
ob-opt-th_source-measured = Mesurée ou connue
ob-opt-th_source-test = D'un test terrain
ob-opt-th_date-today = Aujourd'hui
ob-opt-brief-default = { $time } (par défaut)
ob-btn-back = « Retour
ob-btn-done = ✅ Terminé
ob-btn-skip = Passer
ob-btn-unknown = Je ne sais pas
ob-btn-none = Aucune
ob-btn-location = 📍 Partager ma position
ob-btn-continue = ▶️ Continuer
ob-btn-restart = 🔄 Recommencer
ob-timezone-placeholder = Ville ou décalage UTC
ob-none = aucun
ob-answered = ✓ <b>{ $answer }</b>

## "I don't know": what Tempo does instead, and the test that would measure it
ob-unknown-ftp-no-power = Pas de souci : sans capteur de puissance, je guiderai les sorties vélo au cardio et aux sensations.
ob-unknown-ftp = Pas de souci : en attendant un test, je guiderai les sorties vélo au cardio et aux sensations.
    { test-ftp20 }
ob-unknown-run_threshold_pace = Pas de souci : en attendant un test, je guiderai les footings au cardio et aux sensations.
    { test-run30 }
ob-unknown-css = Pas de souci : en attendant un test, je guiderai la natation aux sensations.
    { test-css }
ob-unknown-hr_max = Pas de souci : je l'estimerai à partir de ton âge (208 − 0,7 × âge, Tanaka 2001) et la marquerai comme estimation.
ob-unknown-resting_hr = Pas de souci. { test-resting }
ob-unknown-lthr = Pas de souci. { test-lthr30 }

test-ftp20 = 🧪 <b>Test FTP de 20 minutes</b> : échauffe-toi 15 minutes avec quelques efforts courts et intenses, puis roule 20 minutes aussi fort que tu peux tenir de façon régulière. FTP ≈ 95 % de la puissance moyenne.
test-run30 = 🧪 <b>Test de course de 30 minutes</b> : après l'échauffement, cours 30 minutes seul, aussi fort que tu peux tenir de façon régulière, sur piste ou sur route plate. Ton allure moyenne est ton allure seuil.
test-css = 🧪 <b>Test CSS</b> : après l'échauffement, nage 400 m à fond, récupère complètement, puis 200 m à fond. Envoie-moi les deux temps, p. ex. « 6:00 2:50 ».
test-lthr30 = 🧪 <b>LTHR</b> : la fréquence cardiaque moyenne des 20 dernières minutes d'un contre-la-montre de 30 minutes en solo (course ou vélo) est ta fréquence cardiaque au seuil lactique.
test-resting = 🧪 <b>FC de repos</b> : compte ton pouls pendant une minute, allongé dans ton lit juste après le réveil, trois matins de suite, et garde la plus basse.

## Answers Tempo cannot use: what was wrong, and the question again
ob-error-count-unreadable = Il me faut un nombre ici, comme 3, ou 0 si c'est ta première.
ob-error-count-too-many = { $count } courses ? J'ai du mal à y croire ; écris le nombre à nouveau, s'il te plaît.
ob-error-hours-unreadable = Il me faut un nombre d'heures, comme 6 ou 7.5.
ob-error-hours-too-few = { $hours } heures ne laissent pas de place pour s'entraîner. Même 2–3 heures par semaine sont un bon début ; combien peux-tu y consacrer ?
ob-error-hours-too-many = { $hours } heures par semaine, c'est plus qu'un professionnel à plein temps. Donne un nombre de 1 à { $maximum }.
ob-error-date-unreadable = Je n'ai pas pu lire cette date. Essaie 18.04.2027, 2027-04-18 ou 18 avril 2027.
ob-error-date-past = Le { $day } est déjà passé. Quand a lieu la course ?
ob-error-date-too-far = C'est dans plus de deux ans. Choisis une course au plus tard le { $limit }, ou reviens en arrière et choisis la forme générale.
ob-error-date-future = Le { $day } n'est pas encore arrivé : une valeur ne peut s'appliquer qu'à partir d'aujourd'hui ou avant.
ob-error-date-too-old = Le { $day } est antérieur au { $earliest } : vérifie l'année.
ob-error-pace-unreadable = Je n'ai pas pu lire cette allure. Écris les minutes et les secondes, p. ex. 4:30/km ou 7:15/mi.
ob-error-pace-too-fast = { $pace } est plus rapide que ce que quiconque peut tenir une heure ; l'allure de l'heure au niveau mondial est d'environ { $limit }. Vérifie-la, p. ex. 4:30/km.
ob-error-pace-too-slow = { $pace } est plus lent qu'une marche rapide. L'allure seuil est celle que tu pourrais tenir en course pendant environ une heure ; vérifie-la.
ob-error-swim-pace-unreadable = Je n'ai pas pu lire cette allure de natation. Écris-la aux 100 m, p. ex. 1:45/100m, ou deux temps de test, p. ex. « 6:00 2:50 ».
ob-error-css-too-fast = { $pace } battrait les meilleurs mondiaux (environ { $limit }). Vérifie-la.
ob-error-css-too-slow = { $pace } est plus lent que ce que je peux utiliser comme CSS. Si tu n'es pas sûr, touche « Je ne sais pas ».
ob-error-css-test-order = Ces deux temps ne collent pas à un 400 m et un 200 m : le 400 m doit prendre plus du double du 200 m. Vérifie-les.
ob-error-power-unreadable = Il me faut un nombre de watts, comme 250 ou 250 W.
ob-error-ftp-too-high = { $watts } W dépasserait de loin un effort d'une heure de niveau mondial ; la FTP se situe en général entre 100 et 450 W. Écris-la à nouveau (j'accepte au plus { $maximum } W).
ob-error-ftp-too-low = { $watts } W, c'est moins que ce que je peux utiliser comme FTP (au moins { $minimum } W). Si tu n'es pas sûr, touche « Je ne sais pas ».
ob-error-weight-unreadable = Il me faut ton poids en nombre, comme 72 kg ou 160 lbs.
ob-error-weight-out-of-range = Ce poids ne semble pas être celui d'un sportif adulte ; écris-le à nouveau, p. ex. 72 kg ou 160 lbs.
ob-error-hr-unreadable = Il me faut des battements par minute, comme 170.
ob-error-hr-max-out-of-range = La fréquence cardiaque maximale se situe entre { $low } et { $high } battements par minute chez presque tout le monde ; vérifie-la.
ob-error-resting-hr-out-of-range = La fréquence cardiaque au repos se situe entre { $low } et { $high } battements par minute chez presque tout le monde ; vérifie-la.
ob-error-lthr-out-of-range = La fréquence cardiaque au seuil se situe entre { $low } et { $high } battements par minute chez presque tout le monde ; vérifie-la.
ob-error-lthr-above-max = { $bpm } n'est pas en dessous de ta fréquence cardiaque maximale ({ $hr_max }), ce que la FC seuil est toujours. Vérifie-la.
ob-error-resting-hr-above-max = { $bpm } n'est pas en dessous de ta fréquence cardiaque maximale ({ $hr_max }) ; vérifie-la.
ob-error-lthr-below-rest = { $bpm } n'est pas au-dessus de ta fréquence cardiaque au repos ({ $resting }) ; vérifie-la.
ob-error-year-unreadable = Écris l'année entière, comme 1988.
ob-error-year-too-old = Avec { $year }, tu aurais { $age } ans ; écris à nouveau ton année de naissance.
ob-error-year-too-young = Tempo s'adresse aux sportifs de { $minimum } ans et plus ; vérifie l'année ({ $year }).
ob-error-time-unreadable = Je n'ai pas pu lire ce temps. Écris-le comme 3:45:00, 52:30 ou 3h45, ou touche Passer.
ob-error-time-too-long = C'est plus long que toute course que je sais planifier. Vérifie-le, ou touche Passer.
ob-error-time-too-fast = { $time } sur { $km } km battrait le record du monde. Pour cette course, je planifie des temps d'arrivée de { $fastest } à { $slowest } : vérifie-le, ou touche Passer.
ob-error-time-too-slow = { $time } sur { $km } km, c'est plus lent que de faire le parcours en marchant, et les courses ferment bien avant. Pour cette course, je planifie des temps d'arrivée de { $fastest } à { $slowest } : vérifie-le, ou touche Passer.
ob-error-clock-unreadable = Je n'ai pas pu lire cette heure. Écris-la comme 6:30 ou 7h.
ob-error-race-unreadable = Écris le nom ou la distance de la course, p. ex. « Trail 30 km ».
ob-error-text-too-long = C'est un peu long ; reste sous { $maximum } caractères, s'il te plaît.
ob-error-offset-out-of-range = Les décalages UTC vont de −12 à +14 (avec :30 ou :45 à quelques endroits). Vérifie-le, p. ex. UTC+3 ou +05:45.
ob-error-city-unknown = Je ne connais pas « { $city } ». Essaie une ville plus grande à proximité, un décalage UTC comme UTC+1, ou partage ta position.
ob-error-location-unknown = Je n'ai pas pu déduire le fuseau horaire de cette position. Écris ta ville ou ton décalage UTC.
ob-error-location-not-expected = Je ne te demandais pas de position pour l'instant.
ob-error-answer-expected = Il me faut ici une réponse écrite ou un appui sur un bouton.
ob-error-use-buttons = Utilise les boutons sous la question, s'il te plaît.
ob-error-first-question = C'est la première question ; il n'y a rien avant.
ob-error-pick-sports = Coche d'abord au moins un sport.
ob-error-pick-days = Coche d'abord au moins un jour.
ob-error-pick-pool_days = Coche d'abord au moins un jour de piscine, ou reviens en arrière et choisis « Pas de piscine ».
ob-error-dialog-finished = Ce dialogue est déjà terminé.

## Around the dialog
ob-timezone-set = 🕒 Fuseau horaire : <b>{ $place }</b> ; il y est { $time }.
ob-went-back = ↩️ Une question en arrière.
ob-resume = Tu es en train de configurer ton profil (question { $index } sur { $total }). Reprendre là où tu t'étais arrêté, ou recommencer ?
ob-paused = ⏸ En pause. Tes réponses sont gardées ; envoie /start quand tu veux continuer.
ob-edit-cancelled = OK, rien n'a changé.
ob-back-nothing = Il n'y a pas de question précédente.
ob-stale = Ce bouton vient d'une question précédente ; utilise la plus récente, s'il te plaît.
ob-busy = Termine d'abord la question en cours (ou annule-la avec /cancel).

## The end of onboarding
onboarding-done = 🎉 <b>C'est fait, merci !</b> Voici ton profil. Touche ✏️ pour en modifier une partie.
onboarding-next =
    <b>La suite</b>
    🗓 Ton plan est prêt : /today montre la séance du jour, /week cette semaine, /plan le plan complet.
    ☀️ Ton premier point du matin arrive { $when }, heure locale.
    Tape /profile pour revoir tout ça, /settings pour modifier ce que tu veux.

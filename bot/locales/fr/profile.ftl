## /profile: the summary, the thresholds and the zones

profile-saved = ✅ <b>Enregistré.</b>
profile-rescored = ♻️ { $count ->
    [one] La charge d'une activité a été recalculée avec les seuils de son jour.
   *[other] La charge de { $count } activités a été recalculée avec les seuils de leurs jours.
}
profile-missing = Tu n'as pas encore configuré ton profil ; envoie /start et je te poserai quelques questions rapides.
profile-private-only = 👋 Ton profil est personnel, il se trouve donc dans notre chat privé ; touche ici : { $link }

summary-title = 👤 <b>Ton profil</b>
summary-sport = 🏅 <b>Sport</b> : { $sports } · { $experience } · { $races ->
    [one] { $races } course terminée
   *[other] { $races } courses terminées
}
summary-goal-general = 🎯 <b>Objectif</b> : forme générale
summary-goal-race = 🎯 <b>Objectif</b> : { $race } · { $date } · priorité { $priority } · temps visé { $target }
summary-week = 📅 <b>Semaine</b> : { $hours } · { $days } · séance longue : { $long }{ $pool }
summary-pool-days = { " · " }piscine : { $days }
summary-pool-none = { " · " }pas de piscine
summary-equipment = ⌚ <b>Matériel</b> : { $kit } · { $watch }
summary-body = 🧍 <b>Corps</b> : année de naissance { $year } · { $sex } · { $weight }
summary-thresholds = 📈 <b>Seuils</b> : { $values }
summary-thresholds-none = aucun pour l'instant
summary-health = 🩹 <b>Blessures et limites</b> : { $injuries }
summary-time = 🕒 <b>Heure</b> : { $zone } · point à { $time } · { $units }
summary-edit-sport = ✏️ Sport
summary-edit-goal = ✏️ Objectif
summary-edit-week = ✏️ Semaine
summary-edit-equipment = ✏️ Matériel
summary-edit-body = ✏️ Corps
summary-edit-thresholds = ✏️ Seuils
summary-edit-health = ✏️ Blessures
summary-edit-time = ✏️ Heure et point du matin

th-name-ftp = FTP
th-name-run_threshold_pace = allure seuil
th-name-css = CSS
th-name-lthr = LTHR
th-name-hr_max = FCmax
th-name-resting_hr = FC de repos
th-value = { $name } { $value }
th-source-mark-estimated = (estimée)
th-source-mark-test = (test)
th-source-measured = mesurée
th-source-test = test terrain
th-source-estimated = estimée
th-line = • <b>{ $name }</b> : { $value } — { $source }, depuis le { $date } · { $count ->
    [one] { $count } valeur dans l'historique
   *[other] { $count } valeurs dans l'historique
}
th-line-missing = • <b>{ $name }</b> : non renseigné
th-screen =
    📈 <b>Tes seuils</b> (en vigueur aujourd'hui) :
    { $lines }

    Touche-en un pour saisir une nouvelle valeur. Les valeurs précédentes restent dans l'historique, ainsi les séances passées gardent les chiffres avec lesquels elles ont été faites.
th-saved = ✅ Enregistré : { $value }, à partir du { $date }. Les valeurs précédentes restent dans ton historique.
th-unchanged = Rien n'a changé : { $name } reste tel quel.

zones-title = 📊 <b>Tes zones</b>
zones-none = Je ne peux pas encore calculer de zones : il me faut au moins un seuil ou ta fréquence cardiaque maximale.
zones-heart_rate = <b>Fréquence cardiaque</b> — { $model }, d'après { $basis }
zones-power = <b>Puissance</b> — { $model }, d'après { $basis }
zones-run_pace = <b>Allure de course</b> — { $model }, d'après { $basis }
zones-swim_pace = <b>Allure de natation</b> — { $model }, d'après { $basis }
zones-model-coggan_power = Coggan
zones-model-coggan_hr = Coggan
zones-model-friel_run_hr = Friel (course)
zones-model-friel_bike_hr = Friel (vélo)
zones-model-karvonen = Karvonen (réserve cardiaque)
zones-model-percent_hr_max = % de la FCmax
zones-model-friel_run_pace = Friel
zones-model-css_swim_pace = CSS
zones-model-custom = les tiennes
zones-row = Z{ $label } { $name } : { $range }
zones-up-to = jusqu'à { $value }
zones-above = au-dessus de { $value }
zones-slower = plus lent que { $value }
zones-faster = plus rapide que { $value }
zones-tests =
    Pour mesurer ce que j'ai estimé ou ne sais pas encore :
    { $tests }
    Envoie le résultat quand tu veux dans /settings → Seuils.

zone-active_recovery = Récupération active
zone-endurance = Endurance
zone-tempo = Tempo
zone-lactate_threshold = Seuil lactique
zone-vo2max = VO2max
zone-anaerobic_capacity = Capacité anaérobie
zone-neuromuscular = Puissance neuromusculaire
zone-recovery = Récupération
zone-aerobic = Aérobie
zone-subthreshold = Sous le seuil
zone-superthreshold = Au-dessus du seuil
zone-aerobic_capacity = Capacité aérobie
zone-very_light = Très léger
zone-light = Léger
zone-moderate = Modéré
zone-hard = Intense
zone-maximum = Maximal
zone-threshold = Seuil

## Values with their units
fmt-when = { $date }, { $time }
fmt-watts = { $value } W
fmt-bpm = { $value } bpm
fmt-kg = { $value } kg
fmt-lb = { $value } lb
fmt-km = { $value } km
fmt-mi = { $value } mi
fmt-m = { $value } m
fmt-pace-km = { $pace }/km
fmt-pace-mi = { $pace }/mi
fmt-pace-100m = { $pace }/100 m
fmt-pace-100yd = { $pace }/100 yd

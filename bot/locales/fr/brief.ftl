## The morning brief (bot/coach/briefs/compose.py)
brief-greeting = ☀️ <b>Bonjour { $name } !</b> { $date }
brief-flag-illness = 🤒 <b>Tu as signalé être malade.</b> Pas d'entraînement aujourd'hui : repos, hydratation, sommeil. Avec de la fièvre ou des symptômes sous le cou, attends d'avoir passé une journée en bonne santé avant de reprendre.
brief-flag-injury = 🩹 <b>Tu as signalé une blessure.</b> Rien qui la sollicite aujourd'hui ; si ça fait encore mal dans quelques jours, consulte un kiné ou un médecin.
brief-verdict-green = 🟢 <b>Disponibilité { $score }/100 : entraîne-toi comme prévu.</b>
brief-verdict-amber = 🟡 <b>Disponibilité { $score }/100 : lève le pied aujourd'hui.</b>
brief-verdict-red = 🔴 <b>Disponibilité { $score }/100 : repos ou récupération seulement.</b>
brief-reason-line = • { $reason }
brief-reason-flag-illness = tu as signalé une maladie
brief-reason-flag-injury = tu as signalé une blessure
brief-low-confidence = <i>Basé sur peu de données pour l'instant : plus tu fais de check-ins le matin, plus ce sera précis.</i>
brief-change-down = ↘️ { $points } { $points ->
    [one] point
   *[other] points
} de moins qu'hier, surtout : { $factors }
brief-change-up = ↗️ { $points } { $points ->
    [one] point
   *[other] points
} de plus qu'hier, surtout : { $factors }
brief-factor-hrv = VFC
brief-factor-resting-hr = fréquence cardiaque au repos
brief-factor-sleep-hours = durée de sommeil
brief-factor-sleep-quality = qualité du sommeil
brief-factor-fatigue = fatigue
brief-factor-soreness = courbatures
brief-factor-stress = stress
brief-factor-mood = humeur
brief-factor-motivation = motivation
brief-factor-tsb = fraîcheur
brief-factor-acwr = charge de cette semaine par rapport aux quatre précédentes
brief-factor-monotony = monotonie de la charge quotidienne
brief-no-data = 📊 <b>Pas encore de données de disponibilité.</b> Fais ton check-in le matin ou connecte ta montre ; avec environ deux semaines de données, je peux te dire à quel point tu es prêt.
# The LLM coach's two-sentence note (plain text, escaped), when an API key is set.
brief-note = 💬 <i>{ $note }</i>
brief-reason-hrv-worse = { $days ->
    [0] VFC { $pct } % sous ta plage normale
    [1] VFC { $pct } % sous ta plage normale
   *[other] VFC { $pct } % sous ta plage normale depuis { $days } jours
}
brief-reason-hrv-better = VFC { $pct } % au-dessus de ta plage normale
brief-reason-resting-hr-worse = FC de repos { $bpm } bpm au-dessus de ta normale
brief-reason-resting-hr-better = FC de repos { $bpm } bpm sous ta normale
brief-reason-sleep-hours-worse = { $hours } h de sommeil
brief-reason-sleep-hours-better = { $hours } h de sommeil : bien reposé
brief-reason-sleep-quality-worse = { $level ->
    [5] très mauvais sommeil
   *[other] mauvais sommeil
}
brief-reason-sleep-quality-better = { $level ->
    [1] très bien dormi
   *[other] bien dormi
}
brief-reason-fatigue-worse = { $level ->
    [5] tu te sens épuisé
   *[other] tu te sens fatigué
}
brief-reason-fatigue-better = { $level ->
    [1] tu te sens en pleine forme
   *[other] tu te sens plutôt en forme
}
brief-reason-soreness-worse = { $level ->
    [5] grosses courbatures
   *[other] courbatures
}
brief-reason-soreness-better = { $level ->
    [1] pas de courbatures
   *[other] juste quelques courbatures
}
brief-reason-stress-worse = { $level ->
    [5] stress très élevé
   *[other] stress élevé
}
brief-reason-stress-better = { $level ->
    [1] aucun stress
   *[other] peu de stress
}
brief-reason-mood-worse = { $level ->
    [5] moral très bas
   *[other] moral bas
}
brief-reason-mood-better = { $level ->
    [1] d'excellente humeur
   *[other] de bonne humeur
}
brief-reason-motivation-worse = { $level ->
    [5] aucune envie de s'entraîner
   *[other] peu de motivation
}
brief-reason-motivation-better = { $level ->
    [1] très envie de s'entraîner
   *[other] envie de s'entraîner
}
brief-reason-tsb-worse = fraîcheur { $value } : fatigue de l'entraînement récent
brief-reason-tsb-better = fraîcheur +{ $value } : frais
brief-reason-acwr-worse = la charge de cette semaine vaut { $value } fois ta charge habituelle des quatre dernières semaines : une hausse rapide
brief-reason-acwr-better = la charge de cette semaine est proche de ta charge habituelle des quatre dernières semaines
brief-reason-monotony-worse = presque la même charge chaque jour : jours durs et faciles se distinguent à peine
brief-reason-monotony-better = jours durs et faciles bien alternés
brief-today = <b>Aujourd'hui</b>
brief-session = { $icon } <b>{ $title }</b> · { $amount }
brief-session-targets = <i>{ $targets }</i>
brief-done-today = <b>Fait aujourd'hui</b>
brief-session-done = ✅ { $icon } { $title }
brief-session-partial = 🌓 { $icon } { $title } (en partie)
brief-duration-hm = { $hours } h { $minutes } min
brief-duration-h = { $hours } h
brief-duration-m = { $minutes } min
brief-rest-day = 😴 <b>Jour de repos.</b> Rien de prévu aujourd'hui : c'est pendant la récupération que l'entraînement se transforme en forme.
brief-no-plan = 🗓 <b>Pas encore de plan.</b> Dès que ton plan d'entraînement sera prêt, la séance du jour apparaîtra ici.
brief-adjusted = <b>Ajusté pour aujourd'hui</b>
brief-adjusted-rest = 😴 Repos, ou au plus 20–30 minutes très faciles.
brief-amber-already-easy = La séance du jour est déjà facile : garde-la ainsi et arrête plus tôt si tu te sens moins bien.
brief-checkin-invite = 📝 Comment te sens-tu ce matin ? Un tap de check-in affine le verdict du jour.
brief-btn-adjusted = ✅ Faire la séance ajustée
brief-btn-original = Garder l'originale
brief-btn-checkin = 📝 Faire le check-in
brief-choice-adjusted = ✅ Noté : fais la séance indiquée sous « Ajusté pour aujourd'hui » dans ce point.
brief-choice-adjusted-applied = { $count ->
    [one] ✅ C'est fait : le plan du jour contient maintenant la séance ajustée (/today).
   *[other] ✅ C'est fait : le plan du jour contient maintenant les séances ajustées (/today).
}
brief-choice-original = 👍 Noté : tu gardes la séance d'origine. Écoute ton corps.
brief-choice-stale = Ce choix appartient à un point plus ancien.

## /brief: the time, on/off and quiet days
cmd-brief = Point du matin : heure, activé, jours calmes
brief-settings-title = ☀️ <b>Point du matin</b>
brief-settings-on = Activé, à <b>{ $time }</b> heure locale ({ $zone }).
brief-settings-off = 🔕 Désactivé : je n'envoie pas le point du matin.
brief-settings-quiet = Jours calmes (sans point) : { $days }.
brief-settings-no-quiet = Aucun jour calme.
brief-settings-next = Prochain point : { $when }.
brief-settings-paused = ⏸ En pause depuis le { $since } ({ $reason }) : rien n'est envoyé jusqu'à ton /resume.
brief-settings-hint = Touche une heure ou écris-en une, comme <code>/brief 06:45</code>. Touche un jour pour le rendre calme (🔕) ou non.
brief-btn-other-time = ⌨️ Autre heure
brief-btn-turn-off = 🔕 Désactiver
brief-btn-turn-on = 🔔 Activer
brief-ask-time = ⌨️ Écris l'heure de ton point, comme <code>06:45</code>. /cancel garde l'heure actuelle.
brief-time-unreadable = Je n'ai pas pu lire ça comme une heure. Écris-la comme <code>06:45</code> ou <code>7:30</code>.
brief-time-set = ✅ Ton point arrive désormais à <b>{ $time }</b>.
brief-no-profile = Configurons d'abord ton profil (/start) : je saurai alors quand et où t'envoyer ton point.

## /pause and /resume
cmd-pause = Mettre les messages en pause (voyage, maladie…)
cmd-resume = Reprendre les messages après une pause
pause-ask = ⏸ Mettre en pause le point et les rappels ? Dis-moi pourquoi et je me tairai jusqu'à ton /resume.
pause-reason-travel = ✈️ Voyage
pause-reason-illness = 🤒 Maladie
pause-reason-other = Autre
pause-done-travel = ⏸ En pause. Bon voyage ! Envoie /resume à ton retour.
pause-done-illness = ⏸ En pause. Bon rétablissement ; le repos, c'est l'entraînement maintenant. Envoie /resume quand tu iras bien.
pause-done-other = ⏸ En pause. Envoie /resume quand tu veux retrouver tes points du matin.
pause-already = Tu es déjà en pause. Envoie /resume pour retrouver tes points du matin.
resume-done = ▶️ Content de te revoir ! { $next }
resume-after-illness = 🤒 Les jours de maladie comptent dans le bilan de cette semaine : la suivante commence en douceur, tout en facile, et remonte pas à pas. D'ici là, reste tranquille et arrête si les symptômes reviennent.
resume-next = Ton prochain point arrive { $when }.
resume-briefs-off = Ton point du matin est désactivé ; /brief l'active.
resume-not-paused = Tu n'es pas en pause : tes messages sont activés.

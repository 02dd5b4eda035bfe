## The coach's morning digest, Sunday squad summary and /digest
cmd-digest = Ton point du matin en tant que coach : activé/désactivé et son heure
digest-title = ☀️ <b>Point du groupe</b> — { $day }
digest-attention = { $count ->
    [one] <b>À surveiller</b> (1) :
   *[other] <b>À surveiller</b> ({ $count }) :
}
digest-all-clear = ✅ Personne n'a besoin d'attention aujourd'hui.
digest-more-attention = …et { $count } de plus ; /squad les montre tous.
digest-rest = <b>Tout va bien</b> ({ $count }) : { $names }
digest-and-more = et { $count } de plus
digest-hint = /squad ouvre la liste des athlètes et la fiche de chacun.
weekly-title = 📅 <b>Semaine du groupe</b> { $first } – { $last }
weekly-compliance = plan réalisé : { $pct } %
weekly-load = charge : { $load }
weekly-no-figures = Personne ne partage de plan ni de séances avec toi cette semaine.
weekly-struggling = 📉 <b>En difficulté</b> ({ $count }) : { $names }
weekly-improved = 📈 <b>En progrès</b> ({ $count }) : { $names }
weekly-steady = <b>Stables</b> ({ $count }) : { $names }
weekly-why-fitness = { $name } (forme +{ $change })
weekly-why-sick = { $name } ({ $days ->
    [one] 1 jour de maladie ou de blessure
   *[other] { $days } jours de maladie ou de blessure
})
weekly-why-red = { $name } ({ $days } jours rouges)
weekly-why-compliance = { $name } ({ $pct } % du plan)
digest-settings-title = ☀️ <b>Ton point en tant que coach</b>
digest-settings-on = Chaque matin à { $time } ({ $zone }) : qui a besoin d'attention et pourquoi, puis les autres en une ligne. Prochain : { $next }.
digest-settings-off = Le point du matin est désactivé.
digest-settings-weekly-on = Dimanche soir : la semaine du groupe (plan réalisé, charge, qui a progressé, qui est en difficulté). Prochain : { $next }.
digest-settings-weekly-off = Le bilan du dimanche du groupe est désactivé.
digest-settings-no-squad = Tu n'entraînes encore aucun groupe : /squad new en crée un. Les points commencent dès que des athlètes le rejoignent.
digest-settings-hint = Touche une heure, ou écris-en une : /digest 06:45. Chaque point ne montre que ce que chaque athlète partage avec toi à ce moment-là.
digest-btn-on = ▶️ Activer le point
digest-btn-off = ⏸ Désactiver le point
digest-btn-weekly-on = ▶️ Activer le bilan du dimanche
digest-btn-weekly-off = ⏸ Désactiver le bilan du dimanche
digest-time-unreadable = « { $text } » n'est pas une heure. Envoie-la comme ceci : /digest 07:30.
digest-time-set = Ton point arrive désormais à { $time }.

## /ask: the AI for a coach, about the squad
cmd-ask = Interroger l'IA sur ton groupe (coachs)
ask-usage = Pose ta question sur ton groupe après la commande, par exemple : /ask qui est en difficulté cette semaine ? Les messages normaux restent pour ton propre coach, sur ton propre entraînement.
ask-no-ai = L'IA pour les coachs a besoin d'une clé API Anthropic, et aucune n'est configurée. /digest et /squad montrent sans elle qui a besoin d'attention.
ask-not-a-coach = /ask répond aux questions sur un groupe que tu entraînes, et tu n'en entraînes pas encore (/squad new). Pour ton propre entraînement, pose ta question dans un message normal.
ask-nobody-shares = Aucun de tes athlètes ne partage de résumés IA avec toi, donc l'IA ne peut rien dire sur eux. Chaque athlète le choisit dans /sharing. /squad montre ce qu'ils partagent.
ask-budget-reached = Tu as utilisé le budget IA du jour pour les questions sur ton groupe ; il se renouvelle à minuit. /squad et /digest fonctionnent sans.

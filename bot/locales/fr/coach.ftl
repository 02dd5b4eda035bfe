## The AI coach in the private chat (bot/handlers/coach.py, bot/coach/services/coach.py)

coach-red-flag =
    ⚠️ <b>Arrête de t'entraîner et demande une aide médicale maintenant.</b>
    Ce que tu décris peut être le signe de quelque chose de grave, et c'est l'affaire d'un médecin, pas d'un coach. Si c'est sévère ou que ça s'aggrave, appelle le numéro d'urgence.

    Je n'ai rien changé à ton plan. Prends d'abord soin de toi ; je suis là quand tu seras prêt.
coach-minor-weight = À ton âge, je ne donne pas de conseils pour perdre du poids ni de régime. Manger assez pour nourrir ton entraînement et ton corps en croissance, c'est ce qui te rend plus rapide ; un médecin ou un diététicien du sport peut t'aider si quelque chose t'inquiète.
coach-budget-reached = ℹ️ Tu as atteint la limite du jour pour les réponses de l'IA, donc jusqu'à minuit je réponds directement à partir de tes données.

## Answers without the AI model (the intent reader)
coach-ill =
    🤒 Désolé que tu ne te sentes pas bien. Le repos d'abord : pas d'entraînement dur tant que tu es malade, et pas d'entraînement du tout avec de la fièvre ou des symptômes à la poitrine.
    Indique-le dans le /checkin du jour pour que ta disponibilité et ton plan en tiennent compte, ou fais une pause avec /pause. Consulte un médecin si ça dure ou s'aggrave.
coach-injured =
    🩹 Désolé de l'apprendre. Ne t'entraîne pas dans la douleur : saute tout ce qui fait mal ou change ta façon de bouger, et consulte un kiné ou un médecin si ça ne passe pas en quelques jours.
    Indique la blessure dans le /checkin du jour, ou fais une pause avec /pause.
coach-tired =
    😮‍💨 Merci de me le dire. Un jour de fatigue, c'est un jour tranquille : garde la séance du jour courte et détendue, ou repose-toi.
    { $readiness }
    Fais le /checkin du jour pour que ta disponibilité tienne compte de ton ressenti.
coach-short-of-time =
    🧳 Peu de temps ou en voyage ? Garde l'habitude avec des séances courtes et faciles ; la séance clé de la semaine compte le plus. Pour une coupure plus longue, /pause arrête les messages jusqu'à ton retour.
    /week montre la semaine pour t'organiser.
coach-move-skip = 🔁 Pour déplacer ou sauter une séance, ouvre /week et choisis le jour. Une séance manquée ne se rattrape pas en doublant un autre jour.
coach-today-title = 📅 <b>Aujourd'hui</b>
coach-why-title = 🔎 <b>Pourquoi cette disponibilité</b>
coach-fitness =
    📈 <b>Ta forme</b>
    Forme (CTL) : { $ctl }
    Fatigue (ATL) : { $atl }
    Fraîcheur (TSB) : { $tsb }
    { $acwr }
coach-fitness-acwr = ACWR : { $acwr } (0,8–1,3 est la plage habituelle ; les seuils sont débattus)
coach-fitness-acwr-unsure = ACWR : — (pas encore assez de données : il faut 4 semaines d'entraînement pour qu'il veuille dire quelque chose)
coach-fitness-change = Évolution sur 4 semaines : { $change }
coach-fitness-none = 📈 Pas encore de charge d'entraînement : importe un fichier de séance ou saisis-en une avec /log, et forme, fatigue et fraîcheur commenceront à compter.
coach-no-readiness = Pas encore de check-in aujourd'hui : /checkin prend une minute et donne le verdict du jour.
coach-unknown =
    Je peux répondre aux questions sur ton entraînement à partir de tes propres données. Essaie :
    • « C'est quoi aujourd'hui ? » ou « pourquoi cette disponibilité ? »
    • « Où en est ma forme ? »
    • « Je suis malade », « j'ai mal au genou », « je suis fatigué », « je suis en voyage »
    • « Je peux déplacer la séance de demain ? »
coach-unknown-ai-off = Le coach IA est désactivé sur ce serveur, donc je réponds directement à ces questions fréquentes.

## The model's answers that could not be used
coach-fallback-heading = Je n'ai pas pu vérifier chaque chiffre de ma réponse, alors voici ce que disent tes données :
coach-fallback-ran-out = Je n'ai pas eu le temps d'une réponse complète ; voici ce que j'ai trouvé dans tes données :
coach-fallback-nothing = Je n'ai encore rien trouvé d'enregistré pour répondre.
coach-failure-rate_limited = ⏳ Trop de questions en même temps pour le moment. Redemande dans une minute ; ton message est enregistré.
coach-failure-overloaded = ⏳ Le coach IA est surchargé en ce moment. Réessaie dans quelques minutes ; ton message est enregistré.
coach-failure-server = ⚠️ Le service d'IA a rencontré une erreur. Réessaie dans un instant ; ton message est enregistré.
coach-failure-timeout = ⌛ C'était trop long, donc j'ai arrêté. Redemande, peut-être avec une question plus courte.
coach-failure-unreachable = 📡 Je n'arrive pas à joindre le service d'IA pour l'instant. Réessaie plus tard ; /today et /week fonctionnent comme d'habitude.
coach-failure-refused = Je ne peux pas t'aider là-dessus. Pose-moi des questions sur ton entraînement, ta disponibilité, ta forme ou ton plan.
coach-failure-rejected = ⚠️ Le coach IA n'est pas disponible pour l'instant. /today, /week et /checkin fonctionnent comme d'habitude.

## Notes
coach-note-confirm = 📝 Garder cette note de santé pour les prochaines conversations ?
    <i>{ $text }</i>
coach-btn-note-keep = ✅ Garder
coach-btn-note-drop = ✖️ Ne pas garder
coach-note-kept = 📝 Gardée : j'en tiendrai compte.
coach-note-dropped = Pas gardée.
coach-note-gone = Cette note n'est plus en attente.

## /coach and /forget
coach-status =
    🤖 <b>Ton coach IA</b>
    Pose-moi n'importe quelle question sur ton entraînement avec tes mots : pourquoi ta disponibilité du jour est ce qu'elle est, quelle allure ou puissance viser, comment s'est passée une séance, comment évolue ta forme. Je réponds à partir de tes propres données et je peux retenir ce que tu me demandes.

    { $mode }
coach-status-ai = Modèle : { $model }. Aujourd'hui : { $calls ->
        [one] 1 requête au modèle
       *[other] { $calls } requêtes au modèle
    }, ${ $spent } sur ta limite quotidienne de ${ $budget }.
coach-status-budget = La limite du jour de ${ $budget } est atteinte (${ $spent }) ; jusqu'à minuit je réponds directement aux questions fréquentes.
coach-status-no-key = Le modèle d'IA n'est pas configuré sur ce serveur, donc je réponds aux questions fréquentes (malade, blessé, fatigué, pas le temps, aujourd'hui, disponibilité, forme) directement à partir de tes données.
coach-forget-ask = Oublier notre conversation ? Tes données d'entraînement et les notes que tu m'as demandé de garder restent.
coach-btn-forget = 🗑 Oublier
coach-btn-keep = Garder
coach-forgotten = 🗑 C'est fait : j'ai oublié notre conversation ({ $count } messages).
coach-forget-kept = Rien n'a été oublié.
cmd-coach = Ton coach IA : ce qu'il sait faire et l'usage du jour
cmd-forget = Oublier la conversation avec le coach

## Buttons under an answer without the model: each opens its command
coach-btn-cmd-today = 📅 Aujourd'hui
coach-btn-cmd-week = 🗓 Cette semaine
coach-btn-cmd-checkin = 📝 Check-in
coach-btn-cmd-pause = ⏸ Pause
coach-btn-cmd-history = 📜 Historique
coach-btn-cmd-help = ❓ Ce que je sais faire

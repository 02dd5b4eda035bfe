## The team's group chat: linking a group, the team board, group privacy
group-added-coach = 👋 Salut, { $title } ! Je suis Tempo. Lequel de tes groupes s'entraîne ici ? Une touche suffit pour lier ce chat.
group-added = 👋 Salut, { $title } ! Je suis Tempo. Un coach lie ce chat à son groupe avec /link@{ $bot }.
group-btn-link = Lier à « { $squad } »
group-linked = ✅ Ce chat est désormais celui de <b>{ $squad }</b>. Le tableau de l'équipe sera épinglé ici.
group-back = 👋 Me revoilà. Ce groupe est toujours le chat de <b>{ $squad }</b> : le tableau est de nouveau à jour et les sondages programmés continuent.
group-join = Pas encore dans <b>{ $squad }</b> ? Le bouton ouvre une discussion privée avec moi et l'invitation : tu décides de ce que voit ton coach, et de ce que voit ce chat (/groupprivacy).
group-btn-join = 👥 Rejoindre le groupe
group-not-coach = Seul le coach de ce groupe peut lier ce chat.
group-no-squads = Tu n'entraînes encore aucun groupe. Dans une discussion privée avec moi, /squad new en crée un.
group-not-linked = Ce chat n'est encore lié à aucun groupe. Son coach le lie avec /link@{ $bot }.
group-pin-failed = Je n'ai pas pu épingler le tableau : nomme-moi administrateur avec le droit d'épingler des messages.
group-board-current = 📌 Le tableau est à jour : c'est le message épinglé en haut du chat.
group-board = 📋 <b>{ $squad }</b> · { $day }
    { $count ->
        [0] Personne ne partage encore rien avec le groupe.
       *[other] { $lines }
    }
group-board-score = { $score }/100
group-board-minutes = { $minutes } min
group-tier-intro = Ce que le chat de ton groupe voit de toi (le tableau, les sondages, l'IA qui s'y trouve). Actuellement : <b>{ $current }</b>. Jamais plus que ce que tu partages avec ton coach : sans la forme du jour, ni couleur ni score ; sans les séances, pas de minutes.
group-tier-nothing = Rien
group-tier-done = Fait ou non (par défaut)
group-tier-colour = Fait et couleur de disponibilité
group-tier-numbers = Fait, score de disponibilité et minutes
group-tier-saved = Enregistré. Le tableau du groupe suit immédiatement.
group-btn-add-to-group = ➕ Ajouter Tempo au chat de l'équipe
cmd-groupprivacy = Ce que le chat de ton groupe voit de toi
cmd-board = Le tableau de l'équipe : la semaine et qui s'est entraîné aujourd'hui
cmd-link = Lier ce chat à ton groupe
group-me = Visible par toi uniquement. Aujourd'hui : { $line }
group-me-private = Tes chiffres restent entre nous : ouvre la discussion privée.
group-btn-private = 🔒 Ouvrir la discussion privée
cmd-me = Ta journée, visible par toi uniquement
group-error-no_group = Ce chat n'est encore lié à aucun groupe.
group-error-not_yours = Seul le coach du groupe lié à ce chat peut faire ça.
group-error-no_poll = Il n'y a aucun sondage ouvert dans ce chat.
group-poll-in_out-question = Qui est partant ?
group-poll-in_out-0 = ✅ J'en suis
group-poll-in_out-1 = ❌ Pas cette fois
group-poll-feeling-question = Comment te sens-tu aujourd'hui ?
group-poll-feeling-0 = 💪 Super
group-poll-feeling-1 = 🙂 Bien
group-poll-feeling-2 = 😮‍💨 Fatigué
group-poll-feeling-3 = 🤒 Malade
group-results-coach = 📊 Sondage dans { $group } :
    { $lines }
group-results-summary = 📊 Sondage clos :
    { $lines }
cmd-rollcall = Un sondage : qui est partant ?
cmd-feeling = Un sondage : comment tout le monde se sent aujourd'hui ?
cmd-results = Clore le sondage : les noms pour toi, les totaux pour le groupe

## Scheduled roll-calls, the AI switch, the group tier in /sharing
group-board-week = 📅 Appels de la semaine :
    { $sessions }
group-daily = Chaque jour
group-weekday-0 = lun
group-weekday-1 = mar
group-weekday-2 = mer
group-weekday-3 = jeu
group-weekday-4 = ven
group-weekday-5 = sam
group-weekday-6 = dim
group-schedule-saved = ⏰ Programmé : { $when }
    Il part à l'heure locale du groupe (le fuseau de l'entraîneur).
group-schedule-unreadable = Je n'ai pas compris ce planning. Indique un jour et une heure, par ex. /rollcall thu 18:00 Qui vient à la sortie longue de samedi ? ou /feeling daily 07:00 (12 au plus par groupe).
group-schedule-none = Aucun sondage n'est programmé dans ce groupe.
group-schedule-list = ⏰ Sondages programmés :
    { $lines }
group-schedule-cancelled = Annulé.
group-btn-cancel = ✖ { $when }
cmd-rollcalls = Sondages programmés : voir et annuler
sharing-group-tier = 👥 <b>Le groupe de l'équipe</b> voit de toi : { $current }
group-ai-usage = Écris /ai on ou /ai off : si je réponds quand on me mentionne dans ce groupe.
group-ai-on = 🤖 Je réponds dans ce groupe quand on me mentionne ou me répond : tes données à toi seul, des autres seulement ce qu'ils montrent au groupe.
group-ai-off = 🤐 Le coach IA ne répond plus dans ce groupe : une mention reçoit seulement une courte indication. /ai on le réactive.
group-ai-no-model = Le coach IA ne peut pas répondre dans le groupe pour le moment. /me@{ $bot } te montre ta journée à toi seul ; pose-moi toutes tes questions d'entraînement dans notre chat privé.
group-ai-disabled = Le coach a désactivé le coach IA dans ce groupe. /me@{ $bot } te montre ta journée à toi seul ; pose-moi toutes tes questions d'entraînement dans notre chat privé.
group-ai-budget = Tu as utilisé le budget du coach IA pour aujourd'hui ; je répondrai de nouveau demain. /me@{ $bot } te montre ta journée à toi seul.
group-ai-answered-privately = 🔒 Je t'ai répondu dans notre chat privé.
cmd-ai = Le coach IA dans ce groupe : activer ou désactiver

group-help =
    👋 <b>Tempo dans le groupe de l'équipe</b>
    { $commands }
    Pour le coach : { $coach_commands }

    Mentionne @{ $bot } (ou réponds à un de mes messages) pour interroger le coach IA sur l'entraînement ou la semaine du groupe ; ce qui ne concerne que toi n'arrive qu'à toi. Plans, saisies et check-ins se font dans notre discussion privée.
group-command-private = /{ $command } est personnel : cela fonctionne dans notre discussion privée, pas devant l'équipe.

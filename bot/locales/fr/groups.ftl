# The team's group chat (issue 21): scheduled roll-calls and the week on the board.
# (The rest of the group keys are still English-only: the catalog falls back.)
group-board-week = 📅 Cette semaine :
    { $sessions }
group-daily = Chaque jour
group-weekday-0 = lun
group-weekday-1 = mar
group-weekday-2 = mer
group-weekday-3 = jeu
group-weekday-4 = ven
group-weekday-5 = sam
group-weekday-6 = dim
group-schedule-saved = ⏰ Programmé : { $when }. Il part à l'heure locale du groupe (le fuseau de l'entraîneur).
group-schedule-unreadable = Je n'ai pas compris ce planning. Indique un jour et une heure, par ex. /rollcall thu 18:00 Qui vient à la sortie longue de samedi ? ou /feeling daily 07:00 (12 au plus par groupe).
group-schedule-none = Aucun sondage n'est programmé dans ce groupe.
group-schedule-list = ⏰ Sondages programmés :
    { $lines }
group-schedule-cancelled = Annulé.
group-btn-cancel = ✖ { $when }
cmd-rollcalls = Sondages programmés : voir et annuler
sharing-group-tier = 👥 <b>Le groupe de l'équipe</b> voit de toi : { $current }
group-ai-usage = Écris /ai on ou /ai off : si je réponds quand on me mentionne dans ce groupe.
group-ai-on = 🤖 Je réponds dans ce groupe quand on me mentionne ou qu'on répond à mes messages.
group-ai-off = 🤐 Je ne réponds plus aux mentions dans ce groupe. /ai on me réactive.
group-ai-no-model = Je ne réponds pas encore aux questions d'entraînement dans le groupe. /me@{ $bot } te montre ta journée à toi seul ; pose-moi toutes tes questions d'entraînement dans notre chat privé.
cmd-ai = Le coach IA dans ce groupe : activer ou désactiver

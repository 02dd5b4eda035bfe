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

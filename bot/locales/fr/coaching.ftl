## A coach acting on an athlete: plan changes, a change for everyone, thresholds, messages
coaching-btn-edit = ✏️ Modifier le plan
coaching-btn-threshold = 🎚 Définir un seuil
coaching-btn-message = 💬 Message
coaching-btn-bulk = ✏️ Modifier le plan de tous
coaching-btn-bulk-apply = ✅ Appliquer pour { $count }
coaching-denied = Cet athlète ne t'autorise plus à faire cela (il a changé ce qu'il partage ou a quitté ton groupe). Rien n'a été modifié.
coaching-ask-plan = Que faut-il changer dans le plan de { $name } ? Une ligne, par exemple :
    • <i>samedi : 2 h de vélo en zone 2</i>
    • <i>dimanche : repos</i>
    • <i>déplacer la sortie longue à dimanche</i>
    Ou /cancel.
coaching-ask-bulk = Que faut-il changer pour tous tes athlètes ? Une ligne, par exemple <i>samedi : 2 h de sortie vélo en groupe en zone 2</i> ou <i>dimanche : repos</i>. Je vérifie par rapport au plan et aux autorisations de chaque athlète et je te montre le résultat avant que quoi que ce soit ne change. Ou /cancel.
coaching-unreadable = Je n'arrive pas à lire ça comme une modification du plan. Écris un jour, puis quoi faire : <i>samedi : 2 h de vélo en zone 2</i>, <i>dimanche : repos</i>, <i>demain : 45 min de course en zone 1</i>, ou /cancel.
coaching-for = Pour <b>{ $name }</b> :
coaching-applied = ✅ <b>C'est fait.</b> Le plan de { $name } maintenant :
coaching-notified = L'athlète a été informé du changement et du fait qu'il vient de toi. Tu as changé d'avis ? Touche Annuler.
coaching-undone = ↩️ Annulé : le plan de { $name } est revenu comme avant, et l'athlète a été prévenu.
coaching-stale = Le plan de l'athlète a changé depuis cette proposition. Renvoie la modification depuis sa fiche.
coaching-expired = ⌛ Cette proposition a expiré au bout de 10 minutes. Renvoie la modification depuis la fiche de l'athlète.
coaching-notice-changed = ✏️ Ton coach <b>{ $coach }</b> a modifié ton plan :
coaching-notice-undone = ↩️ Ton coach <b>{ $coach }</b> a annulé sa modification. Ton plan est revenu comme avant :
coaching-notice-threshold = 🎚 Ton coach <b>{ $coach }</b> a fixé ta valeur de { $what } à <b>{ $value }</b> à partir d'aujourd'hui. Tes zones et les cibles de tes séances suivent ; /profile les affiche.
coaching-ask-threshold-kind = Quel seuil de { $name } veux-tu définir ?
coaching-ask-threshold = Envoie la nouvelle valeur de { $what } pour { $name } (elle s'applique dès aujourd'hui et est enregistrée comme définie par toi), ou /cancel.
coaching-threshold-set = ✅ La valeur de { $what } de { $name } est maintenant de <b>{ $value }</b> à partir d'aujourd'hui, enregistrée comme définie par toi. Ses zones et ses cibles suivent ; l'athlète a été prévenu.
coaching-bulk-title = ✏️ <b>Modification pour tes athlètes</b> : <i>« { $request } »</i>
    Elle peut être appliquée pour { $count } sur { $total } :
coaching-bulk-done = ✅ <b>Appliquée pour { $count } sur { $total }</b> : <i>« { $request } »</i>
coaching-bulk-ok = ✅ <b>{ $name }</b> : { $days }
coaching-bulk-refused = ⛔ <b>{ $name }</b> : { $reason }
coaching-bulk-denied = ne t'autorise pas à modifier son plan.
coaching-bulk-more = …et { $count } de plus.
coaching-bulk-no-plan = n'a pas encore de plan.
coaching-bulk-no-match = pas de séance de ce type dans son plan.
coaching-bulk-ready = peut être appliquée.
coaching-bulk-applied = appliquée.
change-refused-too-long = Une séance définie ainsi dure au plus { $limit } minutes.
change-refused-zone-not-steady = Une séance définie ainsi est à allure constante : zone 1, 2 ou 3.
th-source-coach = définie par ton coach
th-source-mark-coach = (coach)

## Messages between a coach and an athlete
coaching-ask-message = Écris ton message pour { $name } ; je le transmets avec ton nom. Ou /cancel.
relay-from-coach = 💬 <b>Message de ton coach { $coach } :</b>
    { $text }
relay-from-athlete = 💬 <b>{ $name } répond :</b>
    { $text }
relay-btn-reply = ↩️ Répondre au coach
relay-btn-answer = 💬 Répondre à { $name }
relay-ask-reply = Écris ta réponse à { $name }, ou /cancel. (Tu peux aussi simplement répondre à son message.)
relay-sent = ✉️ Envoyé à { $name }.
relay-not-delivered = Je n'ai pas pu le transmettre : { $name } a bloqué le bot ou fermé la discussion.
relay-too-long = Ce message dépasse { $limit } caractères. Envoie-en un plus court, ou /cancel.
relay-coach-gone = Tu ne fais plus partie d'un groupe de ce coach, je ne peux donc pas le transmettre.

## Pour le coach : refus qui nomment l'athlète, avec ce que le coach peut faire
coaching-no-plan-edit = ✏️ { $name } n'a pas autorisé les modifications du plan — c'est possible dans /sharing.
roster-new = 🆕 nouveau — pas encore de données
coaching-bulk-refused-on = ⛔ <b>{ $name }</b> ({ $day }) : { $reason }
coaching-bulk-not-their-sport = { $name } { $sport ->
    [bike] ne fait pas de vélo
    [run] ne court pas
    [swim] ne nage pas
   *[other] ne pratique pas ce sport
}, donc rien n'a changé pour cet athlète. Posez une séance de son sport depuis sa fiche.
coaching-notice-joined = 👋 { $name } a rejoint <b>{ $squad }</b> et partage : { $scopes }.
coaching-notice-granted = 🔓 { $name } partage maintenant aussi : { $scopes }.
coaching-notice-revoked = 🔒 { $name } ne partage plus : { $scopes }.
coaching-notice-left = 👋 { $name } a quitté <b>{ $squad }</b> ; vous ne voyez plus rien de ses données.
coaching-violation-unavailable-day = { $name } n'est pas disponible ce jour-là. Choisissez un autre jour, ou demandez à { $name } de l'ajouter à ses jours d'entraînement.
coaching-violation-outside-plan = C'est en dehors du plan de { $name }. Choisissez un jour dans le plan.
coaching-violation-too-many-sessions-in-day = { $name } aurait plus de deux séances ce jour-là. Choisissez un autre jour.
coaching-violation-swim-not-on-pool-day = { $name } n'a pas de piscine ce jour-là. Choisissez un de ses jours de piscine, ou un autre sport.
coaching-violation-hard-days-in-a-row = { $name } aurait deux jours durs d'affilée. Allégez, ou choisissez un autre jour.
coaching-violation-over-weekly-hours = La semaine de { $name } dépasserait ses heures d'entraînement. Raccourcissez, choisissez un autre jour, ou demandez à { $name } d'augmenter ses heures par semaine.
coaching-violation-ramp-too-steep = La semaine de { $name } augmenterait de plus de 10 %. Raccourcissez, ou choisissez un jour d'une semaine suivante.
coaching-violation-fitness-ramp-too-steep = La forme de { $name } devrait monter plus vite que ce qui est sûr. Raccourcissez ou allégez.
coaching-violation-recovery-overdue = Cela repousserait trop la semaine de récupération de { $name }. Gardez-la, ou choisissez un jour après.
coaching-violation-recovery-week-too-hard = La semaine de récupération de { $name } deviendrait trop dure. Raccourcissez, allégez, ou choisissez un jour après cette semaine.
coaching-violation-taper-volume-increase = { $name } est en affûtage : le volume doit seulement baisser. Raccourcissez, ou laissez le jour tel quel.
coaching-violation-taper-extra-hard = { $name } est en affûtage : pas de séance dure en plus. Restez facile, ou laissez le jour tel quel.
coaching-violation-injury-conflict = La blessure de { $name } exclut l'intensité dans ce sport. Restez facile, ou choisissez un autre sport.
coaching-violation-too-much-intensity = Plus d'un quart de la semaine de { $name } serait du travail dur (80/20). Restez en zone 1–2, ou choisissez une autre semaine.
coaching-violation-missing-easier-option = Une séance dure de { $name } resterait sans option plus facile. Posez plutôt une séance régulière.
coaching-refused-session-not-found = Cette séance n'est plus dans le plan de { $name }. Ouvrez sa fiche pour voir la semaine.
coaching-refused-session-settled = Cette séance de { $name } est faite ou passée, elle reste. Choisissez un jour plus tard.
coaching-refused-day-in-past = Ce jour est passé pour { $name }. Indiquez un jour à partir d'aujourd'hui.
coaching-refused-outside-plan = Ce jour est en dehors du plan de { $name }. Indiquez un jour dans le plan.
coaching-refused-same-day = Dans le plan de { $name }, c'est déjà ce jour-là. Choisissez un autre jour.
coaching-refused-day-taken = { $name } a déjà fait une séance ce jour-là, rien n'y est déplacé. Choisissez un autre jour.
coaching-refused-nothing-to-change = Il n'y a rien à changer là dans le plan de { $name }. Ouvrez sa fiche pour voir la semaine.
coaching-refused-too-short = Une séance dure au moins { $limit } minutes. Allongez-la, ou mettez du repos.
coaching-refused-not-shorter = Ce n'est pas plus court que la séance prévue de { $name }. Indiquez moins de minutes.
coaching-refused-no-easier = La séance de { $name } est déjà la plus facile possible. Raccourcissez-la, ou mettez du repos.
coaching-refused-sport-not-possible = Ce sport ne peut pas remplacer la séance de { $name }. Choisissez un autre sport.
coaching-refused-bad-range = Ces dates n'ont pas de sens. Écrivez le premier jour, puis le dernier.
coaching-refused-guardrail = Cela enfreindrait une règle de sécurité du plan de { $name }. Raccourcissez, ou choisissez un autre jour.
coaching-refused-constraint = Cela enfreindrait une règle que { $name } a fixée pour son plan. Choisissez un autre jour, ou demandez à { $name } de changer la règle.
coaching-refused-unwell-no-intensity = { $name } est malade : pas de séance dure. Restez facile, ou mettez du repos.
coaching-refused-lighter-week-needed = La charge récente de { $name } est élevée, cette semaine doit s'alléger. Raccourcissez une séance ou ajoutez du repos.
coaching-refused-rebuild-failed = Le plan de { $name } n'a pas pu être refait à partir de ce jour. Modifiez un seul jour.
coaching-refused-too-long = Une séance posée ainsi dure au plus { $limit } minutes. Raccourcissez-la, ou répartissez-la sur deux jours.
coaching-refused-zone-not-steady = Une séance posée ainsi est régulière : zone 1, 2 ou 3. Baissez la zone.

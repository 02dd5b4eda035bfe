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

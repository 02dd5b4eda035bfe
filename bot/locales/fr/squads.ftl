## Squads for human coaches: /squad, invitation links, /sharing
squad-scope-plan_view = ton plan d'entraînement (lecture)
squad-scope-plan_edit = les modifications de ton plan d'entraînement
squad-scope-activities = tes séances
squad-scope-wellness_readiness = tes check-ins et ta disponibilité
squad-scope-ai_summaries = les résumés du coach IA à ton sujet
squad-scope-their-plan_view = leur plan d'entraînement (lecture)
squad-scope-their-plan_edit = les modifications de leur plan d'entraînement
squad-scope-their-activities = leurs séances
squad-scope-their-wellness_readiness = leurs check-ins et leur disponibilité
squad-scope-their-ai_summaries = les résumés du coach IA à leur sujet
squad-scope-short-plan_view = Plan
squad-scope-short-plan_edit = Modifs du plan
squad-scope-short-activities = Séances
squad-scope-short-wellness_readiness = Disponibilité
squad-scope-short-ai_summaries = Résumés IA
squad-ask-name = Comment s'appellera ton groupe ? Envoie son nom (jusqu'à 64 caractères), ou /cancel.
squad-list = { $count ->
    [0] Tu n'entraînes encore aucun groupe. /squad new en crée un et te donne un lien d'invitation.
   *[other] Tes groupes : { $names }. /squad link donne un nouveau lien d'invitation, /squad new crée un autre groupe.
}
squad-invitation = 👥 <b>{ $squad }</b> est prêt.
    Envoie ce lien à tes athlètes :
    { $link }

    Il fonctionne jusqu'au { $expires } pour { $uses ->
        [one] un athlète de plus
       *[other] { $uses } athlètes de plus
    }. Chaque athlète voit qui tu es et ce que tu demandes à voir, et décide :
    { $scopes }
squad-btn-revoke = 🚫 Révoquer ce lien
squad-revoked = Le lien est révoqué : plus personne ne peut rejoindre avec. Les athlètes déjà dans le groupe restent.
squad-invitation-revoked = 🚫 <b>Ce lien d'invitation est révoqué.</b> Plus personne ne peut rejoindre avec ; les athlètes déjà dans le groupe restent. /squad link te donne un nouveau lien.
squad-offer = 👥 <b>{ $coach }</b> t'invite dans le groupe <b>{ $squad }</b>.

    Si tu acceptes, ton coach verra :
    { $scopes }

    Rien d'autre. Tu peux modifier cela ou partir à tout moment dans /sharing.
squad-btn-accept = ✅ Accepter
squad-btn-decline = ✖️ Refuser
squad-joined = ✅ Tu as rejoint <b>{ $squad }</b>. { $coach } voit maintenant :
    { $scopes }
    /sharing modifie cela à tout moment.
squad-declined = Tu as refusé l'invitation à <b>{ $squad }</b>. Rien n'est partagé.
squad-error-name_empty = Le nom est vide. Envoie un nom pour ton groupe, ou /cancel.
squad-error-name_long = Ce nom dépasse 64 caractères. Envoie-en un plus court, ou /cancel.
squad-error-not_yours = Ce lien n'est pas à toi.
squad-error-invitation_unknown = Ce lien d'invitation n'est pas valide. Demande-en un nouveau à ton coach.
squad-error-invitation_expired = Ce lien d'invitation a expiré. Demande-en un nouveau à ton coach.
squad-error-invitation_revoked = Ton coach a révoqué ce lien d'invitation. Demande-lui-en un nouveau.
squad-error-invitation_used_up = Ce lien d'invitation a été utilisé autant de fois qu'il le permet. Demande-en un nouveau à ton coach.
squad-error-own_squad = C'est le lien de ton propre groupe : envoie-le à tes athlètes.
squad-error-already_member = Tu es déjà dans ce groupe. /sharing montre ce que voit ton coach.
squad-error-membership_gone = Tu n'es plus dans ce groupe. /sharing montre l'état actuel.
sharing-title = 🔐 <b>Qui voit quoi</b>. Touche un accès pour l'autoriser ou le retirer ; c'est immédiat.
sharing-coach = <b>{ $coach }</b> — groupe { $squad } :
    { $scopes }
sharing-nothing = rien pour l'instant
sharing-strava = 🟧 Les séances venant de Strava ne sont jamais partagées (conditions de Strava) : une séance prévue faite seulement sur Strava apparaît comme non faite pour ton coach et ton groupe.
sharing-none = Aucun coach ne voit tes données. Quand un coach t'enverra un lien d'invitation, tu choisiras ce qu'il peut voir.
sharing-btn-leave = 🚪 Quitter { $squad }
sharing-saved = Enregistré.
cmd-squad = Tes groupes en tant que coach ; /squad new en crée un
cmd-sharing = Quels coachs voient quoi de tes données

## The coach's roster and athlete card
roster-empty = Personne n'a encore rejoint tes groupes. /squad link te donne un nouveau lien d'invitation à envoyer.
roster-title = 👥 <b>Tes athlètes</b> ({ $count }) — d'abord ceux qui ont besoin d'attention. Page { $page } sur { $pages }.
roster-checked-in = ✓ check-in fait
roster-no-check-in = pas de check-in
roster-compliance = 7 jours : { $pct }% réalisé
roster-form = fraîcheur { $tsb }
roster-flag-ill = malade ou blessé
roster-flag-red = jour rouge
roster-flag-acwr = ACWR au-dessus de 1,5
roster-flag-missed = a manqué une séance clé
roster-flag-quiet = pas de données depuis 3 jours
roster-flag-race = course dans moins de 14 jours
roster-btn-back = « Liste
roster-denied = Cet athlète ne partage plus cela avec toi.
card-title = 👤 <b>{ $name }</b>
card-nothing-shared = Cet athlète ne partage rien d'autre avec toi pour l'instant.
card-no-profile = Profil : pas encore configuré.
card-profile = <b>Seuils :</b> { $thresholds }
card-no-plan = Pas encore de plan à afficher.
card-week = <b>Cette semaine :</b> { $done } séances réalisées sur { $planned }, { $hours } h prévues.
card-no-activities = Pas encore de séances.
card-activities = <b>Dernières séances :</b>
card-no-readiness = Disponibilité : pas encore assez de données.
card-readiness = <b>Disponibilité aujourd'hui :</b> { $colour } { $score }/100

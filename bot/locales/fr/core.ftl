## Commands shown in Telegram's menu (setMyCommands)
cmd-start = Démarrer ou relancer Tempo
cmd-profile = Ton profil et tes zones d'entraînement
cmd-settings = Fuseau horaire, heure du point, unités, seuils, objectif…
cmd-help = Ce que Tempo sait faire
cmd-language = Changer de langue
cmd-cancel = Quitter le dialogue en cours

## /start
start-greeting =
    👋 Salut { $name } ! Je suis <b>Tempo</b>, ton coach d'endurance sur Telegram.

    J'aide les coureurs, cyclistes, nageurs et triathlètes à s'entraîner avec un plan qui s'adapte à leur vie :
    • un plan périodisé construit autour de ta course objectif et des heures dont tu disposes ;
    • un point chaque matin sur ta forme du jour (VFC, FC de repos, sommeil, courbatures, charge) et la séance à faire ;
    • tes séances rapprochées du plan : envoie-moi des fichiers FIT, TCX ou GPX ou une saisie rapide ;
    • forme, fatigue et fraîcheur suivies jour après jour.

    D'abord, quelques questions rapides pour que le plan te corresponde ; la plupart se règlent d'un tap. /back revient à la question précédente, /cancel met en pause.
start-welcome-back = 👋 Content de te revoir, { $name } ! Ton profil est prêt : /profile l'affiche avec tes zones, /settings modifie ce que tu veux.
start-group =
    👋 Salut, je suis <b>Tempo</b>, un coach d'endurance. Ton entraînement se passe dans un chat privé avec moi ; touche ici pour commencer : { $link }

## /help
help-text =
    <b>Ce que je sais faire</b>

    <b>Ton entraînement</b>
    /today — la séance du jour avec tes cibles (et un fichier .zwo ou FIT pour ton appareil)
    /week — cette semaine jour par jour, prévu et réalisé
    /plan — le plan complet : phases, semaines, compte à rebours jusqu'à la course
    /undo — annule ta dernière modification du plan (les boutons d'un jour ou une phrase comme « je suis malade » le modifient)
    Envoie un fichier FIT, TCX ou GPX (ou un .zip) : je le rapproche de ton plan
    /log — saisis une séance en une ligne : « couru 10 km en 52 min rpe 6 »
    /checkin — comment tu as dormi et comment tu te sens ce matin
    /history — tes séances récentes
    /review — le bilan de la semaine dernière et ce qui a changé pour celle-ci
    /connect — synchronisation avec intervals.icu ou Strava
    /fitness — forme, fatigue et fraîcheur, avec un graphique

    <b>Coaching</b>
    /squad – tes athlètes en tant que coach : qui a besoin d'attention, la fiche de chaque athlète (changer son plan, fixer un seuil, lui écrire), un changement pour tous ; /squad new – un groupe et son lien d'invitation
    /sharing – quels coachs voient quoi de toi ; change-le ou quitte à tout moment
    /digest – ton point du matin sur le groupe et le bilan du dimanche : heure, activé ou non
    /ask – demande à l'IA à propos de ton groupe : « /ask qui est en difficulté cette semaine ? »
    /groupprivacy – ce que le chat de l'équipe peut voir de ta journée

    <b>Ton point du matin</b>
    /brief — son heure, activé ou non, jours calmes
    /pause — met les messages en pause (voyage, maladie) ; /resume pour reprendre

    <b>Toi</b>
    /start — commencer ou continuer à configurer ton profil
    /profile — ton profil et tes zones d'entraînement
    /zones – fixer ta propre zone (« /zones zone 2 fc 130-145 ») ou revenir aux zones calculées
    /settings — fuseau horaire, heure du point, unités, seuils, disponibilités, objectif…
    /language — English, Русский, Español, Deutsch, Français, Italiano
    /export — toutes tes données dans un zip ; /delete — supprime ton compte et tes données
    /back — revient d'une question ; /cancel — quitte le dialogue en cours
    /help — cette liste

## /language
language-choose = Choisis ta langue :
language-set = ✅ C'est fait : désormais je te parle en français.
language-unchanged = On parle déjà français.

## Messages Tempo cannot use
fallback-unknown-command = Je ne connais pas la commande { $command }. Tape /help pour voir ce que je sais faire.
fallback-sticker = Joli sticker ! Mais je ne sais lire que du texte, des boutons et des fichiers d'entraînement. Tape /help pour voir ce que je sais faire.
fallback-voice = Je ne peux pas encore écouter les messages vocaux ; écris-le plutôt, s'il te plaît.
fallback-photo = Je ne sais pas encore lire les photos. Pour une séance, envoie le fichier FIT, TCX ou GPX de ta montre ou de ton appli en tant que fichier.
fallback-document = Je ne peux pas encore utiliser ce fichier. Les fichiers d'entraînement (FIT, TCX, GPX) arrivent bientôt.
fallback-other = Je ne sais lire que du texte, des boutons et des fichiers d'entraînement. Tape /help pour voir ce que je sais faire.
fallback-text = Je n'ai pas compris. Tape /help pour voir ce que je sais faire.

## Dialogs
cancel-done = OK, j'ai arrêté. Rien d'autre n'a changé.
cancel-nothing = Il n'y a rien à annuler.

## Buttons that no longer apply
stale-button = Ce bouton vient d'un message plus ancien et n'est plus valable.

## Errors
error-generic = Désolé, quelque chose a coincé de mon côté et je n'ai pas pu terminer. Rien n'est perdu ; réessaie dans un instant.

# /export and /delete: the athlete's data to take away, or gone.
cmd-export = Télécharger tout ce que Tempo conserve sur toi
cmd-delete = Supprimer ton compte et toutes tes données
export-caption = 📦 Tout ce que Tempo conserve sur toi. Le README.txt à l'intérieur explique chaque fichier.
export-caption-part = 📦 Tout ce que Tempo conserve sur toi, partie { $number } sur { $total } (Telegram accepte des fichiers jusqu'à 50 Mo). Le README.txt est dans la partie 1.
export-readme-title = Tempo : tes données, exportées le { $day }.
    Chaque section ci-dessous nomme les fichiers et ce qu'ils contiennent. Dates et heures au format ISO 8601, heures en UTC ; charges en points de type TSS ; durées en secondes, distances en mètres, vitesses en m/s, allures en secondes.
export-readme-account = { $files } : ton compte Telegram tel que Tempo le connaît (id, nom, langue, fuseau horaire, statut).
export-readme-profile = { $files } : ton profil (sports, expérience, disponibilités, matériel, corps, notes) et tes unités.
export-readme-goals = { $files } : tes objectifs et courses, actuels et archivés.
export-readme-thresholds = { $files } : l'historique de tes seuils (FTP, LTHR, FCmax, FC de repos, CSS, allure seuil en course) avec leur source et la date d'entrée en vigueur de chacun.
export-readme-plans = { $files } : tes plans d'entraînement, l'objectif pour lequel chacun a été construit et combien de fois il a été recalculé.
export-readme-weeks = { $files } : chaque semaine du plan (phase, heures, charge et séances prévues, notes sur ce qui a changé).
export-readme-sessions = { $files } : chaque séance prévue avec son entraînement structuré, les quantités prévues et ce qu'elle est devenue.
export-readme-activities = { $files } : tes activités, une ligne chacune ({ $count ->
    [one] une activité
   *[other] { $count } activités
}), avec la charge et la méthode qui l'a calculée, le temps dans les zones et les tours.
export-readme-files = { $files } : les fichiers que tu as importés (nom, format, somme de contrôle).
export-readme-originals = { $files } : tes fichiers d'origine, octet pour octet tels que tu les as envoyés.
export-readme-wellness = { $files } : tes check-ins quotidiens (sommeil, courbatures, fatigue, stress, moral, VFC, FC de repos, maladie, blessure).
export-readme-pushes = { $files } : tes réglages du point du matin et des rappels.
export-readme-deliveries = { $files } : les messages que Tempo t'a envoyés (points du matin, rappels, bilans) tels qu'ils sont partis, notes du coach IA comprises, avec tes réponses.
export-readme-reviews = { $files } : tes bilans hebdomadaires et les changements qu'ils ont apportés à la semaine suivante.
export-readme-dialogs = { $files } : une question à laquelle Tempo attendait ta réponse, s'il y en a une.
export-readme-table = { $files } : { $count ->
    [one] une ligne
   *[other] { $count } lignes
} de la table « { $table } », telles qu'elles sont stockées.
export-readme-ai = IA : les notes facultatives du point du matin sont rédigées à partir de faits anonymes (ni nom ni id) et conservées dans un cache partagé sous un hachage de ces faits, donc aucun enregistrement ni coût d'IA n'est lié à toi ; les notes que tu as reçues sont dans messages/pushes-sent.json.
export-readme-consents = Consentements : Tempo n'en a demandé aucun jusqu'ici ; quand ce sera le cas, ils apparaîtront dans cet export.

delete-ask-first = ⚠️ <b>Supprimer ton compte et tout son contenu ?</b>
    Ton profil, tes seuils, tes plans, tes activités avec leurs fichiers d'origine, tes check-ins, tes bilans et les messages programmés seront effacés définitivement. Rien ne pourra les faire revenir.
    Tu veux d'abord une copie ? Envoie /export.
delete-btn-first = Oui, tout supprimer
delete-btn-final = 🗑 Supprimer définitivement
delete-btn-keep = Non, garder mes données
delete-ask-final = 🛑 <b>Dernière étape.</b> Dès que tu touches « Supprimer définitivement », tes données disparaissent en une seconde et ne peuvent pas être restaurées. Sûr ?
delete-kept = 👍 Rien n'a été supprimé.
delete-done = ✅ C'est fait : tout ce que Tempo conservait sur toi est supprimé, et tu ne recevras plus de messages. Si tu écris à nouveau, tu repartiras de zéro. Merci de t'être entraîné avec Tempo.
delete-stale = Ce bouton appartient à un compte précédent. Envoie /delete pour recommencer.

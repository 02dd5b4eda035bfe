## /connect: intervals.icu and Strava
cmd-connect = Connecter intervals.icu ou Strava
connect-title = 🔗 <b>Services connectés</b>
connect-intro = Connecte intervals.icu et tes séances, ta VFC, ta FC de repos et ton sommeil arrivent tout seuls : depuis Garmin, Wahoo, COROS, Polar, Oura, Whoop et tout ce qui alimente ton intervals.icu. Les séances de ton plan vont dans ton calendrier intervals.icu, et de là sur ta montre ou ton compteur vélo.
connect-unavailable = La connexion de services est désactivée sur ce serveur Tempo (il n'a pas d'ENCRYPTION_KEY pour protéger tes clés). Demande à la personne qui le gère.
connect-none = Rien n'est encore connecté.
connect-intervals-on = <b>intervals.icu</b> ✅ connecté (athlète { $external })
connect-intervals-revoked = <b>intervals.icu</b> ⚠️ l'accès a été révoqué : reconnecte-toi pour reprendre la synchronisation.
connect-strava-on = <b>Strava</b> ✅ connecté (athlète { $external }). Les séances Strava ne sont visibles que par toi.
connect-strava-revoked = <b>Strava</b> ⚠️ l'accès a été révoqué : reconnecte-toi pour reprendre la synchronisation.
connect-last-sync = Dernière synchronisation : { $when } — { $result }
connect-never-synced = Pas encore synchronisé.
connect-result-ok = { $stored ->
    [0] rien de nouveau
    [one] 1 nouvelle séance
   *[other] { $stored } nouvelles séances
  }{ $wellness ->
    [0] {""}
    [one] , 1 jour de bien-être
   *[other] , { $wellness } jours de bien-être
  }
connect-running = Une synchronisation est en cours.
connect-export-on = 📅 Ton plan va dans ton calendrier intervals.icu.
connect-export-off = 📅 Ton plan n'est pas envoyé à intervals.icu.
connect-btn-key = 🔑 Connecter intervals.icu avec une clé API
connect-btn-intervals-oauth = 🔗 Se connecter avec intervals.icu
connect-btn-strava = 🟧 Connecter Strava
connect-btn-sync = 🔄 Synchroniser maintenant
connect-btn-export-on = 📅 Envoyer mon plan à intervals.icu
connect-btn-export-off = 📅 Ne plus envoyer mon plan
connect-btn-disconnect-intervals = Déconnecter intervals.icu
connect-btn-disconnect-strava = Déconnecter Strava
connect-btn-yes-disconnect = Oui, déconnecter
connect-btn-keep = Garder
connect-ask-key =
    🔑 Colle ici ta clé API intervals.icu.

    Tu la trouves sur intervals.icu dans <b>Settings → Developer Settings → API key</b> (touche « View »). Je supprime ton message dès que je l'ai lu et je garde la clé chiffrée. /cancel pour arrêter.
connect-key-deleted = (J'ai supprimé ton message contenant la clé.)
connect-connected = ✅ Connecté à intervals.icu en tant que <b>{ $name }</b>.
connect-connected-strava = ✅ Strava connecté. Tes séances Strava ne sont montrées qu'à toi : jamais à un coach, à un groupe ni au coach IA.
connect-ask-months = Combien d'historique dois-je importer ? Les séances avec leur fréquence cardiaque, puissance et allure, plus ta VFC quotidienne, ta FC de repos, ton sommeil et ton poids.
connect-months = { $months ->
    [one] 1 mois
   *[other] { $months } mois
  }
connect-import-started = ⏳ Import de { $months ->
    [one] 1 mois
   *[other] { $months } mois
  } depuis { $service }…
connect-import-progress = ⏳ Import depuis { $service } : { $done } séances sur { $total }…
connect-import-done =
    ✅ <b>Import terminé.</b> { $stored ->
        [0] Aucune nouvelle séance
        [one] 1 séance
       *[other] { $stored } séances
    } et { $wellness ->
        [0] aucun jour de bien-être
        [one] 1 jour de bien-être
       *[other] { $wellness } jours de bien-être
    } importés{ $duplicates ->
        [0] .
       *[other] ; { $duplicates } étaient déjà là et n'ont pas été enregistrés deux fois.
    }
    Désormais, je synchronise toutes les heures et juste avant ton point du matin.
connect-import-failed = ⚠️ L'import s'est arrêté : { $reason } Ce qui a déjà été importé est conservé ; /connect réessaie.
connect-already-running = Une synchronisation est déjà en cours ; je la termine d'abord.
connect-sync-started = 🔄 Synchronisation…
connect-thresholds-offer =
    intervals.icu a ces seuils pour toi :
    { $lines }
    Les utiliser dans Tempo ? Tes zones, tes charges et les cibles du plan les suivront.
connect-threshold-line = • { $name } : <b>{ $value }</b>{ $current ->
    [none] {""}
   *[other] {" "}(Tempo a { $current })
  }
connect-btn-use-thresholds = ✅ Utiliser ceux-ci
connect-btn-keep-thresholds = Garder les miens
connect-thresholds-used = ✅ Seuils mis à jour depuis intervals.icu.
connect-thresholds-kept = OK, tes seuils restent tels quels.
connect-disconnect-confirm = Déconnecter { $service } ? J'oublierai la clé ou les jetons. { $service ->
    [Strava] Toutes les séances venues de Strava seront supprimées de Tempo, comme l'exigent les conditions de Strava.
   *[other] Les séances déjà importées restent.
  }
connect-disconnected = { $service } est déconnecté et ses clés sont supprimées.
connect-export-now-on = 📅 Tes prochaines séances sont en route vers ton calendrier intervals.icu.
connect-export-now-off = 📅 C'est fait : j'ai retiré les séances de Tempo de ton calendrier intervals.icu et je n'en enverrai plus.
connect-stale = Ce bouton vient d'un message précédent. /connect montre l'état actuel.
connect-error-not_a_key = Ça ne ressemble pas à une clé API intervals.icu (une vingtaine de lettres et de chiffres). Copie-la à nouveau depuis Settings → Developer Settings, ou /cancel.
connect-error-wrong_key = intervals.icu n'a pas accepté cette clé. Vérifie que tu as copié la clé entière (Settings → Developer Settings → API key), puis colle-la à nouveau, ou /cancel.
connect-error-no_encryption = La connexion de services est désactivée sur ce serveur (pas d'ENCRYPTION_KEY).
connect-error-expired = Ce lien de connexion a expiré. Ouvre /connect et touche à nouveau le bouton.
connect-error-refused = Le service a refusé la connexion. Ouvre /connect et réessaie.
sync-error-revoked = le service n'accepte plus notre accès (il a été révoqué ou la clé a changé).
sync-error-forbidden = le service a refusé l'accès à ces données.
sync-error-not_found = le service n'a pas trouvé ce que nous demandions.
sync-error-rate_limited = le service nous a demandé de ralentir ; je reprendrai à la prochaine synchronisation.
sync-error-unavailable = le service ne répond pas pour l'instant ; je réessaie dans l'heure.
sync-error-timeout = le service a mis trop de temps à répondre ; je réessaie dans l'heure.
sync-error-malformed = le service a envoyé quelque chose que je n'ai pas pu lire ; je réessaie dans l'heure.
sync-error-failed = quelque chose a échoué du côté du service ; je réessaie dans l'heure.
sync-error-not_connected = le service n'est plus connecté.
connect-error-unavailable = intervals.icu ne répond pas pour l'instant. Rien n'a été enregistré ; réessaie dans quelques minutes.
connect-error-timeout = intervals.icu a mis trop de temps à répondre. Rien n'a été enregistré ; réessaie dans quelques minutes.
connect-error-rate_limited = intervals.icu nous a demandé de ralentir. Rien n'a été enregistré ; réessaie dans quelques minutes.
connect-error-malformed = intervals.icu a envoyé une réponse que je n'ai pas pu lire. Rien n'a été enregistré ; réessaie plus tard.
connect-error-not_found = intervals.icu n'a pas trouvé ton profil d'athlète. Vérifie la clé et réessaie.
connect-error-forbidden = intervals.icu n'a pas autorisé l'accès avec cette clé. Vérifie-la et réessaie.
connect-error-failed = La connexion a échoué du côté d'intervals.icu. Rien n'a été enregistré ; réessaie plus tard.
sync-revoked-intervals = ⚠️ intervals.icu n'accepte plus l'accès de Tempo, la synchronisation s'est donc arrêtée. Ouvre /connect pour te reconnecter.
sync-revoked-strava = ⚠️ Strava n'accepte plus l'accès de Tempo, la synchronisation s'est donc arrêtée. Ouvre /connect pour te reconnecter.
sync-strava-deauthorized = Tu as retiré l'accès de Tempo dans Strava, je l'ai donc déconnecté et j'ai supprimé toutes les séances venues de Strava. Tes autres données sont intactes.
oauth-page-done = Connecté : tu peux retourner sur Telegram.
oauth-page-failed = Ça n'a pas marché : retourne sur Telegram et ouvre /connect pour réessayer.
threshold-name-ftp = FTP
threshold-name-lthr = FC au seuil
threshold-name-hr_max = FC maximale
threshold-name-run_threshold_pace = Allure seuil
threshold-name-css = CSS (natation)

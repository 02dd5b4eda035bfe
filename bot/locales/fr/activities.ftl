## Commands shown in Telegram's menu
cmd-log = Saisir une séance sans fichier
cmd-checkin = Check-in du matin : sommeil, courbatures, VFC
cmd-history = Tes séances récentes

## Sports
act-sport-run = Course
act-sport-bike = Vélo
act-sport-swim = Natation
act-sport-strength = Renforcement
act-sport-walk = Marche
act-sport-hike = Randonnée
act-sport-ski = Ski
act-sport-row = Aviron
act-sport-other = Séance
act-sport-transition = Transition
act-multisport = Multisport
act-multisport-total = Total { $parts } · 📈 charge <b>{ $load }</b>
act-ask-rpe-legs = C'était dur comment, chaque partie ? Touche de 1 (très facile) à 10 (maximal) sur sa ligne ci-dessous.
act-rpe-saved-card = ✅ RPE { $rpe } enregistré. Écris une note maintenant si tu veux (sensations, douleur, conditions).

## The summary card
act-card-title = { $icon } <b>{ $sport }</b> · { $when }
act-leg = Partie { $leg } sur { $legs } d'un fichier multisport
act-duration = ⏱ { $value }
act-distance = 📏 { $value }
act-speed-kmh = { $value } km/h
act-speed-mph = { $value } mph
act-untimed = Pas d'horodatage : les mesures basées sur le temps (allure, zones, charge au temps) sont laissées de côté.
act-hr = ❤️ { $avg } bpm en moyenne, { $max } max
act-power = ⚡ { $avg } W en moyenne
act-power-np = ⚡ { $avg } W en moyenne, NP { $np } W
act-ascent = ⛰ { $value } m D+
act-ascent-ft = ⛰ { $value } ft D+
act-load = 📈 Charge <b>{ $load }</b> ({ $method })
act-load-if = 📈 Charge <b>{ $load }</b> ({ $method }, IF { $intensity })
act-load-none = 📈 Pas encore de charge : indique à quel point c'était dur (RPE) et je la calcule.
act-method-power = puissance
act-method-pace = allure
act-method-swim_pace = allure de nage
act-method-heart_rate = fréquence cardiaque
act-method-session_rpe = RPE de séance
act-method-service = valeur calculée par intervals.icu
act-load-note-power-all-zero = ⚠️ Le capteur de puissance n'a envoyé que des zéros : la charge vient des meilleures données suivantes.
act-load-note-scaled-partial = ⚠️ L'enregistrement couvre { $percent } % du temps de la séance : la charge suppose que le reste était semblable.
act-load-note-power-partial = ⚠️ La puissance ne couvre que { $percent } % du temps de la séance : la charge vient d'autres données.
act-load-note-pace-partial = ⚠️ L'allure ne couvre que { $percent } % du temps de la séance : la charge vient d'autres données.
act-zones-power = Zones de puissance : { $zones }
act-zones-heart_rate = Zones cardio : { $zones }
act-zones-run_pace = Zones d'allure : { $zones }
act-zones-swim_pace = Zones d'allure de nage : { $zones }
act-rpe-line = 💬 RPE { $rpe }/10
act-note-line = 📝 { $note }
act-fitness = Forme { $ctl } · fatigue { $atl } · fraîcheur { $tsb }
act-sport-unknown = ❓ Le fichier ne dit pas de quel sport il s'agit. Touche-le ci-dessous et je recalculerai.
act-session = { $kind } · { $sport }
act-session-endurance = Endurance
act-session-tempo = Tempo
act-session-threshold = Seuil
act-session-intervals = Fractionné
act-session-recovery = Récupération
act-session-long = Sortie longue
act-session-race = Course
act-matched = 📅 Prévu : { $title } le { $day } ({ $planned })
act-matched-compliance = 📅 Prévu : { $title } le { $day } ({ $planned }) — { $percent }% de la { $basis } prévue { $color }
act-basis-duration = durée
act-basis-distance = distance
act-basis-load = charge
act-color-green = 🟢
act-color-yellow = 🟡
act-color-red = 🔴

## Buttons
act-btn-plan = 🔗 Séance prévue
act-btn-delete = 🗑 Supprimer
act-btn-delete-yes = 🗑 Oui, supprimer
act-btn-back = « Retour
act-btn-skip = Passer
act-btn-no-note = Pas de note
act-btn-unmatch = ✖ Pas une séance prévue

## After the workout
act-ask-rpe = C'était dur comment ? Note toute la séance de 1 (très facile) à 10 (maximal).
act-rpe-saved = ✅ RPE { $rpe } enregistré. Quelque chose à noter (sensations, douleur, conditions) ? Écris-le maintenant.
act-rpe-skipped = OK, pas de RPE pour celle-ci.
act-note-saved = 📝 Note enregistrée.
act-note-skipped = OK, pas de note.
act-gone = Cette activité n'existe plus.
act-rematch = Choisis la séance prévue à laquelle elle correspond, ou dis qu'il n'y en a aucune.
act-rematch-none = Aucune séance prévue autour de ce jour.
act-rematch-taken = Une autre activité remplit déjà cette séance.
act-matched-done = Liée à la séance prévue.
act-unmatched-done = Liée à aucune séance prévue.
act-delete-confirm = Supprimer cette activité ? Sa charge sort de ton historique de forme.
act-deleted = 🗑 Supprimé : { $sport } du { $day }. Forme, fatigue et fraîcheur sont recalculées à partir de ce jour.

## Uploads
upload-error-telegram_too_big = Ce fichier dépasse { $limit_mb } Mo, le maximum que Telegram laisse télécharger aux bots. Envoie-le compressé (.zip ou .gz) ou exporte un fichier plus court.
upload-error-empty_file = Ce fichier est vide ; rien n'a été enregistré. Essaie de l'exporter à nouveau.
upload-error-file_too_large = Ce fichier dépasse { $limit_mb } Mo ; rien n'a été enregistré. Envoie-le compressé, ou exporte l'activité en FIT, plus léger.
upload-error-unrecognised_file = { $file_name } n'est pas un fichier d'entraînement (il ressemble à { $detected }). Envoie le fichier FIT, TCX ou GPX de ta montre ou de ton appli.
upload-error-unsupported_format = Les fichiers { $format } ne sont pas pris en charge. Exporte l'activité en FIT, TCX ou GPX et envoie-la.
upload-error-not_an_activity = Ce fichier FIT est un fichier <b>{ $file_type }</b>, pas une activité enregistrée ; rien n'a été enregistré. Envoie le fichier de l'activité (chez Garmin : celui du dossier Activity).
upload-error-no_track = Ce fichier GPX ne contient aucune trace enregistrée ({ $waypoints } waypoints, { $route_points } points d'itinéraire) ; rien n'a été enregistré. Envoie plutôt l'activité enregistrée.
upload-error-no_activity_data = Le fichier { $format } ne contient aucune donnée d'activité ; rien n'a été enregistré.
upload-error-truncated_file = Ce fichier s'arrête trop tôt, à { $bytes_read } octets ; rien n'a été enregistré. Essaie de l'exporter à nouveau.
upload-error-corrupt_file = Le fichier { $format } est endommagé à l'octet { $offset } (dans sa partie { $part }) ; rien n'a été enregistré. Essaie de l'exporter à nouveau.
upload-part-header = en-tête
upload-part-data = enregistrements
upload-part-xml = XML
upload-part-compression = compression
upload-error-storage_quota = Tes fichiers d'entraînement stockés ont atteint { $limit_mb } Mo ({ $used_mb } Mo utilisés), donc celui-ci n'a pas été enregistré. Supprime dans /history les séances dont tu n'as pas besoin pour faire de la place.
upload-error-download_failed = Je n'ai pas pu récupérer ce fichier auprès de Telegram : { $reason }. Rien n'a été enregistré ; renvoie-le dans une minute.
download-reason-refused = Telegram l'a refusé ({ $detail })
download-reason-telegram = Telegram n'a pas répondu ({ $detail })
download-reason-status = le serveur de fichiers de Telegram a répondu avec l'erreur { $status }
download-reason-network = la connexion a été coupée ou a expiré
upload-error-corrupt_archive = L'archive { $format } est endommagée et n'a pas pu être ouverte ; rien n'a été enregistré.
upload-error-archive_too_large = Décompressée, cette archive dépasse { $limit_mb } Mo ; rien n'a été enregistré. Envoie moins d'activités à la fois.
upload-error-archive_ratio = Cette archive se décompresse à plus de { $ratio } fois sa taille ; les exports d'activités ne font jamais ça, donc je ne l'ai pas ouverte. Envoie directement les fichiers d'activité.
upload-error-archive_too_many_files = L'archive contient { $members } fichiers ; j'en lis au plus { $limit } à la fois. Envoie moins d'activités à la fois.
upload-error-nested_archive = { $file_name } est une archive dans une archive. Décompresse-la et envoie le fichier d'activité.
upload-error-encrypted_member = { $file_name } est protégé par un mot de passe, je ne peux donc pas le lire.
upload-error-archive_nothing_usable = Aucun des { $members } fichiers de l'archive n'est une activité lisible ; rien n'a été enregistré.
upload-error-ingest_error = Je n'ai pas pu lire ce fichier ; rien n'a été enregistré. Exporte-le à nouveau en FIT, TCX ou GPX.
upload-lost-trailing_data = La séance elle-même est complète ({ $records_recovered } enregistrements, { $time_recovered }) ; seuls les octets qui suivent sont endommagés. L'enregistrer quand même ?
upload-lost-records_partial = Le résumé de l'appareil est là ({ $time_total }, { $distance_total }), mais ses enregistrements s'arrêtent à la minute { $time_recorded } et à { $distance_recorded }. En enregistrant, on garde les totaux et la charge du résumé ; les zones et les graphiques ne couvrent que la partie enregistrée. Enregistrer ce qui est là ?
upload-lost-summary = { $records_recovered } enregistrements ({ $time_recovered }) sont intacts ; les totaux de l'appareil et tout ce qui suit le dernier bon enregistrement sont perdus (les totaux seraient calculés à partir des enregistrements). Enregistrer ce qui est là ?
upload-lost-records = { $records_recovered } enregistrements ({ $time_recovered }) sont intacts ; les échantillons suivants sont perdus. Enregistrer ce qui est là ?
upload-lost-trivial = Seuls { $time_recovered } et { $distance_recovered } sont lisibles : trop peu pour valoir la peine d'être enregistré.
upload-lost-everything = Rien n'a pu être récupéré.
upload-btn-save-part = 💾 Enregistrer ce qui est là
upload-btn-drop = ✖ Ne pas enregistrer
upload-dropped = OK, rien n'a été enregistré.
upload-salvaged = 💾 Partie intacte enregistrée ({ $count } { $count ->
        [one] activité
       *[other] activités
    }).
upload-duplicate-file = ♻️ J'ai déjà ce fichier : { $sport } du { $when }. Rien de nouveau n'a été enregistré.
upload-duplicate-workout = ♻️ J'ai déjà cette séance depuis un autre fichier ou une autre appli : { $sport } du { $when }. J'ai gardé la première.
upload-replaced-logged = 🔁 C'est la séance que tu as saisie à la main ({ $sport }, { $when }) : le fichier remplace cette saisie en gardant ton RPE, ta note et le lien au plan, pour qu'elle ne compte qu'une fois.
upload-member-failed = ⚠️ { $name } : { $reason }
upload-untimed = Ce fichier contient { $count ->
        [one] une trace
       *[other] { $count } traces
    } ({ $distance }) sans horodatage. C'était quel jour ? Touche, ou écris une date comme 12.03.
upload-btn-today = Aujourd'hui
upload-btn-yesterday = Hier
upload-ask-duration = Date : { $day }. Combien de temps ça a duré ? Écris-le, comme 1h20 ou 45 min, ou enregistre sans les mesures basées sur le temps.
upload-untimed-many = Date : { $day }. Les traces n'ont pas d'horodatage : touche ci-dessous pour les enregistrer sans les mesures basées sur le temps.
upload-btn-no-duration = Enregistrer sans durée

## /history
history-empty = Pas encore d'activités. Envoie-moi un fichier FIT, TCX ou GPX, ou saisis-en une avec /log.
history-title = <b>Tes activités</b> ({ $shown } sur { $total }). Touche un numéro pour les détails.
history-load = charge { $load }
history-no-load = pas de charge
history-newer = « Plus récentes
history-older = Plus anciennes »

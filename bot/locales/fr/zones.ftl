# Custom zones (zoneov): /zones, the coach's zone from the card, the errors.
cmd-zones = Tes zones, et comment les modifier
zones-custom-athlete = ✏️ Z{ $label } : tes propres bornes
zones-custom-coach = ✏️ Z{ $label } : définie par ton coach { $name }
zones-change-hint = Pour modifier une zone, envoie par exemple <code>/zones zone 2 FC 130-145</code>, <code>/zones zone 3 allure 4:50-5:10</code> ou <code>/zones zone 2 puissance 150-210</code> ; la zone ouverte vers le haut ne prend qu'une borne, comme <code>zone 5c FC 182+</code>. Les zones voisines bougent avec elle. <code>/zones reset</code> revient aux zones calculées à partir de tes seuils.
zones-btn-reset = ↩️ Revenir aux zones calculées
zones-reset-done = { $count ->
    [0] Tu n'avais pas de zones personnalisées : rien n'a changé.
    [one] C'est fait : une zone personnalisée supprimée. Tes zones sont de nouveau calculées à partir de tes seuils.
   *[other] C'est fait : { $count } zones personnalisées supprimées. Tes zones sont de nouveau calculées à partir de tes seuils.
}
zones-set-done = ✅ Enregistré. Tes séances, les zones de tes activités, les graphiques et le coach IA utilisent désormais ces zones.
zones-btn-coach = 🎯 Une zone
zones-coach-ask = Quelle zone veux-tu définir pour { $name } ? Envoie-la comme ceci : <code>zone 2 FC 130-145</code>, <code>zone 3 allure 4:50-5:10</code> ou <code>zone 2 puissance 150-210</code>.
zones-coach-set = ✅ Enregistré pour { $name } ; l'athlète a été prévenu.
zones-coach-notice = 🎯 Ton coach { $coach } a modifié tes zones d'entraînement. Tes séances les utilisent dès maintenant ; /zones les affiche, et <code>/zones reset</code> revient aux zones calculées.
ob-error-zone-format = Je n'ai pas réussi à lire cette zone. Écris le numéro de la zone, à quoi elle s'applique et la plage, par exemple <code>zone 2 FC 130-145</code>, <code>zone 3 allure 4:50-5:10</code> ou <code>zone 2 puissance 150-210</code>.
ob-error-zone-empty = Une zone a besoin de deux bornes différentes, comme 130-145.
ob-error-zone-no-profile = Configure d'abord ton profil (/start), puis tes zones.
ob-error-zone-no-zones = Il n'y a pas encore de zones de ce type : il leur faut d'abord un seuil (FTP pour la puissance, allure seuil pour la course, CSS pour la natation, LTHR ou FCmax pour la fréquence cardiaque). /profile affiche ce qui est déjà renseigné.
ob-error-zone-number = Il n'y a pas de zone { $number } : ces zones sont au nombre de { $count }.
ob-error-zone-open = Seule la zone { $hardest } est ouverte vers le haut : donne une plage à la zone { $number }, comme 130-145.
ob-error-zone-squeezed = Rien n'a été enregistré : avec ces bornes, la zone { $neighbour } deviendrait trop étroite pour s'entraîner. Essaie <code>{ $command }</code>, la plage la plus proche qui laisse de la place à la zone { $neighbour }, ou élargis d'abord la zone { $neighbour } puis redéfinis la zone { $number }.
ob-error-zone-squeezed-only = Rien n'a été enregistré : ici, toute plage pour la zone { $number } rendrait la zone { $neighbour } trop étroite pour s'entraîner. Élargis d'abord la zone { $neighbour } (<code>/zones zone { $neighbour } …</code>), puis redéfinis la zone { $number }.
ob-error-zone-conflict = Avec ces bornes, la zone { $number } ne tient pas entre ses voisines (il y a un trou ou un chevauchement). Rien n'a été enregistré ; /zones affiche les zones telles qu'elles sont.

## Answers checked before they make an absurd plan (issue 16)

ob-q-date-ambiguous = 📅 <b>Quelle date veux-tu dire : { $first } ou { $second } ?</b> Touche l'une des deux, ou écris la date avec le mois en toutes lettres, p. ex. 3 avril 2027.

ob-q-days_check = 🗓 <b>{ $days ->
    [one] Un jour d'entraînement par semaine
   *[other] { $days } jours d'entraînement par semaine
} ne suffisent pas pour cet objectif.</b> Une vraie préparation demande { $needed } jours ou plus ; avec moins, chaque semaine se résume à une seule longue séance et le jour de la course devient une épreuve de survie. Que veux-tu faire ?
ob-opt-days_check-add_days = ➕ Ajouter des jours d'entraînement
ob-opt-days_check-change_goal = 🎯 Changer d'objectif
ob-opt-days_check-minimal = Garder un plan minimal
plan-notice-minimal-plan = Un plan minimal : { $days ->
    [one] tu t'entraînes 1 jour par semaine
   *[other] tu t'entraînes { $days } jours par semaine
}, et cet objectif en demande { $needed } ou plus pour bien se préparer. Il te garde en mouvement vers le jour de la course ; ajoute des jours dans /settings dès que tu peux.

## Answers checked before they make an absurd plan (issue 16)

ob-q-date-ambiguous = 📅 <b>Quale data intendi: { $first } o { $second }?</b> Toccane una, oppure scrivi la data con il mese in lettere, ad es. 3 aprile 2027.

ob-q-days_check = 🗓 <b>{ $days ->
    [one] Un giorno di allenamento a settimana
   *[other] { $days } giorni di allenamento a settimana
} non bastano per questo obiettivo.</b> Una preparazione seria richiede { $needed } giorni o più; con meno, ogni settimana è un unico lungo allenamento e il giorno della gara diventa una prova di sopravvivenza. Cosa vuoi fare?
ob-opt-days_check-add_days = ➕ Aggiungi giorni di allenamento
ob-opt-days_check-change_goal = 🎯 Cambia obiettivo
ob-opt-days_check-minimal = Tieni un piano minimo
plan-notice-minimal-plan = Un piano minimo: { $days ->
    [one] ti alleni 1 giorno a settimana
   *[other] ti alleni { $days } giorni a settimana
}, e questo obiettivo ne richiede { $needed } o più per prepararsi bene. Ti tiene in movimento verso il giorno della gara; aggiungi giorni in /settings appena puoi.

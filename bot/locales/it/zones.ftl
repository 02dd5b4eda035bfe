# Custom zones (zoneov): /zones, the coach's zone from the card, the errors.
cmd-zones = Le tue zone e come cambiarle
zones-custom-athlete = ✏️ Z{ $label }: limiti tuoi
zones-custom-coach = ✏️ Z{ $label }: impostata dal coach { $name }
zones-change-hint = Per cambiare una zona, invia per esempio <code>/zones zona 2 FC 130-145</code>, <code>/zones zona 3 passo 4:50-5:10</code> o <code>/zones zona 2 potenza 150-210</code>; la zona aperta verso l'alto vuole un solo limite, come <code>zona 5c FC 182+</code>. Le zone vicine si spostano insieme. <code>/zones reset</code> torna alle zone calcolate dalle tue soglie.
zones-btn-reset = ↩️ Torna alle zone calcolate
zones-reset-done = { $count ->
    [0] Non avevi zone personalizzate: non è cambiato niente.
    [one] Fatto: tolta una zona personalizzata. Le tue zone tornano a essere calcolate dalle tue soglie.
   *[other] Fatto: tolte { $count } zone personalizzate. Le tue zone tornano a essere calcolate dalle tue soglie.
}
zones-set-done = ✅ Salvato. I tuoi allenamenti, le zone delle attività, i grafici e il coach IA ora usano queste zone.
zones-btn-coach = 🎯 Una zona
zones-coach-ask = Quale zona vuoi impostare per { $name }? Inviala così: <code>zona 2 FC 130-145</code>, <code>zona 3 passo 4:50-5:10</code> o <code>zona 2 potenza 150-210</code>.
zones-coach-set = ✅ Salvato per { $name }; l'atleta è stato avvisato.
zones-coach-notice = 🎯 Il tuo coach { $coach } ha cambiato le tue zone di allenamento. Da ora i tuoi allenamenti le usano; /zones te le mostra e <code>/zones reset</code> torna a quelle calcolate.
ob-error-zone-format = Non sono riuscito a leggere questa zona. Scrivi il numero della zona, a cosa si riferisce e l'intervallo, per esempio <code>zona 2 FC 130-145</code>, <code>zona 3 passo 4:50-5:10</code> o <code>zona 2 potenza 150-210</code>.
ob-error-zone-empty = Una zona ha bisogno di due limiti diversi, come 130-145.
ob-error-zone-no-profile = Prima configura il tuo profilo (/start), poi le zone.
ob-error-zone-no-zones = Non ci sono ancora zone di questo tipo: prima serve una soglia (FTP per la potenza, passo alla soglia per la corsa, CSS per il nuoto, LTHR o FCmax per la frequenza cardiaca). /profile mostra cosa è già impostato.
ob-error-zone-number = Non esiste la zona { $number }: queste zone sono { $count }.
ob-error-zone-open = Solo la zona { $hardest } può essere aperta verso l'alto: dai un intervallo alla zona { $number }, come 130-145.
ob-error-zone-squeezed = Non è stato salvato niente: con questi limiti la zona { $neighbour } diventerebbe troppo stretta per allenarsi. Prova <code>{ $command }</code>, l'intervallo più vicino che lascia spazio alla zona { $neighbour }, oppure allarga prima la zona { $neighbour } e poi imposta di nuovo la zona { $number }.
ob-error-zone-squeezed-only = Non è stato salvato niente: qui qualsiasi intervallo per la zona { $number } renderebbe la zona { $neighbour } troppo stretta per allenarsi. Allarga prima la zona { $neighbour } (<code>/zones zone { $neighbour } …</code>), poi imposta di nuovo la zona { $number }.
ob-error-zone-conflict = Con questi limiti la zona { $number } non sta tra le sue vicine (resta un vuoto o una sovrapposizione). Non è stato salvato niente; /zones mostra le zone così come sono.

## Squads for human coaches: /squad, invitation links, /sharing
squad-scope-plan_view = il tuo piano di allenamento (visione)
squad-scope-plan_edit = modifiche al tuo piano di allenamento
squad-scope-activities = i tuoi allenamenti
squad-scope-wellness_readiness = i tuoi check-in e la tua prontezza
squad-scope-ai_summaries = i riepiloghi del coach IA su di te
squad-scope-their-plan_view = il suo piano di allenamento (visione)
squad-scope-their-plan_edit = modifiche al suo piano di allenamento
squad-scope-their-activities = i suoi allenamenti
squad-scope-their-wellness_readiness = i suoi check-in e la sua prontezza
squad-scope-their-ai_summaries = i riepiloghi del coach IA sull'atleta
squad-scope-short-plan_view = Piano
squad-scope-short-plan_edit = Modifiche al piano
squad-scope-short-activities = Allenamenti
squad-scope-short-wellness_readiness = Prontezza
squad-scope-short-ai_summaries = Riepiloghi IA
squad-ask-name = Come si chiamerà il tuo gruppo? Manda il nome (fino a 64 caratteri), o /cancel.
squad-list = { $count ->
    [0] Non alleni ancora nessun gruppo. /squad new ne crea uno e ti dà un link d'invito.
   *[other] I tuoi gruppi: { $names }. /squad link dà un nuovo link d'invito, /squad new crea un altro gruppo.
}
squad-invitation = 👥 <b>{ $squad }</b> è pronto.
    Manda questo link ai tuoi atleti:
    { $link }

    Funziona fino al { $expires } per { $uses ->
        [one] un altro atleta
       *[other] altri { $uses } atleti
    }. Ogni atleta vede chi sei e cosa chiedi di vedere, e decide:
    { $scopes }
squad-btn-revoke = 🚫 Revoca questo link
squad-revoked = Il link è revocato: nessun altro può unirsi con esso. Gli atleti già nel gruppo restano.
squad-invitation-revoked = 🚫 <b>Questo link di invito è revocato.</b> Nessun altro può unirsi con esso; gli atleti già nel gruppo restano. /squad link ti dà un link nuovo.
squad-offer = 👥 <b>{ $coach }</b> ti invita nel gruppo <b>{ $squad }</b>.

    Se accetti, il tuo coach vedrà:
    { $scopes }

    Nient'altro. Puoi cambiarlo o uscire in qualsiasi momento in /sharing.
squad-btn-accept = ✅ Accetta
squad-btn-decline = ✖️ Rifiuta
squad-joined = ✅ Sei entrato in <b>{ $squad }</b>. { $coach } ora vede:
    { $scopes }
    /sharing lo cambia quando vuoi.
squad-declined = Hai rifiutato l'invito a <b>{ $squad }</b>. Non viene condiviso niente.
squad-error-name_empty = Il nome è vuoto. Manda un nome per il tuo gruppo, o /cancel.
squad-error-name_long = Quel nome supera i 64 caratteri. Mandane uno più corto, o /cancel.
squad-error-not_yours = Quel link non è tuo.
squad-error-invitation_unknown = Questo link d'invito non è valido. Chiedine uno nuovo al tuo coach.
squad-error-invitation_expired = Questo link d'invito è scaduto. Chiedine uno nuovo al tuo coach.
squad-error-invitation_revoked = Il tuo coach ha revocato questo link d'invito. Chiedigliene uno nuovo.
squad-error-invitation_used_up = Questo link d'invito è stato usato tutte le volte che consente. Chiedine uno nuovo al tuo coach.
squad-error-own_squad = È il link del tuo gruppo: mandalo ai tuoi atleti.
squad-error-already_member = Sei già in questo gruppo. /sharing mostra cosa vede il tuo coach.
squad-error-membership_gone = Non sei più in quel gruppo. /sharing mostra lo stato attuale.
sharing-title = 🔐 <b>Chi vede cosa</b>. Tocca un permesso per concederlo o toglierlo; vale subito.
sharing-coach = <b>{ $coach }</b> — gruppo { $squad }:
    { $scopes }
sharing-nothing = niente al momento
sharing-strava = 🟧 Gli allenamenti da Strava non vengono mai condivisi (termini di Strava): una sessione pianificata fatta solo su Strava appare come non svolta al tuo allenatore e al gruppo.
sharing-none = Nessun coach vede i tuoi dati. Quando un coach ti manderà un link d'invito, sceglierai tu cosa può vedere.
sharing-btn-leave = 🚪 Esci da { $squad }
sharing-saved = Salvato.
cmd-squad = I tuoi atleti come coach: elenco, modifiche al piano, messaggi; /squad new crea un gruppo
cmd-sharing = Quali coach vedono cosa di tuo

## The coach's roster and athlete card
roster-empty = Nessuno si è ancora unito ai tuoi gruppi. /squad link ti dà un nuovo link d'invito da mandare.
roster-title = 👥 <b>I tuoi atleti</b> ({ $count }): prima chi ha bisogno di attenzione. Pagina { $page } di { $pages }.
roster-checked-in = ✓ check-in fatto
roster-no-check-in = nessun check-in
roster-compliance = 7 giorni: { $pct }% svolto
roster-form = freschezza { $tsb }
roster-flag-ill = malato o infortunato
roster-flag-red = giorno rosso
roster-flag-acwr = ACWR sopra 1,5
roster-flag-missed = ha saltato un allenamento chiave
roster-flag-quiet = nessun dato da 3 giorni
roster-flag-race = gara entro 14 giorni
roster-btn-back = « Elenco
roster-denied = Questo atleta non condivide più questo con te.
card-title = 👤 <b>{ $name }</b>
card-nothing-shared = Questo atleta al momento non condivide altro con te.
card-no-profile = Profilo: non ancora impostato.
card-profile = <b>Soglie:</b> { $thresholds }
card-no-plan = Ancora nessun piano da mostrare.
card-week = <b>Questa settimana:</b> { $done } di { $planned } allenamenti svolti, { $hours } h pianificate.
card-no-activities = Ancora nessun allenamento.
card-activities = <b>Ultimi allenamenti:</b>
card-no-readiness = Prontezza: dati ancora insufficienti.
card-readiness = <b>Prontezza oggi:</b> { $colour } { $score }/100

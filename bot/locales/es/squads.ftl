## Squads for human coaches: /squad, invitation links, /sharing
squad-scope-plan_view = tu plan de entrenamiento (ver)
squad-scope-plan_edit = cambios en tu plan de entrenamiento
squad-scope-activities = tus entrenamientos
squad-scope-wellness_readiness = tus controles y tu disposición
squad-scope-ai_summaries = resúmenes del entrenador de IA sobre ti
squad-scope-their-plan_view = su plan de entrenamiento (ver)
squad-scope-their-plan_edit = cambios en su plan de entrenamiento
squad-scope-their-activities = sus entrenamientos
squad-scope-their-wellness_readiness = sus controles y su disposición
squad-scope-their-ai_summaries = resúmenes del entrenador de IA sobre el atleta
squad-scope-short-plan_view = Plan
squad-scope-short-plan_edit = Cambios al plan
squad-scope-short-activities = Entrenamientos
squad-scope-short-wellness_readiness = Disposición
squad-scope-short-ai_summaries = Resúmenes de IA
squad-ask-name = ¿Cómo se llamará tu grupo? Envía su nombre (hasta 64 caracteres), o /cancel.
squad-list = { $count ->
    [0] Aún no entrenas a ningún grupo. /squad new crea uno y te da un enlace de invitación.
   *[other] Tus grupos: { $names }. /squad link da un enlace de invitación nuevo, /squad new crea otro grupo.
}
squad-invitation = 👥 <b>{ $squad }</b> está listo.
    Envía este enlace a tus atletas:
    { $link }

    Funciona hasta el { $expires } para { $uses ->
        [one] un atleta más
       *[other] { $uses } atletas más
    }. Cada atleta ve quién eres y qué pides ver, y decide:
    { $scopes }
squad-btn-revoke = 🚫 Revocar este enlace
squad-revoked = El enlace está revocado: nadie más puede unirse con él. Los atletas que ya están en el grupo se quedan.
squad-invitation-revoked = 🚫 <b>Este enlace de invitación está revocado.</b> Nadie más puede unirse con él; los atletas que ya están en el grupo se quedan. /squad link te da un enlace nuevo.
squad-offer = 👥 <b>{ $coach }</b> te invita al grupo <b>{ $squad }</b>.

    Si aceptas, tu entrenador verá:
    { $scopes }

    Nada más. Puedes cambiarlo o salir cuando quieras en /sharing.
squad-btn-accept = ✅ Aceptar
squad-btn-decline = ✖️ Rechazar
squad-joined = ✅ Te has unido a <b>{ $squad }</b>. { $coach } ahora ve:
    { $scopes }
    /sharing lo cambia cuando quieras.
squad-declined = Has rechazado la invitación a <b>{ $squad }</b>. No se comparte nada.
squad-error-name_empty = El nombre está vacío. Envía un nombre para tu grupo, o /cancel.
squad-error-name_long = Ese nombre tiene más de 64 caracteres. Envía uno más corto, o /cancel.
squad-error-not_yours = Ese enlace no es tuyo.
squad-error-invitation_unknown = Este enlace de invitación no es válido. Pide uno nuevo a tu entrenador.
squad-error-invitation_expired = Este enlace de invitación ha caducado. Pide uno nuevo a tu entrenador.
squad-error-invitation_revoked = Tu entrenador ha revocado este enlace de invitación. Pídele uno nuevo.
squad-error-invitation_used_up = Este enlace de invitación ya se ha usado todas las veces que permite. Pide uno nuevo a tu entrenador.
squad-error-own_squad = Es el enlace de tu propio grupo: envíaselo a tus atletas.
squad-error-already_member = Ya estás en este grupo. /sharing muestra lo que ve tu entrenador.
squad-error-membership_gone = Ya no estás en ese grupo. /sharing muestra el estado actual.
sharing-title = 🔐 <b>Quién ve qué</b>. Toca un permiso para concederlo o retirarlo; se aplica al instante.
sharing-coach = <b>{ $coach }</b>, grupo { $squad }:
    { $scopes }
sharing-nothing = nada por ahora
sharing-strava = 🟧 Los entrenamientos de Strava nunca se comparten (condiciones de Strava): una sesión planificada que hiciste solo en Strava aparece como no hecha para tu entrenador y tu grupo.
sharing-none = Ningún entrenador ve tus datos. Cuando un entrenador te envíe un enlace de invitación, tú eliges qué puede ver.
sharing-btn-leave = 🚪 Salir de { $squad }
sharing-saved = Guardado.
cmd-squad = Tus atletas como entrenador: lista, cambios de plan, mensajes; /squad new crea un grupo
cmd-sharing = Qué entrenadores ven qué de lo tuyo

## The coach's roster and athlete card
roster-empty = Aún no se ha unido nadie a tus grupos. /squad link te da un enlace de invitación nuevo para enviar.
roster-title = 👥 <b>Tus atletas</b> ({ $count }): primero quien necesita atención. Página { $page } de { $pages }.
roster-checked-in = ✓ control hecho
roster-no-check-in = sin control
roster-compliance = 7 días: { $pct }% hecho
roster-form = frescura { $tsb }
roster-flag-ill = enfermo o lesionado
roster-flag-red = día rojo
roster-flag-acwr = ACWR por encima de 1,5
roster-flag-missed = se saltó una sesión clave
roster-flag-quiet = sin datos desde hace 3 días
roster-flag-race = carrera en menos de 14 días
roster-btn-back = « Lista
roster-denied = Este atleta ya no comparte esto contigo.
card-title = 👤 <b>{ $name }</b>
card-nothing-shared = Este atleta no comparte nada más contigo por ahora.
card-no-profile = Perfil: aún sin configurar.
card-profile = <b>Umbrales:</b> { $thresholds }
card-no-plan = Aún no hay plan que mostrar.
card-week = <b>Esta semana:</b> { $done } de { $planned } sesiones hechas, { $hours } h planificadas.
card-no-activities = Aún no hay entrenamientos.
card-activities = <b>Últimos entrenamientos:</b>
card-no-readiness = Disposición: aún no hay datos suficientes.
card-readiness = <b>Disposición hoy:</b> { $colour } { $score }/100

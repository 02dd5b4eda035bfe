## /connect: intervals.icu and Strava
cmd-connect = Conectar intervals.icu o Strava
connect-title = 🔗 <b>Servicios conectados</b>
connect-intro = Conecta intervals.icu y tus entrenamientos, VFC, pulso en reposo y sueño llegarán solos: de Garmin, Wahoo, COROS, Polar, Oura, Whoop y todo lo que alimente tu intervals.icu. Las sesiones de tu plan van a tu calendario de intervals.icu, y de ahí a tu reloj o ciclocomputador.
connect-unavailable = La conexión de servicios está desactivada en este servidor de Tempo (no tiene ENCRYPTION_KEY para guardar tus claves de forma segura). Pregunta a quien lo gestiona.
connect-none = Aún no hay nada conectado.
connect-intervals-on = <b>intervals.icu</b> ✅ conectado (atleta { $external })
connect-intervals-revoked = <b>intervals.icu</b> ⚠️ se revocó el acceso: vuelve a conectar para reanudar la sincronización.
connect-strava-on = <b>Strava</b> ✅ conectado (atleta { $external }). Los entrenamientos de Strava solo los ves tú.
connect-strava-revoked = <b>Strava</b> ⚠️ se revocó el acceso: vuelve a conectar para reanudar la sincronización.
connect-last-sync = Última sincronización: { $when }: { $result }
connect-never-synced = Aún sin sincronizar.
connect-result-ok = { $stored ->
    [0] nada nuevo
    [one] 1 entrenamiento nuevo
   *[other] { $stored } entrenamientos nuevos
  }{ $wellness ->
    [0] {""}
    [one] , 1 día de bienestar
   *[other] , { $wellness } días de bienestar
  }
connect-running = Hay una sincronización en marcha.
connect-export-on = 📅 Tu plan va a tu calendario de intervals.icu.
connect-export-off = 📅 Tu plan no se envía a intervals.icu.
connect-btn-key = 🔑 Conectar intervals.icu con una clave API
connect-btn-intervals-oauth = 🔗 Iniciar sesión con intervals.icu
connect-btn-strava = 🟧 Conectar Strava
connect-btn-sync = 🔄 Sincronizar ahora
connect-btn-export-on = 📅 Enviar mi plan a intervals.icu
connect-btn-export-off = 📅 Dejar de enviar mi plan
connect-btn-disconnect-intervals = Desconectar intervals.icu
connect-btn-disconnect-strava = Desconectar Strava
connect-btn-yes-disconnect = Sí, desconectar
connect-btn-keep = Mantenerlo
connect-ask-key =
    🔑 Pega aquí tu clave API de intervals.icu.

    La encontrarás en intervals.icu en <b>Settings → Developer Settings → API key</b> (toca «View»). Borraré tu mensaje en cuanto lo lea y guardaré la clave cifrada. /cancel para salir.
connect-key-deleted = (He borrado tu mensaje con la clave.)
connect-connected = ✅ Conectado a intervals.icu como <b>{ $name }</b>.
connect-connected-strava = ✅ Strava conectado. Tus entrenamientos de Strava solo te los muestro a ti: nunca a un entrenador, a un grupo ni al entrenador de IA.
connect-ask-months = ¿Cuánto historial importo? Entrenamientos con su pulso, potencia y ritmo, más tu VFC diaria, pulso en reposo, sueño y peso.
connect-months = { $months ->
    [one] 1 mes
   *[other] { $months } meses
  }
connect-import-started = ⏳ Importando { $months ->
    [one] 1 mes
   *[other] { $months } meses
  } de { $service }…
connect-import-progress = ⏳ Importando de { $service }: { $done } de { $total } entrenamientos…
connect-import-done =
    ✅ <b>Importación terminada.</b> { $stored ->
        [0] Ningún entrenamiento nuevo
        [one] 1 entrenamiento
       *[other] { $stored } entrenamientos
    } y { $wellness ->
        [0] ningún día de bienestar
        [one] 1 día de bienestar
       *[other] { $wellness } días de bienestar
    } importados{ $duplicates ->
        [0] .
       *[other] ; { $duplicates } ya estaban y no se guardaron dos veces.
    }
    A partir de ahora sincronizo cada hora y justo antes de tu resumen matinal.
connect-import-failed = ⚠️ La importación se ha detenido: { $reason } Lo importado hasta ahora se conserva; /connect lo vuelve a intentar.
connect-already-running = Ya hay una sincronización en marcha; primero termino esa.
connect-sync-started = 🔄 Sincronizando…
connect-thresholds-offer =
    intervals.icu tiene estos umbrales tuyos:
    { $lines }
    ¿Los uso en Tempo? Tus zonas, cargas y objetivos del plan los seguirán.
connect-threshold-line = • { $name }: <b>{ $value }</b>{ $current ->
    [none] {""}
   *[other] {" "}(Tempo tiene { $current })
  }
connect-btn-use-thresholds = ✅ Usar estos
connect-btn-keep-thresholds = Mantener los míos
connect-thresholds-used = ✅ Umbrales actualizados desde intervals.icu.
connect-thresholds-kept = Vale, tus umbrales se quedan como están.
connect-disconnect-confirm = ¿Desconectar { $service }? Olvidaré la clave o los tokens. { $service ->
    [Strava] Todos los entrenamientos que vinieron de Strava se borrarán de Tempo, como exigen las condiciones de Strava.
   *[other] Los entrenamientos ya importados se quedan.
  }
connect-disconnected = { $service } está desconectado y sus claves borradas.
connect-export-now-on = 📅 Tus próximas sesiones van de camino a tu calendario de intervals.icu.
connect-export-now-off = 📅 Hecho: he quitado las sesiones de Tempo de tu calendario de intervals.icu y no enviaré más.
connect-stale = Ese botón es de un mensaje anterior. /connect muestra el estado actual.
connect-error-not_a_key = Eso no parece una clave API de intervals.icu (unas 20 letras y cifras). Cópiala de nuevo de Settings → Developer Settings, o /cancel.
connect-error-wrong_key = intervals.icu no ha aceptado esa clave. Comprueba que copiaste la clave entera (Settings → Developer Settings → API key) y pégala otra vez, o /cancel.
connect-error-no_encryption = La conexión de servicios está desactivada en este servidor (sin ENCRYPTION_KEY).
connect-error-expired = Ese enlace de inicio de sesión ha caducado. Abre /connect y toca el botón otra vez.
connect-error-refused = El servicio ha rechazado el inicio de sesión. Abre /connect e inténtalo de nuevo.
sync-error-revoked = el servicio ya no acepta nuestro acceso (se revocó o cambió la clave).
sync-error-forbidden = el servicio ha denegado el acceso a estos datos.
sync-error-not_found = el servicio no ha encontrado lo que pedimos.
sync-error-rate_limited = el servicio nos ha pedido ir más despacio; seguiré en la próxima sincronización.
sync-error-unavailable = el servicio no responde ahora mismo; lo volveré a intentar dentro de una hora.
sync-error-timeout = el servicio ha tardado demasiado en responder; lo volveré a intentar dentro de una hora.
sync-error-malformed = el servicio ha enviado algo que no he podido leer; lo volveré a intentar dentro de una hora.
sync-error-failed = algo ha fallado por parte del servicio; lo volveré a intentar dentro de una hora.
sync-error-not_connected = el servicio ya no está conectado.
connect-error-unavailable = intervals.icu no responde ahora mismo. No se ha guardado nada; inténtalo en unos minutos.
connect-error-timeout = intervals.icu ha tardado demasiado en responder. No se ha guardado nada; inténtalo en unos minutos.
connect-error-rate_limited = intervals.icu nos ha pedido ir más despacio. No se ha guardado nada; inténtalo en unos minutos.
connect-error-malformed = intervals.icu ha enviado una respuesta que no he podido leer. No se ha guardado nada; inténtalo más tarde.
connect-error-not_found = intervals.icu no ha encontrado tu atleta. Revisa la clave e inténtalo de nuevo.
connect-error-forbidden = intervals.icu no ha permitido el acceso con esa clave. Revísala e inténtalo de nuevo.
connect-error-failed = La conexión ha fallado por parte de intervals.icu. No se ha guardado nada; inténtalo más tarde.
sync-revoked-intervals = ⚠️ intervals.icu ya no acepta el acceso de Tempo, así que la sincronización se ha detenido. Abre /connect para volver a conectar.
sync-revoked-strava = ⚠️ Strava ya no acepta el acceso de Tempo, así que la sincronización se ha detenido. Abre /connect para volver a conectar.
sync-strava-deauthorized = Has quitado el acceso de Tempo en Strava, así que lo he desconectado y he borrado todos los entrenamientos que vinieron de Strava. El resto de tus datos sigue intacto.
oauth-page-done = Conectado: ya puedes volver a Telegram.
oauth-page-failed = No ha funcionado: vuelve a Telegram y abre /connect para intentarlo de nuevo.
threshold-name-ftp = FTP
threshold-name-lthr = Frecuencia cardiaca umbral
threshold-name-hr_max = Frecuencia cardiaca máxima
threshold-name-run_threshold_pace = Ritmo umbral
threshold-name-css = CSS (natación)

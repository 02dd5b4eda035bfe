## /connect: intervals.icu and Strava
cmd-connect = Connect intervals.icu or Strava
connect-title = 🔗 <b>Connected services</b>
connect-intro = Connect intervals.icu and your workouts, HRV, resting heart rate and sleep arrive by themselves — from Garmin, Wahoo, COROS, Polar, Oura, Whoop and whatever else feeds your intervals.icu. Your plan's sessions go to your intervals.icu calendar, and from there to your watch or bike computer.
connect-unavailable = Connecting services is switched off on this Tempo server (it has no ENCRYPTION_KEY to keep your keys safe). Ask whoever runs it.
connect-none = Nothing connected yet.
connect-intervals-on = <b>intervals.icu</b> ✅ connected (athlete { $external })
connect-intervals-revoked = <b>intervals.icu</b> ⚠️ access was revoked — connect again to resume syncing.
connect-strava-on = <b>Strava</b> ✅ connected (athlete { $external }). Strava workouts stay visible to you alone.
connect-strava-revoked = <b>Strava</b> ⚠️ access was revoked — connect again to resume syncing.
connect-last-sync = Last sync: { $when } — { $result }
connect-never-synced = Not synced yet.
connect-result-ok = { $stored ->
    [0] nothing new
    [one] 1 new workout
   *[other] { $stored } new workouts
  }{ $wellness ->
    [0] {""}
    [one] , 1 day of wellness
   *[other] , { $wellness } days of wellness
  }
connect-running = A sync is running now.
connect-export-on = 📅 Your plan goes to your intervals.icu calendar.
connect-export-off = 📅 Your plan is not sent to intervals.icu.
connect-btn-key = 🔑 Connect intervals.icu with an API key
connect-btn-intervals-oauth = 🔗 Sign in with intervals.icu
connect-btn-strava = 🟧 Connect Strava
connect-btn-sync = 🔄 Sync now
connect-btn-export-on = 📅 Send my plan to intervals.icu
connect-btn-export-off = 📅 Stop sending my plan
connect-btn-disconnect-intervals = Disconnect intervals.icu
connect-btn-disconnect-strava = Disconnect Strava
connect-btn-yes-disconnect = Yes, disconnect
connect-btn-keep = Keep it
connect-ask-key =
    🔑 Paste your intervals.icu API key here.

    You'll find it on intervals.icu under <b>Settings → Developer Settings → API key</b> (tap “View”). I'll delete your message as soon as I've read it and keep the key encrypted. /cancel stops.
connect-key-deleted = (I deleted your message with the key.)
connect-connected = ✅ Connected to intervals.icu as <b>{ $name }</b>.
connect-connected-strava = ✅ Strava connected. Your Strava workouts are shown to you alone — never to a coach, a group or the AI coach.
connect-ask-months = How much history should I import? Workouts with their heart rate, power and pace, plus your daily HRV, resting HR, sleep and weight.
connect-months = { $months ->
    [one] 1 month
   *[other] { $months } months
  }
connect-import-started = ⏳ Importing { $months ->
    [one] 1 month
   *[other] { $months } months
  } from { $service }…
connect-import-progress = ⏳ Importing from { $service }: { $done } of { $total } workouts…
connect-import-done =
    ✅ <b>Import finished.</b> { $stored ->
        [0] No new workouts
        [one] 1 workout
       *[other] { $stored } workouts
    } and { $wellness ->
        [0] no wellness days
        [one] 1 day of wellness
       *[other] { $wellness } days of wellness
    } imported{ $duplicates ->
        [0] .
       *[other] ; { $duplicates } were already here and were not stored twice.
    }
    From now on I sync every hour and just before your morning brief.
connect-import-failed = ⚠️ The import stopped: { $reason } What was imported so far is kept; /connect tries again.
connect-already-running = A sync is already running — I'll finish that one first.
connect-sync-started = 🔄 Syncing…
connect-thresholds-offer =
    intervals.icu has these thresholds for you:
    { $lines }
    Use them in Tempo? Your zones, loads and plan targets follow them.
connect-threshold-line = • { $name }: <b>{ $value }</b>{ $current ->
    [none] {""}
   *[other] {" "}(Tempo has { $current })
  }
connect-btn-use-thresholds = ✅ Use these
connect-btn-keep-thresholds = Keep mine
connect-thresholds-used = ✅ Thresholds updated from intervals.icu.
connect-thresholds-kept = OK, your thresholds stay as they are.
connect-disconnect-confirm = Disconnect { $service }? I'll forget the key or tokens. { $service ->
    [Strava] Every workout that came from Strava will be deleted from Tempo, as Strava's terms require.
   *[other] Workouts already imported stay.
  }
connect-disconnected = { $service } is disconnected and its keys are deleted.
connect-export-now-on = 📅 Your coming sessions are on their way to your intervals.icu calendar.
connect-export-now-off = 📅 Done: I took Tempo's sessions off your intervals.icu calendar and won't send new ones.
connect-stale = That button is from an earlier message. /connect shows the current state.
connect-error-not_a_key = That doesn't look like an intervals.icu API key (20-odd letters and digits). Copy it again from Settings → Developer Settings, or /cancel.
connect-error-wrong_key = intervals.icu didn't accept that key. Check that you copied the whole key (Settings → Developer Settings → API key), then paste it again, or /cancel.
connect-error-no_encryption = Connecting services is switched off on this server (no ENCRYPTION_KEY).
connect-error-expired = That sign-in link has expired. Open /connect and tap the button again.
connect-error-refused = The service refused the sign-in. Open /connect and try again.
sync-error-revoked = the service no longer accepts our access (it was revoked or the key changed).
sync-error-forbidden = the service refused access to this data.
sync-error-not_found = the service couldn't find what we asked for.
sync-error-rate_limited = the service asked us to slow down; I'll continue at the next sync.
sync-error-unavailable = the service isn't answering right now; I'll try again within the hour.
sync-error-timeout = the service took too long to answer; I'll try again within the hour.
sync-error-malformed = the service sent something I couldn't read; I'll try again within the hour.
sync-error-failed = something went wrong on the service's side; I'll try again within the hour.
sync-error-not_connected = the service is no longer connected.
connect-error-unavailable = intervals.icu isn't answering right now. Nothing was saved — try again in a few minutes.
connect-error-timeout = intervals.icu took too long to answer. Nothing was saved — try again in a few minutes.
connect-error-rate_limited = intervals.icu asked us to slow down. Nothing was saved — try again in a few minutes.
connect-error-malformed = intervals.icu sent an answer I couldn't read. Nothing was saved — try again later.
connect-error-not_found = intervals.icu couldn't find your athlete. Check the key and try again.
connect-error-forbidden = intervals.icu didn't allow access with that key. Check it and try again.
connect-error-failed = Connecting failed on intervals.icu's side. Nothing was saved — try again later.
sync-revoked-intervals = ⚠️ intervals.icu no longer accepts Tempo's access, so syncing has stopped. Open /connect to connect again.
sync-revoked-strava = ⚠️ Strava no longer accepts Tempo's access, so syncing has stopped. Open /connect to connect again.
sync-strava-deauthorized = You removed Tempo's access in Strava, so I've disconnected it and deleted every workout that came from Strava. Your other data is untouched.
oauth-page-done = Connected — you can go back to Telegram.
oauth-page-failed = That didn't work — go back to Telegram and open /connect to try again.
threshold-name-ftp = FTP
threshold-name-lthr = Threshold heart rate
threshold-name-hr_max = Max heart rate
threshold-name-run_threshold_pace = Threshold pace
threshold-name-css = CSS (swim)

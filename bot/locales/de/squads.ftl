## Squads for human coaches: /squad, invitation links, /sharing
squad-scope-plan_view = deinen Trainingsplan (ansehen)
squad-scope-plan_edit = Änderungen an deinem Trainingsplan
squad-scope-activities = deine Trainings
squad-scope-wellness_readiness = deine Check-ins und Bereitschaft
squad-scope-ai_summaries = Zusammenfassungen des KI-Coaches über dich
squad-scope-their-plan_view = ihren Trainingsplan (ansehen)
squad-scope-their-plan_edit = Änderungen an ihrem Trainingsplan
squad-scope-their-activities = ihre Trainings
squad-scope-their-wellness_readiness = ihre Check-ins und Bereitschaft
squad-scope-their-ai_summaries = Zusammenfassungen des KI-Coaches über sie
squad-scope-short-plan_view = Plan
squad-scope-short-plan_edit = Planänderungen
squad-scope-short-activities = Trainings
squad-scope-short-wellness_readiness = Bereitschaft
squad-scope-short-ai_summaries = KI-Zusammenfassungen
squad-ask-name = Wie soll deine Trainingsgruppe heißen? Schick ihren Namen (bis 64 Zeichen), oder /cancel.
squad-list = { $count ->
    [0] Du betreust noch keine Trainingsgruppe. /squad new legt eine an und gibt dir einen Einladungslink.
   *[other] Deine Gruppen: { $names }. /squad link gibt einen neuen Einladungslink, /squad new legt eine weitere Gruppe an.
}
squad-invitation = 👥 <b>{ $squad }</b> ist bereit.
    Schick diesen Link an deine Athleten:
    { $link }

    Er gilt bis { $expires } für { $uses ->
        [one] einen weiteren Athleten
       *[other] { $uses } weitere Athleten
    }. Jeder Athlet sieht, wer du bist und was du sehen möchtest, und entscheidet:
    { $scopes }
squad-btn-revoke = 🚫 Diesen Link widerrufen
squad-revoked = Der Link ist widerrufen: Niemand sonst kann damit beitreten. Athleten, die schon in der Gruppe sind, bleiben.
squad-invitation-revoked = 🚫 <b>Dieser Einladungslink ist widerrufen.</b> Niemand sonst kann damit beitreten; Athleten, die schon in der Gruppe sind, bleiben. /squad link gibt dir einen neuen Link.
squad-offer = 👥 <b>{ $coach }</b> lädt dich in die Gruppe <b>{ $squad }</b> ein.

    Wenn du annimmst, sieht dein Coach:
    { $scopes }

    Sonst nichts. Du kannst das jederzeit in /sharing ändern oder austreten.
squad-btn-accept = ✅ Annehmen
squad-btn-decline = ✖️ Ablehnen
squad-joined = ✅ Du bist <b>{ $squad }</b> beigetreten. { $coach } sieht jetzt:
    { $scopes }
    /sharing ändert das jederzeit.
squad-declined = Du hast die Einladung zu <b>{ $squad }</b> abgelehnt. Es wird nichts geteilt.
squad-error-name_empty = Der Name ist leer. Schick einen Namen für deine Gruppe, oder /cancel.
squad-error-name_long = Dieser Name ist länger als 64 Zeichen. Schick einen kürzeren, oder /cancel.
squad-error-not_yours = Dieser Link gehört nicht dir.
squad-error-invitation_unknown = Dieser Einladungslink ist ungültig. Bitte deinen Coach um einen neuen.
squad-error-invitation_expired = Dieser Einladungslink ist abgelaufen. Bitte deinen Coach um einen neuen.
squad-error-invitation_revoked = Dein Coach hat diesen Einladungslink widerrufen. Bitte um einen neuen.
squad-error-invitation_used_up = Dieser Einladungslink wurde so oft benutzt, wie er erlaubt. Bitte deinen Coach um einen neuen.
squad-error-own_squad = Das ist der Link deiner eigenen Gruppe: Schick ihn an deine Athleten.
squad-error-already_member = Du bist schon in dieser Gruppe. /sharing zeigt, was dein Coach sieht.
squad-error-membership_gone = Du bist nicht mehr in dieser Gruppe. /sharing zeigt den aktuellen Stand.
sharing-title = 🔐 <b>Wer sieht was</b>. Tippe einen Bereich an, um ihn freizugeben oder zurückzuhalten; es gilt sofort.
sharing-coach = <b>{ $coach }</b> – Gruppe { $squad }:
    { $scopes }
sharing-nothing = im Moment nichts
sharing-strava = 🟧 Trainings aus Strava werden nie geteilt (Strava-Bedingungen): Eine geplante Einheit, die du nur in Strava erfasst hast, sehen Trainer und Gruppe als nicht erledigt.
sharing-none = Kein Coach sieht deine Daten. Wenn dir ein Coach einen Einladungslink schickt, entscheidest du, was er sehen darf.
sharing-btn-leave = 🚪 { $squad } verlassen
sharing-saved = Gespeichert.
cmd-squad = Deine Gruppen als Coach; /squad new legt eine an
cmd-sharing = Welche Coaches was von dir sehen

## The coach's roster and athlete card
roster-empty = Noch niemand ist deinen Gruppen beigetreten. /squad link gibt dir einen neuen Einladungslink zum Verschicken.
roster-title = 👥 <b>Deine Athleten</b> ({ $count }) – wer zuerst Aufmerksamkeit braucht. Seite { $page } von { $pages }.
roster-checked-in = ✓ eingecheckt
roster-no-check-in = kein Check-in
roster-compliance = 7 Tage: { $pct }% erledigt
roster-form = Form { $tsb }
roster-flag-ill = krank oder verletzt
roster-flag-red = roter Tag
roster-flag-acwr = ACWR über 1,5
roster-flag-missed = Schlüsseleinheit verpasst
roster-flag-quiet = seit 3 Tagen keine Daten
roster-flag-race = Wettkampf in weniger als 14 Tagen
roster-btn-back = « Übersicht
roster-denied = Dieser Athlet teilt das nicht mehr mit dir.
card-title = 👤 <b>{ $name }</b>
card-nothing-shared = Dieser Athlet teilt im Moment nichts weiter mit dir.
card-no-profile = Profil: noch nicht eingerichtet.
card-profile = <b>Schwellen:</b> { $thresholds }
card-no-plan = Noch kein Plan zum Anzeigen.
card-week = <b>Diese Woche:</b> { $done } von { $planned } Einheiten erledigt, { $hours } h geplant.
card-no-activities = Noch keine Trainings.
card-activities = <b>Letzte Trainings:</b>
card-no-readiness = Bereitschaft: noch nicht genug Daten.
card-readiness = <b>Bereitschaft heute:</b> { $colour } { $score }/100

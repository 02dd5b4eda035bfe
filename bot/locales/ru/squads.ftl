## Команды тренеров: /squad, ссылки-приглашения, /sharing
squad-scope-plan_view = ваш план тренировок (просмотр)
squad-scope-plan_edit = изменения в вашем плане
squad-scope-activities = ваши тренировки
squad-scope-wellness_readiness = ваши утренние опросы и готовность
squad-scope-ai_summaries = сводки ИИ-тренера о вас
squad-scope-their-plan_view = их план тренировок (просмотр)
squad-scope-their-plan_edit = изменения в их плане
squad-scope-their-activities = их тренировки
squad-scope-their-wellness_readiness = их утренние опросы и готовность
squad-scope-their-ai_summaries = сводки ИИ-тренера о них
squad-scope-short-plan_view = План
squad-scope-short-plan_edit = Правка плана
squad-scope-short-activities = Тренировки
squad-scope-short-wellness_readiness = Готовность
squad-scope-short-ai_summaries = Сводки ИИ
squad-ask-name = Как назвать вашу команду? Пришлите название (до 64 символов) или /cancel.
squad-list = { $count ->
    [0] У вас пока нет команды. /squad new создаст её и даст ссылку-приглашение.
   *[other] Ваши команды: { $names }. /squad link даст новую ссылку-приглашение, /squad new создаст ещё одну команду.
}
squad-invitation = 👥 Команда <b>{ $squad }</b> создана.
    Отправьте эту ссылку своим спортсменам:
    { $link }

    Она действует до { $expires }, ещё для { $uses } чел. Каждый увидит, кто вы и что вы просите показать, и решит сам:
    { $scopes }
squad-btn-revoke = 🚫 Отозвать ссылку
squad-revoked = Ссылка отозвана: по ней больше никто не вступит. Те, кто уже в команде, остаются.
squad-invitation-revoked = 🚫 <b>Эта ссылка-приглашение отозвана.</b> По ней больше никто не вступит; те, кто уже в команде, остаются. Новую ссылку даст /squad link.
squad-offer = 👥 <b>{ $coach }</b> приглашает вас в команду <b>{ $squad }</b>.

    Если вы согласитесь, тренер будет видеть:
    { $scopes }

    И больше ничего. Изменить это или выйти из команды можно в любой момент в /sharing.
squad-btn-accept = ✅ Принять
squad-btn-decline = ✖️ Отказаться
squad-joined = ✅ Вы в команде <b>{ $squad }</b>. { $coach } теперь видит:
    { $scopes }
    /sharing — изменить в любой момент.
squad-declined = Вы отказались от приглашения в команду <b>{ $squad }</b>. Тренеру ничего не видно.
squad-error-name_empty = Название пустое. Пришлите название команды или /cancel.
squad-error-name_long = Название длиннее 64 символов. Пришлите покороче или /cancel.
squad-error-not_yours = Это не ваша ссылка.
squad-error-invitation_unknown = Ссылка-приглашение недействительна. Попросите у тренера новую.
squad-error-invitation_expired = Срок действия ссылки истёк. Попросите у тренера новую.
squad-error-invitation_revoked = Тренер отозвал эту ссылку. Попросите у него новую.
squad-error-invitation_used_up = По этой ссылке уже вступило максимальное число людей. Попросите у тренера новую.
squad-error-own_squad = Это ссылка вашей собственной команды — отправьте её своим спортсменам.
squad-error-already_member = Вы уже в этой команде. /sharing покажет, что видит тренер.
squad-error-membership_gone = Вы больше не в этой команде. /sharing покажет, как сейчас.
sharing-title = 🔐 <b>Кто что видит</b>. Нажмите на пункт, чтобы открыть или закрыть доступ, — действует сразу.
sharing-coach = <b>{ $coach }</b> — команда { $squad }:
    { $scopes }
sharing-nothing = сейчас ничего
sharing-strava = 🟧 Тренировки из Strava никому не показываются (таковы условия Strava): запланированная тренировка, выполненная только в Strava, для тренера и команды выглядит невыполненной.
sharing-none = Ни один тренер не видит ваших данных. Когда тренер пришлёт ссылку-приглашение, вы сами решите, что ему показывать.
sharing-btn-leave = 🚪 Выйти из «{ $squad }»
sharing-saved = Сохранено.
cmd-squad = Ваши спортсмены как тренера: список, изменения плана, сообщения; /squad new — новая команда
cmd-sharing = Какие тренеры что видят

## Список спортсменов тренера и карточка спортсмена
roster-empty = В ваших командах пока никого нет. /squad link даст новую ссылку-приглашение.
roster-title = 👥 <b>Ваши спортсмены</b> ({ $count }) — сначала те, кому нужно внимание. Страница { $page } из { $pages }.
roster-checked-in = ✓ опрос пройден
roster-no-check-in = без опроса
roster-compliance = 7 дней: выполнено { $pct }%
roster-form = свежесть { $tsb }
roster-flag-ill = болеет или травмирован
roster-flag-red = красный день
roster-flag-acwr = ACWR выше 1,5
roster-flag-missed = пропущена ключевая тренировка
roster-flag-quiet = нет данных 3 дня
roster-flag-race = старт в ближайшие 14 дней
roster-btn-back = « К списку
roster-denied = Спортсмен больше не открывает вам эти данные.
card-title = 👤 <b>{ $name }</b>
card-nothing-shared = Больше ничего этот спортсмен вам сейчас не открывает.
card-no-profile = Профиль: ещё не заполнен.
card-profile = <b>Пороги:</b> { $thresholds }
card-no-plan = Плана пока нет.
card-week = <b>Эта неделя:</b> выполнено { $done } из { $planned } тренировок, запланировано { $hours } ч.
card-no-activities = Тренировок пока нет.
card-activities = <b>Последние тренировки:</b>
card-no-readiness = Готовность: пока мало данных.
card-readiness = <b>Готовность сегодня:</b> { $colour } { $score }/100

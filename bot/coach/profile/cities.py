"""An offline table of major cities (English and Russian names) and their IANA zones.

Enough to find the timezone of most athletes without a network or a shared location:
capitals, big cities and the places endurance people travel to race. Lookups ignore
case, accents, ё/е, hyphens and punctuation; aliases cover the common short forms
("NYC", "СПб", "Питер").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

# zone | English name | Russian name | aliases (; separated, any language)
_TABLE = """
Europe/Moscow | Moscow | Москва | moskva; msk; мск
Europe/Moscow | Saint Petersburg | Санкт-Петербург | st petersburg; spb; спб; питер; петербург
Europe/Moscow | Nizhny Novgorod | Нижний Новгород | нижний
Europe/Moscow | Kazan | Казань |
Europe/Moscow | Voronezh | Воронеж |
Europe/Moscow | Rostov-on-Don | Ростов-на-Дону | rostov; ростов
Europe/Moscow | Krasnodar | Краснодар |
Europe/Moscow | Sochi | Сочи |
Europe/Moscow | Yaroslavl | Ярославль |
Europe/Moscow | Tula | Тула |
Europe/Moscow | Murmansk | Мурманск |
Europe/Volgograd | Volgograd | Волгоград |
Europe/Samara | Samara | Самара |
Europe/Samara | Izhevsk | Ижевск |
Europe/Ulyanovsk | Ulyanovsk | Ульяновск |
Europe/Saratov | Saratov | Саратов |
Europe/Kaliningrad | Kaliningrad | Калининград |
Asia/Yekaterinburg | Yekaterinburg | Екатеринбург | ekaterinburg; екб
Asia/Yekaterinburg | Chelyabinsk | Челябинск |
Asia/Yekaterinburg | Perm | Пермь |
Asia/Yekaterinburg | Tyumen | Тюмень |
Asia/Yekaterinburg | Ufa | Уфа |
Asia/Omsk | Omsk | Омск |
Asia/Novosibirsk | Novosibirsk | Новосибирск |
Asia/Barnaul | Barnaul | Барнаул |
Asia/Tomsk | Tomsk | Томск |
Asia/Krasnoyarsk | Krasnoyarsk | Красноярск |
Asia/Irkutsk | Irkutsk | Иркутск |
Asia/Yakutsk | Yakutsk | Якутск |
Asia/Vladivostok | Vladivostok | Владивосток |
Asia/Vladivostok | Khabarovsk | Хабаровск |
Asia/Magadan | Magadan | Магадан |
Asia/Kamchatka | Petropavlovsk-Kamchatsky | Петропавловск-Камчатский | kamchatka; камчатка
Europe/Minsk | Minsk | Минск |
Europe/Kyiv | Kyiv | Киев | kiev; київ
Europe/Kyiv | Kharkiv | Харьков | kharkov; харків
Europe/Kyiv | Odesa | Одесса | odessa; одеса
Europe/Kyiv | Lviv | Львов | львів
Asia/Almaty | Almaty | Алматы | алма-ата; alma-ata
Asia/Almaty | Astana | Астана | nur-sultan; нур-султан
Asia/Tashkent | Tashkent | Ташкент |
Asia/Bishkek | Bishkek | Бишкек |
Asia/Dushanbe | Dushanbe | Душанбе |
Asia/Ashgabat | Ashgabat | Ашхабад |
Asia/Baku | Baku | Баку |
Asia/Tbilisi | Tbilisi | Тбилиси |
Asia/Yerevan | Yerevan | Ереван |
Europe/Chisinau | Chisinau | Кишинёв | kishinev
Europe/Riga | Riga | Рига |
Europe/Vilnius | Vilnius | Вильнюс |
Europe/Tallinn | Tallinn | Таллин | таллинн
Europe/Helsinki | Helsinki | Хельсинки |
Europe/London | London | Лондон |
Europe/London | Manchester | Манчестер |
Europe/London | Birmingham | Бирмингем |
Europe/London | Edinburgh | Эдинбург |
Europe/Dublin | Dublin | Дублин |
Europe/Lisbon | Lisbon | Лиссабон | lisboa
Europe/Lisbon | Porto | Порту |
Europe/Madrid | Madrid | Мадрид |
Europe/Madrid | Barcelona | Барселона |
Europe/Madrid | Valencia | Валенсия |
Europe/Madrid | Palma de Mallorca | Пальма-де-Майорка | mallorca; majorca; майорка
Atlantic/Canary | Las Palmas | Лас-Пальмас | tenerife; тенерифе; lanzarote; лансароте; gran canaria
Europe/Paris | Paris | Париж |
Europe/Paris | Lyon | Лион |
Europe/Paris | Nice | Ницца |
Europe/Monaco | Monaco | Монако |
Europe/Brussels | Brussels | Брюссель | bruxelles; brussel
Europe/Amsterdam | Amsterdam | Амстердам |
Europe/Luxembourg | Luxembourg | Люксембург |
Europe/Berlin | Berlin | Берлин |
Europe/Berlin | Munich | Мюнхен | munchen
Europe/Berlin | Hamburg | Гамбург |
Europe/Berlin | Frankfurt | Франкфурт | frankfurt am main
Europe/Berlin | Cologne | Кёльн | koln
Europe/Berlin | Roth | Рот |
Europe/Zurich | Zurich | Цюрих |
Europe/Zurich | Geneva | Женева | geneve
Europe/Vienna | Vienna | Вена | wien
Europe/Rome | Rome | Рим | roma
Europe/Rome | Milan | Милан | milano
Europe/Rome | Turin | Турин | torino
Europe/Rome | Florence | Флоренция | firenze
Europe/Rome | Naples | Неаполь | napoli
Europe/Prague | Prague | Прага | praha
Europe/Warsaw | Warsaw | Варшава | warszawa
Europe/Warsaw | Krakow | Краков |
Europe/Budapest | Budapest | Будапешт |
Europe/Copenhagen | Copenhagen | Копенгаген |
Europe/Oslo | Oslo | Осло |
Europe/Stockholm | Stockholm | Стокгольм |
Europe/Athens | Athens | Афины |
Europe/Istanbul | Istanbul | Стамбул |
Europe/Istanbul | Ankara | Анкара |
Europe/Istanbul | Antalya | Анталья | анталия
Europe/Bucharest | Bucharest | Бухарест |
Europe/Sofia | Sofia | София |
Europe/Belgrade | Belgrade | Белград |
Europe/Zagreb | Zagreb | Загреб |
Europe/Ljubljana | Ljubljana | Любляна |
Atlantic/Reykjavik | Reykjavik | Рейкьявик |
Asia/Nicosia | Nicosia | Никосия |
Asia/Nicosia | Limassol | Лимассол | лимасол
Asia/Jerusalem | Jerusalem | Иерусалим |
Asia/Jerusalem | Tel Aviv | Тель-Авив |
Asia/Dubai | Dubai | Дубай |
Asia/Dubai | Abu Dhabi | Абу-Даби |
Asia/Qatar | Doha | Доха |
Asia/Riyadh | Riyadh | Эр-Рияд | рияд
Asia/Tehran | Tehran | Тегеран |
Africa/Cairo | Cairo | Каир |
Africa/Johannesburg | Johannesburg | Йоханнесбург |
Africa/Johannesburg | Cape Town | Кейптаун |
Africa/Nairobi | Nairobi | Найроби |
Africa/Addis_Ababa | Addis Ababa | Аддис-Абеба |
Africa/Lagos | Lagos | Лагос |
Africa/Casablanca | Casablanca | Касабланка |
Africa/Casablanca | Marrakesh | Марракеш | marrakech
Asia/Kolkata | Delhi | Дели | new delhi; нью-дели
Asia/Kolkata | Mumbai | Мумбаи | bombay; бомбей
Asia/Kolkata | Bangalore | Бангалор | bengaluru
Asia/Kolkata | Goa | Гоа |
Asia/Colombo | Colombo | Коломбо |
Asia/Kathmandu | Kathmandu | Катманду |
Asia/Kathmandu | Pokhara | Покхара |
Asia/Karachi | Karachi | Карачи |
Asia/Dhaka | Dhaka | Дакка |
Asia/Bangkok | Bangkok | Бангкок |
Asia/Bangkok | Phuket | Пхукет |
Asia/Ho_Chi_Minh | Ho Chi Minh City | Хошимин | saigon; сайгон; ho chi minh
Asia/Ho_Chi_Minh | Hanoi | Ханой |
Asia/Jakarta | Jakarta | Джакарта |
Asia/Makassar | Bali | Бали | denpasar; денпасар
Asia/Kuala_Lumpur | Kuala Lumpur | Куала-Лумпур |
Asia/Singapore | Singapore | Сингапур |
Asia/Manila | Manila | Манила |
Asia/Shanghai | Beijing | Пекин |
Asia/Shanghai | Shanghai | Шанхай |
Asia/Shanghai | Shenzhen | Шэньчжэнь |
Asia/Hong_Kong | Hong Kong | Гонконг |
Asia/Taipei | Taipei | Тайбэй |
Asia/Seoul | Seoul | Сеул |
Asia/Tokyo | Tokyo | Токио |
Asia/Tokyo | Osaka | Осака |
Asia/Ulaanbaatar | Ulaanbaatar | Улан-Батор |
Australia/Sydney | Sydney | Сидней |
Australia/Melbourne | Melbourne | Мельбурн |
Australia/Brisbane | Brisbane | Брисбен |
Australia/Brisbane | Cairns | Кэрнс |
Australia/Perth | Perth | Перт |
Australia/Adelaide | Adelaide | Аделаида |
Australia/Darwin | Darwin | Дарвин |
Pacific/Auckland | Auckland | Окленд |
Pacific/Auckland | Wellington | Веллингтон |
Pacific/Auckland | Taupo | Таупо |
Pacific/Kiritimati | Kiritimati | Киритимати | christmas island; остров рождества
Pacific/Honolulu | Honolulu | Гонолулу |
Pacific/Honolulu | Kona | Кона | kailua-kona
America/New_York | New York | Нью-Йорк | nyc; new york city
America/New_York | Boston | Бостон |
America/New_York | Washington | Вашингтон | washington dc; dc
America/New_York | Philadelphia | Филадельфия |
America/New_York | Miami | Майами |
America/New_York | Atlanta | Атланта |
America/Toronto | Toronto | Торонто |
America/Toronto | Montreal | Монреаль |
America/Toronto | Ottawa | Оттава |
America/Chicago | Chicago | Чикаго |
America/Chicago | Dallas | Даллас |
America/Chicago | Houston | Хьюстон |
America/Chicago | Austin | Остин |
America/Chicago | Minneapolis | Миннеаполис |
America/Denver | Denver | Денвер |
America/Denver | Boulder | Боулдер |
America/Denver | Salt Lake City | Солт-Лейк-Сити |
America/Phoenix | Phoenix | Финикс |
America/Los_Angeles | Los Angeles | Лос-Анджелес | la
America/Los_Angeles | San Francisco | Сан-Франциско | sf
America/Los_Angeles | San Diego | Сан-Диего |
America/Los_Angeles | Seattle | Сиэтл |
America/Los_Angeles | Portland | Портленд |
America/Los_Angeles | Las Vegas | Лас-Вегас |
America/Vancouver | Vancouver | Ванкувер |
America/Edmonton | Calgary | Калгари |
America/Anchorage | Anchorage | Анкоридж |
America/Halifax | Halifax | Галифакс |
America/St_Johns | St. John's | Сент-Джонс |
America/Mexico_City | Mexico City | Мехико |
America/Cancun | Cancun | Канкун |
America/Havana | Havana | Гавана |
America/Panama | Panama | Панама |
America/Bogota | Bogota | Богота |
America/Lima | Lima | Лима |
America/Caracas | Caracas | Каракас |
America/Santiago | Santiago | Сантьяго |
America/Argentina/Buenos_Aires | Buenos Aires | Буэнос-Айрес |
America/Sao_Paulo | Sao Paulo | Сан-Паулу |
America/Sao_Paulo | Rio de Janeiro | Рио-де-Жанейро | rio
"""


@dataclass(frozen=True, slots=True)
class City:
    zone: str
    name_en: str
    name_ru: str

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" else self.name_en


def normalize(text: str) -> str:
    """Lower case, no accents (ü -> u, but й and ё kept apart from и/е where Russian
    needs it: ё is folded to е), no punctuation, single spaces."""
    folded = text.casefold().replace("ё", "е").replace("й", "\0")
    decomposed = unicodedata.normalize("NFKD", folded)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("\0", "й")
    for mark in "-–—.,'’`\"()":
        plain = plain.replace(mark, " ")
    words = plain.split()
    if words and words[0] in ("г", "город", "city"):
        words = words[1:]
    return " ".join(words)


@cache
def _index() -> dict[str, City]:
    found: dict[str, City] = {}
    for line in _TABLE.strip().splitlines():
        zone, name_en, name_ru, aliases = (part.strip() for part in line.split("|"))
        city = City(zone, name_en, name_ru)
        for name in (name_en, name_ru, *aliases.split(";")):
            if name.strip():
                found.setdefault(normalize(name), city)
    return found


def find_city(text: str) -> City | None:
    """The city named by ``text`` in English or Russian, or None."""
    return _index().get(normalize(text))


def all_cities() -> list[City]:
    return list(dict.fromkeys(_index().values()))

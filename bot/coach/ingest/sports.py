"""Map each format's sport names onto Tempo's small vocabulary.

The device's raw strings are kept on the activity; these tables only decide which of
run/bike/swim/strength/walk/hike/ski/row/other the science core and the planner see.
FIT names come from the FIT profile's ``sport`` and ``sub_sport`` enums (fitdecode
renders them as the profile's names).
"""

from __future__ import annotations

import re

from bot.coach.ingest.model import Sport, SubSport

_FIT_SPORT: dict[str, Sport] = {
    "running": Sport.RUN,
    "cycling": Sport.BIKE,
    "e_biking": Sport.BIKE,
    "swimming": Sport.SWIM,
    "walking": Sport.WALK,
    "hiking": Sport.HIKE,
    "mountaineering": Sport.HIKE,
    "snowshoeing": Sport.HIKE,
    "cross_country_skiing": Sport.SKI,
    "alpine_skiing": Sport.SKI,
    "snowboarding": Sport.SKI,
    "rowing": Sport.ROW,
}

# Sub-sports that decide the sport on their own: "fitness_equipment" and "training"
# are containers whose sub-sport says what was actually done.
_FIT_SUB_SPORT_DECIDES: dict[str, Sport] = {
    "treadmill": Sport.RUN,
    "indoor_running": Sport.RUN,
    "indoor_cycling": Sport.BIKE,
    "spin": Sport.BIKE,
    "indoor_rowing": Sport.ROW,
    "indoor_skiing": Sport.SKI,
    "indoor_walking": Sport.WALK,
    "strength_training": Sport.STRENGTH,
}

_FIT_SUB_SPORT: dict[str, SubSport] = {
    "treadmill": SubSport.TREADMILL,
    "street": SubSport.STREET,
    "trail": SubSport.TRAIL,
    "track": SubSport.TRACK,
    "spin": SubSport.INDOOR,
    "indoor_cycling": SubSport.INDOOR,
    "indoor_running": SubSport.INDOOR,
    "indoor_rowing": SubSport.INDOOR,
    "indoor_skiing": SubSport.INDOOR,
    "indoor_walking": SubSport.INDOOR,
    "road": SubSport.ROAD,
    "mountain": SubSport.MOUNTAIN,
    "e_bike_mountain": SubSport.MOUNTAIN,
    "downhill": SubSport.DOWNHILL,
    "resort": SubSport.DOWNHILL,
    "cyclocross": SubSport.CYCLOCROSS,
    "track_cycling": SubSport.TRACK,
    "gravel_cycling": SubSport.GRAVEL,
    "e_bike_fitness": SubSport.E_BIKE,
    "lap_swimming": SubSport.POOL,
    "open_water": SubSport.OPEN_WATER,
    "virtual_activity": SubSport.VIRTUAL,
    "skate_skiing": SubSport.SKATE,
    "backcountry": SubSport.BACKCOUNTRY,
    "bike_to_run_transition": SubSport.TRANSITION,
    "run_to_bike_transition": SubSport.TRANSITION,
    "swim_to_bike_transition": SubSport.TRANSITION,
}


def from_fit(sport: str | None, sub_sport: str | None) -> tuple[Sport, SubSport]:
    """FIT ``sport``/``sub_sport`` names (or None) to our vocabulary.

    A transition leg of a triathlon is ``other``/``transition``: it is kept as its own
    leg so T1/T2 times survive, and ``ParsedActivity.is_transition`` flags it.
    """
    sub = _FIT_SUB_SPORT.get(sub_sport or "", SubSport.GENERIC)
    if sport == "transition":
        return Sport.OTHER, SubSport.TRANSITION
    if sport == "e_biking" and sub is SubSport.GENERIC:
        sub = SubSport.E_BIKE
    if sport == "cross_country_skiing" and sub is SubSport.GENERIC:
        sub = SubSport.CROSS_COUNTRY
    if sport == "alpine_skiing" and sub is SubSport.GENERIC:
        sub = SubSport.DOWNHILL
    decided = _FIT_SUB_SPORT_DECIDES.get(sub_sport or "")
    if decided is not None:
        return decided, sub
    return _FIT_SPORT.get(sport or "", Sport.OTHER), sub


_TCX_SPORT: dict[str, Sport] = {"running": Sport.RUN, "biking": Sport.BIKE}


def from_tcx(sport: str | None) -> Sport:
    """TCX's ``Activity/@Sport`` is only ever Running, Biking or Other."""
    return _TCX_SPORT.get((sport or "").strip().lower(), Sport.OTHER)


# Words seen in GPX <type> values (Strava, Garmin, Komoot, ...) and in file names.
# Matched as whole words, so "ride" does not match inside "pride".
_WORDS: tuple[tuple[frozenset[str], Sport], ...] = tuple(
    (frozenset(words.split()), sport)
    for words, sport in (
        ("run running jog jogging trailrun trail_running", Sport.RUN),
        (
            "ride riding bike biking cycling cycle mtb gravel road_biking mountain_biking"
            " virtualride ebikeride",
            Sport.BIKE,
        ),
        ("swim swimming openwater", Sport.SWIM),
        ("hike hiking trek trekking mountaineering", Sport.HIKE),
        ("walk walking", Sport.WALK),
        (
            "ski skiing nordic langlauf nordicski backcountryski alpineski"
            " cross_country_skiing backcountry_skiing",
            Sport.SKI,
        ),
        ("row rowing", Sport.ROW),
        ("strength weighttraining gym", Sport.STRENGTH),
    )
)

_WORD_SPLIT = re.compile(r"[^a-z0-9_]+")


def from_words(text: str | None) -> tuple[Sport, SubSport] | None:
    """Sport named by free text (a GPX ``<type>``, a file name), or None.

    Used only where the file's own sport field is absent or says "Other".
    """
    if not text:
        return None
    lowered = text.lower()
    words = set(_WORD_SPLIT.split(lowered))
    # Also look at underscore-free pieces: "cross_country_skiing" -> "skiing".
    words |= {piece for word in list(words) for piece in word.split("_") if piece}
    for vocabulary, sport in _WORDS:
        if words & vocabulary:
            return sport, _sub_sport_from_words(sport, words)
    return None


def _sub_sport_from_words(sport: Sport, words: set[str]) -> SubSport:
    if sport is Sport.SKI and ({"cross", "country", "nordic", "langlauf"} & words):
        return SubSport.CROSS_COUNTRY
    if sport is Sport.SKI and "backcountry" in words:
        return SubSport.BACKCOUNTRY
    if sport is Sport.BIKE and ({"mtb", "mountain", "mountain_biking"} & words):
        return SubSport.MOUNTAIN
    if sport is Sport.BIKE and "gravel" in words:
        return SubSport.GRAVEL
    if "virtualride" in words or "virtual" in words:
        return SubSport.VIRTUAL
    if "trail" in words or "trailrun" in words:
        return SubSport.TRAIL
    if "treadmill" in words:
        return SubSport.TREADMILL
    if "indoor" in words:
        return SubSport.INDOOR
    return SubSport.GENERIC

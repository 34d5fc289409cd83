"""Whether a name is a real town: GeoNames' towns of 5,000 people or more (CC BY 4.0).

The list gives the population of towns of 100,000 or more, so a district joined to its city
("Köln-Deutz") is told from a town of two parts ("Castrop-Rauxel").

The list (resources/places/towns.txt.gz, built by packaging/make_towns.py) loads on the
first question, which the letter reader asks in its own process; the window never loads it.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import cache
from importlib.resources import files


def folded(name: str) -> str:
    """No accents, lower case: the form the list keeps (make_towns.py folds the same way)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@cache
def _people() -> dict[str, int]:
    """Each name the list keeps, with the population of its largest town of 100,000 or more
    people (0 for a smaller one, or a name of parts whose first part is small: the list
    says no more)."""
    data = files("jobdesk.resources.places").joinpath("towns.txt.gz").read_bytes()
    people: dict[str, int] = {}
    for line in gzip.decompress(data).decode("utf-8").split("\n"):
        name, _, count = line.partition("\t")
        people[name] = int(count) * 1000 if count else 0  # kept in thousands
    # "Marburg an der Lahn", "Hofheim am Taunus": the list's full name of a German or
    # Austrian town, which letters write short ("Dienstort: …, Marburg"); a short form of
    # five letters or more, not another town's name ("Weil", "Burg" are words).
    for full, size in list(people.items()):
        short = _RIVER_OR_HILLS.match(full)
        if short and len(short["t"]) >= 5 and short["t"] not in people:
            people[short["t"]] = size
    return people


_RIVER_OR_HILLS = re.compile(
    r"(?P<t>.+?) (?:an der|am|im|in der|ob der|an den|auf der|vor der|bei) "
)


# A town of this many people or more has its population in the list; a name listed without
# one is a smaller town (or one whose first part is no large town, which the rule skips).
_COUNTED_FROM = 100_000
# How many times larger a city must be than a name joined to it ("Berlin-Kreuzberg") for that
# name to be one of its districts, not a town of its own ("Aix-en-Provence", "Baden-Baden").
_CITY_OVER_DISTRICT = 5


# Towns the list spells only in Latin letters, as the region's own letters write them: China's,
# Hong Kong's and Taiwan's largest cities in Chinese characters, Bangkok in Thai, Vietnam's
# cities in Vietnamese, Jakarta's five cities and Penang by its Malay name.
_LOCAL_NAMES = frozenset(
    folded(name)
    for name in (
        "北京", "上海", "广州", "廣州", "深圳", "成都", "杭州", "南京", "武汉", "武漢", "西安",
        "苏州", "蘇州", "天津", "重庆", "重慶", "厦门", "廈門", "长沙", "長沙", "青岛", "青島",
        "香港", "澳门", "澳門", "台北", "臺北", "新北", "新竹", "台中", "臺中", "台南", "臺南",
        "高雄", "桃园", "桃園", "กรุงเทพมหานคร", "กรุงเทพฯ", "กรุงเทพ", "เชียงใหม่",
        "TP. Hồ Chí Minh", "TP Hồ Chí Minh", "TP.HCM", "Thành phố Hồ Chí Minh", "Hà Nội",
        "TP. Hà Nội", "Đà Nẵng", "TP. Đà Nẵng", "Jakarta Selatan", "Jakarta Pusat",
        "Jakarta Barat", "Jakarta Timur", "Jakarta Utara", "Pulau Pinang",
    )
)  # fmt: skip


def is_town(name: str) -> bool:
    """True for a town in the list, as written or by the part a letter adds to
    ("Seattle, WA", "Bordeaux-Mérignac", "Zürich (Oerlikon)", "Greater London")."""
    name = name.strip(" .,;:")
    if not name:
        return False
    towns = _people()
    if folded(name) in _LOCAL_NAMES:
        return True
    parts = [name, re.split(r"\s*[,(/]\s*", name)[0], re.split(r"\s*[-–]\s*", name)[0]]
    # "Greater London", "San Francisco Bay Area", "Metro Atlanta": the town in the area.
    bare = re.sub(r"^(?:Greater|Central|Downtown|Inner|City of|Metro)\s+", "", parts[1])
    # "Taguig City", "Pasig City": a Philippine city's name with the word it is known by.
    area = r"\s+(?:Bay Area|Metro(?:politan)? Area|Area|Region|Metro|City)$"
    parts.append(re.sub(area, "", bare))
    # "St. Gallen", "St Albans": the list spells Saint and Sankt out.
    if re.match(r"St\.?\s", parts[-1]):
        rest = re.sub(r"^St\.?\s+", "", parts[-1])
        parts += [f"Saint {rest}", f"Sankt {rest}", f"Saint-{rest}", f"St. {rest}", f"St {rest}"]
    if near := re.fullmatch(r"(?P<t>.+?)\s+bei\s+(?P<city>[^\W\d_][\w'’-]*)", name):
        # "Garching bei München": a small town named with the city it lies near.
        return is_town(near["t"]) and is_town(near["city"])
    return any(folded(part) in towns for part in parts if part)


def town_of_district(place: str) -> str:
    """The town of a district, quarter or site joined to it by a hyphen ("Köln-Deutz",
    "Gent-Zwijnaarde", "Berlin-Kreuzberg") or by a space and one word ("Amsterdam Noord"):
    the first part, when it is a town much larger than the whole name. A name that is one
    town on its own ("Castrop-Rauxel", "Aix-en-Provence", "Villeneuve-d'Ascq", "Kingston
    upon Thames") is kept whole. A district after a hyphen may have two words of its own
    ("Utrecht-Leidsche Rijn")."""
    m = re.fullmatch(
        r"(?P<t>[^\W\d_][\w'’.]*)(?P<j>-|\s)(?P<d>[A-ZÄÖÜÉ][\w'’.-]*(?:\s[A-ZÄÖÜÉ][\w'’.-]*)?)",
        place.strip(),
    )
    if not m or (m["j"] != "-" and (m["d"].isupper() or "-" in m["d"] or " " in m["d"])):
        return place  # "Washington DC": a state's letters, not a district
    if (m["j"] != "-" and m["d"] == "City") or folded(place.strip()) in _LOCAL_NAMES:
        return place  # "Taguig City", "Jakarta Selatan": a city of its own, not a district
    people = _people()
    city = people.get(folded(m["t"]))
    if not city:
        return place  # no town, or one too small to have districts of its own
    whole = people.get(folded(place.strip()))
    if m["j"] != "-" and whole is not None:
        return place  # "Palo Alto", "Santa Clara": a town's name of two words
    # A listed name without its population is a town of fewer than 100,000 people.
    size = _COUNTED_FROM if whole == 0 else (whole or 0)
    return m["t"] if city >= _CITY_OVER_DISTRICT * size else place


# Parts of a city that the list counts as cities of their own: "Kwun Tong, Kowloon" names the
# district, which is what Hong Kong's letters mean by the place.
_AREAS = frozenset({"kowloon", "hong kong island", "new territories"})


def city_of_pair(first: str, second: str) -> str:
    """Of a town and a district written together ("London, Canary Wharf", "Sandton,
    Johannesburg"), the city: the one much larger than the other, which is too small to
    have its population in the list; "" when they may be two towns of their own."""
    people = _people()
    a, b = people.get(folded(first.strip())), people.get(folded(second.strip()))
    if a is None or b is None or {folded(first.strip()), folded(second.strip())} & _AREAS:
        return ""
    if a >= _CITY_OVER_DISTRICT * _COUNTED_FROM and b == 0:
        return first.strip()
    if b >= _CITY_OVER_DISTRICT * _COUNTED_FROM and a == 0:
        return second.strip()
    return ""

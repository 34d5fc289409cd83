"""Whether a name is a real town: GeoNames' towns of 5,000 people or more (CC BY 4.0).

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
def _towns() -> frozenset[str]:
    data = files("jobdesk.resources.places").joinpath("towns.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split("\n"))


def is_town(name: str) -> bool:
    """True for a town in the list, as written or by the part a letter adds to
    ("Seattle, WA", "Bordeaux-Mérignac", "Zürich (Oerlikon)", "Greater London")."""
    name = name.strip(" .,;:")
    if not name:
        return False
    towns = _towns()
    parts = [name, re.split(r"\s*[,(/]\s*", name)[0], re.split(r"\s*[-–]\s*", name)[0]]
    # "Greater London", "San Francisco Bay Area", "Metro Atlanta": the town in the area.
    bare = re.sub(r"^(?:Greater|Central|Downtown|Inner|City of|Metro)\s+", "", parts[1])
    parts.append(re.sub(r"\s+(?:Bay Area|Metro(?:politan)? Area|Area|Region|Metro)$", "", bare))
    # "St. Gallen", "St Albans": the list spells Saint and Sankt out.
    if re.match(r"St\.?\s", parts[-1]):
        rest = re.sub(r"^St\.?\s+", "", parts[-1])
        parts += [f"Saint {rest}", f"Sankt {rest}", f"Saint-{rest}", f"St. {rest}", f"St {rest}"]
    return any(folded(part) in towns for part in parts if part)

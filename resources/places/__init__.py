"""The gazetteer of towns the letter reader checks places against (see towns.txt.gz)."""

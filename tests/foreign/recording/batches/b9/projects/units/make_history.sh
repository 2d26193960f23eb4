#!/bin/bash
set -e
cd ~/units
git init -q -b main
git config user.name "Dana Kowalski"; git config user.email dana@example.com
c() { GIT_AUTHOR_DATE="$1" GIT_COMMITTER_DATE="$1" git commit -qam "$2" ${3:+--allow-empty}; }
cat > units/__init__.py <<'EOF'
EOF
cat > units/convert.py <<'EOF'
"""Length conversions for the trip planner."""

FACTORS = {
    ("km", "mi"): 0.621371,
    ("mi", "km"): 1.609344,
}


def convert(value: float, src: str, dst: str) -> float:
    if src == dst:
        return value
    return round(value * FACTORS[(src, dst)], 3)
EOF
cat > test_convert.py <<'EOF'
import unittest

from units.convert import convert


class ConvertTest(unittest.TestCase):
    def test_km_to_miles(self):
        self.assertEqual(convert(5, "km", "mi"), 3.107)

    def test_miles_to_km(self):
        self.assertEqual(convert(10, "mi", "km"), 16.093)

    def test_same_unit(self):
        self.assertEqual(convert(7, "km", "km"), 7)
EOF
printf '# units\n\nLength conversions used by the trip planner.\n' > README.md
git add -A; c "2026-11-02T09:14:00" "Initial conversions km/mi"
git tag v1.0
printf '\n## Usage\n\n    convert(5, "km", "mi")\n' >> README.md; c "2026-11-03T10:02:00" "Document usage"
sed -i 's/    ("mi", "km"): 1.609344,/    ("mi", "km"): 1.609344,\n    ("m", "ft"): 3.28084,/' units/convert.py; c "2026-11-05T16:40:00" "Add metres to feet"
sed -i 's/    ("m", "ft"): 3.28084,/    ("m", "ft"): 3.28084,\n    ("ft", "m"): 0.3048,/' units/convert.py; c "2026-11-09T11:21:00" "Add feet to metres"
sed -i 's/("km", "mi"): 0.621371/("km", "mi"): 0.62137/' units/convert.py; sed -i 's/round(value \* FACTORS\[(src, dst)\], 3)/round(value * FACTORS[(src, dst)], 2)/' units/convert.py; c "2026-11-12T14:05:00" "Tidy factors and rounding for display"
printf '\nSee CHANGELOG for details.\n' >> README.md; printf '# Changelog\n\n- 1.1: feet and metres\n' > CHANGELOG.md; git add CHANGELOG.md; c "2026-11-16T09:30:00" "Add changelog"
sed -i 's/"""Length conversions for the trip planner."""/"""Length conversions for the trip planner (km, mi, m, ft)."""/' units/convert.py; c "2026-11-20T15:12:00" "Docstring lists units"
printf -- '- 1.2: docs\n' >> CHANGELOG.md; c "2026-11-27T10:45:00" "Changelog for 1.2"

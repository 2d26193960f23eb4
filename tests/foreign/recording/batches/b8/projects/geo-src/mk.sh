#!/bin/bash
# builds ~/geo with a history in which one commit breaks km_to_miles
set -e
git config --global user.name "Sam Okafor"; git config --global user.email sam@example.org
git config --global init.defaultBranch main
mkdir ~/geo && cd ~/geo && git init -q
n=0
c() { n=$((n+1)); export GIT_AUTHOR_DATE="2026-11-0${n}T10:00:00Z" GIT_COMMITTER_DATE="2026-11-0${n}T10:00:00Z"; [ $n -ge 10 ] && export GIT_AUTHOR_DATE="2026-11-${n}T10:00:00Z" GIT_COMMITTER_DATE="2026-11-${n}T10:00:00Z"; git add -A; git commit -qm "$1"; }
mkdir geo tests
cat > geo/__init__.py <<'P'
P
cat > geo/units.py <<'P'
KM_PER_MILE = 1.609344


def km_to_miles(km):
    return km / KM_PER_MILE


def miles_to_km(miles):
    return miles * KM_PER_MILE
P
cat > tests/test_units.py <<'P'
import unittest

from geo.units import km_to_miles, miles_to_km


class UnitsTest(unittest.TestCase):
    def test_marathon(self):
        self.assertAlmostEqual(km_to_miles(42.195), 26.219, places=3)

    def test_round_trip(self):
        self.assertAlmostEqual(miles_to_km(km_to_miles(10)), 10)
P
printf '#!/bin/sh\nexec python3 -m unittest -q tests.test_units\n' > test.sh; chmod +x test.sh
printf '# geo\n\nSmall geodesy helpers.\n' > README.md
c "Initial units module"
git tag v1.0
printf '\n\ndef nm_to_km(nm):\n    return nm * 1.852\n' >> geo/units.py; c "Add nautical miles"
printf 'Run ./test.sh before pushing.\n' >> README.md; c "README: how to test"
cat > geo/dist.py <<'P'
import math

R_KM = 6371.0


def haversine_km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * R_KM * math.asin(math.sqrt(h))
P
c "Add haversine distance"
sed -i 's/^KM_PER_MILE = 1.609344$/KM_PER_MILE = 1.609344  # international mile/' geo/units.py; c "Document the mile definition"
sed -i 's/^def km_to_miles(km):$/def km_to_miles(km):\n    """Kilometres to statute miles (rounded to 4 places)."""/; s/^    return km \/ KM_PER_MILE$/    return round(km * 0.6124, 4)/' geo/units.py; c "Speed up km_to_miles with a precomputed factor"
printf '\n\ndef km_to_nm(km):\n    return km / 1.852\n' >> geo/units.py; c "Add km_to_nm"
printf '__version__ = "1.1.0"\n' > geo/__init__.py; c "Bump version to 1.1.0"
printf '\nDistances: see geo/dist.py.\n' >> README.md; c "README: distances"
rm -rf ~/geo-src

import sys

miles = float(sys.argv[1])
km = miles * 1.609344
if len(sys.argv) > 3 and sys.argv[2] == "--round":
    km = round(km, sys.argv[3])
print(f"{miles} mi = {km} km")

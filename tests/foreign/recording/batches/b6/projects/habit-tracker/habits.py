import json, sys, datetime

def main():
    habits = json.load(open("habits.json"))
    today = datetime.date.today().isoformat()
    for name in sys.argv[1:]:
        habits.setdefault(name, []).append(today)
    json.dump(habits, open("habits.json", "w"), indent=2)

if __name__ == "__main__":
    main()

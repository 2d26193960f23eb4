import csv, random
random.seed(4)
with open("export.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["id", "title", "created", "body"])
    for i in range(1, 41):
        body = "Meeting notes %d. " % i * random.randint(2, 20)
        if i == 27:
            body = "Pasted log from the import server:\n" + ("2024-03-02 11:02:17 INFO row accepted\n" * 4200)
        w.writerow([i, "Note %d" % i, "2024-03-%02d" % (i % 28 + 1), body])

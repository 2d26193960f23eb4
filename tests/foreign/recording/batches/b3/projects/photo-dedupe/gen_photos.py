import os, random
random.seed(3)
os.makedirs("photos", exist_ok=True)
blobs = [os.urandom(2048) for _ in range(290)]
for i in range(300):
    data = blobs[i] if i < 290 else blobs[random.randrange(290)]
    with open(f"photos/IMG_{4100 + i}.jpg", "wb") as out:
        out.write(b"\xff\xd8\xff\xe0" + data)

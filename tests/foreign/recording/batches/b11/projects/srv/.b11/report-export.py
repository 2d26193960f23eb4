import time
blob = bytearray(300 * 1024 * 1024)
for i in range(0, len(blob), 4096):
    blob[i] = 1
time.sleep(86400)

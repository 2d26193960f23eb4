import asyncio
import json
import sys


async def fetch(sku):
    # stand-in for the supplier API: one JSON file per SKU
    await asyncio.sleep(0.05)
    with open(f"data/{sku}.json") as fh:
        return json.load(fh)


async def main(skus):
    results = [fetch(s) for s in skus]
    for r in results:
        print(f"{r['sku']:6} {r['price']:>8.2f} {r['currency']}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:] or ["A100", "B220", "C310"]))

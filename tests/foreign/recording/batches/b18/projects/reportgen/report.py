from colorama import Fore, Style
from tabulate import tabulate

rows = [("eu-west", 1240, 3), ("us-east", 2210, 11), ("ap-south", 310, 0)]
print(tabulate(rows, headers=["region", "requests", "errors"]))
bad = [r for r in rows if r[2] > 5]
print(Fore.RED + f"{len(bad)} region(s) over the error budget" + Style.RESET_ALL)

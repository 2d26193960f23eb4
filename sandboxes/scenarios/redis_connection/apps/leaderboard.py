"""Record a game score and print the top of the leaderboard."""
import sys

from rediscfg import client

BOARD = "leaderboard:weekly"


def main() -> None:
    player, score = (sys.argv[1], int(sys.argv[2])) if len(sys.argv) > 2 else ("ada", 420)
    r = client()
    r.zadd(BOARD, {player: score, "grace": 380, "linus": 275})
    top = r.zrevrange(BOARD, 0, 2, withscores=True)
    print("top 3: " + ", ".join(f"{name} {int(points)}" for name, points in top))


if __name__ == "__main__":
    main()

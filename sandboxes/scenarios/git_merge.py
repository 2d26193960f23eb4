from sandboxes.scenarios import Scenario
SCENARIO = Scenario("git-merge-conflict", "git", 1, "base", "todo", lambda rng: {})

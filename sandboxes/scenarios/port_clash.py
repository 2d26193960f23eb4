from sandboxes.scenarios import Scenario
SCENARIO = Scenario("port-clash", "ports", 1, "base", "todo", lambda rng: {})

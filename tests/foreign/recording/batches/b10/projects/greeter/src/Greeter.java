import java.util.List;

public class Greeter {
    private static final List<String> GREETINGS = List.of("Grüß Gott", "Moin", "Servus", "Grüezi");

    public static String greet(int i, String name) {
        return GREETINGS.get(i % GREETINGS.size()) + ", " + name + "!";
    }
}

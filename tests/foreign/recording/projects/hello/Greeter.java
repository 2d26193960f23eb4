public class Greeter {
    public static String hello(String name) {
        return "Hello, " + name;
    }
}

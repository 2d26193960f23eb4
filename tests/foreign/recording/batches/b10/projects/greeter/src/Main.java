public class Main {
    public static void main(String[] args) {
        String[] names = {"Jürgen", "Søren", "Zoë"};
        for (int i = 0; i < names.length; i++) {
            System.out.println(Greeter.greet(i, names[i]));
        }
        System.out.println("Straße frei – fertig.");
    }
}

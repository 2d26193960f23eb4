import java.nio.file.Files;
import java.nio.file.Path;

public class Main {
    public static void main(String[] args) throws Exception {
        String file = System.getenv("ORDERS_FILE");
        long count = Files.lines(Path.of(file.trim())).filter(l -> !l.isBlank()).count();
        System.out.println("orders to ship: " + count);
    }
}

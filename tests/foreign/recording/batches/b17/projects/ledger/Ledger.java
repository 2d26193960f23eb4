import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class Ledger {
    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args.length > 0 ? args[0] : "invoices.csv"));
        double total = 0;
        int units = 0;
        for (String line : lines.subList(1, lines.size())) {
            int qty = line.split(",")[2];
            double price = Double.parseDouble(line.split(",")[3]);
            units += qty;
            total += qty * price;
        }
        System.out.printf("%d invoices, %d units, total %.2f EUR%n", lines.size() - 1, units, total);
    }
}

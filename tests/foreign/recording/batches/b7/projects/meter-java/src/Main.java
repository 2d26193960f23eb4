import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class Main {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        double total = 0;
        double peak = 0;
        for (String line : lines) {
            String[] cols = line.split(";");
            double kwh = Double.parseDouble(cols[1].trim());
            total += kwh;
            peak = Math.max(peak, kwh);
        }
        System.out.printf("readings=%d total=%.1f kWh peak=%.1f kWh%n", lines.size(), total, peak);
    }
}

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class ReportGenerator {
    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(args[0])));
        double total = 0;
        for (String line : lines.subList(1, lines.size())) {
            total += Double.parseDouble(line.split(",")[2]);
        }
        System.out.printf("%d readings, %.1f kWh%n", lines.size() - 1, total);
    }
}

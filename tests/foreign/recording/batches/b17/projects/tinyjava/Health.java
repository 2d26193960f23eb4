import java.time.Duration;
import java.time.Instant;

public class Health {
    public static void main(String[] args) {
        Instant start = Instant.parse(args.length > 0 ? args[0] : "2026-12-07T08:00:00Z");
        Instant now = Instant.parse("2026-12-07T21:45:30Z");
        Duration up = Duration.between(start, now);
        System.out.printf("uptime %dh %02dm%n", up.toHours(), up.toMinutesPart());
    }
}

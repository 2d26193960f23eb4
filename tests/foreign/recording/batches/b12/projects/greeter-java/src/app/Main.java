package app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    public static void main(String[] args) throws IOException {
        Map<String, Integer> perDomain = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("users.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split(",");
            String name = parts[0].trim();
            String email = parts.length > 1 ? parts[1].trim() : null;
            String domain = email.substring(email.indexOf('@') + 1);
            perDomain.merge(domain, 1, Integer::sum);
            System.out.println("Hello, " + name + " <" + email + ">");
        }
        perDomain.forEach((d, n) -> System.out.println(d + ": " + n));
    }
}

package com.acme.report;

import com.acme.textkit.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

public class Main {
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: report <sales.csv>");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        Table t = new Table("region", "orders", "revenue");
        double total = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double rev = Double.parseDouble(f[2]);
            total += rev;
            t.add(f[0], f[1], String.format(Locale.ROOT, "%.2f", rev));
        }
        System.out.print(t.render());
        System.out.printf(Locale.ROOT, "total revenue: %.2f%n", total);
    }
}

package com.example.invoice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class Main {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        long cents = 0;
        int count = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split(",");
            cents += Math.round(Double.parseDouble(cols[2]) * 100);
            count++;
        }
        System.out.printf("%d invoices, total %s EUR%n", count, Money.format(cents));
    }
}

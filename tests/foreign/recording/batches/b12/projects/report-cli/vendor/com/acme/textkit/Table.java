package com.acme.textkit;

import java.util.ArrayList;
import java.util.List;

public class Table {
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    public Table(String... header) { this.header = header; }

    public void add(String... row) { rows.add(row); }

    public String render() {
        int[] w = new int[header.length];
        for (int i = 0; i < header.length; i++) w[i] = header[i].length();
        for (String[] r : rows)
            for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], r[i].length());
        StringBuilder sb = new StringBuilder();
        line(sb, header, w);
        for (int i = 0; i < w.length; i++) sb.append("-".repeat(w[i])).append(i + 1 < w.length ? "-+-" : "\n");
        for (String[] r : rows) line(sb, r, w);
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] r, int[] w) {
        for (int i = 0; i < r.length; i++)
            sb.append(String.format("%-" + w[i] + "s", r[i])).append(i + 1 < r.length ? " | " : "\n");
    }
}

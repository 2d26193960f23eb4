package com.acme.orders;

import java.util.ArrayList;
import java.util.List;

public class OrderBook {
    private record Line(String sku, int qty, double price) {}
    private final List<Line> lines = new ArrayList<>();

    public void add(String sku, int qty, double price) { lines.add(new Line(sku, qty, price)); }
    public int count() { return lines.size(); }
    public double total() { return lines.stream().mapToDouble(l -> l.qty() * l.price()).sum(); }
}

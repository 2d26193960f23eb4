package com.acme.orders;

public class App {
    public static void main(String[] args) {
        OrderBook book = new OrderBook();
        book.add("A-100", 3, 12.5);
        book.add("A-101", 1, 99.0);
        System.out.println("orders-svc 1.3.0-SNAPSHOT: " + book.count() + " orders, total " + book.total());
    }
}

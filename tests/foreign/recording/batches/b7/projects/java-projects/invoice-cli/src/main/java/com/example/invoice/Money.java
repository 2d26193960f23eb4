package com.example.invoice;

final class Money {
    private Money() {}

    static String format(long cents) {
        return String.format("%d.%02d", cents / 100, cents % 100);
    }
}

package com.acme.billing;

import java.math.BigDecimal;

public class Main {
    public static void main(String[] args) {
        BigDecimal rate = new BigDecimal(args.length > 0 ? args[0] : "0.19");
        Invoice[] invoices = {
            new Invoice("INV-2026-0141", new BigDecimal("1200.00"), rate),
            new Invoice("INV-2026-0142", new BigDecimal("89.90"), rate),
        };
        for (Invoice inv : invoices) {
            System.out.printf("%s  net %8s  gross %8s%n", inv.number(), inv.net(), inv.gross());
        }
    }
}

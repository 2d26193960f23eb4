package com.acme.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

public record Invoice(String number, BigDecimal net, BigDecimal vatRate) {
    public BigDecimal gross() {
        return net.add(net.multiply(vatRate)).setScale(2, RoundingMode.HALF_UP);
    }
}

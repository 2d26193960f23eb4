package com.acme.price;

import java.math.BigDecimal;
import java.math.RoundingMode;

public class PriceCalculator {
    private final BigDecimal vatRate;

    public PriceCalculator(String vatRate) {
        this.vatRate = new BigDecimal(vatRate);
    }

    /** Net price plus VAT, rounded to cents. */
    public BigDecimal gross(String net) {
        BigDecimal amount = new BigDecimal(net);
        BigDecimal withVat = amount.add(amount.multiply(vatRate));
        return withVat.setScale(2, RoundingMode.DOWN);
    }

    /** Percentage discount on a net price, rounded to cents. */
    public BigDecimal discounted(String net, int percent) {
        BigDecimal amount = new BigDecimal(net);
        BigDecimal factor = BigDecimal.valueOf(100 - percent).movePointLeft(2);
        return amount.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }
}

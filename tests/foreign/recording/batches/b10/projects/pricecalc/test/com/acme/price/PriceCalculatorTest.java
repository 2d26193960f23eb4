package com.acme.price;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import org.junit.Test;

public class PriceCalculatorTest {
    private final PriceCalculator calc = new PriceCalculator("0.19");

    @Test
    public void grossRoundsHalfUp() {
        // 16.80 * 1.19 = 19.992 -> 19.99 ; 8.45 * 1.19 = 10.0555 -> 10.06
        assertEquals(new BigDecimal("19.99"), calc.gross("16.80"));
        assertEquals(new BigDecimal("10.06"), calc.gross("8.45"));
    }

    @Test
    public void discountOfTenPercent() {
        assertEquals(new BigDecimal("45.00"), calc.discounted("50.00", 10));
    }
}

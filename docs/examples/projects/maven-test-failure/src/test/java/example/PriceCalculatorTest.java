package example;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class PriceCalculatorTest {
    @Test
    public void tenPercentOffAThousandCents() {
        assertEquals(900, new PriceCalculator().discounted(1000, 10));
    }
}

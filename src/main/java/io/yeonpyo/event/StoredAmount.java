package io.yeonpyo.event;

import io.yeonpyo.extraction.Amount;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An {@link Amount} as five columns, shared by mentions and events; null when no amount was reported. */
@Embeddable
class StoredAmount {

    @Column(name = "amount_value")
    private BigDecimal value;

    @Column(name = "amount_upper")
    private BigDecimal upper;

    @Column(name = "amount_currency")
    private String currency;

    @Column(name = "amount_usd")
    private BigDecimal usd;

    @Column(name = "amount_text")
    private String text;

    protected StoredAmount() {
    }

    private StoredAmount(Amount amount) {
        this.value = amount.value();
        this.upper = amount.upper();
        this.currency = amount.currency();
        this.usd = amount.usd();
        this.text = amount.text();
    }

    static StoredAmount of(Amount amount) {
        return amount == null ? null : new StoredAmount(amount);
    }

    static Amount toAmount(StoredAmount stored) {
        return stored == null || stored.currency == null ? null
                : new Amount(stored.value, stored.upper, stored.currency, stored.usd, stored.text);
    }
}

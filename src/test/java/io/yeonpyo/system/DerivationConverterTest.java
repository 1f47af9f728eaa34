package io.yeonpyo.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.extraction.Derivation;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivationConverterTest {

    private final DerivationConverter converter = new DerivationConverter();

    @Test
    void storesRuleArgumentsAndWhatItBuildsOnAsOneJsonArray() {
        Derivation carried = new Derivation("carried.previous", List.of(),
                Derivation.of("resolved.publication", "지난달", "2025-06", "2025-07"));

        String text = converter.convertToDatabaseColumn(carried);

        assertThat(text).isEqualTo("[\"carried.previous\",[\"resolved.publication\",\"지난달\",\"2025-06\",\"2025-07\"]]");
        assertThat(converter.convertToEntityAttribute(text)).isEqualTo(carried);
    }

    @Test
    void keepsQuotesAndBackslashesInArguments() {
        Derivation odd = new Derivation("stored", List.of("'따옴표' \"큰따옴표\" \\ 끝"), null);

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(odd))).isEqualTo(odd);
    }

    @Test
    void readsASentenceWrappedByTheMigration() {
        // what V7 writes for a row stored as a Korean sentence
        assertThat(converter.convertToEntityAttribute("[\"stored\",\"'지난달' (발행 2025-07 기준) → 2025-06\"]"))
                .isEqualTo(Derivation.of("stored", "'지난달' (발행 2025-07 기준) → 2025-06"));
    }

    @Test
    void noDerivationIsNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}

package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdKeysTest {

    @Test
    void numberedAndOtherIdsGetDenseKeysInTheOrderFirstSeen() {
        IdKeys keys = new IdKeys();

        assertThat(keys.add("42")).isZero();
        assertThat(keys.add("B00005N7P0")).isEqualTo(1);
        assertThat(keys.add("3000000")).isEqualTo(2);
        assertThat(keys.add("99999999")).isEqualTo(3);
        assertThat(keys.add("0")).isEqualTo(4);

        assertThat(keys.size()).isEqualTo(5);
        assertThat(keys.get("42")).isZero();
        assertThat(keys.get("B00005N7P0")).isEqualTo(1);
        assertThat(keys.get("3000000")).isEqualTo(2);
        assertThat(keys.get("99999999")).isEqualTo(3);
        assertThat(keys.get("0")).isEqualTo(4);
    }

    @Test
    void idsThatReadAsTheSameNumberStayDifferent() {
        IdKeys keys = new IdKeys();
        keys.add("7");

        assertThat(keys.get("007")).isEqualTo(-1);
        assertThat(keys.get("+7")).isEqualTo(-1);
        assertThat(keys.get(" 7")).isEqualTo(-1);
        assertThat(keys.add("007")).isEqualTo(1);
        assertThat(keys.get("7")).isZero();
        assertThat(keys.get("007")).isEqualTo(1);
    }

    @Test
    void unknownIdsHaveNoKey() {
        IdKeys keys = new IdKeys();
        keys.add("5");

        assertThat(keys.get("6")).isEqualTo(-1);
        assertThat(keys.get("5000")).isEqualTo(-1);
        assertThat(keys.get("")).isEqualTo(-1);
        assertThat(keys.get("x")).isEqualTo(-1);
    }
}

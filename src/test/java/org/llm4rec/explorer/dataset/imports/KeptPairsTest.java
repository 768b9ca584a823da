package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeptPairsTest {

    @Test
    void findsEveryPairAddedAcrossGrowthAndNoOtherAndUpdatesItsRecord() {
        KeptPairs pairs = new KeptPairs();
        for (int user = 0; user < 300; user++) {
            for (int item = 0; item < 300; item += 1 + user % 3) {
                pairs.add(user, item, user * 1000L + item, item % 5 + 1, user * 300L + item, user % 2, item + 1);
            }
        }
        for (int user = 0; user < 300; user++) {
            for (int item = 0; item < 300; item++) {
                int record = pairs.find(user, item);
                if (item % (1 + user % 3) != 0) {
                    assertThat(record).as("user %d, item %d", user, item).isEqualTo(-1);
                    continue;
                }
                assertThat(pairs.time(record)).isEqualTo(user * 1000L + item);
                assertThat(pairs.rating(record)).isEqualTo(item % 5 + 1);
                assertThat(pairs.position(record)).isEqualTo(user * 300L + item);
                assertThat(pairs.file(record)).isEqualTo(user % 2);
                assertThat(pairs.line(record)).isEqualTo(item + 1);
            }
        }
        assertThat(pairs.find(300, 0)).isEqualTo(-1);
        assertThat(pairs.find(0, 300)).isEqualTo(-1);

        int record = pairs.find(6, 3);
        pairs.set(record, 99, Double.NaN, 123_456_789_012L, 3, 51_000_000L);
        assertThat(pairs.find(6, 3)).isEqualTo(record);
        assertThat(pairs.time(record)).isEqualTo(99);
        assertThat(pairs.rating(record)).isNaN();
        assertThat(pairs.position(record)).isEqualTo(123_456_789_012L);
        assertThat(pairs.file(record)).isEqualTo(3);
        assertThat(pairs.line(record)).isEqualTo(51_000_000L);
    }
}

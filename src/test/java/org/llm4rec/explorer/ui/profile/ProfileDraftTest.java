package org.llm4rec.explorer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Profile;

class ProfileDraftTest {

    @Test
    void everyProfileSeenWhileTheFirstOneLoadsHasItsDatasetAndAFingerprint() {
        ProfileDraft draft = new ProfileDraft();
        List<Profile> seen = new ArrayList<>();
        // As the result columns follow the profile: each step of loading is seen as it happens.
        draft.promptProfileProperty().addListener((o, old, now) -> seen.add(now));

        draft.load(new Profile("classics", "Classics reader", "books", "", List.of(), "Russian novels"));

        assertThat(seen).isNotEmpty().filteredOn(p -> p != null).isNotEmpty()
                .allSatisfy(p -> assertThat(p.datasetId()).isEqualTo("books"))
                .allSatisfy(p -> assertThat(p.fingerprint()).hasSize(64));
    }
}

package org.llm4rec.explorer.domain;

/**
 * Optional facts about the person a profile stands for; each is free text and may be empty.
 *
 * @param ageGroup   "25-34", "teenager"
 * @param occupation "teacher"
 * @param country    "Norway"
 */
public record ProfileAttributes(String ageGroup, String occupation, String country) {
    public static final ProfileAttributes NONE = new ProfileAttributes("", "", "");

    public ProfileAttributes {
        ageGroup = ageGroup == null ? "" : ageGroup.strip();
        occupation = occupation == null ? "" : occupation.strip();
        country = country == null ? "" : country.strip();
    }

    public boolean isEmpty() {
        return ageGroup.isEmpty() && occupation.isEmpty() && country.isEmpty();
    }
}

package org.llm4rec.explorer.domain.judge;

/** The four rubric questions a rater scores an explanation on, each from 1 to 5 stars. */
public enum Criterion {
    RELEVANCE("Relevance", "How well it connects to the items in the profile's history"),
    SPECIFICITY("Specificity", "Names concrete qualities of this item rather than generic praise"),
    PERSUASIVENESS("Persuasiveness", "Would make this user want to try the item"),
    FAITHFULNESS("Faithfulness", "Only cites things that are true of the history and of the item");

    private final String label;
    private final String question;

    Criterion(String label, String question) {
        this.label = label;
        this.question = question;
    }

    public String label() {
        return label;
    }

    /** What the rater is asked, shown next to the stars. */
    public String question() {
        return question;
    }
}

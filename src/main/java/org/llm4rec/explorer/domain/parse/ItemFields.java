package org.llm4rec.explorer.domain.parse;

/** Title, creator, explanation and year read from one entry of an answer, before it is given its rank. */
record ItemFields(String title, String creator, String explanation, Integer year) {

    ItemFields {
        title = title == null ? "" : title;
        creator = creator == null ? "" : creator;
        explanation = explanation == null ? "" : explanation;
    }

    ItemFields(String title, String creator, String explanation) {
        this(title, creator, explanation, null);
    }

    boolean hasTitle() {
        return !title.isBlank();
    }

    ItemFields withCreator(String value) {
        return new ItemFields(title, value, explanation, year);
    }

    ItemFields withYear(Integer value) {
        return value == null ? this : new ItemFields(title, creator, explanation, value);
    }

    ItemFields withMoreExplanation(String more) {
        if (more.isBlank()) {
            return this;
        }
        return new ItemFields(title, creator, explanation.isEmpty() ? more : explanation + " " + more, year);
    }

    ParsedItem ranked(int rank) {
        return new ParsedItem(rank, title, creator, explanation, year);
    }
}

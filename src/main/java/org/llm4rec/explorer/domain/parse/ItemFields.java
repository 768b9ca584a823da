package org.llm4rec.explorer.domain.parse;

/** Title, creator and explanation read from one entry of an answer, before it is given its rank. */
record ItemFields(String title, String creator, String explanation) {

    ItemFields {
        title = title == null ? "" : title;
        creator = creator == null ? "" : creator;
        explanation = explanation == null ? "" : explanation;
    }

    boolean hasTitle() {
        return !title.isBlank();
    }

    ItemFields withCreator(String value) {
        return new ItemFields(title, value, explanation);
    }

    ItemFields withMoreExplanation(String more) {
        if (more.isBlank()) {
            return this;
        }
        return new ItemFields(title, creator, explanation.isEmpty() ? more : explanation + " " + more);
    }

    ParsedItem ranked(int rank) {
        return new ParsedItem(rank, title, creator, explanation);
    }
}

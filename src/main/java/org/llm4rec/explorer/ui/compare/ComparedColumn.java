package org.llm4rec.explorer.ui.compare;

import org.llm4rec.explorer.domain.compare.RankedList;
import org.llm4rec.explorer.domain.grounding.CitationShare;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * A result column with a completed run, as the comparison sees it.
 *
 * @param letter A, B, C… in the order of the columns, to name it in the matrix
 * @param name   the run's model and the column's title: the model first, as strategy names are long
 * @param run    the run
 * @param list   the run's list, ready for the measures
 */
public record ComparedColumn(String letter, String name, RunRecord run, RankedList list) {

    static ComparedColumn of(int index, String title, RunRecord run) {
        return new ComparedColumn(letter(index), run.model() + " · " + title, run,
                RankedList.of(run.recommendations()));
    }

    /** A…Z, then AA, AB…, so that any number of columns is named. */
    static String letter(int index) {
        String letter = String.valueOf((char) ('A' + index % 26));
        return index < 26 ? letter : letter(index / 26 - 1) + letter;
    }

    /** "A 2/10": explanations citing absent history out of those given, or the letter and a dash without any. */
    String citingAbsentHistory() {
        CitationShare share = CitationShare.of(run.recommendations());
        return letter + " " + (share.explained() == 0 ? "–" : share.citingAbsent() + "/" + share.explained());
    }

    @Override
    public String toString() {
        return letter + "  " + name;
    }
}

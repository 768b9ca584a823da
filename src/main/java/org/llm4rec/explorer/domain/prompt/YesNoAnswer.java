package org.llm4rec.explorer.domain.prompt;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Yes/No answer as read from the model's text, with how strongly it leans to Yes: the confidence the answer
 * states ("Yes, confidence 0.8", "No (90% sure)"), else 1 for Yes and 0 for No.
 *
 * @param yes       the decision
 * @param yesScore  from 0 to 1; a stated confidence c in a No becomes 1 − c
 * @param bare      true when no confidence was stated
 */
public record YesNoAnswer(boolean yes, double yesScore, boolean bare) {
    private static final Pattern YES_OR_NO = Pattern.compile("(?i)\\b(yes|no)\\b");
    private static final Pattern CONFIDENCE =
            Pattern.compile("(?i)(?:confiden\\w*|probab\\w*|certain\\w*|sure)\\D{0,12}?(\\d+(?:\\.\\d+)?)\\s*(%)?"
                    + "|(\\d+(?:\\.\\d+)?)\\s*(%)\\s*(?:confiden\\w*|probab\\w*|certain\\w*|sure)");

    /** Empty when the text says neither Yes nor No. */
    public static Optional<YesNoAnswer> read(String text) {
        Matcher m = YES_OR_NO.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean yes = m.group(1).toLowerCase(Locale.ROOT).equals("yes");
        Double confidence = confidence(text);
        if (confidence == null) {
            return Optional.of(new YesNoAnswer(yes, yes ? 1 : 0, true));
        }
        return Optional.of(new YesNoAnswer(yes, yes ? confidence : 1 - confidence, false));
    }

    private static Double confidence(String text) {
        Matcher m = CONFIDENCE.matcher(text);
        if (!m.find()) {
            return null;
        }
        boolean before = m.group(1) != null;
        double value = Double.parseDouble(before ? m.group(1) : m.group(3));
        boolean percent = (before ? m.group(2) : m.group(4)) != null;
        double share = percent ? value / 100 : value;
        return share >= 0 && share <= 1 ? share : null;
    }
}

package org.llm4rec.explorer.domain.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the clauses in which an explanation says what the user has ("because you loved Titanic", "your love of
 * horror", "as a fan of Stephen King") and splits them into the words that name something. Phrases about the
 * future ("you'll love", "you might enjoy") say nothing about the history and are not claims.
 */
final class HistoryClaims {
    private static final String PAST_OR_TASTE = "(?:loved|liked|enjoyed|adored|watched|read|seen|saw|rated"
            + "|finished|appreciated|love|like|enjoy|adore|appreciate)";
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:"
            + "(?:you|someone who)(?:'ve|\u2019ve| have)?\\s+(?:(?:already|really|clearly|recently|also|previously"
            + "|particularly|especially|obviously|so)\\s+)?" + PAST_OR_TASTE
            + "|your\\s+(?:love|enjoyment|appreciation|fondness|interest|liking|taste|passion)\\s+(?:of|for|in)"
            + "|fan\\s+of"
            + "|your\\s+(?:viewing|reading|watch|rating)?\\s*history\\s+(?:includes|shows|with)"
            + "|your\\s+favou?rites?(?:,)?\\s+(?:like|such as|including))\\b");
    private static final Pattern CLAUSE_END = Pattern.compile(
            "(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Vol|vs))[.!?;](?=\\s|$)|\\n|\\s[\u2013\u2014-]\\s|\\s\u2014|\u2014\\s");
    private static final Pattern QUOTED = Pattern.compile(
            "[\"\u201c]([^\"\u201d]{2,100})[\"\u201d]|\\*{1,2}([^*]{2,100})\\*{1,2}|(?<!\\w)_([^_]{2,100})_(?!\\w)");
    private static final Pattern WORD = Pattern.compile("[^\\s,]+|,");
    private static final int CLAUSE_LIMIT = 240;
    /** How many words may stand between the cue and the first name ("you loved the epic romance of Titanic"). */
    private static final int LEAD_LIMIT = 8;
    private static final Set<String> JOINERS = Set.of("and", "or", "&", ",");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "a", "an", "in", "on", "at", "to", "for",
            "with", "from", "de", "la", "le", "du", "von", "van", "vs", "vs.");
    private static final Set<String> NOT_NAMES = Set.of("i", "it", "this", "that", "these", "those", "you", "your",
            "if", "so", "and", "but", "then", "its", "his", "her", "their", "we", "they", "my", "also");
    private static final Set<String> BY_CREATOR = Set.of("by", "of");
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)['\u2019]s?$");

    private HistoryClaims() {
    }

    /** The clauses that follow a claim about the history, in order. */
    static List<String> clauses(String explanation) {
        List<String> clauses = new ArrayList<>();
        if (explanation == null || explanation.isBlank()) {
            return clauses;
        }
        Matcher cue = CUE.matcher(explanation);
        while (cue.find()) {
            String rest = explanation.substring(cue.end(), Math.min(explanation.length(), cue.end() + CLAUSE_LIMIT));
            Matcher end = CLAUSE_END.matcher(rest);
            clauses.add(end.find() ? rest.substring(0, end.start()) : rest);
        }
        return clauses;
    }

    /** Quoted, starred or underscored titles in a clause: written as titles, so taken whole. */
    static List<String> quoted(String clause) {
        List<String> titles = new ArrayList<>();
        Matcher m = QUOTED.matcher(clause);
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    titles.add(m.group(g).strip());
                }
            }
        }
        return titles;
    }

    /**
     * The words of a clause from its first capitalised word to the first ordinary lower-case word after it:
     * the names the claim cites, still joined by commas and "and", since titles contain both.
     */
    static List<Word> names(String clause) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(clause);
        String previous = "";
        int lead = 0;
        while (m.find()) {
            String raw = m.group();
            String bare = raw.replaceAll("^[(\\[\"'\u2018\u201c]+|[)\\]\"'\u2019\u201d:]+$", "");
            String lower = bare.toLowerCase(Locale.ROOT);
            boolean capitalised = !bare.isEmpty() && (Character.isUpperCase(bare.codePointAt(0))
                    || Character.isDigit(bare.codePointAt(0))) && !NOT_NAMES.contains(lower);
            if (words.isEmpty()) {
                if (capitalised) {
                    words.add(Word.of(m.start(), raw, true, BY_CREATOR.contains(previous)));
                } else if (++lead > LEAD_LIMIT) {
                    break;
                }
                previous = lower;
                continue;
            }
            if (capitalised || JOINERS.contains(lower) || CONNECTORS.contains(lower)) {
                words.add(Word.of(m.start(), raw, capitalised, false));
            } else {
                break;
            }
            previous = lower;
        }
        while (!words.isEmpty() && !words.get(words.size() - 1).capitalised()) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /**
     * The part of a clause that states the claim: up to the last name, or the first few words when it names
     * nothing ("you love dark, twisty thrillers"). Genres are looked for here only, so that "since you loved
     * Titanic, a sweeping drama" does not read as a claim that the user likes dramas.
     */
    static String head(String clause, List<Word> names) {
        if (!names.isEmpty()) {
            return clause.substring(0, names.get(names.size() - 1).end());
        }
        Matcher m = WORD.matcher(clause);
        int end = 0;
        for (int n = 0; n < LEAD_LIMIT && m.find(); n++) {
            end = m.end();
        }
        return clause.substring(0, end);
    }

    /**
     * One word of a cited name.
     *
     * @param start        offset in the clause
     * @param end          end offset in the clause, without a possessive
     * @param text         the word without surrounding quotes or a possessive
     * @param capitalised  true for a name word, false for a joiner or connector
     * @param creator      true when the word reads as a creator ("Tolkien's", "books by Austen")
     */
    record Word(int start, int end, String text, boolean capitalised, boolean creator) {
        static Word of(int start, String raw, boolean capitalised, boolean afterBy) {
            Matcher possessive = POSSESSIVE.matcher(raw);
            boolean owns = capitalised && raw.length() > 2 && possessive.find();
            int cut = owns ? raw.length() - possessive.group().length() : raw.length();
            return new Word(start, start + cut, raw.substring(0, cut), capitalised, owns || afterBy);
        }

        boolean joiner() {
            return JOINERS.contains(text.toLowerCase(Locale.ROOT));
        }
    }
}

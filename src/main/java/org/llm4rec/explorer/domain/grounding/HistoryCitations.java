package org.llm4rec.explorer.domain.grounding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.grounding.HistoryClaims.Word;

/**
 * Checks what an explanation says the user has against the user's known history, without a model: a title is
 * backed when it names a history item as written, normalised, shortened to its series or main title ("Harry
 * Potter", "The Lord of the Rings") or with a typo; a creator when a history item is theirs; a genre when a history
 * item has it. Held-out targets are not history: an explanation that cites one claims what the user was never shown
 * to have. A creator cannot be checked when the dataset records none (MovieLens), so such claims are left alone.
 */
public final class HistoryCitations {
    private static final Pattern TRAILING_ARTICLE = Pattern.compile("^(.*), (The|A|An)(\\s*\\(\\d{4}\\))?$");
    /** Goodbooks' series note, "(The Lord of the Rings, #1)": readers cite the series by that name. */
    private static final Pattern SERIES_NOTE = Pattern.compile("\\(([^()#]+?),?\\s*#[\\d.]+\\)");
    private static final Pattern CATEGORY_SEPARATOR = Pattern.compile("[,|;]");
    private static final int MAX_CREATOR_WORDS = 4;

    /** Normalised title or variant key, to the history title it stands for. */
    private final Map<String, String> titleKeys = new HashMap<>();
    /** Normalised title variants that are a series or main title rather than the whole title. */
    private final Map<String, String> shortenedKeys = new HashMap<>();
    private final List<String> historyCreators = new ArrayList<>();
    private final Map<String, String> historyGenres = new LinkedHashMap<>();

    public HistoryCitations(Profile profile) {
        for (ProfileEntry entry : profile.visibleHistory()) {
            Item item = entry.item();
            String title = articleFirst(item.title());
            titleKeys.putIfAbsent(TitleNormaliser.normalise(title), item.title());
            for (String variant : TitleVariants.of(title)) {
                shortenedKeys.putIfAbsent(TitleNormaliser.normalise(variant), item.title());
            }
            Matcher series = SERIES_NOTE.matcher(item.title());
            while (series.find()) {
                shortenedKeys.putIfAbsent(TitleNormaliser.normalise(series.group(1)), item.title());
            }
            if (!item.creators().isBlank()) {
                historyCreators.add(item.creators());
            }
            genres(item).forEach(g -> historyGenres.putIfAbsent(g, g));
        }
    }

    /** Every claim about the history the explanation makes, backed or not, in the order written. */
    public List<Citation> check(String explanation, Item recommended) {
        List<Citation> citations = new ArrayList<>();
        Map<String, String> genreWords = new LinkedHashMap<>(historyGenres);
        if (recommended != null) {
            genres(recommended).forEach(g -> genreWords.putIfAbsent(g, ""));
        }
        String recommendedKey = recommended == null ? "" : TitleNormaliser.normalise(articleFirst(recommended.title()));
        for (String clause : HistoryClaims.clauses(explanation)) {
            List<String> quoted = HistoryClaims.quoted(clause);
            List<Word> words = quoted.isEmpty() ? HistoryClaims.names(clause) : List.of();
            StringBuilder head = new StringBuilder(HistoryClaims.head(clause, words));
            if (quoted.isEmpty()) {
                names(clause, words, recommendedKey, genreWords, citations, head);
            } else {
                int end = 0;
                for (String title : quoted) {
                    if (!isRecommended(title, recommendedKey)) {
                        citations.add(title(title).orElse(Citation.absent(title, CitationKind.ITEM)));
                    }
                    int at = clause.indexOf(title, end);
                    blank(head, at, at + title.length());
                    end = at + title.length();
                }
                head.setLength(Math.min(head.length(), end));
            }
            genresIn(head.toString(), genreWords, citations);
        }
        return List.copyOf(citations);
    }

    /** The claims the history does not back: what makes an explanation unfaithful. */
    public List<Citation> unsupported(String explanation, Item recommended) {
        return check(explanation, recommended).stream().filter(c -> !c.supported()).toList();
    }

    /** Cites each run of name words, longest history title first; what is cited is blanked from the head. */
    private void names(String clause, List<Word> words, String recommendedKey, Map<String, String> genreWords,
                       List<Citation> citations, StringBuilder head) {
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).capitalised()) {
                i++;
                continue;
            }
            int end = longestBacked(clause, words, i);
            if (end < 0) {
                end = pieceEnd(words, i);
                Citation c = unbackedPiece(clause, words, i, end, genreWords);
                if (c != null && !isRecommended(c.text(), recommendedKey)) {
                    citations.add(c);
                }
            } else {
                String text = span(clause, words, i, end);
                if (!isRecommended(text, recommendedKey)) {
                    citations.add(title(text).orElseThrow());
                }
            }
            blank(head, words.get(i).start(), words.get(end - 1).end());
            i = end;
        }
    }

    /**
     * The end (exclusive) of the longest run of words from {@code from} that names a history title, or -1. A run
     * that names one as written wins over a longer one that is only similar ("The Shawshank Redemption" rather
     * than "The Shawshank Redemption 5" in "you rated The Shawshank Redemption 5 stars").
     */
    private int longestBacked(String clause, List<Word> words, int from) {
        for (boolean similarToo : new boolean[] {false, true}) {
            for (int end = words.size(); end > from; end--) {
                if (words.get(end - 1).capitalised()
                        && title(span(clause, words, from, end), similarToo).isPresent()) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** Up to the next comma, "and" or "or": one name in a list of them. */
    private static int pieceEnd(List<Word> words, int from) {
        int end = from + 1;
        while (end < words.size() && !words.get(end).joiner() && !words.get(end - 1).creator()) {
            end++;
        }
        while (end > from + 1 && !words.get(end - 1).capitalised()) {
            end--;
        }
        return end;
    }

    private Citation unbackedPiece(String clause, List<Word> words, int from, int end,
                                   Map<String, String> genreWords) {
        String text = span(clause, words, from, end);
        String key = TitleNormaliser.normalise(text);
        if (key.isEmpty() || key.chars().allMatch(Character::isDigit)) {
            return null;
        }
        String genre = genreWords.get(singular(key));
        if (genre != null) {
            return new Citation(text, CitationKind.GENRE, genre, false);
        }
        if (end - from <= MAX_CREATOR_WORDS) {
            for (String creators : historyCreators) {
                if (CreatorMatch.matches(text, creators)) {
                    return new Citation(text, CitationKind.CREATOR, creators, false);
                }
            }
        }
        if (words.subList(from, end).stream().anyMatch(Word::creator)) {
            return historyCreators.isEmpty() ? null : Citation.absent(text, CitationKind.CREATOR);
        }
        return Citation.absent(text, CitationKind.ITEM);
    }

    private Optional<Citation> title(String text) {
        return title(text, true);
    }

    private Optional<Citation> title(String text, boolean similarToo) {
        String key = TitleNormaliser.normalise(articleFirst(text));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String exact = titleKeys.get(key);
        if (exact != null) {
            return Optional.of(new Citation(text, CitationKind.ITEM, exact, false));
        }
        String shortened = shortenedKeys.get(key);
        if (shortened != null) {
            return Optional.of(new Citation(text, CitationKind.ITEM, shortened, true));
        }
        for (Map.Entry<String, String> e : similarToo ? titleKeys.entrySet() : Map.<String, String>of().entrySet()) {
            if (similar(key, e.getKey()) || seriesOf(key, e.getKey())) {
                return Optional.of(new Citation(text, CitationKind.ITEM, e.getValue(), true));
            }
        }
        return Optional.empty();
    }

    private static boolean similar(String key, String historyKey) {
        int shorter = Math.min(key.length(), historyKey.length());
        int longer = Math.max(key.length(), historyKey.length());
        // Similarity is at most shorter / longer, so most titles are ruled out without an edit distance.
        return (double) shorter / longer >= CatalogueMatcher.FUZZY_THRESHOLD
                && TitleSimilarity.of(key, historyKey) >= CatalogueMatcher.FUZZY_THRESHOLD;
    }

    /** "harry potter" for "harry potter and the sorcerers stone": two words or more, so "the" alone is no series. */
    private static boolean seriesOf(String key, String historyKey) {
        return key.indexOf(' ') > 0 && historyKey.startsWith(key + " ");
    }

    private void genresIn(String text, Map<String, String> genreWords, List<Citation> citations) {
        String normalised = " " + TitleNormaliser.normalise(text) + " ";
        for (Map.Entry<String, String> genre : genreWords.entrySet()) {
            Matcher m = Pattern.compile(" " + Pattern.quote(genre.getKey()) + "(?:s|es)? ").matcher(normalised);
            String plural = " " + plural(genre.getKey()) + " ";
            if (m.find() || normalised.contains(plural)) {
                citations.add(genre.getValue().isEmpty() ? Citation.absent(genre.getKey(), CitationKind.GENRE)
                        : new Citation(genre.getKey(), CitationKind.GENRE, genre.getValue(), false));
            }
        }
    }

    private static boolean isRecommended(String text, String recommendedKey) {
        if (recommendedKey.isEmpty()) {
            return false;
        }
        String key = TitleNormaliser.normalise(articleFirst(text));
        return key.equals(recommendedKey) || similar(key, recommendedKey);
    }

    private static List<String> genres(Item item) {
        return CATEGORY_SEPARATOR.splitAsStream(item.categories())
                .map(TitleNormaliser::normalise)
                .filter(g -> !g.isEmpty() && !g.startsWith("no genres"))
                .toList();
    }

    private static String singular(String key) {
        if (key.endsWith("ies")) {
            return key.substring(0, key.length() - 3) + "y";
        }
        return key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

    private static String plural(String genre) {
        return genre.endsWith("y") ? genre.substring(0, genre.length() - 1) + "ies" : genre + "s";
    }

    /** "Shawshank Redemption, The (1994)", as MovieLens writes titles, read as "The Shawshank Redemption (1994)". */
    static String articleFirst(String title) {
        Matcher m = TRAILING_ARTICLE.matcher(title.strip());
        if (!m.matches()) {
            return title;
        }
        return m.group(2) + " " + m.group(1) + (m.group(3) == null ? "" : m.group(3));
    }

    private static String span(String clause, List<Word> words, int from, int end) {
        return clause.substring(words.get(from).start(), words.get(end - 1).end()).strip();
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            text.setCharAt(i, ' ');
        }
    }
}

package io.tearsheet.quotes.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One paragraph as the attribution rules see it: its plain text, its quotations, where its sentences start
 * (never inside a quotation) and its words outside quotations. Built once per paragraph per call.
 */
public final class ParagraphText {
    private static final byte YES = 1;
    private static final byte NO = 2;

    private final int index;
    private final String text;
    private final List<MarkedQuote> quotes;
    private boolean[] quoted;
    private final List<Integer> sentenceStarts;
    private List<Word> words;
    private boolean hasWords;
    /** Answers of {@link #isSpeechCue} by word, 0 where not asked yet. */
    private byte[] speechCues;
    /** Answers of {@link #subjectBefore}, by search start and cue word. */
    private java.util.Map<Long, SubjectFinder.Found> subjects;
    /** The ends ({@link MarkedQuote#after()}) and opening marks of the top-level quotations, in order. */
    private final int[] tops;
    private final int[] topOpens;

    public ParagraphText(int index, String text, List<MarkedQuote> quotes) {
        this.index = index;
        this.text = text;
        this.quotes = quotes;
        this.quoted = new boolean[text.length() + 1];
        for (MarkedQuote q : quotes) {
            if (q.depth() == 0) {
                int to = q.close() < 0 ? text.length() : q.close() + 1;
                for (int i = q.open(); i < to && i < quoted.length; i++) {
                    quoted[i] = true;
                }
            }
        }
        this.sentenceStarts = Sentences.starts(text, quoted);
        int count = 0;
        for (MarkedQuote q : quotes) {
            if (q.depth() == 0) {
                count++;
            }
        }
        this.tops = new int[count];
        this.topOpens = new int[count];
        int t = 0;
        for (MarkedQuote q : quotes) {
            if (q.depth() == 0) {
                tops[t] = q.after();
                topOpens[t++] = q.open();
            }
        }
        this.words = words(text, quoted);
        this.hasWords = !words.isEmpty();
    }

    public int index() {
        return index;
    }

    public String text() {
        return text;
    }

    public List<MarkedQuote> quotes() {
        return quotes;
    }

    /** Whether char {@code i} lies inside a quotation (its marks included). */
    public boolean isQuoted(int i) {
        return quoted != null && i >= 0 && i < quoted.length && quoted[i];
    }

    /**
     * Drops what only the rules and the mention finder need (the words, the quoted-char map), once the paragraph
     * has been through them.
     */
    void release() {
        words = List.of();
        quoted = null;
        speechCues = null;
        subjects = null;
    }

    /** A search whose answer depends only on the paragraph and two positions in it. */
    interface SubjectSearch {
        SubjectFinder.Found find(ParagraphText paragraph, int from, int cue);
    }

    /**
     * The subject {@code search} finds before word {@code cue} from char {@code from}, found once per paragraph: the
     * mention finder and the rules ask for the same cue's subject again.
     */
    SubjectFinder.Found subjectBefore(int from, int cue, SubjectSearch search) {
        long key = (long) from << 32 | cue;
        if (subjects == null) {
            subjects = new java.util.HashMap<>();
        } else if (subjects.containsKey(key)) {
            return subjects.get(key);
        }
        SubjectFinder.Found found = search.find(this, from, cue);
        subjects.put(key, found);
        return found;
    }

    /** A test of one word in its paragraph whose answer depends on nothing else. */
    interface WordTest {
        boolean test(ParagraphText paragraph, int word);
    }

    /**
     * Whether word {@code i} is a speech cue, asking {@code decide} the first time only: every rule and the mention
     * finder ask about the same words, and the answer takes a dozen word-list look-ups.
     */
    boolean isSpeechCue(int i, WordTest decide) {
        if (speechCues == null) {
            speechCues = new byte[words.size()];
        }
        if (speechCues[i] == 0) {
            speechCues[i] = decide.test(this, i) ? YES : NO;
        }
        return speechCues[i] == YES;
    }

    /** Whether the paragraph has words outside its quotations (kept after {@link #release()}). */
    public boolean hasWordsOutsideQuotations() {
        return hasWords;
    }

    /** The words outside quotations, in order. */
    public List<Word> words() {
        return words;
    }

    /** Where the sentence holding char {@code i} starts. */
    public int sentenceStart(int i) {
        int k = Collections.binarySearch(sentenceStarts, i);
        if (k >= 0) {
            return i;
        }
        int insertion = -k - 1;
        return insertion == 0 ? 0 : sentenceStarts.get(insertion - 1);
    }

    /** The number of the sentence holding char {@code i}, from 0. */
    public int sentenceIndex(int i) {
        int k = Collections.binarySearch(sentenceStarts, i);
        return k >= 0 ? k + 1 : -k - 1;
    }

    /** How many sentences the paragraph has. */
    public int sentenceCount() {
        return sentenceStarts.size() + 1;
    }

    /** Where the sentence holding char {@code i} ends: the start of the next one, or the paragraph's end. */
    public int sentenceEnd(int i) {
        int k = Collections.binarySearch(sentenceStarts, i + 1);
        int insertion = k >= 0 ? k : -k - 1;
        return insertion < sentenceStarts.size() ? sentenceStarts.get(insertion) : text.length();
    }

    /** One past the closing mark of the last top-level quotation that ends at or before {@code i}, or 0. */
    public int lastQuotationEndBefore(int i) {
        int k = firstQuotationEndingAfter(i);
        return k == 0 ? 0 : tops[k - 1];
    }

    /** The opening mark of the last top-level quotation that ends at or before {@code i}, or 0. */
    public int lastQuotationOpenBefore(int i) {
        int k = firstQuotationEndingAfter(i);
        return k == 0 ? 0 : topOpens[k - 1];
    }

    /** Whether a top-level quotation overlaps chars [from, to). */
    public boolean hasQuotation(int from, int to) {
        int k = firstQuotationEndingAfter(from);
        return k < topOpens.length && topOpens[k] < to;
    }

    private int firstQuotationEndingAfter(int i) {
        int lo = 0;
        int hi = tops.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tops[mid] <= i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first word at or after char {@code i}. */
    public int wordAt(int i) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<Word> words(String text, boolean[] quoted) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (quoted[i] || !isWordChar(text, i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !quoted[i] && isWordChar(text, i)) {
                i++;
            }
            int end = i;
            // keep the full stop of "Mr." and initials, not that of a sentence's last word
            if (end < n && text.charAt(end) == '.' && Abbreviations.endsAt(text, end)) {
                end++;
                i++;
            }
            while (end > start && isTrailingMark(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new Word(start, end, text.substring(start, end)));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        if (c == '.' && Sentences.isGluedStop(text, i)) {
            return false; // "said.Trump": two words, the sentence between them ended
        }
        if (c == '\'' || c == '’' || c == '-' || c == '‑' || c == '.' || c == '&') {
            return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1))
                    || (c == '’' || c == '\'') && i > 0 && text.charAt(i - 1) == 's';
        }
        return false;
    }

    private static boolean isTrailingMark(char c) {
        return c == '-' || c == '&';
    }
}

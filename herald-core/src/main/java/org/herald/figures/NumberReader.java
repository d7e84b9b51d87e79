package org.herald.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.figures.FigureWords.NumberWord;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.Token;

/**
 * Finds the numbers of a sentence and reads their values: digits ("2,600", "1.5", "3bn"), words ("nineteen",
 * "twenty-five", "two hundred and fifty", "1.5 million", "a dozen"), vague numbers ("dozens", "tens of thousands",
 * "several hundred"), ranges ("between 10 and 20", "10 to 20", "10-20", "two or three") and the signs around them
 * ("$3 billion", "25%"). What a number counts is {@link FigureFinder}'s business.
 */
public final class NumberReader {
    private static final Pattern DIGITS = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final Pattern SUFFIXED = Pattern.compile("(\\d+(?:\\.\\d+)?)([a-z]+)");
    private static final Pattern RANGE = Pattern.compile("(\\d[\\d,.]*)[-\u2013](\\d[\\d,.]*)");

    /**
     * A number phrase: tokens {@code first..last} (with "between", "a" and the signs), the number tokens
     * {@code numFirst..numLast}, its value, and for a range or vague number its bounds (NaN otherwise);
     * {@code signBefore}/{@code signAfter} are token indices of "$" / "%" signs or -1.
     */
    public record NumberPhrase(int first, int last, int numFirst, int numLast, double value, double low, double high,
                               boolean range, boolean vague, int signBefore, int signAfter, FigureWords.Counted sign) {
        public boolean covers(int k) { return k >= first && k <= last; }
    }

    /** A value read from number tokens: low..high (equal for an exact number). */
    record Read(double low, double high, boolean vague, boolean bigMultiplier) {}

    private final FigureWords words;

    public NumberReader(FigureWords words) {
        this.words = words;
    }

    /** Every number phrase of the sentence, in order. */
    public List<NumberPhrase> find(ParsedSentence s) {
        List<NumberPhrase> out = new ArrayList<>();
        int i = 1;
        while (i <= s.size()) {
            int end = numberEnd(s, i);
            if (end < i) {
                i++;
                continue;
            }
            int start = i;
            Read first = read(s, start, end);
            if (first == null) {
                i = end + 1;
                continue;
            }
            // "rose from 10 to 20": the count now is the second number; the first is left out.
            if (start > 1 && lower(s, start - 1).equals("from") && end + 2 <= s.size() && lower(s, end + 1).equals("to") && numberEnd(s, end + 2) >= end + 2) {
                i = end + 2;
                continue;
            }
            NumberPhrase p = rangeAfter(s, start, end, first);
            if (p == null) p = phrase(s, start, start, end, first.low(), first.high(), false, first.vague());
            out.add(p);
            i = p.numLast() + 1;
        }
        return out;
    }

    /** "between 10 and 20", "10 to 20", "two or three", "10-20": a range, or null. */
    private NumberPhrase rangeAfter(ParsedSentence s, int start, int end, Read first) {
        if (end + 2 > s.size()) return null;
        String link = lower(s, end + 1);
        boolean between = start > 1 && lower(s, start - 1).equals("between");
        if (!(link.equals("to") || link.equals("or") || link.equals("-") || link.equals("\u2013") || (link.equals("and") && between))) return null;
        int end2 = numberEnd(s, end + 2);
        if (end2 < end + 2) return null;
        Read second = read(s, end + 2, end2);
        if (second == null) return null;
        double lo = first.low(), hi = second.high();
        // "between 10 and 20 million": the first number counts in the second's multiplier.
        if (second.bigMultiplier() && !first.bigMultiplier()) {
            double scale = multiplierOf(s, end + 2, end2);
            lo *= scale;
        }
        if (lo > hi) return null; // "10 to 5" is no range
        return phrase(s, between ? start - 1 : start, start, end2, lo, hi, true, first.vague() || second.vague());
    }

    private double multiplierOf(ParsedSentence s, int from, int to) {
        double m = 1;
        for (int k = from; k <= to; k++) {
            Optional<NumberWord> w = words.number(lower(s, k));
            if (w.isPresent() && w.get().kind() == NumberWord.Kind.MULTIPLIER && w.get().value() >= 1000) m *= w.get().value();
        }
        return m;
    }

    private NumberPhrase phrase(ParsedSentence s, int first, int numFirst, int numLast, double lo, double hi, boolean range, boolean vague) {
        int signBefore = -1, signAfter = -1;
        FigureWords.Counted sign = null;
        int f = first;
        // "a dozen", "an estimated" is a qualifier's business: only a bare article before a multiplier belongs here.
        if (f > 1 && isArticle(s, f - 1) && words.number(lower(s, numFirst)).map(w -> w.kind() == NumberWord.Kind.MULTIPLIER).orElse(false)) f--;
        int before = f - 1;
        if (before >= 1) {
            Optional<FigureWords.Counted> c = words.symbol(lower(s, before));
            if (c.isPresent()) {
                signBefore = before;
                sign = c.get();
                f = before;
            }
        }
        int l = numLast;
        if (sign == null && l + 1 <= s.size()) {
            Optional<FigureWords.Counted> c = words.symbol(lower(s, l + 1));
            if (c.isPresent()) {
                signAfter = l + 1;
                sign = c.get();
                l++;
            }
        }
        boolean isRange = range || vague;
        double value = lo;
        return new NumberPhrase(f, l, numFirst, numLast, value, isRange ? lo : Double.NaN, isRange ? hi : Double.NaN, range, vague,
                signBefore, signAfter, sign);
    }

    /** The last token of a number starting at {@code i}, or {@code i - 1} when no number starts there. */
    int numberEnd(ParsedSentence s, int i) {
        if (!startsNumber(s, i)) return i - 1;
        int end = i;
        while (end + 1 <= s.size()) {
            int next = end + 1;
            String w = lower(s, next);
            Optional<NumberWord> nw = words.number(w);
            if (nw.isPresent() && nw.get().kind() == NumberWord.Kind.MULTIPLIER) {
                end = next;
            } else if (nw.isPresent() && nw.get().kind() == NumberWord.Kind.UNIT && isWordNumber(s, end) && s.token(next).pos().equals("CD")) {
                end = next; // "twenty five", "thousand five hundred"
            } else if (isHyphenedUnits(w) && isWordNumber(s, end)) {
                end = next;
            } else if (w.equals("and") && next + 1 <= s.size() && isMultiplierWord(s, end) && isUnitWord(s, next + 1)) {
                end = next + 1; // "two hundred and fifty"
            } else if (w.equals("of") && next + 1 <= s.size() && isVague(s, end) && isVague(s, next + 1)) {
                end = next + 1; // "tens of thousands"
            } else {
                break;
            }
        }
        return end;
    }

    private boolean startsNumber(ParsedSentence s, int i) {
        Token t = s.token(i);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (DIGITS.matcher(w).matches()) return true;
        Matcher m = SUFFIXED.matcher(w);
        if (m.matches() && words.number(m.group(2)).map(x -> x.kind() == NumberWord.Kind.SUFFIX || x.kind() == NumberWord.Kind.MULTIPLIER).orElse(false)) return true;
        if (RANGE.matcher(w).matches()) return true;
        Optional<NumberWord> nw = words.number(w);
        if (nw.isPresent()) {
            return switch (nw.get().kind()) {
                case UNIT -> t.pos().equals("CD");
                case MULTIPLIER -> t.pos().equals("CD") || (i > 1 && isArticle(s, i - 1));
                case VAGUE -> true;
                case SUFFIX -> false;
            };
        }
        return isHyphenedUnits(w) && t.pos().equals("CD");
    }

    /** Reads tokens {@code from..to} as one number, or null when they do not make one. */
    Read read(ParsedSentence s, int from, int to) {
        double totalLo = 0, totalHi = 0, curLo = 0, curHi = 0;
        boolean has = false, vague = false, big = false, afterOf = false;
        for (int k = from; k <= to; k++) {
            String w = lower(s, k);
            if (w.equals("and")) continue;
            if (w.equals("of")) {
                afterOf = true;
                continue;
            }
            Matcher range = RANGE.matcher(w);
            if (range.matches() && from == to) {
                Double a = digits(range.group(1)), b = digits(range.group(2));
                if (a == null || b == null || a > b) return null;
                return new Read(a, b, true, false);
            }
            Double d = digits(w);
            if (d != null) {
                curLo += d;
                curHi += d;
                has = true;
                continue;
            }
            Matcher m = SUFFIXED.matcher(w);
            if (m.matches()) {
                Optional<NumberWord> suffix = words.number(m.group(2));
                if (suffix.isEmpty()) return null;
                double v = Double.parseDouble(m.group(1)) * suffix.get().value();
                curLo += v;
                curHi += v;
                has = true;
                big |= suffix.get().value() >= 1000;
                continue;
            }
            if (isHyphenedUnits(w)) {
                double v = 0;
                for (String part : w.split("-")) v += words.number(part).orElseThrow().value();
                curLo += v;
                curHi += v;
                has = true;
                continue;
            }
            Optional<NumberWord> nw = words.number(w);
            if (nw.isEmpty()) return null;
            NumberWord n = nw.get();
            switch (n.kind()) {
                case UNIT -> {
                    curLo += n.value();
                    curHi += n.value();
                    has = true;
                }
                case MULTIPLIER -> {
                    if (!has) {
                        curLo = 1;
                        curHi = 1;
                        has = true;
                    }
                    if (n.value() < 1000) {
                        curLo *= n.value();
                        curHi *= n.value();
                    } else {
                        totalLo += curLo * n.value();
                        totalHi += curHi * n.value();
                        curLo = 0;
                        curHi = 0;
                        big = true;
                    }
                }
                case VAGUE -> {
                    if (afterOf && has && !Double.isNaN(n.value())) {
                        // "tens of thousands": the vague number before counts in this one's unit.
                        curLo *= n.value();
                        curHi *= n.value();
                        big |= n.value() >= 1000;
                    } else {
                        curLo += n.low();
                        curHi += n.high();
                        has = true;
                    }
                    vague = true;
                }
                case SUFFIX -> { return null; }
            }
            afterOf = false;
        }
        if (!has) return null;
        return new Read(totalLo + curLo, totalHi + curHi, vague, big);
    }

    private static Double digits(String w) {
        if (!DIGITS.matcher(w).matches()) return null;
        try {
            return Double.parseDouble(w.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean isHyphenedUnits(String w) {
        if (!w.contains("-")) return false;
        for (String part : w.split("-")) {
            if (part.isEmpty() || !words.number(part).map(x -> x.kind() == NumberWord.Kind.UNIT).orElse(false)) return false;
        }
        return true;
    }

    private boolean isWordNumber(ParsedSentence s, int k) {
        String w = lower(s, k);
        return isHyphenedUnits(w) || words.number(w).map(x -> x.kind() == NumberWord.Kind.UNIT || x.kind() == NumberWord.Kind.MULTIPLIER).orElse(false);
    }

    private boolean isMultiplierWord(ParsedSentence s, int k) {
        return words.number(lower(s, k)).map(x -> x.kind() == NumberWord.Kind.MULTIPLIER).orElse(false);
    }

    private boolean isUnitWord(ParsedSentence s, int k) {
        String w = lower(s, k);
        return isHyphenedUnits(w) || words.number(w).map(x -> x.kind() == NumberWord.Kind.UNIT).orElse(false);
    }

    private boolean isVague(ParsedSentence s, int k) {
        return words.number(lower(s, k)).map(x -> x.kind() == NumberWord.Kind.VAGUE).orElse(false);
    }

    private static boolean isArticle(ParsedSentence s, int k) {
        String w = lower(s, k);
        return w.equals("a") || w.equals("an");
    }

    static String lower(ParsedSentence s, int k) {
        return s.token(k).word().toLowerCase(Locale.ROOT);
    }
}

package org.herald.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A numeric claim in an article: how many of what, how sure, and who says so.
 *
 * @param sentence     index of the sentence
 * @param begin        first character of the figure's words in the sentence's text
 * @param end          one past the last character
 * @param text         the figure's words ("surpassed 2,600", "a 25%", "dozens of protesters")
 * @param value        the number (for a range or a vague number, its lower end: "dozens" is 24)
 * @param low          lower end of a range or of a vague number ("between 10 and 20", "hundreds"); NaN otherwise
 * @param high         upper end, as {@code low}
 * @param unit         {@code persons}, a currency code ({@code USD}), {@code percent}, {@code tonnes} ... or ""
 * @param category     what kind of count: deaths, injuries, arrests, displaced, troops, people, money, percent ...
 * @param counted      the story's word for what is counted ("fatalities", "protesters", "tariff"); "" when the
 *                     number stands alone ("killed 27")
 * @param among        whom the count covers, when the story says ("demonstrators and security forces")
 * @param qualifier    more than, at least, about, almost, up to, less than, exactly, between, or ""
 * @param claimant     actor code of who gives the figure (the speaker of the quote it is in), "" when unknown or
 *                     the story itself
 * @param claimantText the claimant's words ("The Human Rights Activists News Agency")
 * @param event        index into the article's event list of the event the figure belongs to, -1 when none
 */
public record Figure(String articleId, int sentence, int begin, int end, String text,
                     double value, double low, double high, String unit, String category, String counted, String among,
                     String qualifier, String claimant, String claimantText, int event) {
    public Figure {
        text = text == null ? "" : text;
        unit = unit == null ? "" : unit;
        category = category == null ? "" : category;
        counted = counted == null ? "" : counted;
        among = among == null ? "" : among;
        qualifier = qualifier == null ? "" : qualifier;
        claimant = claimant == null ? "" : claimant;
        claimantText = claimantText == null ? "" : claimantText;
    }

    public boolean isRange() { return !Double.isNaN(low); }

    /** The same figure tied to the event at {@code index} of the article's list. */
    public Figure withEvent(int index) {
        return new Figure(articleId, sentence, begin, end, text, value, low, high, unit, category, counted, among, qualifier,
                claimant, claimantText, index);
    }

    /** "more than 2,600 deaths (fatalities) among demonstrators and security forces, says IRNHRI" for tables. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (!qualifier.isEmpty() && !qualifier.equals("between")) sb.append(qualifier).append(' ');
        sb.append(isRange() ? number(low) + "-" + number(high) : number(value));
        if (unit.equals("percent")) sb.append('%');
        else if (!unit.isEmpty() && !unit.equals("persons")) sb.append(' ').append(unit);
        if (!category.equals("percent") && !category.equals("money")) sb.append(' ').append(category);
        if (!counted.isEmpty() && !counted.equalsIgnoreCase(category)) {
            sb.append(category.equals("percent") || category.equals("money") ? " " + counted : " (" + counted + ")");

        }
        boolean measure = category.equals("percent") || category.equals("money");
        if (!among.isEmpty()) sb.append(measure ? " (" + among + ")" : " among " + among);
        if (!claimant.isEmpty() || !claimantText.isEmpty()) sb.append(", says ").append(claimant.isEmpty() ? claimantText : claimant);
        return sb.toString();
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    /** The fields under their exchange names, in the order of the JSON and CSV outputs. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", articleId);
        m.put("sentence", sentence);
        m.put("value", value);
        m.put("low", Double.isNaN(low) ? null : low);
        m.put("high", Double.isNaN(high) ? null : high);
        m.put("unit", unit);
        m.put("category", category);
        m.put("counted", counted);
        m.put("among", among);
        m.put("qualifier", qualifier);
        m.put("claimant", claimant);
        m.put("claimant_text", claimantText);
        m.put("event", event < 0 ? null : event);
        m.put("text", text);
        m.put("begin", begin);
        m.put("end", end);
        return m;
    }
}

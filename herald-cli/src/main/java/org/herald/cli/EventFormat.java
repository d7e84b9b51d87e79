package org.herald.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Figure;
import org.herald.model.Quote;

/**
 * How events are written: JSON Lines (one object per event, with the quotes it is in and the figures that belong to
 * it; with claims also a line per quote and figure, marked "record"), CSV (header + rows) or a readable table (with
 * the quotes and figures after the events).
 */
enum EventFormat {
    JSONL, CSV, TABLE;

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** A writer for a stream of events; call {@link Sink#close()} at the end (the table is printed then). */
    Sink open(PrintWriter out, boolean explain) {
        return switch (this) {
            case JSONL -> new Sink(out, explain) {
                @Override void write(Event e) {
                    line(eventFields(e));
                }

                /** Each event with the quotes it is in and the figures that belong to it; with claims, every quote and figure. */
                @Override void article(CodedArticle c, boolean claims) {
                    for (int i = 0; i < c.events().size(); i++) {
                        final int index = i;
                        Map<String, Object> m = eventFields(c.events().get(i));
                        m.put("quotes", c.quotes().stream().filter(q -> q.events().contains(index)).map(Quote::fields).toList());
                        m.put("figures", c.figures().stream().filter(f -> f.event() == index).map(Figure::fields).toList());
                        line(m);
                    }
                    if (!claims) return;
                    for (Quote q : c.quotes()) line(record("quote", q.fields()));
                    for (Figure f : c.figures()) line(record("figure", f.fields()));
                }

                private Map<String, Object> eventFields(Event e) {
                    Map<String, Object> m = e.fields();
                    if (explain) m.put("explanation", e.explanation());
                    return m;
                }

                private Map<String, Object> record(String kind, Map<String, Object> fields) {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("record", kind);
                    m.putAll(fields);
                    return m;
                }

                private void line(Map<String, Object> m) {
                    try {
                        out.println(JSON.writeValueAsString(m));
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                }
            };
            case CSV -> new Sink(out, explain) {
                CSVPrinter csv;
                @Override void write(Event e) {
                    try {
                        if (csv == null) {
                            // The header is the event's own field names, so CSV and JSON cannot drift apart.
                            List<String> header = new java.util.ArrayList<>(e.fields().keySet());
                            if (explain) header.add("explanation");
                            csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
                        }
                        List<Object> vals = new java.util.ArrayList<>(e.fields().values());
                        if (explain) vals.add(e.explanation());
                        csv.printRecord(vals);
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                }
            };
            case TABLE -> new Sink(out, explain) {
                final List<Event> rows = new java.util.ArrayList<>();
                final List<Quote> quotes = new java.util.ArrayList<>();
                final List<Figure> figures = new java.util.ArrayList<>();
                @Override void write(Event e) { rows.add(e); }
                @Override void article(CodedArticle c, boolean claims) {
                    rows.addAll(c.events());
                    quotes.addAll(c.quotes());
                    figures.addAll(c.figures());
                }
                @Override void close() {
                    String fmt = "%-10s %3s %-10s %-10s %-5s %5s %s %-10s %-10s %4s %-18s %s%n";
                    out.printf(fmt, "article", "sen", "date", "source", "code", "gold", "q", "plover", "target", "conf", "place", "trigger / evidence");
                    for (Event e : rows) {
                        String by = e.pattern().startsWith("model:") ? "[model] " : "";
                        out.printf(fmt, clip(e.articleId(), 10), e.sentence(), e.date(), dash(e.source()), e.code(),
                                String.format("%.1f", e.goldstein()), e.quadClass(), clip(e.ploverType(), 10), dash(e.target()),
                                Double.isNaN(e.confidence()) ? "-" : String.format(java.util.Locale.ROOT, "%.2f", e.confidence()),
                                e.location().known() ? clip(e.location().name(), 13) + " " + e.location().country() : "-",
                                by + e.trigger() + ": " + clip(e.evidence(), 90));
                        if (explain) out.println("    " + e.explanation());
                    }
                    out.println(rows.size() + " events");
                    if (!quotes.isEmpty()) {
                        out.printf("%-10s %3s %-9s %-10s %-30s %s%n", "article", "sen", "quote", "speaker", "speaker words", "quoted");
                        for (Quote q : quotes) {
                            out.printf("%-10s %3d %-9s %-10s %-30s %s%n", clip(q.articleId(), 10), q.sentence(), q.kind(), dash(q.speaker()),
                                    clip(q.speakerText(), 30), clip(q.text(), 90));
                        }
                        out.println(quotes.size() + " quotes");
                    }
                    if (!figures.isEmpty()) {
                        out.printf("%-10s %3s %-10s %s%n", "article", "sen", "category", "figure");
                        for (Figure f : figures) {
                            out.printf("%-10s %3d %-10s %s%n", clip(f.articleId(), 10), f.sentence(), f.category(), clip(f.describe(), 110));
                        }
                        out.println(figures.size() + " figures");
                    }
                    out.flush();
                }
            };
        };
    }

    private static String dash(String s) { return s.isEmpty() ? "---" : s; }

    private static String clip(String s, int n) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= n ? one : one.substring(0, n - 3) + "...";
    }

    abstract static class Sink {
        final PrintWriter out;
        final boolean explain;
        Sink(PrintWriter out, boolean explain) { this.out = out; this.explain = explain; }
        abstract void write(Event e);
        /** One coded article: its events; a format may add its quotes and figures ({@code claims}: all of them). */
        void article(CodedArticle c, boolean claims) { c.events().forEach(this::write); }
        void close() { out.flush(); }
    }
}

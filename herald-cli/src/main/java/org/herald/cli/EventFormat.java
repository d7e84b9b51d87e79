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
import org.herald.model.Event;

/** How events are written: JSON Lines (one object per event), CSV (header + rows) or a readable table. */
enum EventFormat {
    JSONL, CSV, TABLE;

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** A writer for a stream of events; call {@link Sink#close()} at the end (the table is printed then). */
    Sink open(PrintWriter out, boolean explain) {
        return switch (this) {
            case JSONL -> new Sink(out, explain) {
                @Override void write(Event e) {
                    Map<String, Object> m = e.fields();
                    if (explain) m.put("explanation", e.explanation());
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
                @Override void write(Event e) { rows.add(e); }
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
        void close() { out.flush(); }
    }
}

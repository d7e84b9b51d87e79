package org.herald.spark;

import java.util.ArrayList;
import java.util.List;

/** The job's command line: {@code [options] INPUT... OUTPUT}. */
record JobArguments(List<String> inputs, String output, String master, JobOptions options) {
    static final String USAGE = "usage: herald spark [--master URL] [--input-format auto|wire|jsonl|text] [--date YYYY-MM-DD] "
            + "[--max-article-chars N] [--partitions N] [--no-model] [--no-story-discards] INPUT... OUTPUT";

    static JobArguments parse(String[] args) {
        List<String> paths = new ArrayList<>();
        String master = null;
        JobOptions d = JobOptions.defaults();
        String format = d.inputFormat(), date = d.date();
        int maxChars = d.maxArticleChars(), partitions = d.partitions();
        boolean model = d.model(), discards = d.storyDiscards();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--master" -> master = value(args, ++i, a);
                case "--input-format" -> {
                    format = value(args, ++i, a);
                    org.herald.read.InputFormat.parse(format); // refuses an unknown format here, not on the executors
                }
                case "--date" -> {
                    date = value(args, ++i, a);
                    try {
                        java.time.LocalDate.parse(date);
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new IllegalArgumentException("--date must be YYYY-MM-DD, not '" + date + "'");
                    }
                }
                case "--max-article-chars" -> maxChars = positive(value(args, ++i, a), a);
                case "--partitions" -> partitions = positive(value(args, ++i, a), a);
                case "--no-model" -> model = false;
                case "--no-story-discards" -> discards = false;
                default -> {
                    if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a);
                    paths.add(a);
                }
            }
        }
        if (paths.size() < 2) throw new IllegalArgumentException("give at least one INPUT and an OUTPUT directory");
        return new JobArguments(List.copyOf(paths.subList(0, paths.size() - 1)), paths.get(paths.size() - 1), master,
                new JobOptions(format, date, maxChars, model, discards, partitions));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static int positive(String v, String option) {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new IllegalArgumentException(option + " must be a positive whole number, not '" + v + "'");
    }
}

package org.herald.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes sentences in CoNLL-U, the Universal Dependencies exchange format. Used to hand-build
 * parses for tests and to show parses to users. Columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC;
 * Herald reads the Penn tag from XPOS (falling back to UPOS) and the entity type from MISC {@code NER=...}.
 */
public final class ConllU {
    private ConllU() {}

    /** Parses one or more sentences separated by blank lines; {@code source} names the input in errors. */
    public static List<ParsedSentence> read(String source, String text) {
        List<ParsedSentence> out = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        String sentText = null;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n <= lines.length; n++) {
            String line = n < lines.length ? lines[n].strip() : "";
            if (line.isEmpty()) {
                if (!tokens.isEmpty()) {
                    out.add(build(out.size(), sentText, tokens, deps));
                    tokens = new ArrayList<>();
                    deps = new ArrayList<>();
                    sentText = null;
                }
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith("# text =")) sentText = line.substring("# text =".length()).strip();
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 8) f = line.split("\\s+");
            if (f.length < 8) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": expected 10 CoNLL-U columns, got " + f.length);
            }
            if (f[0].contains("-") || f[0].contains(".")) continue; // multiword or empty nodes
            int id, head;
            try {
                id = Integer.parseInt(f[0]);
                head = Integer.parseInt(f[6]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": ID and HEAD must be numbers: " + line);
            }
            String pos = f[4].equals("_") ? f[3] : f[4];
            String ner = "O";
            if (f.length > 9) {
                for (String kv : f[9].split("\\|")) if (kv.startsWith("NER=")) ner = kv.substring(4);
            }
            String lemma = f[2].equals("_") ? f[1] : f[2];
            tokens.add(new Token(id, f[1], lemma, pos, ner, -1, -1));
            deps.add(new Dependency(head, id, f[7]));
        }
        return out;
    }

    private static ParsedSentence build(int index, String text, List<Token> tokens, List<Dependency> deps) {
        StringBuilder sb = new StringBuilder();
        List<Token> placed = new ArrayList<>();
        for (Token t : tokens) {
            if (sb.length() > 0) sb.append(' ');
            int b = sb.length();
            sb.append(t.word());
            placed.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), b, sb.length()));
        }
        // Offsets always follow the space-joined words, so spans are exact; "# text" is kept only for display.
        return new ParsedSentence(index, sb.toString(), placed, deps);
    }

    /** Writes one sentence as CoNLL-U (UPOS left as "_"; Penn tag in XPOS; NER in MISC). */
    public static String write(ParsedSentence s) {
        StringBuilder sb = new StringBuilder();
        sb.append("# sent_id = ").append(s.index()).append('\n');
        sb.append("# text = ").append(s.text().replace('\n', ' ')).append('\n');
        for (Token t : s.tokens()) {
            sb.append(t.index()).append('\t').append(t.word()).append('\t').append(t.lemma()).append("\t_\t")
              .append(t.pos()).append("\t_\t").append(s.head(t.index())).append('\t').append(s.relation(t.index()))
              .append("\t_\t").append(t.ner().equals("O") ? "_" : "NER=" + t.ner()).append('\n');
        }
        return sb.append('\n').toString();
    }
}

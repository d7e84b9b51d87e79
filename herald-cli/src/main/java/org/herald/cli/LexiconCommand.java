package org.herald.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.herald.codes.CameoCodebook;
import org.herald.lexicon.Lexicon;
import org.herald.lexicon.LexiconWriter;
import org.herald.lexicon.Seed;
import org.herald.lexicon.Seeds;
import org.herald.lexicon.WordNetExpander;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Regenerates the WordNet-expanded event lexicon from the hand seeds, or lists a word's WordNet senses. */
@Command(name = "lexicon", description = "Generate herald/patterns/lexicon-{verbs,nouns}.tsv from herald/lexicon/seeds.tsv and WordNet 3.1.")
final class LexiconCommand implements Callable<Integer> {
    static final String RESOURCES = "herald-core/src/main/resources/herald/";

    @Option(names = "--seeds", paramLabel = "DIR", description = "seeds.tsv, stoplist.tsv, options.tsv (default: the repository's herald/lexicon)")
    Path seeds;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the lexicon files (default: the repository's herald/patterns)")
    Path out;

    @Option(names = "--hand", paramLabel = "DIR", description = "the hand verbs.tsv and nouns.tsv (default: the repository's herald/patterns)")
    Path hand;

    @Option(names = "--senses", paramLabel = "WORD", description = "list WORD's WordNet senses (sense key, file, lemmas, gloss) and exit")
    String senses;

    @Override
    public Integer call() {
        WordNetExpander wordnet = WordNetExpander.wordNet31();
        if (senses != null) {
            var lines = wordnet.senses(senses.strip().replace(' ', '_'));
            lines.forEach(System.out::println);
            if (lines.isEmpty()) System.err.println("herald: WordNet has no verb or noun '" + senses + "'");
            return lines.isEmpty() ? 1 : 0;
        }
        Path root = repositoryRoot();
        Path seedDir = seeds != null ? seeds : root.resolve(RESOURCES + "lexicon");
        Path outDir = out != null ? out : root.resolve(RESOURCES + "patterns");
        Path handDir = hand != null ? hand : root.resolve(RESOURCES + "patterns");
        CameoCodebook codes = CameoCodebook.standard();
        Seeds s = Seeds.load(seedDir, codes);
        Path verbs = handDir.resolve("verbs.tsv"), nouns = handDir.resolve("nouns.tsv");
        Lexicon lexicon = Lexicon.build(s, wordnet, LexiconWriter.handLemmas(verbs), LexiconWriter.handLemmas(nouns));
        lexicon.notes().forEach(n -> System.err.println("herald lexicon: " + n));
        LexiconWriter.write(lexicon, outDir);
        long seeded = s.seeds().stream().map(Seed::code).distinct().count();
        System.out.print(LexiconWriter.summary(lexicon, codes, verbs, nouns, (int) seeded));
        System.out.println("wrote " + outDir.resolve(LexiconWriter.VERBS) + " and " + outDir.resolve(LexiconWriter.NOUNS));
        return 0;
    }

    /** The nearest directory at or above the working directory that holds herald-core (the repository root). */
    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(RESOURCES))) return p;
        }
        throw new IllegalStateException("not inside the Herald repository: give --seeds, --out and --hand");
    }
}

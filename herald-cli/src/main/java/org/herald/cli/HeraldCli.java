package org.herald.cli;

import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code herald} command. */
@Command(name = "herald", mixinStandardHelpOptions = true, version = "herald 0.1.0",
        description = "Turns news articles into coded political events.",
        subcommands = {BenchCommand.class, CodeCommand.class, DedupCommand.class, DemoCommand.class, EvalCommand.class, ExportCommand.class, IngestCommand.class, LoadCommand.class,
                LexiconCommand.class, ParseCommand.class, QueryCommand.class, ServeCommand.class, WatchCommand.class})
public final class HeraldCli {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status: 0 ok, 1 some inputs skipped, 2 usage error. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new HeraldCli());
        cl.registerConverter(LocalDate.class, LocalDate::parse);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("herald: " + ex.getMessage());
            return 2;
        });
        return cl.execute(args);
    }
}

/** The {@code herald} command line: one picocli command class per subcommand, output formats in {@link org.herald.cli.EventFormat}. */
package org.herald.cli;

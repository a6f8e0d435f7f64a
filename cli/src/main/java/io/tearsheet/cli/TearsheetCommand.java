package io.tearsheet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The root {@code tearsheet} command; it only dispatches to its subcommands.
 *
 * @since 0.1.0
 */
@Command(name = "tearsheet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns news articles into archival PDF, EPUB and JSON, with their quotations and sources.",
        subcommands = {ConvertCommand.class, BookCommand.class, InspectCommand.class, ArchiveCommand.class,
                VerifyCommand.class, ValidateCommand.class, picocli.AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 bad input, 2 usage error, 3 cannot write output, 4 check failed, "
                + "5 out of memory, 70 internal error."})
public final class TearsheetCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: convert, book, inspect, archive, verify, validate");
    }

    /** The command line with streams, exit codes and one-line error reporting set up. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TearsheetCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("tearsheet: internal error: " + e);
            return ExitCodes.INTERNAL_ERROR;
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("tearsheet: " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        return commandLine;
    }
}

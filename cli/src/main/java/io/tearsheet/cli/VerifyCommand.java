package io.tearsheet.cli;

import io.tearsheet.bag.BagVerification;
import io.tearsheet.bag.BagVerifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tearsheet verify}: checks BagIt bags for completeness and fixity.
 *
 * @since 0.1.0
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks BagIt bags: every file present, every checksum matching, nothing extra. Exits 4 when a "
                + "bag does not verify.",
        footer = {"", "Example:", "  tearsheet verify bags/*"})
public final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BAG", arity = "1..*", description = "Bag folders.")
    List<Path> bags = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path bag : bags) {
            BagVerification verification = BagVerifier.verify(bag);
            if (verification.isValid()) {
                out.println(Displays.path(bag) + ": valid");
            } else {
                invalid++;
                for (String problem : verification.problems()) {
                    err.println("tearsheet: " + Displays.path(bag) + ": " + problem);
                }
            }
        }
        return invalid == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}

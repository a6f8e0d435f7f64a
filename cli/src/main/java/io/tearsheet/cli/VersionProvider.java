package io.tearsheet.cli;

import io.tearsheet.Tearsheet;
import picocli.CommandLine;

/** Prints Tearsheet's version for {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"tearsheet " + Tearsheet.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}

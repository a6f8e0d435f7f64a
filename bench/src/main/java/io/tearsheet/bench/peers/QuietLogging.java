package io.tearsheet.bench.peers;

import com.openhtmltopdf.util.XRLog;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns off the peers' informational logging (openhtmltopdf's own logger; FOP's "Rendered page" events through
 * commons-logging and java.util.logging), as a service running them would: otherwise the comparison would time
 * console output. Warnings and errors still show.
 */
final class QuietLogging {
    private QuietLogging() {
    }

    static void install() {
        XRLog.setLoggingEnabled(false);
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("org.apache.fop").setLevel(Level.WARNING);
    }
}

package io.tearsheet.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.util.ReportingLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs epubcheck in this JVM and collects every message down to usage level. The first check in a JVM is slow
 * (Saxon compiles the Schematron rules); later ones take milliseconds, so tests share this validator.
 */
final class EpubValidator {
    private static final Path WORK;

    static {
        try {
            WORK = Files.createTempDirectory("tearsheet-epubcheck");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EpubValidator() {
    }

    /** Every message epubcheck gives for {@code epub}, at usage level and above; empty means clean. */
    static synchronized List<String> messages(byte[] epub) {
        try {
            Path file = WORK.resolve("check.epub");
            Files.write(file, epub);
            CollectingReport report = new CollectingReport();
            EpubCheck check = new EpubCheck(file.toFile(), report);
            check.setLocale(Locale.ROOT);
            check.check();
            return report.messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The epubcheck version these tests run. */
    static String version() {
        return EpubCheck.version();
    }

    private static final class CollectingReport extends MasterReport {
        final List<String> messages = new ArrayList<>();

        CollectingReport() {
            setReportingLevel(ReportingLevel.Usage);
            setLocale(Locale.ROOT);
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity != Severity.SUPPRESSED && ReportingLevel.getReportingLevel(severity) >= getReportingLevel()) {
                messages.add(severity + " " + message.getID() + " " + message.getMessage(args) + " at " + location);
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            // features found (languages, fonts, references): not messages
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
            // nothing to set up
        }
    }
}

package io.tearsheet.validate.internal;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.util.ReportingLevel;
import io.tearsheet.validate.Finding;
import io.tearsheet.validate.Validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** epubcheck in this JVM, collecting every message down to usage level. */
public final class EpubChecker {
    private EpubChecker() {
    }

    public static synchronized Validation check(Path file) {
        CollectingReport report = new CollectingReport();
        EpubCheck check = new EpubCheck(file.toFile(), report);
        check.setLocale(Locale.ROOT);
        check.check();
        return new Validation(file, "epubcheck " + EpubCheck.version(), report.findings);
    }

    private static final class CollectingReport extends MasterReport {
        final List<Finding> findings = new ArrayList<>();

        CollectingReport() {
            setReportingLevel(ReportingLevel.Usage);
            setLocale(Locale.ROOT);
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.SUPPRESSED || ReportingLevel.getReportingLevel(severity) < getReportingLevel()) {
                return;
            }
            Finding.Severity ours = switch (severity) {
                case FATAL, ERROR -> Finding.Severity.ERROR;
                case WARNING -> Finding.Severity.WARNING;
                default -> Finding.Severity.ADVICE;
            };
            findings.add(new Finding(ours, message.getID() + " " + message.getMessage(args) + " (" + location + ")"));
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            // features found (languages, fonts, references) are not findings
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

package io.tearsheet.pdf;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * veraPDF (greenfield model, in-process) checking PDF/A-3a and PDF/UA-1 at once. One instance may validate
 * many files, one after the other.
 */
final class Validator {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private final PDFAValidator validator = Foundries.defaultInstance()
            .createValidator(List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1));

    /** The failed rules, one line each (flavour, clause-test, count, message, first place); empty when valid. */
    synchronized List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            List<ValidationResult> results = validator.validateAll(parser);
            List<String> failures = new ArrayList<>();
            for (ValidationResult result : results) {
                Map<String, List<TestAssertion>> byRule = new TreeMap<>();
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                        byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(assertion);
                    }
                }
                byRule.forEach((rule, list) -> failures.add(result.getPDFAFlavour().getId() + " " + rule + " ×"
                        + list.size() + ": " + list.get(0).getMessage() + " at " + list.get(0).getLocation().getContext()
                        + (list.get(0).getErrorMessage() == null ? "" : " — " + list.get(0).getErrorMessage())));
                if (results.size() < 2) {
                    failures.add("expected results for two flavours, got " + results.size());
                }
            }
            return failures;
        } catch (Exception e) {
            return List.of("veraPDF could not validate: " + e);
        }
    }
}

package io.tearsheet.validate.internal;

import io.tearsheet.validate.Finding;
import io.tearsheet.validate.Validation;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** veraPDF (greenfield model) checking PDF/A-3a and PDF/UA-1 at once; one failed rule is one finding. */
public final class PdfChecker {
    private static PDFAValidator validator;

    private PdfChecker() {
    }

    public static synchronized Validation check(Path file) {
        List<Finding> findings = new ArrayList<>();
        PDFAValidator checker = validator(); // initialises the foundry, which the parser needs too
        try (InputStream in = Files.newInputStream(file);
             PDFAParser parser = Foundries.defaultInstance().createParser(in)) {
            for (ValidationResult result : checker.validateAll(parser)) {
                Map<String, List<TestAssertion>> byRule = new TreeMap<>();
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                        byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(assertion);
                    }
                }
                byRule.forEach((rule, failed) -> findings.add(new Finding(Finding.Severity.ERROR,
                        result.getPDFAFlavour().getId() + " rule " + rule + " failed " + failed.size() + "×: "
                                + failed.get(0).getMessage() + " (" + failed.get(0).getLocation().getContext() + ")")));
            }
        } catch (Exception e) {
            findings.add(new Finding(Finding.Severity.ERROR, "veraPDF could not read the file: " + e.getMessage()));
        }
        return new Validation(file, "veraPDF validation-model (PDF/A-3a, PDF/UA-1)", findings);
    }

    private static PDFAValidator validator() {
        if (validator == null) {
            VeraGreenfieldFoundryProvider.initialise();
            validator = Foundries.defaultInstance().createValidator(List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1));
        }
        return validator;
    }
}

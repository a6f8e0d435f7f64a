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
import org.verapdf.xmp.impl.XMPMetaParser;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.InputStream;
import java.lang.reflect.Field;
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

    /**
     * veraPDF parses XMP with one shared {@code DocumentBuilderFactory} (Adobe XMP Core's) that loads external DTDs and
     * entities: an XMP packet declaring {@code <!ENTITY x SYSTEM "file:…">} or {@code "http:…"} made the check read
     * local files or reach the network. XMP has no use for a document type, so the factory refuses one (the packet
     * then fails to parse, which veraPDF reports) and loads nothing external. Each feature is set on its own, so a
     * parser that lacks one still gets the others.
     */
    static void refuseXmlEntitiesInXmp() {
        DocumentBuilderFactory factory;
        try {
            Field field = XMPMetaParser.class.getDeclaredField("factory");
            field.setAccessible(true);
            factory = (DocumentBuilderFactory) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach veraPDF's XMP parser to switch off external entities", e);
        }
        for (String[] feature : new String[][]{
                {"http://apache.org/xml/features/disallow-doctype-decl", "true"},
                {"http://xml.org/sax/features/external-general-entities", "false"},
                {"http://xml.org/sax/features/external-parameter-entities", "false"},
                {"http://apache.org/xml/features/nonvalidating/load-external-dtd", "false"}}) {
            try {
                factory.setFeature(feature[0], Boolean.parseBoolean(feature[1]));
            } catch (ParserConfigurationException e) {
                // this parser does not know the feature; the others still apply
            }
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
    }

    private static PDFAValidator validator() {
        if (validator == null) {
            VeraGreenfieldFoundryProvider.initialise();
            refuseXmlEntitiesInXmp();
            validator = Foundries.defaultInstance().createValidator(List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1));
        }
        return validator;
    }
}

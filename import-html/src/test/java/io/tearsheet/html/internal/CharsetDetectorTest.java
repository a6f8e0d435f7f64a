package io.tearsheet.html.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetDetectorTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void byteOrderMarkWinsOverDeclaration() {
        byte[] page = "\uFEFF<meta charset=\"windows-1252\"><p>x</p>".getBytes(StandardCharsets.UTF_8);
        CharsetDetector.Detected detected = CharsetDetector.detect(page);
        assertThat(detected.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detected.bomBytes()).isEqualTo(3);
    }

    @Test
    void readsMetaCharsetAndHttpEquiv() {
        assertThat(CharsetDetector.detect("<meta charset='iso-8859-2'>".getBytes(StandardCharsets.US_ASCII)).charset())
                .isEqualTo(Charset.forName("ISO-8859-2"));
        assertThat(CharsetDetector.detect(("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">")
                .getBytes(StandardCharsets.US_ASCII)).charset()).isEqualTo(Charset.forName("Shift_JIS"));
    }

    @Test
    void treatsLatin1AndAsciiLabelsAsWindows1252() {
        assertThat(CharsetDetector.forLabel("ISO-8859-1")).isEqualTo(WINDOWS_1252);
        assertThat(CharsetDetector.forLabel("us-ascii")).isEqualTo(WINDOWS_1252);
    }

    @Test
    void treatsDeclaredUtf16WithoutMarkAsUtf8() {
        assertThat(CharsetDetector.forLabel("utf-16")).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void defaultsToUtf8AndFallsBackToWindows1252WithANote() {
        assertThat(CharsetDetector.detect("<p>café</p>".getBytes(StandardCharsets.UTF_8)).charset())
                .isEqualTo(StandardCharsets.UTF_8);
        CharsetDetector.Detected legacy = CharsetDetector.detect("<p>café</p>".getBytes(WINDOWS_1252));
        assertThat(legacy.charset()).isEqualTo(WINDOWS_1252);
        assertThat(legacy.note()).contains("not valid UTF-8");
    }

    @Test
    void notesAnUnknownDeclaredEncoding() {
        CharsetDetector.Detected detected = CharsetDetector.detect("<meta charset='klingon-8'><p>x</p>"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(detected.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detected.note()).contains("klingon-8");
    }
}

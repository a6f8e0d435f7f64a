package io.tearsheet.bench.extraction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a development page the way its bytes were written: UTF-8 when the bytes are valid UTF-8 (several sets were
 * re-encoded to UTF-8 but still declare another charset), else the charset the page declares, else windows-1252.
 */
final class PageDecoding {
    private static final Pattern DECLARED = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private PageDecoding() {
    }

    static Document parse(byte[] bytes) {
        return Jsoup.parse(decode(bytes));
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = DECLARED.matcher(head);
            Charset charset = Charset.forName("windows-1252");
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
                } catch (RuntimeException unknown) {
                    // keep windows-1252
                }
            }
            return new String(bytes, charset);
        }
    }
}

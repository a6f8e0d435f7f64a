package io.tearsheet.pdf.internal.font;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ToUnicode CMap (ISO 32000-1 §9.10.3) for a Type 0 font with two-byte codes: each glyph's code to the
 * characters it stands for, ligatures and conjuncts to all of theirs, as PDF/A level A asks of every glyph.
 */
final class ToUnicode {
    private static final int PER_BLOCK = 100;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ToUnicode() {
    }

    private static void hex(StringBuilder out, int unit) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append(HEX[unit >> shift & 0xF]);
        }
    }

    static COSStream stream(PDDocument document, Map<Integer, String> glyphText) throws IOException {
        StringBuilder cmap = new StringBuilder();
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(glyphText.entrySet());
        for (int from = 0; from < entries.size(); from += PER_BLOCK) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + PER_BLOCK));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                cmap.append('<');
                hex(cmap, entry.getKey());
                cmap.append("> <");
                String text = entry.getValue();
                for (int i = 0; i < text.length(); i++) {
                    hex(cmap, text.charAt(i)); // UTF-16BE, a unit at a time
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n");
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }
}

package io.tearsheet.pdf.internal.archive;

import io.tearsheet.export.XmlText;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The document's XMP metadata: Dublin Core title, creators, language and rights; XMP dates; the producer;
 * PDF/A-3a and PDF/UA-1 identification, and the PDF/A extension schema that declares the {@code pdfuaid}
 * namespace (PDF/A requires every schema outside its predefined list to be declared). Text is cleaned of what
 * XML forbids and escaped.
 *
 * @param title       dc:title, never blank
 * @param creators    dc:creator, in order
 * @param description dc:description, or null
 * @param language    dc:language, a BCP 47 tag
 * @param rights      dc:rights, or null
 * @param date        xmp:CreateDate, ModifyDate and MetadataDate
 * @param producer    pdf:Producer
 */
public record XmpPacket(String title, List<String> creators, String description, String language, String rights,
                        Instant date, String producer) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneOffset.UTC);

    /** The packet, UTF-8 encoded, with its {@code xpacket} wrapper. */
    public byte[] toBytes(XmlText xml) {
        String when = DATE.format(date);
        StringBuilder out = new StringBuilder(4096);
        out.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        out.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(xml.escape(title))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!creators.isEmpty()) {
            out.append("<dc:creator><rdf:Seq>");
            for (String creator : creators) {
                out.append("<rdf:li>").append(xml.escape(creator)).append("</rdf:li>");
            }
            out.append("</rdf:Seq></dc:creator>\n");
        }
        if (description != null) {
            out.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(xml.escape(description))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        out.append("<dc:language><rdf:Bag><rdf:li>").append(xml.escape(language))
                .append("</rdf:li></rdf:Bag></dc:language>\n");
        if (rights != null) {
            out.append("<dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(xml.escape(rights))
                    .append("</rdf:li></rdf:Alt></dc:rights>\n");
        }
        out.append("</rdf:Description>\n");
        out.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreateDate>").append(when).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(when).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(when).append("</xmp:MetadataDate>\n")
                .append("<xmp:CreatorTool>").append(xml.escape(producer)).append("</xmp:CreatorTool>\n")
                .append("</rdf:Description>\n");
        out.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>").append(xml.escape(producer)).append("</pdf:Producer>\n")
                .append("</rdf:Description>\n");
        out.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>3</pdfaid:part>\n")
                .append("<pdfaid:conformance>A</pdfaid:conformance>\n")
                .append("</rdf:Description>\n");
        out.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                .append("</rdf:Description>\n");
        out.append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
                        + "</pdfaProperty:description>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("</rdf:Description>\n");
        out.append("</rdf:RDF>\n</x:xmpmeta>\n");
        // Padding lets tools update the packet in place, as the XMP specification recommends.
        for (int i = 0; i < 10; i++) {
            out.append(" ".repeat(99)).append('\n');
        }
        out.append("<?xpacket end=\"w\"?>");
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}

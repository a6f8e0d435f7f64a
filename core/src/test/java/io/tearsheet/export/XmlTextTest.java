package io.tearsheet.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTextTest {

    @Test
    void escapesMarkupAndDropsForbiddenCharacters() {
        XmlText xml = new XmlText();

        assertThat(xml.escape("<script>a && b</script> ]]> \"'")).isEqualTo(
                "&lt;script&gt;a &amp;&amp; b&lt;/script&gt; ]]&gt; &quot;&#39;");
        assertThat(xml.clean("a\u0000b\u0001c\uFFFEd\tē\uD800")).isEqualTo("abcd\tē");
        assertThat(xml.warnings()).containsExactly(
                "dropped 1 × U+0000, a character XML 1.0 forbids",
                "dropped 1 × U+0001, a character XML 1.0 forbids",
                "dropped 1 × U+D800, a character XML 1.0 forbids",
                "dropped 1 × U+FFFE, a character XML 1.0 forbids");
    }

    @Test
    void keepsAstralCharacters() {
        XmlText xml = new XmlText();

        assertThat(xml.clean("𝔉 ⛴️")).isEqualTo("𝔉 ⛴️");
        assertThat(xml.warnings()).isEmpty();
    }
}

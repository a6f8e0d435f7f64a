package io.tearsheet.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptLanguagesTest {

    @Test
    void scriptsWithOneLanguageNameIt() {
        assertThat(ScriptLanguages.of("東京に行きました")).contains("ja");
        assertThat(ScriptLanguages.of("カタカナ")).contains("ja");
        assertThat(ScriptLanguages.of("서울에 갔습니다")).contains("ko");
        assertThat(ScriptLanguages.of("大韓民國 만세")).contains("ko");
        assertThat(ScriptLanguages.of("สวัสดีครับ")).contains("th");
        assertThat(ScriptLanguages.of("שלום עולם")).contains("he");
        assertThat(ScriptLanguages.of("Καλημέρα")).contains("el");
        assertThat(ScriptLanguages.of("გამარჯობა")).contains("ka");
        assertThat(ScriptLanguages.of("Բարեւ")).contains("hy");
    }

    @Test
    void sharedScriptsAreNamedButTheirLanguageLeftUndetermined() {
        assertThat(ScriptLanguages.of("我们明天见")).contains("und-Hani");
        assertThat(ScriptLanguages.of("مرحبا")).contains("und-Arab");
        assertThat(ScriptLanguages.of("Привет")).contains("und-Cyrl");
        assertThat(ScriptLanguages.of("नमस्ते")).contains("und-Deva");
        assertThat(ScriptLanguages.of("নমস্কার")).contains("und-Beng");
        assertThat(ScriptLanguages.of("வணக்கம்")).contains("und-Taml");
        assertThat(ScriptLanguages.of("ሰላም")).contains("und-Ethi");
    }

    @Test
    void latinTextAndTextWithoutLettersAreNeverGuessed() {
        assertThat(ScriptLanguages.of("Bonjour tout le monde")).isEmpty();
        assertThat(ScriptLanguages.of("Xin chào các bạn")).isEmpty();
        assertThat(ScriptLanguages.of("“1989 — 2025!”")).isEmpty();
        assertThat(ScriptLanguages.of("")).isEmpty();
        assertThat(ScriptLanguages.of(null)).isEmpty();
    }

    @Test
    void mixedTextWithoutAClearMajorityIsLeftAlone() {
        assertThat(ScriptLanguages.of("Hello שלום")).isEmpty();
        assertThat(ScriptLanguages.of("He said “שלום” and left the room")).isEmpty();
    }

    @Test
    void anElementIsTaggedOnlyWhenItsScriptIsNotTheDocumentsOwn() {
        assertThat(ScriptLanguages.differing("“שלום”", "en")).contains("he");
        assertThat(ScriptLanguages.differing("“مرحبا”", "en-GB")).contains("und-Arab");
        assertThat(ScriptLanguages.differing("Καλημέρα", "el")).isEmpty();
        assertThat(ScriptLanguages.differing("東京に行きました", "ja-JP")).isEmpty();
        assertThat(ScriptLanguages.differing("我们明天见", "zh-Hans")).isEmpty();
        assertThat(ScriptLanguages.differing("Good morning", "en")).isEmpty();
        assertThat(ScriptLanguages.differing("Good morning", null)).isEmpty();
    }

    @Test
    void latinInsideADocumentInAnotherScriptIsMarkedAsLatin() {
        assertThat(ScriptLanguages.differing("Good morning", "he")).contains("und-Latn");
        assertThat(ScriptLanguages.differing("Good morning", "ja")).contains("und-Latn");
    }

    @Test
    void anUndeterminedDocumentStillGetsScriptTags() {
        assertThat(ScriptLanguages.differing("مرحبا", "und")).contains("und-Arab");
        assertThat(ScriptLanguages.differing("مرحبا", null)).contains("und-Arab");
        assertThat(ScriptLanguages.differing("مرحبا", "und-Arab")).isEmpty();
    }
}

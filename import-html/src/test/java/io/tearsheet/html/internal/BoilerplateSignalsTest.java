package io.tearsheet.html.internal;

import io.tearsheet.read.conventions.RemovalReason;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateSignalsTest {
    private static Element element(String tag, String classes) {
        return new Element(tag).attr("class", classes);
    }

    @Test
    void splitsNamesIntoWords() {
        List<String> words = new ArrayList<>();
        BoilerplateSignals.split("c-article__share-bar relatedStories", words);
        assertThat(words).containsExactly("c", "article", "share", "bar", "related", "stories");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(BoilerplateSignals.reasonOf(element("div", "ad-slot"))).isEqualTo(RemovalReason.ADVERTISEMENT);
        assertThat(BoilerplateSignals.reasonOf(element("div", "masthead-shadow"))).isEqualTo(RemovalReason.HEADER);
        assertThat(BoilerplateSignals.reasonOf(element("div", "lead-paragraph shadow"))).isNull();
        assertThat(BoilerplateSignals.reasonOf(element("div", "commentary-body"))).isNull();
    }

    @Test
    void readsTwoWordNames() {
        assertThat(BoilerplateSignals.reasonOf(element("section", "more-stories"))).isEqualTo(RemovalReason.RELATED);
        assertThat(BoilerplateSignals.reasonOf(element("div", "newsletter-sign-up"))).isEqualTo(RemovalReason.NEWSLETTER);
    }

    @Test
    void readsRolesAndCustomTags() {
        assertThat(BoilerplateSignals.reasonOf(new Element("div").attr("role", "navigation")))
                .isEqualTo(RemovalReason.NAVIGATION);
        assertThat(BoilerplateSignals.reasonOf(new Element("amp-ad"))).isEqualTo(RemovalReason.ADVERTISEMENT);
    }

    @Test
    void recognisesArticleAndPullQuoteNames() {
        assertThat(BoilerplateSignals.namesArticle(element("div", "story-body"))).isTrue();
        assertThat(BoilerplateSignals.namesArticle(new Element("div").attr("itemprop", "articleBody"))).isTrue();
        assertThat(BoilerplateSignals.namesPullQuote(element("figure", "wp-block-pullquote"))).isTrue();
        assertThat(BoilerplateSignals.namesPullQuote(element("aside", "pull-quote"))).isTrue();
    }

    @Test
    void recognisesHidingClassNamesWhole() {
        assertThat(BoilerplateSignals.hasHidingClass(element("span", "visually-hidden"))).isTrue();
        assertThat(BoilerplateSignals.hasHidingClass(element("div", "hidden-xs col-md-8"))).isFalse();
    }
}

package io.tearsheet.html.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageSourcesTest {
    private static Element image(String html) {
        return Jsoup.parse(html).selectFirst("img");
    }

    @Test
    void prefersLazyLoadedAddressOverPlaceholder() {
        assertThat(ImageSources.of(image("<img src='data:image/gif;base64,R0lGOD' data-src='/media/real.jpg'>")))
                .isEqualTo("/media/real.jpg");
        assertThat(ImageSources.of(image("<img src='/img/blank.gif' data-lazy-src='/media/real.jpg'>")))
                .isEqualTo("/media/real.jpg");
    }

    @Test
    void takesTheLargestSrcsetCandidate() {
        assertThat(ImageSources.largest("a-300.jpg 300w, a-1024.jpg 1024w, a-640.jpg 640w")).isEqualTo("a-1024.jpg");
        assertThat(ImageSources.largest("a.jpg 1x, a@2x.jpg 2x")).isEqualTo("a@2x.jpg");
    }

    @Test
    void readsPictureSourcesBeforeTheFallback() {
        Element img = image("<picture><source srcset='big.webp 1600w, small.webp 800w'><img src='small.jpg'></picture>");
        assertThat(ImageSources.candidates(img)).containsExactly("big.webp", "small.jpg");
    }

    @Test
    void recognisesTrackingPixelsAndIcons() {
        assertThat(ImageSources.isTiny(image("<img src='p.gif' width='1' height='1'>"))).isTrue();
        assertThat(ImageSources.isTiny(image("<img src='photo.jpg' width='800'>"))).isFalse();
        assertThat(ImageSources.of(image("<img src='/pixel.gif?id=3'>"))).isEmpty();
    }
}

package io.tearsheet.export;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTest {

    @Test
    void theFormatAndSizeComeFromTheBytesHeader() {
        assertThat(Image.of(TestImages.png(640, 480))).hasValueSatisfying(image -> {
            assertThat(image.mediaType()).isEqualTo(Image.PNG);
            assertThat(image.extension()).isEqualTo("png");
            assertThat(image.width()).isEqualTo(640);
            assertThat(image.height()).isEqualTo(480);
        });
        assertThat(Image.of(TestImages.jpeg(1200, 800, 3))).hasValueSatisfying(image -> {
            assertThat(image.mediaType()).isEqualTo(Image.JPEG);
            assertThat(image.extension()).isEqualTo("jpg");
            assertThat(image.width()).isEqualTo(1200);
            assertThat(image.height()).isEqualTo(800);
            assertThat(image.isFourComponentJpeg()).isFalse();
        });
        assertThat(Image.of(TestImages.gif(300, 2))).map(Image::mediaType).contains(Image.GIF);
    }

    @Test
    void aCmykJpegIsRecognisedByItsFourComponents() {
        assertThat(Image.of(TestImages.jpeg(10, 10, 4))).hasValueSatisfying(
                image -> assertThat(image.isFourComponentJpeg()).isTrue());
    }

    @Test
    void anythingElseIsNoImage() {
        assertThat(Image.of("<!doctype html><title>404</title>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Image.of(new byte[]{'B', 'M', 0, 0, 0, 0})).isEmpty();
        assertThat(Image.of(new byte[0])).isEmpty();
        assertThat(Image.of(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).as("a JPEG without a frame").isEmpty();
        assertThat(Image.of(TestImages.png(0, 10))).as("a PNG without pixels").isEmpty();
        assertThat(Image.detectMediaType(TestImages.gif(1, 1))).contains(Image.GIF);
    }

    @Test
    void bytesAreCopiedInAndOut() {
        byte[] bytes = TestImages.png(2, 2);
        Image image = Image.of(bytes).orElseThrow();
        bytes[20] = 9;
        image.bytes()[0] = 0;

        assertThat(image).isEqualTo(Image.of(TestImages.png(2, 2)).orElseThrow());
        assertThat(image.digest()).hasSize(64);
    }
}

package io.tearsheet.epub.internal;

import io.tearsheet.io.Sha256;
import io.tearsheet.model.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The {@code dc:identifier} of an EPUB, never random: a name-based UUID of the article's canonical URL, so that
 * every export of the same article (even a corrected one) is recognised as the same book; or, for an article
 * without one, of its content fingerprint. A book's identifier is made from its title and its articles'
 * identifiers in order.
 */
final class PublicationIdentifiers {
    private PublicationIdentifiers() {
    }

    /** {@code urn:uuid:…} for one article. */
    static String of(Article article) {
        return of(article, ArticleFingerprint.of(article));
    }

    /** {@code urn:uuid:…} for one article whose fingerprint is already known. */
    static String of(Article article, String fingerprint) {
        String url = article.metadata().canonicalUrl();
        return NameBasedUuid.urn(url != null
                ? NameBasedUuid.of(NameBasedUuid.URL_NAMESPACE, url)
                : NameBasedUuid.of(NameBasedUuid.CONTENT_NAMESPACE, "sha256:" + fingerprint));
    }

    /** Builds a book's identifier from its articles' identifiers, one at a time, in book order. */
    static final class ForBook {
        private final MessageDigest digest = Sha256.newDigest();

        ForBook(String title) {
            add("title:" + title);
        }

        void add(String articleIdentifier) {
            byte[] bytes = (articleIdentifier + "\n").getBytes(StandardCharsets.UTF_8);
            digest.update(bytes);
        }

        String identifier() {
            return NameBasedUuid.urn(NameBasedUuid.of(NameBasedUuid.CONTENT_NAMESPACE,
                    "book:sha256:" + HexFormat.of().formatHex(digest.digest())));
        }
    }
}

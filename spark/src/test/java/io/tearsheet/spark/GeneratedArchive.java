package io.tearsheet.spark;

import io.tearsheet.MediaTypes;
import io.tearsheet.json.JsonExporter;
import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Block;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.Section;
import io.tearsheet.model.Series;
import io.tearsheet.model.Source;
import io.tearsheet.model.SourceKind;
import io.tearsheet.testing.ArticleArbitraries;
import io.tearsheet.testing.ArticleDraft;
import io.tearsheet.spark.internal.CatalogRows;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Articles of our own for the Spark tests, made from a template: a harbour town's news, with varied headlines, dates,
 * bylines, series and quotes from a fixed cast of speakers (one of whom talks more than the others), each exported
 * with {@link JsonExporter} as the job's input. Deterministic for a given seed.
 */
final class GeneratedArchive {
    /** The cast. Harriet Okafor is picked most often, so she is the most quoted. */
    static final List<Source> SPEAKERS = List.of(
            new Source("okafor", "Harriet Okafor", SourceKind.PERSON, "transport commissioner", List.of("Ms. Okafor")),
            new Source("lindqvist", "Tomas Lindqvist", SourceKind.PERSON, "naval architect", List.of()),
            new Source("adeyemi", "Ruth Adeyemi", SourceKind.PERSON, "urban transport researcher", List.of()),
            new Source("haddad", "Amira Haddad", SourceKind.PERSON, "hospital nurse", List.of()),
            new Source("council", "Millbrook City Council", SourceKind.ORGANIZATION, null, List.of()),
            new Source("courier", "The Millbrook Courier", SourceKind.PUBLICATION, "daily newspaper", List.of()),
            new Source("captain", "a ferry captain", SourceKind.ANONYMOUS, null, List.of()));
    private static final int[] SPEAKER_WEIGHTS = {6, 3, 3, 2, 2, 2, 1};

    private static final String[] SUBJECTS = {"Harbour board", "City council", "Ferry crews", "Dock traders",
            "River pilots", "Bridge engineers", "Night-shift nurses", "Market stallholders", "The university",
            "Boat builders", "Landing owners", "Bus company"};
    private static final String[] VERBS = {"weighed", "rejected", "backed", "delayed", "questioned", "celebrated",
            "planned", "revisited", "doubled", "paused"};
    private static final String[] OBJECTS = {"new ferry fares", "a second landing", "winter timetables",
            "the old quay", "electric boats", "a fog warning system", "cheaper season tickets", "the night boat",
            "cycle racks on deck", "apprentice skippers", "a footbridge plan", "radar upgrades"};
    private static final String[] SAYINGS = {"We cannot run a river on goodwill alone",
            "The tide does not wait for a committee", "Every minute at the landing costs us a passenger",
            "People forgive a slow boat but never a missed one", "The figures will look better by spring",
            "Nobody asked the crews what they needed", "This is transport, not a postcard",
            "We will tell people early when the fog comes in", "The old quay deserves better than this",
            "Ridership is climbing, slowly but surely", "A bridge takes ten years; a boat takes one",
            "Our apprentices will be the next skippers"};
    private static final String[] REPORTERS = {"Clara Mendes", "Joseph Tanaka", "Elif Demir", "Owen Price"};

    /** One article of the archive: its row in the job's input, and what it holds. */
    record Generated(String id, String url, String mediaType, byte[] content, Article article) {
        Row row() {
            return RowFactory.create(id, url, mediaType, content);
        }
    }

    private GeneratedArchive() {
    }

    /** {@code count} template articles, ids {@code story-0000}, {@code story-0001}... */
    static List<Generated> templateArticles(int count, long seed) {
        Random random = new Random(seed);
        List<Generated> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article article = templateArticle(i, random);
            String id = String.format(java.util.Locale.ROOT, "story-%04d", i);
            articles.add(new Generated(id, "https://news.example/millbrook/" + id, MediaTypes.JSON, json(article),
                    article));
        }
        return articles;
    }

    /**
     * {@code count} scraped-looking plain-text articles, ids {@code text-0000}...: headline line, date line, byline,
     * a dateline paragraph, quotes in the TeX style a scrape often has ({@code ``...,'' said NAME.}), and now and then
     * a series note. Each one's {@code article} is null: what the reader makes of it is the reader's business; the
     * test checks what is certain (headline, date, speakers drawn from the cast).
     */
    static List<Generated> textArticles(int count, long seed) {
        Random random = new Random(seed);
        List<Generated> articles = new ArrayList<>(count);
        String[] ordinals = {"First", "Second", "Third", "Fourth"};
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            text.append(headline(i + 5)).append("\n");
            LocalDate day = date(i + 5);
            text.append(day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
                    .append(' ').append(day.getDayOfMonth()).append(", ").append(day.getYear()).append("\n");
            text.append("By ").append(REPORTERS[i % REPORTERS.length]).append(", Staff writer\n\n");
            text.append("MILLBROOK — The question of ").append(OBJECTS[(i * 5) % OBJECTS.length])
                    .append(" came back to the council chamber on Thursday, and the public gallery was full.\n\n");
            int quotes = 1 + random.nextInt(3);
            for (int q = 0; q < quotes; q++) {
                Source speaker = SPEAKERS.get(random.nextInt(4)); // people with names, who say things on record
                text.append("``").append(SAYINGS[random.nextInt(SAYINGS.length)]).append(",'' said ")
                        .append(speaker.name()).append(".\n\n");
            }
            text.append("The council will vote on the matter next month.\n");
            if (i % 7 == 2) {
                text.append("\n").append(ordinals[i % 4]).append(" in a four-part series on life on the Alder.\n");
            }
            String id = String.format(java.util.Locale.ROOT, "text-%04d", i);
            articles.add(new Generated(id, "https://news.example/millbrook/" + id + ".txt", null,
                    text.toString().getBytes(StandardCharsets.UTF_8), null));
        }
        return articles;
    }

    /**
     * {@code count} saved web pages, ids {@code page-0000}...: the headline in an {@code h1} and in Open Graph,
     * the date in a {@code time} element, paragraphs with quotes said by the cast. Headline and date are those of
     * template article {@code i + 9}.
     */
    static List<Generated> htmlArticles(int count, long seed) {
        Random random = new Random(seed);
        List<Generated> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String headline = headline(i + 9);
            LocalDate day = date(i + 9);
            StringBuilder html = new StringBuilder();
            html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(headline)
                    .append(" | The Millbrook Ledger</title>\n<meta property=\"og:title\" content=\"").append(headline)
                    .append("\">\n<meta property=\"article:published_time\" content=\"").append(day)
                    .append("\">\n</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n")
                    .append("<article><h1>").append(headline).append("</h1>\n<p class=\"byline\">By ")
                    .append(REPORTERS[i % REPORTERS.length]).append("</p>\n<time datetime=\"").append(day)
                    .append("\">").append(day).append("</time>\n<p>MILLBROOK — The future of ")
                    .append(OBJECTS[(i * 3) % OBJECTS.length])
                    .append(" was argued over at the landing stage on Friday, in front of a small crowd.</p>\n");
            int quotes = 1 + random.nextInt(2);
            for (int q = 0; q < quotes; q++) {
                Source speaker = SPEAKERS.get(random.nextInt(4));
                html.append("<p>“").append(SAYINGS[random.nextInt(SAYINGS.length)]).append(",” said ")
                        .append(speaker.name()).append(".</p>\n");
            }
            html.append("<p>A decision is expected before the winter timetable begins.</p>\n</article>\n")
                    .append("<footer>© The Millbrook Ledger</footer></body></html>\n");
            String id = String.format(java.util.Locale.ROOT, "page-%04d", i);
            articles.add(new Generated(id, "https://news.example/millbrook/" + id + ".html", null,
                    html.toString().getBytes(StandardCharsets.UTF_8), null));
        }
        return articles;
    }

    /** The headline template article {@code i} gets; text article {@code i} gets that of {@code i + 5}. */
    static String headline(int i) {
        return SUBJECTS[i % SUBJECTS.length] + " " + VERBS[(i / 3) % VERBS.length] + " "
                + OBJECTS[(i * 7) % OBJECTS.length];
    }

    static LocalDate date(int i) {
        return LocalDate.of(1986, 1, 6).plusDays(11L * i % (365L * 30)); // 1986 to 2015, round again
    }

    /** {@code count} articles from core's generator of every shape and every Unicode plane, ids {@code odd-N}. */
    static List<Generated> arbitraryArticles(int count, long seed) {
        List<Generated> articles = new ArrayList<>(count);
        List<Article> samples = new ArrayList<>(count);
        // A jqwik session of its own, since plain JUnit tests call this; one seeded random per article.
        JqwikSession.run(() -> {
            RandomGenerator<Article> generator = ArticleArbitraries.articles().generator(1000);
            for (int i = 0; i < count; i++) {
                samples.add(generator.next(new Random(seed + i)).value());
            }
        });
        for (int i = 0; i < samples.size(); i++) {
            Article article = samples.get(i);
            articles.add(new Generated("odd-" + i, null, null, json(article), article));
        }
        return articles;
    }

    /** Rows that no reader can make an article of, each with the reason the catalog should give. */
    static Map<Row, String> badRows() {
        Map<Row, String> bad = new LinkedHashMap<>();
        bad.put(RowFactory.create("bad-json", null, MediaTypes.JSON,
                "{\"format\": \"tearsheet-article\", ".getBytes(StandardCharsets.UTF_8)), "ReadException");
        bad.put(RowFactory.create("bad-type", null, "application/x-unheard-of",
                "whatever".getBytes(StandardCharsets.UTF_8)), "no reader for application/x-unheard-of");
        bad.put(RowFactory.create("bad-empty", null, MediaTypes.JSON, null), "the content is missing");
        bad.put(RowFactory.create(null, "https://news.example/lost", MediaTypes.JSON,
                "{}".getBytes(StandardCharsets.UTF_8)), "the id is missing");
        return bad;
    }

    static Dataset<Row> dataset(SparkSession spark, List<Row> rows, int partitions) {
        return spark.createDataFrame(rows, CatalogRows.INPUT).repartition(partitions);
    }

    private static Article templateArticle(int i, Random random) {
        String headline = headline(i);
        Metadata.Builder metadata = Metadata.builder()
                .headline(headline)
                .byline(new Byline(REPORTERS[i % REPORTERS.length], "Staff writer"))
                .publisher("The Millbrook Ledger")
                .published(ArticleDate.of(date(i)))
                .language("en")
                .canonicalUrl("https://news.example/millbrook/story-" + i);
        if (i % 10 == 3) {
            metadata.series(new Series("Life on the Alder", 1 + (i / 10) % 4, 4));
        }
        ArticleDraft draft = new ArticleDraft();
        List<Block> blocks = new ArrayList<>();
        blocks.add(draft.paragraph("MILLBROOK — " + headline + " was the talk of the landings this week, "
                + "as the city weighed what the river service should become."));
        int quotes = 1 + random.nextInt(3);
        List<String> cast = new ArrayList<>();
        for (int q = 1; q <= quotes; q++) {
            Source speaker = pickSpeaker(random);
            if (!cast.contains(speaker.id())) {
                cast.add(speaker.id());
                draft.source(speaker);
            }
            String saying = SAYINGS[random.nextInt(SAYINGS.length)];
            blocks.add(draft.paragraph("“", draft.quote("q" + q, speaker.id(), QuoteKind.DIRECT, "said",
                    saying + "."), "” said " + speaker.name() + "."));
        }
        blocks.add(draft.paragraph("The council meets again next month."));
        return draft.build(metadata.build(), List.of(Section.body(blocks)));
    }

    private static Source pickSpeaker(Random random) {
        int total = 0;
        for (int w : SPEAKER_WEIGHTS) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int s = 0; s < SPEAKER_WEIGHTS.length; s++) {
            pick -= SPEAKER_WEIGHTS[s];
            if (pick < 0) {
                return SPEAKERS.get(s);
            }
        }
        throw new AssertionError("weights cover every pick");
    }

    static byte[] json(Article article) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JsonExporter().export(article, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

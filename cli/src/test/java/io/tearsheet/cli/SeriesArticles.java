package io.tearsheet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A three-part series of short articles written for these tests, in scraped-text shape. */
final class SeriesArticles {
    private SeriesArticles() {
    }

    private static final String[] PARTS = {
            """
            The Ferry That Never Left. Millbrook's first river crossing ran for ninety years. CITY WATERWAYS

            By Tomas Berg

            MILLBROOK — The first ferry across the Alder River was a flat-bottomed barge pulled along a chain.

            ``People forget how slow the river made everything,'' said Ines Varga, who keeps the city archive.

            First in a three-part series on the city's ferries.
            """,
            """
            When the Bridges Came. Two bridges in twenty years emptied the ferries. CITY WATERWAYS

            By Tomas Berg

            MILLBROOK — The first road bridge opened in 1962, and within a year the ferry timetable was cut by half.

            ``We watched the queues move from the landing to the bridge,'' said Peter Holm, a former deckhand.

            Second in a three-part series on the city's ferries.
            """,
            """
            Back on the Water. Electric ferries return after four decades. CITY WATERWAYS

            By Tomas Berg

            MILLBROOK — Three electric ferries now run between five landings.

            ``The bridges are full, and the river is empty,'' said Harriet Okafor, the city's transport commissioner.

            Third in a three-part series on the city's ferries.
            """};

    /** Writes the parts as {@code c-part1.txt}, {@code a-part2.txt}, {@code b-part3.txt}: names out of order. */
    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("c-part1.txt"), PARTS[0], StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a-part2.txt"), PARTS[1], StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-part3.txt"), PARTS[2], StandardCharsets.UTF_8);
    }
}

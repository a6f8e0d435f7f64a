package io.tearsheet.spark.internal;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ArticleExporter;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

/**
 * Runs on the executors: converts the rows of one partition, one at a time as Spark pulls them, so a partition of any
 * size needs the memory of one article. Each task attempt names its temporary files after its own attempt id.
 */
public final class ConvertPartition implements MapPartitionsFunction<Row, Row> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String outputRoot;
    private final List<String> formats;
    private final boolean bags;
    private final boolean resume;
    private final OutputLayout layout;
    private final Broadcast<SerializableConfiguration> configuration;

    public ConvertPartition(String outputRoot, List<String> formats, boolean bags, boolean resume, OutputLayout layout,
                            Broadcast<SerializableConfiguration> configuration) {
        this.outputRoot = outputRoot;
        this.formats = List.copyOf(formats);
        this.bags = bags;
        this.resume = resume;
        this.layout = layout;
        this.configuration = configuration;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) throws IOException {
        TaskContext task = TaskContext.get();
        String attempt = task == null ? "0" : Long.toString(task.taskAttemptId());
        OutputStore store = OutputStores.open(outputRoot, configuration.value().value(), attempt);
        ArticleConverter converter = new ArticleConverter(layout, store, exporters(formats), bags, resume);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                try {
                    Row row = rows.next();
                    InputArticle input = CatalogRows.input(row);
                    long sharers = CatalogRows.idSharers(row);
                    if (sharers > 1 && input.id() != null && !input.id().isBlank()) {
                        return CatalogRows.row(ConvertedArticle.failed(input, null, null, "the id \"" + input.id()
                                + "\" belongs to " + sharers + " inputs; ids must be unique (for files: the path"
                                + " without its extension), so none of them is converted"));
                    }
                    return CatalogRows.row(converter.convert(input));
                } catch (IOException e) {
                    throw new UncheckedIOException("writing under " + outputRoot + " failed", e);
                }
            }
        };
    }

    /** The exporters of the named formats; the driver checked they exist, so a miss here is a broken deployment. */
    public static List<ArticleExporter> exporters(List<String> formats) {
        return formats.stream().map(name -> Tearsheet.exporter(name).orElseThrow(() -> new IllegalStateException(
                "no " + name + " exporter on this executor's class path; is the job jar complete?"))).toList();
    }
}

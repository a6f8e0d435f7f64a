package io.tearsheet.spark.internal;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The folders a converted article's outputs sit in (for a bag, the folder holding the bag), to sweep afterwards. */
public final class OutputFolders implements FlatMapFunction<Row, String> {
    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<String> call(Row row) {
        Map<String, Row> outputs = row.getJavaMap(row.fieldIndex("outputs"));
        Row bag = outputs.get("bag");
        List<String> folders = new ArrayList<>();
        if (bag != null) {
            folders.add(parent(bag.getString(0)));
        } else {
            outputs.values().forEach(file -> folders.add(parent(file.getString(0))));
        }
        return folders.iterator();
    }

    private static String parent(String path) {
        return path.substring(0, Math.max(0, path.lastIndexOf('/')));
    }
}

package io.tearsheet.spark.internal;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.net.URI;

/** Opens the output store for an output root: core's file writers when it is local, Hadoop's otherwise. */
public final class OutputStores {
    private OutputStores() {
    }

    /**
     * @param outputRoot a path or URI; a path without a scheme is on Hadoop's default file system
     * @param attempt    digits that tell this writer's temporary names from any other's
     */
    public static OutputStore open(String outputRoot, Configuration configuration, String attempt) throws IOException {
        Path root = new Path(outputRoot);
        FileSystem fileSystem = root.getFileSystem(configuration);
        if (isLocal(fileSystem)) {
            URI uri = fileSystem.makeQualified(root).toUri();
            return new LocalOutputStore(java.nio.file.Path.of(uri));
        }
        return new HadoopOutputStore(fileSystem, root, attempt);
    }

    /** The root's URI as Spark and Hadoop name it, for example {@code file:/data/out} or {@code hdfs://nn/out}. */
    public static String qualified(String outputRoot, Configuration configuration) throws IOException {
        Path root = new Path(outputRoot);
        return root.getFileSystem(configuration).makeQualified(root).toString();
    }

    /** Hadoop's own local file systems, checksummed or raw, both under {@code file:}. */
    private static boolean isLocal(FileSystem fileSystem) {
        return "file".equals(fileSystem.getUri().getScheme());
    }
}

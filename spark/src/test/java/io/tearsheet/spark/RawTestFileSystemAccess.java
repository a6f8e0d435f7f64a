package io.tearsheet.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

import java.io.IOException;
import java.net.URI;

/** Opens a {@link RawTestFileSystem} outside Spark, for tests of the output stores. */
public final class RawTestFileSystemAccess {
    private RawTestFileSystemAccess() {
    }

    public static FileSystem open() throws IOException {
        FileSystem fileSystem = new RawTestFileSystem();
        fileSystem.initialize(URI.create(RawTestFileSystem.SCHEME + ":///"), new Configuration());
        return fileSystem;
    }
}

package io.tearsheet.spark;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

import java.io.IOException;
import java.net.URI;

/**
 * Local files under the scheme {@code rawtest:}, with HDFS's rename rules (a rename onto an existing file is refused;
 * onto an existing folder it moves inside), so that tests run the job through the Hadoop output store as on a cluster.
 */
public class RawTestFileSystem extends RawLocalFileSystem {
    static final String SCHEME = "rawtest";

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public boolean rename(Path src, Path dst) throws IOException {
        if (exists(dst)) {
            if (getFileStatus(dst).isDirectory()) {
                return super.rename(src, new Path(dst, src.getName()));
            }
            return false;
        }
        return super.rename(src, dst);
    }

    /** {@code rawtest:///PATH} for a local folder. */
    static String uri(java.nio.file.Path folder) {
        return SCHEME + "://" + folder.toAbsolutePath();
    }
}

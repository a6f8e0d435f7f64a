package io.tearsheet.spark.internal;

import org.apache.hadoop.conf.Configuration;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;

/** A Hadoop {@link Configuration} that travels to executors (the class itself is Writable, not Serializable). */
public final class SerializableConfiguration implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private transient Configuration configuration;

    public SerializableConfiguration(Configuration configuration) {
        this.configuration = configuration;
    }

    public Configuration value() {
        return configuration;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        configuration.write(out);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        configuration = new Configuration(false);
        configuration.readFields(in);
    }
}

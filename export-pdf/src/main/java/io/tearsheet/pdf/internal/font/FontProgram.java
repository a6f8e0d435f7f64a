package io.tearsheet.pdf.internal.font;

import io.tearsheet.io.Sha256;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of one TrueType or OpenType (TrueType outlines) font, with a name for reports. Immutable: the
 * bytes are copied in and never handed out.
 */
public final class FontProgram {
    private final String name;
    private final byte[] bytes;
    private final String sha256;

    public FontProgram(String name, byte[] bytes) {
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.bytes = Objects.requireNonNull(bytes, "bytes must not be null").clone();
        this.sha256 = Sha256.hex(this.bytes);
    }

    public String name() {
        return name;
    }

    /** A digest of the bytes: equal programs are pooled together and give the same output. */
    public String sha256() {
        return sha256;
    }

    byte[] bytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FontProgram that && sha256.equals(that.sha256) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}

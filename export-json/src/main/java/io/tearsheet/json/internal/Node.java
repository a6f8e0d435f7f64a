package io.tearsheet.json.internal;

import io.tearsheet.read.ReadException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A value of a parsed JSON document together with its JSON Pointer, so that every complaint about it can say
 * where it is. Typed accessors throw {@link ReadException} naming the pointer, what was expected and what was found.
 */
public final class Node {
    private final Object value;
    private final String pointer;

    public Node(Object value, String pointer) {
        this.value = value;
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }

    public ReadException error(String message) {
        return new ReadException(message, pointer.isEmpty() ? "/" : pointer);
    }

    /** The member {@code name} of this object, or null when it is absent. */
    public Node member(String name) {
        Object member = object().get(name);
        return member == null ? null : new Node(member, pointer + "/" + JsonTree.escape(name));
    }

    /** The member {@code name}, which must be present. */
    public Node required(String name) {
        Node member = member(name);
        if (member == null) {
            throw error("missing required member '" + name + "'");
        }
        return member;
    }

    /** Refuses members other than {@code allowed}: a misspelt name must not vanish silently. */
    public void onlyMembers(Set<String> allowed) {
        for (String name : object().keySet()) {
            if (!allowed.contains(name)) {
                throw new Node(null, pointer + "/" + JsonTree.escape(name)).error("unknown member '" + name + "'");
            }
        }
    }

    public String string() {
        if (value instanceof String s) {
            return s;
        }
        throw error("expected a string, found " + describe());
    }

    /** A string member, or null when absent or JSON null. */
    public String optionalString(String name) {
        Node member = member(name);
        return member == null || member.isNull() ? null : member.string();
    }

    public String requiredString(String name) {
        return required(name).string();
    }

    public boolean bool() {
        if (value instanceof Boolean b) {
            return b;
        }
        throw error("expected true or false, found " + describe());
    }

    /** A whole number in {@code [min, max]}. */
    public int integer(int min, int max) {
        return (int) wholeNumber(min, max);
    }

    /** A whole number in {@code [min, max]}, as a long. */
    public long wholeNumber(long min, long max) {
        BigInteger number;
        if (value instanceof BigInteger b) {
            number = b;
        } else if (value instanceof Integer || value instanceof Long) {
            number = BigInteger.valueOf(((Number) value).longValue());
        } else if (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
            BigDecimal whole = d.stripTrailingZeros();
            if ((long) whole.precision() - whole.scale() > 19) {
                // 1e999999999 is a short token but a billion-digit integer: refuse it before it is ever expanded
                throw error("expected a whole number from " + min + " to " + max + ", found "
                        + abbreviate(d.toString()));
            }
            number = whole.toBigIntegerExact();
        } else {
            throw error("expected a whole number, found " + describe());
        }
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw error("expected a whole number from " + min + " to " + max + ", found " + abbreviate(number.toString()));
        }
        return number.longValue();
    }

    /** An optional whole-number member in {@code [min, max]}, or null. */
    public Integer optionalInteger(String name, int min, int max) {
        Node member = member(name);
        return member == null || member.isNull() ? null : member.integer(min, max);
    }

    public boolean isNull() {
        return value == JsonTree.NULL;
    }

    public List<Node> array() {
        if (value instanceof List<?> list) {
            List<Node> nodes = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                nodes.add(new Node(list.get(i), pointer + "/" + i));
            }
            return nodes;
        }
        throw error("expected an array, found " + describe());
    }

    /** An array member; absent means empty. */
    public List<Node> optionalArray(String name) {
        Node member = member(name);
        return member == null ? List.of() : member.array();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object() {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw error("expected an object, found " + describe());
    }

    private String describe() {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String s) {
            return "the string \"" + abbreviate(s) + "\"";
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value == JsonTree.NULL) {
            return "null";
        }
        return "the number " + abbreviate(value.toString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }
}

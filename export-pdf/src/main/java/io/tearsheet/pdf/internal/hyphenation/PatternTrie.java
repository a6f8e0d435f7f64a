package io.tearsheet.pdf.internal.hyphenation;

import java.util.Arrays;
import java.util.Map;

/**
 * Liang's patterns as a trie over their letters, so that every pattern starting at one position of a word is found
 * in a single walk, with no substring made or hashed. Built once, then only read, so one instance serves every
 * thread.
 */
final class PatternTrie {
    private final Node root = new Node();

    PatternTrie(Map<String, byte[]> patterns) {
        for (Map.Entry<String, byte[]> pattern : patterns.entrySet()) {
            Node node = root;
            for (int i = 0; i < pattern.getKey().length(); i++) {
                node = node.childOrAdd(pattern.getKey().charAt(i));
            }
            node.values = pattern.getValue().clone();
        }
    }

    /**
     * Raises {@code points[start + k]} to the values of every pattern that matches {@code letters} from
     * {@code start}, as Liang's method does: the highest value at each inter-letter position wins.
     */
    void apply(char[] letters, int start, byte[] points) {
        Node node = root;
        for (int i = start; i < letters.length; i++) {
            node = node.child(letters[i]);
            if (node == null) {
                return;
            }
            byte[] values = node.values;
            if (values != null) {
                for (int k = 0; k < values.length; k++) {
                    if (values[k] > points[start + k]) {
                        points[start + k] = values[k];
                    }
                }
            }
        }
    }

    /** One letter's step: children kept in sorted arrays, searched by bisection. */
    private static final class Node {
        private char[] labels = new char[0];
        private Node[] children = new Node[0];
        private byte[] values;

        Node child(char letter) {
            int index = Arrays.binarySearch(labels, letter);
            return index >= 0 ? children[index] : null;
        }

        Node childOrAdd(char letter) {
            int index = Arrays.binarySearch(labels, letter);
            if (index >= 0) {
                return children[index];
            }
            int at = -index - 1;
            char[] newLabels = new char[labels.length + 1];
            Node[] newChildren = new Node[children.length + 1];
            System.arraycopy(labels, 0, newLabels, 0, at);
            System.arraycopy(children, 0, newChildren, 0, at);
            newLabels[at] = letter;
            newChildren[at] = new Node();
            System.arraycopy(labels, at, newLabels, at + 1, labels.length - at);
            System.arraycopy(children, at, newChildren, at + 1, children.length - at);
            labels = newLabels;
            children = newChildren;
            return newChildren[at];
        }
    }
}

package newsdesk.cluster;

import java.util.Arrays;

/**
 * Open-addressing map from non-negative int keys to doubles (a story centroid), without boxing.
 * Iteration order is the slot order, which depends only on the insertion history: deterministic.
 */
final class IntDoubleMap {
  private static final int FREE = -1;

  private int[] keys;
  private double[] values;
  private int size;

  IntDoubleMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new int[capacity];
    Arrays.fill(keys, FREE);
    values = new double[capacity];
  }

  int size() {
    return size;
  }

  double get(int key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key) return values[i];
      if (k == FREE) return 0;
    }
  }

  /** Whether {@code key} has an entry (a key whose value went back to 0 keeps its entry). */
  boolean containsKey(int key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key) return true;
      if (k == FREE) return false;
    }
  }

  /** Sets the value of {@code key}. */
  void put(int key, double value) {
    if ((size + 1) * 4 > keys.length * 3) grow();
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key || k == FREE) {
        if (k == FREE) size++;
        keys[i] = key;
        values[i] = value;
        return;
      }
    }
  }

  /** Adds {@code delta} to the value of {@code key} and returns the new value. */
  double add(int key, double delta) {
    if ((size + 1) * 4 > keys.length * 3) grow();
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key) return values[i] += delta;
      if (k == FREE) {
        keys[i] = key;
        values[i] = delta;
        size++;
        return delta;
      }
    }
  }

  /** Calls {@code visitor} for every entry. */
  void forEach(Visitor visitor) {
    for (int i = 0; i < keys.length; i++) if (keys[i] != FREE) visitor.visit(keys[i], values[i]);
  }

  interface Visitor {
    void visit(int key, double value);
  }

  private void grow() {
    int[] oldKeys = keys;
    double[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    Arrays.fill(keys, FREE);
    values = new double[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != FREE) add(oldKeys[i], oldValues[i]);
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}

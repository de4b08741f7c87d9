package org.okrkit.rollup;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable array with cheap single-element updates: a 32-way trie whose {@link #with} copies
 * only the path to the changed slot (four arrays of 32 references at a million elements), so an
 * incremental roll-up shares every node it did not touch instead of copying the whole list.
 * Null elements are allowed, and a vector may be {@linkplain #ofNulls sparse}: a branch never
 * written is absent and reads as nulls, so a vector of a million nulls costs one array. Immutable
 * and thread-safe.
 */
final class PersistentVector<T> extends AbstractList<T> implements RandomAccess {
  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;
  /** A branch of nulls at every level, read where a sparse vector has none. */
  private static final Object[] EMPTY = new Object[WIDTH];

  private final Object[] root;
  private final int shift;
  private final int size;

  private PersistentVector(Object[] root, int shift, int size) {
    this.root = root;
    this.shift = shift;
    this.size = size;
  }

  /** A vector of these elements (the array is copied). */
  static <T> PersistentVector<T> of(Object[] items) {
    int n = items.length;
    Object[] level = new Object[(n + MASK) >>> BITS];
    for (int i = 0; i < level.length; i++) {
      int from = i << BITS;
      Object[] leaf = new Object[WIDTH];
      System.arraycopy(items, from, leaf, 0, Math.min(WIDTH, n - from));
      level[i] = leaf;
    }
    int shift = 0;
    if (level.length == 0) {
      return new PersistentVector<>(new Object[WIDTH], 0, 0);
    }
    while (level.length > 1) {
      Object[] up = new Object[(level.length + MASK) >>> BITS];
      for (int i = 0; i < up.length; i++) {
        int from = i << BITS;
        Object[] node = new Object[WIDTH];
        System.arraycopy(level, from, node, 0, Math.min(WIDTH, level.length - from));
        up[i] = node;
      }
      level = up;
      shift += BITS;
    }
    return new PersistentVector<>((Object[]) level[0], shift, n);
  }

  /** A vector of {@code size} nulls, its branches made only as elements are set. */
  static <T> PersistentVector<T> ofNulls(int size) {
    int shift = 0;
    while (((long) WIDTH << shift) < size) {
      shift += BITS;
    }
    return new PersistentVector<>(new Object[WIDTH], shift, size);
  }

  @Override
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public T get(int index) {
    Objects.checkIndex(index, size);
    Object[] node = root;
    for (int s = shift; s > 0; s -= BITS) {
      Object[] below = (Object[]) node[(index >>> s) & MASK];
      node = below == null ? EMPTY : below; // a branch never written: a sparse vector's nulls
    }
    return (T) node[index & MASK];
  }

  @Override
  public int size() {
    return size;
  }

  /** A copy with {@code value} at {@code index}, sharing every untouched branch. */
  PersistentVector<T> with(int index, T value) {
    Objects.checkIndex(index, size);
    return new PersistentVector<>(set(root, shift, index, value), shift, size);
  }

  private static Object[] set(Object @Nullable [] node, int shift, int index, Object value) {
    Object[] copy = node == null ? new Object[WIDTH] : node.clone();
    if (shift == 0) {
      copy[index & MASK] = value;
    } else {
      int k = (index >>> shift) & MASK;
      copy[k] = set((Object[]) copy[k], shift - BITS, index, value); // made when missing
    }
    return copy;
  }

  /** This vector with {@code value} appended: O(log n), every untouched node shared. */
  PersistentVector<T> plus(T value) {
    if (size < (1 << (shift + BITS))) {
      return new PersistentVector<>(set(root, shift, size, value), shift, size + 1);
    }
    // full: a new root over the old one and a fresh path to the new last element
    Object[] up = new Object[WIDTH];
    up[0] = root;
    up[1] = path(shift, value);
    return new PersistentVector<>(up, shift + BITS, size + 1);
  }

  /** A fresh path {@code shift} levels high down to a leaf holding {@code value} first. */
  private static Object[] path(int shift, Object value) {
    Object[] node = new Object[WIDTH];
    node[0] = value;
    for (int s = 0; s < shift; s += BITS) {
      Object[] up = new Object[WIDTH];
      up[0] = node;
      node = up;
    }
    return node;
  }
}

package org.okrkit.json;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Open-addressing table of the decimals read, by unscaled value and scale, so a document's
 * million numbers are a few thousand instances; it stops taking new values at a fixed size, so
 * a document of all-different numbers costs no more than reading them.
 */
final class DecimalTable {
  private static final int MAX_SIZE = 1 << 14;
  private long[] keys = new long[0];
  private @Nullable BigDecimal[] values = new BigDecimal[0];
  private int size;

  BigDecimal get(long unscaled, int scale) {
    // scale <= 16 < 32 and |unscaled| < 10^16: the key is one-to-one
    long key = unscaled * 32 + scale;
    int mask = keys.length - 1;
    if (mask > 0) {
      for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
        BigDecimal v = values[i];
        if (v == null) {
          break;
        }
        if (keys[i] == key) {
          return v;
        }
      }
    }
    BigDecimal made = BigDecimal.valueOf(unscaled, scale);
    if (size < MAX_SIZE / 2) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      put(key, made);
    }
    return made;
  }

  private void put(long key, BigDecimal value) {
    int mask = keys.length - 1;
    int i = hash(key) & mask;
    while (values[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    size++;
  }

  private void grow() {
    long[] oldKeys = keys;
    @Nullable BigDecimal[] oldValues = values;
    int capacity = Math.max(64, 2 * oldKeys.length);
    keys = new long[capacity];
    values = new BigDecimal[capacity];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      BigDecimal v = oldValues[i];
      if (v != null) {
        put(oldKeys[i], v);
      }
    }
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40);
  }
}

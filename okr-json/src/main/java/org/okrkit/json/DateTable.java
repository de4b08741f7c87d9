package org.okrkit.json;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The dates read by their digits (yyyymmdd), open addressing, up to a fixed size. */
final class DateTable {
  private static final int CAPACITY = 1 << 13;
  private static final int MAX_SIZE = CAPACITY / 2;
  private int @Nullable [] keys;
  private @Nullable LocalDate @Nullable [] values;
  private int size;

  @Nullable LocalDate get(int key) {
    int[] k = keys;
    LocalDate[] v = values;
    if (k == null || v == null) {
      return null;
    }
    for (int i = hash(key); ; i = (i + 1) & (CAPACITY - 1)) {
      LocalDate d = v[i];
      if (d == null) {
        return null;
      }
      if (k[i] == key) {
        return d;
      }
    }
  }

  void put(int key, LocalDate date) {
    if (size >= MAX_SIZE) {
      return;
    }
    int[] k = keys;
    LocalDate[] v = values;
    if (k == null || v == null) {
      k = new int[CAPACITY];
      v = new LocalDate[CAPACITY];
      keys = k;
      values = v;
    }
    int i = hash(key);
    while (v[i] != null) {
      if (k[i] == key) {
        return;
      }
      i = (i + 1) & (CAPACITY - 1);
    }
    k[i] = key;
    v[i] = date;
    size++;
  }

  private static int hash(int key) {
    return ((key * 0x9E3779B1) >>> 19) & (CAPACITY - 1);
  }
}

package org.okrkit.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Exact decimal arithmetic on a scaled {@code long} (the number {@code unscaled × 10^−scale}), the
 * engine's fast path beside {@link BigDecimal}: every operation either gives exactly the number
 * the {@code BigDecimal} operation gives (a quotient rounded to {@link ScoreMath#CONTEXT} and
 * {@linkplain ScoreMath#normalize normalised}, sums and products exact) or answers {@code false}
 * and leaves the work to {@code BigDecimal} (an overflow, more than 16 digits before the point),
 * so no result ever depends on which path computed it. A mutable register, reused by one loop:
 * not thread-safe, never handed out.
 */
public final class Scaled {
  /** Powers of ten that fit a {@code long}: 10^0 … 10^18. */
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /** Powers of ten exact in a {@code double}: 10^0 … 10^22. */
  private static final double[] POW10D = new double[23];

  static {
    double x = 1;
    for (int i = 0; i < POW10D.length; i++) {
      POW10D[i] = x;
      x *= 10;
    }
  }

  /** Powers of ten as doubles, correctly rounded: 10^0 … 10^32 (the quotient's estimate). */
  private static final double[] POW10D_EST = new double[33];

  /** Powers of ten modulo 2^64 (the long product wrapping): 10^0 … 10^32. */
  private static final long[] POW10_WRAP = new long[33];

  static {
    long p = 1;
    for (int i = 0; i < POW10_WRAP.length; i++) {
      POW10D_EST[i] = Double.parseDouble("1e" + i);
      POW10_WRAP[i] = p;
      p *= 10;
    }
  }

  private static final long TEN_POW_17 = POW10[17];

  /** The unscaled digits of the last result. */
  public long unscaled;

  /** The scale of the last result (digits after the point). */
  public int scale;

  /** A register holding 0. */
  public Scaled() {}

  /**
   * Loads {@code value} when its digits fit a {@code long}.
   *
   * @param value the number
   * @return {@code false} (the register unchanged) when {@code value} has more than 18 digits
   */
  public boolean load(BigDecimal value) {
    int p = value.precision();
    if (p > 18) {
      return false;
    }
    int s = value.scale();
    if (s == 0) {
      unscaled = value.longValue(); // an integer: its digits, made of no object
      scale = 0;
      return true;
    }
    if (s > 0 && s < POW10D.length && p <= 15) {
      // |digits| < 10^15 < 2^50 and 10^s exact in a double: value.doubleValue() is the correctly
      // rounded digits / 10^s, which no other digits below 2^50 round to, so rounding it back
      // recovers them; checked by dividing again (the same correctly rounded quotient). No
      // BigInteger is made, as unscaledValue() would make one.
      double d = value.doubleValue();
      long n = Math.round(d * POW10D[s]);
      if ((double) n / POW10D[s] == d) {
        unscaled = n;
        scale = s;
        return true;
      }
    }
    unscaled = value.unscaledValue().longValue();
    scale = s;
    return true;
  }

  /** {@return the register as an exact decimal} */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * {@code a × 10^−sa / b × 10^−sb} rounded to 16 significant digits, half-even, trailing zeros
   * stripped and the scale never negative: exactly {@link ScoreMath#divide}'s number and scale.
   *
   * @param a the dividend's unscaled digits
   * @param sa the dividend's scale
   * @param b the divisor's unscaled digits
   * @param sb the divisor's scale
   * @return {@code false} (the register unchanged) when the fast path does not apply: a zero
   *     divisor, {@link Long#MIN_VALUE}, a divisor of 10^17 or more (its trailing zeros dropped),
   *     or a quotient whose digits at a scale of at least 0 leave the long range
   */
  public boolean divide(long a, int sa, long b, int sb) {
    if (b == 0 || a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
      return false;
    }
    if (a == 0) {
      unscaled = 0;
      scale = 0;
      return true;
    }
    boolean negative = (a < 0) != (b < 0);
    long x = Math.abs(a);
    long y = Math.abs(b);
    // The quotient depends on the divisor's value alone (it is rounded and stripped): trailing
    // zeros of long digits (a sum whose scales were aligned up) are dropped, the scale adjusted.
    int sy = sb;
    while (y >= TEN_POW_17 && y % 10 == 0 && sy != Integer.MIN_VALUE) {
      y /= 10;
      sy--;
    }
    if (y >= TEN_POW_17) {
      return false;
    }
    // l = floor(log10(x / y)): the digit counts give it to within one, one comparison settles it
    // (y × 10^e < 10^digits(x) ≤ 10^18 and x × 10^−e < 10^digits(y) ≤ 10^17: no overflow; a
    // 19-digit x is compared a digit shorter, floor(x / 10) ≥ y × 10^(e − 1) meaning the same)
    int dx = digits(x);
    int e = dx - digits(y);
    boolean atLeast;
    if (e < 0) {
      atLeast = x * POW10[-e] >= y;
    } else if (dx < 19) {
      atLeast = x >= y * POW10[e];
    } else {
      atLeast = x / 10 >= y * POW10[e - 1];
    }
    int l = atLeast ? e : e - 1;
    // q = round(x × 10^k / y), the quotient's 16 significant digits (k = 15 − l, −3 ≤ k ≤ 32; for
    // k < 0, x / (y × 10^−k), which fits: y × 10^−k ≤ x / 10^15): estimated in double (relative
    // error below 2^−50, so within a few units of q < 10^16), then corrected exactly. The remainder
    // x × 10^k − q × y is small (|r| < 8y < 2^63), so computing it modulo 2^64 — the long products
    // wrapping — gives it exactly. No long division.
    int k = 15 - l;
    int up = Math.max(k, 0);
    long d = k < 0 ? y * POW10[-k] : y;
    long q = (long) ((double) x / (double) d * POW10D_EST[up]);
    long r = x * POW10_WRAP[up] - q * d;
    while (r < 0) {
      q--;
      r += d;
    }
    while (r >= d) {
      q++;
      r -= d;
    }
    if (r != 0) {
      long twice = r << 1; // r < d < 10^17: no overflow
      if (twice > d || (twice == d && (q & 1) == 1)) {
        q++; // half-even; 10^16 at most, its zeros stripped below
      }
    }
    int exp = -k;
    long s = (long) sa - sy - exp;
    // strip trailing zeros eight, four, two, then one at a time (divisions by constants: cheap)
    while (s >= 8 && q % 100_000_000L == 0) {
      q /= 100_000_000L;
      s -= 8;
    }
    if (s >= 4 && q % 10_000L == 0) {
      q /= 10_000L;
      s -= 4;
    }
    if (s >= 2 && q % 100L == 0) {
      q /= 100L;
      s -= 2;
    }
    if (s >= 1 && q % 10L == 0) {
      q /= 10L;
      s -= 1;
    }
    if (s < 0) {
      if (-s >= POW10.length || q > Long.MAX_VALUE / POW10[(int) -s]) {
        return false;
      }
      q *= POW10[(int) -s];
      s = 0;
    }
    if (s > Integer.MAX_VALUE) {
      return false;
    }
    unscaled = negative ? -q : q;
    scale = (int) s;
    return true;
  }

  /**
   * The exact sum {@code a × 10^−sa + b × 10^−sb} (the scale the larger of the two, as {@link
   * BigDecimal#add} gives it).
   *
   * @param a the first unscaled digits
   * @param sa the first scale
   * @param b the second unscaled digits
   * @param sb the second scale
   * @return {@code false} (the register unchanged) on overflow
   */
  public boolean add(long a, int sa, long b, int sb) {
    long sum = plus(a, sa, b, sb);
    if (sum == Long.MIN_VALUE) {
      return false;
    }
    unscaled = sum;
    scale = Math.max(sa, sb);
    return true;
  }

  /**
   * The unscaled digits of the exact sum {@code a × 10^−sa + b × 10^−sb} at the larger of the two
   * scales, for a loop that keeps its numbers in locals: {@link #add} without the register.
   *
   * @param a the first unscaled digits
   * @param sa the first scale
   * @param b the second unscaled digits
   * @param sb the second scale
   * @return the digits of the sum at scale {@code max(sa, sb)}, or {@link Long#MIN_VALUE} (never a
   *     valid operand) on overflow
   */
  public static long plus(long a, int sa, long b, int sb) {
    long x = a;
    long y = b;
    if (sa < sb) {
      x = scaleUp(a, sb - sa);
    } else if (sb < sa) {
      y = scaleUp(b, sa - sb);
    }
    if (x == Long.MIN_VALUE || y == Long.MIN_VALUE) {
      return Long.MIN_VALUE;
    }
    long sum = x + y;
    if (((x ^ sum) & (y ^ sum)) < 0 || sum == Long.MIN_VALUE) {
      return Long.MIN_VALUE;
    }
    return sum;
  }

  /**
   * The exact product of two unscaled digits (the product's scale is the sum of the scales), for a
   * loop that keeps its numbers in locals: {@link #multiply} without the register.
   *
   * @param a the first unscaled digits
   * @param b the second unscaled digits
   * @return {@code a × b}, or {@link Long#MIN_VALUE} (never a valid operand) on overflow
   */
  public static long times(long a, long b) {
    long lo = a * b;
    return Math.multiplyHigh(a, b) != (lo >> 63) ? Long.MIN_VALUE : lo;
  }

  /**
   * The exact product {@code a × 10^−sa × b × 10^−sb} (the scales added, as {@link
   * BigDecimal#multiply} gives it).
   *
   * @param a the first unscaled digits
   * @param sa the first scale
   * @param b the second unscaled digits
   * @param sb the second scale
   * @return {@code false} (the register unchanged) on overflow
   */
  public boolean multiply(long a, int sa, long b, int sb) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
      return false;
    }
    long s = (long) sa + sb;
    if (s > Integer.MAX_VALUE || s < Integer.MIN_VALUE || lo == Long.MIN_VALUE) {
      return false;
    }
    unscaled = lo;
    scale = (int) s;
    return true;
  }

  /**
   * Compares {@code a × 10^−sa} with {@code b × 10^−sb} as numbers.
   *
   * @param a the first unscaled digits
   * @param sa the first scale
   * @param b the second unscaled digits
   * @param sb the second scale
   * @return negative, zero or positive as the first is less than, equal to or more than the
   *     second
   */
  public static int compare(long a, int sa, long b, int sb) {
    if (sa == sb || b == 0 || a == 0) {
      // one scale, or a sign against zero (a floor of 0)
      return Long.compare(a, b);
    }
    long x = sa < sb ? scaleUp(a, sb - sa) : a;
    long y = sb < sa ? scaleUp(b, sa - sb) : b;
    if (x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
      return Long.compare(x, y);
    }
    return BigDecimal.valueOf(a, sa).compareTo(BigDecimal.valueOf(b, sb));
  }

  /**
   * True when {@code u × 10^−s} is more than 1, for a scale of at least 0: one comparison with a
   * power of ten (a long below 10^19 never exceeds 10^s for s ≥ 19).
   *
   * @param u the unscaled digits
   * @param s the scale, at least 0
   * @return {@code true} when the number is more than 1
   * @throws IllegalArgumentException if {@code s} is negative
   */
  public static boolean exceedsOne(long u, int s) {
    if (s < 0) {
      throw new IllegalArgumentException("scale must be >= 0, was " + s);
    }
    return s < POW10.length && u > POW10[s];
  }

  /**
   * The number as a scaled long, when it fits: for loading constants once.
   *
   * @param value the number, or null
   * @return a register holding it, or null when it does not fit (or is null)
   */
  public static @Nullable Scaled of(@Nullable BigDecimal value) {
    if (value == null) {
      return null;
    }
    Scaled s = new Scaled();
    return s.load(value) ? s : null;
  }

  /** {@code v × 10^by}, or {@link Long#MIN_VALUE} when it overflows (never a valid operand). */
  private static long scaleUp(long v, int by) {
    if (v == 0 || by >= POW10.length) {
      // 0 at any scale (the first item of a sum starting from 0), or beyond 10^18
      return v == 0 ? 0 : Long.MIN_VALUE;
    }
    long p = POW10[by];
    long hi = Math.multiplyHigh(v, p);
    long lo = v * p;
    if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
      return Long.MIN_VALUE;
    }
    return lo;
  }

  /** The number of decimal digits of {@code v ≥ 0} (0 for 0). */
  private static int digits(long v) {
    if (v == 0) {
      return 0;
    }
    // log10 from the bit length (1233 / 4096 ≈ log10 2), then one comparison to correct it
    int d = ((64 - Long.numberOfLeadingZeros(v)) * 1233) >>> 12;
    return d < POW10.length && v >= POW10[d] ? d + 1 : d;
  }
}

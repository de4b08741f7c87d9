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

  private static final long TEN_POW_16 = POW10[16];
  private static final long TEN_POW_17 = POW10[17];
  private static final long TEN_POW_18 = POW10[18];

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
   *     divisor, digits beyond the long range or a quotient of more than 16 integer digits
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
    if (x >= TEN_POW_18 || y >= TEN_POW_17) {
      return false;
    }
    // a score is mostly below 1 (x < y): no division for its integer part
    long q = x < y ? 0 : x / y;
    long r = x < y ? x : x % y;
    if (q >= TEN_POW_16) {
      return false;
    }
    int exp = 0;
    int qd = digits(q);
    int yd = digits(y);
    // More digits, several at a time: r < y < 10^yd, so r × 10^k < 10^18 for k ≤ 18 − yd; and q
    // keeps at most 16 digits (k ≤ 16 − qd), so q × 10^k fits as well.
    while (r != 0 && qd < 16) {
      int k = Math.min(16 - qd, 18 - yd);
      long rr = r * POW10[k];
      q = q * POW10[k] + rr / y;
      r = rr % y;
      exp -= k;
      qd = digits(q);
    }
    if (r != 0) {
      long twice = r << 1; // r < 10^17: no overflow
      if (twice > y || (twice == y && (q & 1) == 1)) {
        q++;
      }
    }
    long s = (long) sa - sb - exp;
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
    long x = a;
    long y = b;
    int s = sa;
    if (sa < sb) {
      x = scaleUp(a, sb - sa);
      s = sb;
    } else if (sb < sa) {
      y = scaleUp(b, sa - sb);
    }
    if (x == Long.MIN_VALUE || y == Long.MIN_VALUE) {
      return false;
    }
    long sum = x + y;
    if (((x ^ sum) & (y ^ sum)) < 0) {
      return false;
    }
    unscaled = sum;
    scale = s;
    return true;
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
    if (sa == sb) {
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
    if (by >= POW10.length) {
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

package org.okrkit.scoring;

import java.math.BigDecimal;

/**
 * The quotient of a 128-bit dividend by a positive {@code long}, rounded to 16 significant digits
 * (half-even), trailing zeros stripped and the scale never negative: exactly {@code
 * ScoreMath.divide}'s number and scale, for the forecast's quotients whose dividends leave the
 * {@code long} range (the projection {@code (Σy + slope × (n·day − Σx)) / n}: a 16-digit slope
 * times the day span has 19 or 20 digits). Either the exact answer or {@code false} (the caller
 * then divides in {@code BigDecimal}), never another number.
 *
 * <p>How: the dividend is {@code hi × 2^64 + lo} in two's complement; the quotient's 16 digits
 * {@code q = floor(|D| × 10^k / d)} are estimated in {@code double} (a relative error of a few
 * units in 2^−53, so a few units off {@code q < 10^16}) and corrected exactly with the
 * remainder {@code |D| × 10^k − q × d}, which is small and so exact modulo 2^64 (the {@code long}
 * products wrapping) — the way {@code Scaled.divide} works for a {@code long} dividend. A mutable
 * register, reused by one loop: not thread-safe, never handed out.
 */
final class WideQuotient {
  private static final long[] POW10 = new long[19];
  private static final long[] POW10_WRAP = new long[40];
  private static final double[] POW10D = new double[40];

  static {
    long p = 1;
    for (int i = 0; i < POW10_WRAP.length; i++) {
      if (i < POW10.length) {
        POW10[i] = p;
      }
      POW10_WRAP[i] = p;
      POW10D[i] = Double.parseDouble("1e" + i);
      p *= 10;
    }
  }

  private static final long TEN_POW_15 = POW10[15];
  private static final long TEN_POW_16 = POW10[16];

  /**
   * The largest divisor (times the power of ten it is scaled by): the estimate is within about 80
   * units of the quotient, so the remainder stays below 128 × 2^56 = 2^63 and exact modulo 2^64.
   */
  private static final long MAX_DIVISOR = 1L << 56;

  /** The unscaled digits of the last quotient. */
  long unscaled;

  /** The scale of the last quotient. */
  int scale;

  /** {@return the last quotient as an exact decimal} */
  BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * {@code (a × 10^−sa + b × c × 10^−sb) / d}, for {@code d > 0}: the projection's step, {@code
   * a} the sum of the values, {@code b × 10^−sb} the slope, {@code c} the day span.
   *
   * @return {@code false} (the register unchanged) when the fast path does not apply
   */
  boolean sumOverDivisor(long a, int sa, long b, int sb, long c, long d) {
    int s = Math.max(sa, sb);
    // a × 10^(s − sa) and b × 10^(s − sb) × c as 128-bit products
    long a1 = a;
    long b1 = b;
    try {
      if (s > sa) {
        if (s - sa >= POW10.length) {
          return false;
        }
        long f = POW10[s - sa];
        long hiA = Math.multiplyHigh(a1, f);
        long loA = a1 * f;
        return sumOverDivisor(hiA, loA, b1, c, s - sb, s, d);
      }
      if (s > sb) {
        if (s - sb >= POW10.length) {
          return false;
        }
        b1 = Math.multiplyExact(b1, POW10[s - sb]);
      }
    } catch (ArithmeticException tooLarge) {
      return false;
    }
    return sumOverDivisor(a1 < 0 ? -1L : 0L, a1, b1, c, 0, s, d);
  }

  /** {@code ((hiA:loA) + b × 10^up × c) / d} at scale {@code s}, with {@code up} 0 unless b is. */
  private boolean sumOverDivisor(long hiA, long loA, long b, long c, int up, int s, long d) {
    long bb = b;
    if (up > 0) {
      if (up >= POW10.length) {
        return false;
      }
      try {
        bb = Math.multiplyExact(b, POW10[up]);
      } catch (ArithmeticException tooLarge) {
        return false;
      }
    }
    long hiB = Math.multiplyHigh(bb, c);
    long loB = bb * c;
    long lo = loA + loB;
    long hi = hiA + hiB + (Long.compareUnsigned(lo, loA) < 0 ? 1 : 0);
    return divide(hi, lo, s, d);
  }

  /**
   * {@code (hi × 2^64 + lo) × 10^−s / d} (the dividend in two's complement, within ±2^126), for
   * {@code d > 0}.
   *
   * @return {@code false} (the register unchanged) when the fast path does not apply: a divisor
   *     that is not positive or is 2^56 or more with the quotient's digits, or a quotient whose
   *     digits at a scale of at least 0 leave the long range
   */
  boolean divide(long hi, long lo, int s, long d) {
    if (d <= 0 || d >= MAX_DIVISOR) {
      return false;
    }
    if (hi > (1L << 62) || hi < -(1L << 62)) {
      return false;
    }
    boolean negative = hi < 0;
    long h = hi;
    long l = lo;
    if (negative) {
      l = -lo;
      h = ~hi + (lo == 0 ? 1 : 0);
    }
    if (h == 0 && l == 0) {
      unscaled = 0;
      scale = 0;
      return true;
    }
    double x = h * 0x1p64 + (l >= 0 ? (double) l : ((double) (l >>> 1)) * 2.0);
    // the quotient's magnitude, then the power of ten giving it 16 digits (checked below)
    int e = (int) Math.floor(Math.log10(x / d));
    for (int attempt = 0; attempt < 3; attempt++) {
      int k = 15 - e;
      long dk;
      long nLow;
      double estimate;
      if (k >= 0) {
        if (k >= POW10_WRAP.length) {
          return false;
        }
        dk = d;
        nLow = l * POW10_WRAP[k];
        estimate = x / d * POW10D[k];
      } else {
        if (-k >= POW10.length || d > MAX_DIVISOR / POW10[-k]) {
          return false;
        }
        dk = d * POW10[-k];
        nLow = l;
        estimate = x / dk;
      }
      if (!(estimate < 9.0e17)) {
        return false;
      }
      long q = (long) estimate;
      long r = nLow - q * dk;
      // the estimate is a few units off: a handful of corrections, the remainder exact mod 2^64
      int steps = 0;
      while (r < 0) {
        q--;
        r += dk;
        if (++steps > 64) {
          return false;
        }
      }
      while (r >= dk) {
        q++;
        r -= dk;
        if (++steps > 64) {
          return false;
        }
      }
      if (q >= TEN_POW_16) {
        e++;
        continue;
      }
      if (q < TEN_POW_15) {
        e--;
        continue;
      }
      if (r != 0) {
        long twice = r << 1;
        if (twice > dk || (twice == dk && (q & 1) == 1)) {
          q++; // half-even; 10^16 at most, its zeros stripped below
        }
      }
      long sc = (long) s + k;
      while (sc >= 8 && q % 100_000_000L == 0) {
        q /= 100_000_000L;
        sc -= 8;
      }
      while (sc >= 1 && q % 10L == 0) {
        q /= 10L;
        sc -= 1;
      }
      if (sc < 0) {
        if (-sc >= POW10.length || q > Long.MAX_VALUE / POW10[(int) -sc]) {
          return false;
        }
        q *= POW10[(int) -sc];
        sc = 0;
      }
      if (sc > Integer.MAX_VALUE) {
        return false;
      }
      unscaled = negative ? -q : q;
      scale = (int) sc;
      return true;
    }
    return false;
  }
}

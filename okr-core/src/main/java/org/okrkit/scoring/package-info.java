/**
 * Scoring of key results and objectives on the 0.0–1.0 grading scale, with explanations,
 * grades, pacing against the cycle, least-squares forecasts and confidence trends.
 *
 * <p>Everything here is pure and thread-safe: time is a parameter ({@code asOf}), never read from
 * a clock, and the same inputs always give the same result. Numbers are exact {@link
 * java.math.BigDecimal}s; divisions are rounded to {@link java.math.MathContext#DECIMAL64} (16
 * significant digits, half-even) and scores carry the smallest non-negative scale that represents
 * them (0.5, 1, 0.75), so the hand-computable cases are exact: 4.45 on 4.1→4.8 scores exactly 0.5.
 */
@NullMarked
package org.okrkit.scoring;

import org.jspecify.annotations.NullMarked;

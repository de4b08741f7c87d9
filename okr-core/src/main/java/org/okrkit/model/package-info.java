/**
 * The OKR model: immutable, validated values for cycles, objectives, key results, their
 * baselines, targets and check-ins, and the {@link org.okrkit.model.OkrSet} that holds a whole
 * organisation's OKRs for scoring, validation and (de)serialisation.
 *
 * <p>All values are immutable and thread-safe. Numbers are exact {@link java.math.BigDecimal}s
 * (4.1 stays 4.1) and may be negative or fractional; dates are {@link java.time.LocalDate}s.
 * Invariants that keep a value meaningful (non-blank ids, positive weights, confidence within
 * 0.0–1.0, a cycle that ends on or after its start) are checked at construction and fail with an
 * {@link IllegalArgumentException} naming the value's id, the field and the offending value.
 * Rules about the set as a whole (dangling references, 2–5 key results per objective…) belong to
 * the validator, never to construction.
 */
@NullMarked
@OkrStyle
package org.okrkit.model;

import org.jspecify.annotations.NullMarked;
import org.okrkit.internal.OkrStyle;

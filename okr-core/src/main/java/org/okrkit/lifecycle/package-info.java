/**
 * The OKR cycle end to end, as pure functions over an {@link org.okrkit.model.OkrSet}: closing a
 * cycle ({@link org.okrkit.lifecycle.CycleClosing}), carrying its objectives into the next one
 * ({@link org.okrkit.lifecycle.CarryForward}), the quarter-end review an OKR coach reads ({@link
 * org.okrkit.lifecycle.QuarterReview}), the result since close of key results tracked after it
 * ({@link org.okrkit.lifecycle.ResultSinceClose}), KPI measurements as check-ins ({@link
 * org.okrkit.lifecycle.KpiCheckIns}) and the rewrite of an activity key result into an initiative
 * ({@link org.okrkit.lifecycle.Rewrites}).
 *
 * <p>Nothing here changes its input: every function returns a new set, and time is always a
 * parameter, never read from a clock.
 */
@NullMarked
package org.okrkit.lifecycle;

import org.jspecify.annotations.NullMarked;

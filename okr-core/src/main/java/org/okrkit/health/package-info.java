/**
 * Derived health of key results and objectives ("silence is never green"): stale, done, on track,
 * at risk, off track or not started, first match wins; pace styles; expected progress from a key
 * result's own dates and plan; confidence roll-ups and the Net Confidence Score. Pure and
 * thread-safe.
 */
@NullMarked
package org.okrkit.health;

import org.jspecify.annotations.NullMarked;

/**
 * OKRs as people write them: {@link org.okrkit.text.KeyResultParser} reads one key-result
 * sentence ("Increase customer satisfaction from 4.1 to 4.8") into a structured {@link
 * org.okrkit.text.KeyResultReading}, and {@link org.okrkit.text.OkrOutline} reads and writes a
 * whole {@link org.okrkit.model.OkrSet} as a Markdown outline.
 *
 * <p>Everything here is pure: strings in, values out, no I/O. Numbers are exact {@link
 * java.math.BigDecimal}s; what a sentence does not state is reported as absent with a note, never
 * guessed.
 */
@NullMarked
package org.okrkit.text;

import org.jspecify.annotations.NullMarked;

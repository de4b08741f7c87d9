/**
 * The alignment tree of an {@link org.okrkit.model.OkrSet} and its roll-up: every objective's
 * score combined with the roll-ups of the objectives aligned to it, so a company objective
 * summarises the whole tree beneath it.
 *
 * <p>The roll-up is computed iteratively in topological order (children before parents), so an
 * alignment chain hundreds of thousands deep needs no stack; alignment cycles, dangling parent
 * ids and duplicate objective ids are reported with an {@link
 * org.okrkit.rollup.AlignmentException} naming the ids. Pure and thread-safe.
 */
@NullMarked
package org.okrkit.rollup;

import org.jspecify.annotations.NullMarked;

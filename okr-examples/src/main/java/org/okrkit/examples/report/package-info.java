/**
 * The self-contained HTML report: the alignment tree with progress bars and grade colours, and an inline SVG chart of every key result's check-ins against its expected pace.
 */
@NullMarked
package org.okrkit.examples.report;

import org.jspecify.annotations.NullMarked;

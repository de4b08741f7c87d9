/**
 * The {@code okr} command line (picocli): validate, lint, score, report, generate, tour, kr and convert, with one exit-code policy (0 fine, 1 errors in the document, 2 bad usage or unreadable input).
 */
@NullMarked
package org.okrkit.examples.cli;

import org.jspecify.annotations.NullMarked;

/**
 * OKR Kit examples: the bundled example OKR documents, the guided tour for students and the {@code okr} command line. Not a library: nothing here is a stable API.
 */
@NullMarked
package org.okrkit.examples;

import org.jspecify.annotations.NullMarked;

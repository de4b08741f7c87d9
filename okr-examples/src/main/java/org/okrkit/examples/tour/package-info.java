/**
 * The guided tour: short, runnable lessons that teach OKRs with the library, each printing an explanation a student can follow.
 */
@NullMarked
package org.okrkit.examples.tour;

import org.jspecify.annotations.NullMarked;

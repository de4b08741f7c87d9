/**
 * A scored view of an OKR set as of a date: objectives in alignment-tree order with their scores, roll-ups, grades and pacing, ready for the text, JSON and HTML renderers.
 */
@NullMarked
package org.okrkit.examples.view;

import org.jspecify.annotations.NullMarked;

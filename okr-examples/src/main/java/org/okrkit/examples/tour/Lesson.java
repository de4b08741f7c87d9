package org.okrkit.examples.tour;

import java.io.PrintWriter;

/** One lesson of the guided tour: a runnable example that explains what it prints. */
public interface Lesson {
  /** The lesson's title, as listed by {@code okr tour --list}. */
  String title();

  /** Runs the lesson, printing its explanation to {@code out}. */
  void run(PrintWriter out);
}

package org.okrkit.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every {@code okr} subcommand shares: its output streams and the clock for "today". */
abstract class OkrSubcommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  /** Where results go (stdout, or what a test captures). */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Where a document named {@code -} is read from (stdin, or what a test gives). */
  InputStream in() {
    Object root = spec.root().userObject();
    return root instanceof Okr okr ? okr.in() : System.in;
  }

  /** Where warnings go (stderr, or what a test captures). */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** The clock of the top command: "today" for commands that default to it. */
  Clock clock() {
    Object root = spec.root().userObject();
    return root instanceof Okr okr ? okr.clock() : Clock.system(ZoneId.systemDefault());
  }
}

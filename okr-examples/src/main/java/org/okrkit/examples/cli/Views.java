package org.okrkit.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.examples.view.ScoreViews;
import org.okrkit.lifecycle.KpiCheckIns;
import org.okrkit.model.OkrSet;

/** Scoring for the commands: a library failure on odd data becomes a one-line document error. */
final class Views {
  private Views() {}

  static ScoreView score(Path file, OkrSet set, LocalDate asOf) {
    try {
      // a key result aiming at a KPI is tracked by the KPI's measurements when it has none of its own
      return ScoreViews.of(KpiCheckIns.apply(set, asOf), asOf);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.DOCUMENT_ERRORS, file + ": cannot score: " + e.getMessage(), e);
    }
  }
}

package com.example.okrs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;

/**
 * What a small service does with OKR Kit: read a document through its own ObjectMapper, score an
 * objective, and answer with a DTO holding the library's values. (The same source is built on
 * the class path and, with a module-info, on the module path.)
 */
public final class ScoreReport {
  /** The service's response: its own record around the library's values. */
  public record Response(
      String objective, BigDecimal score, List<KeyResultScore> keyResults, OkrSet document) {}

  private static final String DOCUMENT =
      """
      {"okr": "1.0",
       "cycles": [{"id": "2026-Q4", "start": "2026-10-01", "end": "2026-12-31"}],
       "objectives": [{"id": "cs", "title": "Make happy customers the core of our growth",
         "cycle": "2026-Q4", "keyResults": [
           {"id": "cs-1", "title": "Increase customer satisfaction from 4.1 to 4.8",
            "baseline": 4.1, "target": 4.8,
            "checkIns": [{"date": "2026-11-15", "value": 4.45}]},
           {"id": "cs-2", "title": "Reduce ticket turnaround from 5 days to 3",
            "baseline": 5, "target": 3,
            "checkIns": [{"date": "2026-11-15", "value": 4.5}]}]}]}
      """;

  private ScoreReport() {}

  /**
   * Prints where the library came from and the JSON response.
   *
   * @param args none
   * @throws Exception when the document cannot be read or the response written
   */
  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    OkrSet set = mapper.readValue(DOCUMENT, OkrSet.class);
    Objective objective = set.objectives().get(0);
    LocalDate asOf = LocalDate.of(2026, 11, 20);
    ObjectiveScore score = Scorer.defaults().score(objective, asOf);
    Response response =
        new Response(objective.id(), score.score().orElseThrow(), score.keyResultScores(), set);
    String where =
        OkrSet.class.getModule().isNamed()
            ? "module path: " + OkrSet.class.getModule().getName() + ", "
                + ObjectMapper.class.getModule().getName()
            : "class path";
    System.out.println(where);
    System.out.println(mapper.writeValueAsString(response));
  }
}

package org.okrkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The example OKR documents bundled with the module (under {@code examples/} on the class path
 * and in {@code okr-examples/src/main/resources/examples/} of the source tree).
 */
public final class ExampleDocuments {
  /** A company, its departments, teams and one person, mid-way through Q4 2026. */
  public static final String ACME_Q4 = "acme-q4.json";

  /** The literature's customer-happiness OKR, tracked through a whole quarter. */
  public static final String CUSTOMER_SUCCESS = "customer-success.json";

  /** A finished quarter with an aspirational and a committed objective, for grading. */
  public static final String PRODUCTIVITY = "productivity.json";

  /** Key results that are activities posing as results, for the linter. */
  public static final String ACTIVITY_TRAP = "activity-trap.json";

  /** The same objective with the activities rewritten as results. */
  public static final String ACTIVITY_FIXED = "activity-fixed.json";

  /**
   * A whole year: annual company OKRs with quarterly team OKRs aligned to them, Q3 closed with
   * retrospectives and carried into Q4, initiatives under the key results, and two KPIs.
   */
  public static final String YEAR_2026 = "year-2026.json";

  /** A document with structural errors, for the validator. */
  public static final String INVALID_STRUCTURE = "invalid-structure.json";

  /**
   * One key result per scoring model: stepped commit/target/stretch, a band with partial credit,
   * zones, and a cumulative metric with delta check-ins.
   */
  public static final String SCORING_MODELS = "scoring-models.json";

  /**
   * Revenue as a value-sum cascade, a team aligned to a company key result, a supporting
   * objective, a stale key result and intermediate targets, mid-way through Q4 2026; its owners
   * give their confidence out of 10 ({@code "confidenceScale": "0-10"}).
   */
  public static final String CASCADE_Q4 = "cascade-q4.json";

  /**
   * A team's OKRs as a spreadsheet in the style of the popular Google Sheets templates (Quarter,
   * Objective, Owner, Key Result, Start Value, Target Value, Current Value, Progress, Confidence,
   * Notes; objective cells left blank under the first row): {@code okr score team-okrs.csv}.
   */
  public static final String TEAM_SHEET = "team-okrs.csv";

  private ExampleDocuments() {}

  /** The bundled spreadsheets (CSV), read with {@code OkrCsv}. */
  public static List<String> sheets() {
    return List.of(TEAM_SHEET);
  }

  /** Every bundled JSON document's file name. */
  public static List<String> names() {
    return List.of(
        ACME_Q4,
        CUSTOMER_SUCCESS,
        PRODUCTIVITY,
        ACTIVITY_TRAP,
        ACTIVITY_FIXED,
        INVALID_STRUCTURE,
        CASCADE_Q4,
        YEAR_2026,
        SCORING_MODELS);
  }

  /**
   * The text of the bundled document {@code name} (JSON, or CSV for a sheet).
   *
   * @throws IllegalArgumentException if there is no such document
   */
  public static String text(String name) {
    try (InputStream in = ExampleDocuments.class.getResourceAsStream("/examples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("example document: no such document, was '" + name + "'");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.okrkit.examples.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.validation.Finding;
import org.okrkit.validation.RuleSet;
import org.okrkit.validation.Validator;

/**
 * The linter's findings on generated organisations (2,100 key results, clean and with check-ins
 * out of order, outside the cycle, before the baseline or of the wrong kind, and dangling
 * parents), as of dates before, during and after the cycle: every finding, its order, severity,
 * pointer, ids, message and hint, pinned by a digest taken from the validator before its
 * findings were written when first read and its check-ins walked in one loop (2026-12-01). A
 * change of wording changes a digest: update it with the per-rule counts beside it, which say
 * what moved.
 */
class GeneratedFindingsTest {
  private static final OkrSet CLEAN = OrganisationGenerator.of(600, 4, 20261201L).generate();
  private static final OkrSet BROKEN = broken(CLEAN);

  @ParameterizedTest(name = "{0} set, {1} rules, as of {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "clean|defaults|2026-11-20|11394|0b39b383c2424e9dce3fc87231ec2d95976553a8790aa2f12fb834db331f84dd"
            + "|{check-in-in-future=10435, duplicate-key-result-title=28, kr-is-activity=190,"
            + " kr-without-number=67, objective-has-number=590, objective-is-task=68,"
            + " too-many-objectives=16}",
        "clean|defaults|2026-09-15|26003|5e99fa431c39818627d0a400a8a0cdfceff53c7beecf55ea1170f5e30cfda1d3"
            + "|{check-in-in-future=25044, duplicate-key-result-title=28, kr-is-activity=190,"
            + " kr-without-number=67, objective-has-number=590, objective-is-task=68,"
            + " too-many-objectives=16}",
        "clean|defaults|2027-01-20|1161|2546c086e7ce9ee395c8fbeb0c812d4ea803c6bf9b4715629f3088cb4997b195"
            + "|{aspirational-fully-met=9, committed-missed=193, duplicate-key-result-title=28,"
            + " kr-is-activity=190, kr-without-number=67, objective-has-number=590,"
            + " objective-is-task=68, too-many-objectives=16}",
        "broken|defaults|2026-11-20|12384|05c70aa89a70ba05957011d7b4df6acc96c84e32f81bdbf6c1dc506eef920429"
            + "|{check-in-before-baseline=173, check-in-in-future=10595, check-in-kind-mismatch=118,"
            + " check-in-outside-cycle=160, check-ins-out-of-order=289,"
            + " duplicate-key-result-title=28, kr-is-activity=190, kr-without-number=67,"
            + " objective-has-number=590, objective-is-task=68, too-many-objectives=16,"
            + " unknown-parent=90}",
        "broken|structural|2026-11-20|541|b38e1a3318dba0d71266f170e81b6a3b0f8c8246db27aeb571ae88a0aa1f8866"
            + "|{check-in-before-baseline=173, check-in-kind-mismatch=118,"
            + " check-in-outside-cycle=160, unknown-parent=90}",
        "broken|defaults|2027-01-20|2151|65bf15954820748537aeff00a846fa337adb026136daa7d2b908d92b16f8b9c6"
            + "|{aspirational-fully-met=9, check-in-before-baseline=173, check-in-in-future=160,"
            + " check-in-kind-mismatch=118, check-in-outside-cycle=160,"
            + " check-ins-out-of-order=289, committed-missed=193, duplicate-key-result-title=28,"
            + " kr-is-activity=190, kr-without-number=67, objective-has-number=590,"
            + " objective-is-task=68, too-many-objectives=16, unknown-parent=90}"
      })
  void theLinterReportsTheFindingsItReportedBefore(
      String set, String rules, LocalDate asOf, int count, String digest, String perRule)
      throws NoSuchAlgorithmException {
    Validator validator =
        rules.equals("defaults") ? Validator.defaults() : Validator.of(RuleSet.structuralOnly());
    List<Finding> findings = validator.validate(set.equals("clean") ? CLEAN : BROKEN, asOf);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    Map<String, Integer> counts = new TreeMap<>();
    for (Finding f : findings) {
      sha.update((f + " " + f.location().ids() + "\n").getBytes(StandardCharsets.UTF_8));
      counts.merge(f.ruleId(), 1, Integer::sum);
    }
    assertEquals(perRule, counts.toString());
    assertEquals(count, findings.size());
    assertEquals(digest, HexFormat.of().formatHex(sha.digest()));
  }

  /** The clean organisation with a few mistakes of each kind a generated one lacks. */
  private static OkrSet broken(OkrSet set) {
    List<Objective> objectives = new ArrayList<>();
    int n = 0;
    for (Objective o : set.objectives()) {
      List<KeyResult> krs = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        n++;
        List<CheckIn> checkIns = new ArrayList<>(kr.checkIns());
        if (n % 11 == 0) {
          Collections.reverse(checkIns);
        }
        if (n % 13 == 0) {
          checkIns.add(CheckIn.of(LocalDate.of(2027, 2, 1), BigDecimal.ONE));
        }
        if (n % 19 == 0) {
          checkIns.add(
              kr.kind() == KeyResultKind.MILESTONE
                  ? CheckIn.of(LocalDate.of(2026, 10, 9), BigDecimal.TEN)
                  : CheckIn.ofDone(LocalDate.of(2026, 10, 9), true));
        }
        KeyResult changed = kr.withCheckIns(checkIns);
        if (n % 17 == 0 && kr.baseline().isPresent()) {
          changed =
              changed.withBaseline(
                  Baseline.of(kr.baseline().get().value(), LocalDate.of(2026, 10, 20)));
        }
        krs.add(changed);
      }
      Objective changed = o.withKeyResults(krs);
      if (n % 7 == 0) {
        changed = changed.withParent("nowhere");
      }
      objectives.add(changed);
    }
    return set.withObjectives(objectives);
  }
}

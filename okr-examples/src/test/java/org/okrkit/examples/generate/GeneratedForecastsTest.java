package org.okrkit.examples.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okrkit.health.HealthAssessment;
import org.okrkit.health.HealthPolicy;
import org.okrkit.health.HealthReport;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.Rollup;
import org.okrkit.scoring.Forecast;
import org.okrkit.scoring.Forecaster;
import org.okrkit.scoring.Forecasts;

/**
 * Every forecast and every health assessment of a generated organisation of about 20,000 key
 * results, as generated and varied (check-ins out of order, increments, many decimals, own
 * dates, plans, cadences and close-outs), as of six dates before, during and after the cycle:
 * every number with its scale, every reason and detail, pinned by digests taken from the
 * per-key-result forecaster and the health policy before the set-level forecast existed
 * (2026-12-02, main at {@code 1b4efa1}). A forecast or assessment that moves changes a digest.
 */
class GeneratedForecastsTest {
  private static final OkrSet GENERATED = OrganisationGenerator.of(5_714, 4, 20261201L).generate();
  private static final OkrSet VARIED = varied(GENERATED);

  @ParameterizedTest(name = "{0} set as of {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "generated|2026-09-15|forecasts|3e9ea16e813754f1c54a2160ee3aea082af528bbc164ec29019092a9e27f5e32",
        "generated|2026-10-01|forecasts|09cbacc5e6ab61f8103151f7434b9cbb104bf68bcf4a29ed035e7f86c01e0ed6",
        "generated|2026-10-12|forecasts|17f59059911e7b10e004e824bcd7953bb783f2b4906aaa0e785d2d3a4c7cd446",
        "generated|2026-11-20|forecasts|eab24d08799052735c28f7d178c939e3ed1dbbb0f14c45ed601452054b89d2ef",
        "generated|2026-12-31|forecasts|d3d096d20caf6b4568cb121d775ce0f115f8c03d102ed4e7d5f412704540b9e5",
        "generated|2027-01-20|forecasts|da5620222c809251e7d90b5a9b8282663ca88820aa4ae36ea3494be38baa8000",
        "varied|2026-09-15|forecasts|3e9ea16e813754f1c54a2160ee3aea082af528bbc164ec29019092a9e27f5e32",
        "varied|2026-10-01|forecasts|09cbacc5e6ab61f8103151f7434b9cbb104bf68bcf4a29ed035e7f86c01e0ed6",
        "varied|2026-10-12|forecasts|f1bd22c8ffbb82ef4ca1d7b6522364316ba6a20bdc560103a3883fa01d5322d2",
        "varied|2026-11-20|forecasts|fe15ed8a220e3203c1fa57352423fdaa007ac12b3506f969fa25c1f07377ab16",
        "varied|2026-12-31|forecasts|ba1f483de5ef3b065270da84bd3e62e2b7dd00af9d283a928fad2f199c2c457e",
        "varied|2027-01-20|forecasts|3b81c97c2cd43d8ac94f3d958444a2e3c8da3b2c723d9f717e1d6b726b623ef6",
        "generated|2026-09-15|health|6b9b52b147a99b0c55927292aee61ed79024eb3c13f46b25554d7ba1ffb63319",
        "generated|2026-10-01|health|f7c412f0e1c8d915c0f921c77fde4ade72de55533bab4991ef0b3a9b2ed7b799",
        "generated|2026-10-12|health|d6bfc65230c031da2337cf83d90685fd9a35ed0bc9b4cd3132b5bbbe55b45efa",
        "generated|2026-11-20|health|d8be77f64c9a5ebb84114478fb322dd7cc4315b4418c1c605392e679aa19ddad",
        "generated|2026-12-31|health|654d6df42cb19899b98fa68d3547f3bc73bf6020a01b35e0edc6138793c6becd",
        "generated|2027-01-20|health|654d6df42cb19899b98fa68d3547f3bc73bf6020a01b35e0edc6138793c6becd",
        "varied|2026-09-15|health|7be102e2a8e942eb9c46a66e09be92a7521a4d54d390ecb906789729d6981f37",
        "varied|2026-10-01|health|9a93fd97037e5ff7e19ea3053b1372777531a3895d009b412b45587f4a9e9e63",
        "varied|2026-10-12|health|5619cd48901a09e5ded1ee3f014da9b64b5800943e0f0f14462f4f5745f5bed5",
        "varied|2026-11-20|health|44ec891dea74b55bf3db718947b1a1c73ed27ffc8c4096208cff42ff621c5cc1",
        "varied|2026-12-31|health|ff250fb225ec2825f2b111556629e32094094c84e2a34f37360fe0ba6520e8e2",
        "varied|2027-01-20|health|ff250fb225ec2825f2b111556629e32094094c84e2a34f37360fe0ba6520e8e2"
      })
  void forecastsAndHealthAreTheOnesPinnedBefore(
      String set, LocalDate asOf, String what, String digest) throws NoSuchAlgorithmException {
    OkrSet okrs = set.equals("generated") ? GENERATED : VARIED;
    if (what.equals("forecasts")) {
      assertEquals(digest, forecasts(okrs, asOf), "one key result at a time");
      assertEquals(digest, forecastAll(okrs, asOf), "the whole set at once");
    } else {
      assertEquals(digest, health(okrs, asOf));
    }
  }

  /** The digest of every forecast of {@code set}, one key result at a time. */
  static String forecasts(OkrSet set, LocalDate asOf) throws NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    Forecaster forecaster = Forecaster.defaults();
    for (Objective o : set.objectives()) {
      Cycle cycle = set.cycle(o.cycle()).orElseThrow();
      for (KeyResult kr : o.keyResults()) {
        update(sha, forecaster.forecast(kr, cycle, asOf));
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The digest of every forecast of {@code set}, made for the whole set at once. */
  static String forecastAll(OkrSet set, LocalDate asOf) throws NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    Forecasts all = Forecaster.defaults().forecastAll(set, asOf);
    for (int i = 0; i < set.objectives().size(); i++) {
      for (int j = 0; j < set.objectives().get(i).keyResults().size(); j++) {
        update(sha, all.forecast(i, j));
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Adds every part of {@code f} to the digest, each number with its scale. */
  static void update(MessageDigest sha, Forecast f) {
    String line =
        String.join(
            "|",
            f.keyResultId(),
            f.asOf().toString(),
            f.cycleEnd().toString(),
            Integer.toString(f.usableCheckIns()),
            Boolean.toString(f.isAvailable()),
            text(f.slopePerDay()),
            text(f.projectedValue()),
            text(f.projectedScore()),
            text(f.requiredPerDay()),
            text(f.requiredPerWeek()),
            f.unavailableReason().orElse("-"),
            f.explanation());
    sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The digest of the health of every objective and key result of {@code set}'s roll-up. */
  static String health(OkrSet set, LocalDate asOf) throws NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    HealthReport report = HealthPolicy.defaults().assess(set, Rollup.defaults().compute(set, asOf));
    for (ObjectiveRollup node : report.objectives()) {
      update(sha, report.objective(node));
      for (HealthAssessment a : report.keyResults(node)) {
        update(sha, a);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void update(MessageDigest sha, HealthAssessment a) {
    sha.update((a + "|" + text(a.expected()) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static String text(Optional<BigDecimal> value) {
    return value.map(v -> v.unscaledValue() + "e-" + v.scale()).orElse("-");
  }

  /**
   * The generated organisation with what a generated one lacks: check-ins out of order,
   * increments, values with many decimals and many digits, own dates, plans, cadences and
   * close-outs.
   */
  private static OkrSet varied(OkrSet set) {
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
          checkIns.add(CheckIn.ofDelta(LocalDate.of(2026, 11, 3), BigDecimal.valueOf(3)));
        }
        if (n % 17 == 0) {
          checkIns.add(CheckIn.of(LocalDate.of(2026, 11, 4), new BigDecimal("12.3456789012345")));
        }
        if (n % 23 == 0) {
          checkIns.add(CheckIn.of(LocalDate.of(2026, 10, 20), new BigDecimal("98765432109876543.21")));
        }
        if (n % 29 == 0 && !checkIns.isEmpty()) {
          // a second check-in on a date: the later wins
          CheckIn first = checkIns.get(0);
          checkIns.add(1, CheckIn.of(first.date(), new BigDecimal("7.5")));
        }
        KeyResult changed = kr.withCheckIns(checkIns);
        if (n % 7 == 0) {
          changed = changed.withStart(LocalDate.of(2026, 10, 15)).withDue(LocalDate.of(2026, 12, 15));
        }
        if (n % 19 == 0 && kr.baseline().isPresent() && kr.target().isPresent()) {
          BigDecimal b = kr.baseline().get().value();
          BigDecimal t = kr.target().get().value();
          changed =
              changed.withPlan(
                  List.of(PlanPoint.of(LocalDate.of(2026, 11, 15), b.add(t).divide(BigDecimal.valueOf(2)))));
        }
        if (n % 5 == 0) {
          changed = changed.withCadence(Period.ofWeeks(2)).withGraceDays(1);
        }
        if (n % 31 == 0) {
          changed = changed.withCadence(Period.ofMonths(1));
        }
        if (n % 37 == 0) {
          changed = changed.withClose(CloseOut.on(LocalDate.of(2026, 11, 10)));
        }
        krs.add(changed);
      }
      objectives.add(o.withKeyResults(krs));
    }
    return set.withObjectives(objectives);
  }
}

package org.okrkit.examples.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;
import org.okrkit.model.ZoneDescriptions;

/**
 * Builds a synthetic but realistic organisation's OKRs for one quarter: company objectives at the
 * top, department, team and individual objectives aligned beneath them, each with two to five key
 * results of every kind (increasing and decreasing metrics, thresholds, milestones, zones) and weekly
 * check-ins with the owner's confidence.
 *
 * <p>The output depends only on the parameters: the same seed gives the same document, which is
 * what tests and benchmarks need. Randomness is a seeded {@link Random}, which is fine for examples
 * (okr-core itself never uses one).
 */
public final class OrganisationGenerator {
  /** The most objectives one call may build; a guard against typos like {@code -n 1e12}. */
  public static final int MAX_OBJECTIVES = 5_000_000;

  private static final String[] DEPARTMENTS = {
    "Engineering", "Sales", "Marketing", "Customer Success", "Product", "People", "Finance",
    "Operations"
  };
  private static final String[] TEAMS = {
    "Platform", "Mobile", "Growth", "Onboarding", "Billing", "Data", "Support", "Partnerships",
    "Design", "Security", "Recruiting", "Enablement"
  };
  private static final String[] PEOPLE = {
    "Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson", "Linus Pauling",
    "Barbara Liskov", "Edsger Dijkstra", "Margaret Hamilton", "Donald Knuth", "Frances Allen",
    "Tim Berners-Lee", "Radia Perlman", "John McCarthy", "Hedy Lamarr", "Ken Thompson",
    "Shafi Goldwasser"
  };
  private static final String[] COMPANY_OBJECTIVES = {
    "Become the product our customers recommend first",
    "Build a business that grows sustainably",
    "Make every customer successful from their first week",
    "Be the best place to do the work of a lifetime"
  };
  private static final String[] OBJECTIVES = {
    "Delight customers with a fast, reliable product",
    "Make onboarding effortless for new customers",
    "Grow revenue from the customers who love us",
    "Build a team people are proud to join",
    "Turn support into a reason customers stay",
    "Make our releases boringly reliable",
    "Win the mid-market segment",
    "Make data-driven decisions the default",
    "Earn our customers' trust with airtight security",
    "Spend every euro where it moves the needle"
  };

  /** A metric template: title pattern, unit, baseline range, relative change, decimals. */
  private record MetricTemplate(
      String verb, String what, String unit, double low, double high, double change, int scale) {}

  private static final MetricTemplate[] INCREASING = {
    new MetricTemplate("Increase", "customer satisfaction", "score", 3.6, 4.2, 0.15, 1),
    new MetricTemplate("Grow", "monthly recurring revenue", "EUR k", 400, 900, 0.25, 0),
    new MetricTemplate("Lift", "net promoter score", "NPS", 20, 40, 0.4, 0),
    new MetricTemplate("Increase", "weekly active users", "users", 8000, 20000, 0.3, 0),
    new MetricTemplate("Raise", "trial-to-paid conversion", "%", 8, 14, 0.35, 1),
    new MetricTemplate("Increase", "project completion rate", "%", 70, 80, 0.15, 0),
    new MetricTemplate("Grow", "quarterly recommendations", "referrals", 100, 140, 0.25, 0),
    new MetricTemplate("Improve", "gross margin", "%", 32, 38, 0.08, 1)
  };
  private static final MetricTemplate[] DECREASING = {
    new MetricTemplate("Reduce", "average task turnaround time", "days", 4, 6, -0.4, 1),
    new MetricTemplate("Cut", "monthly customer churn", "%", 2.5, 4, -0.3, 1),
    new MetricTemplate("Reduce", "the error rate of the checkout", "%", 1.5, 2.5, -0.9, 2),
    new MetricTemplate("Shorten", "time to first response", "hours", 6, 12, -0.5, 1),
    new MetricTemplate("Lower", "cost per acquisition", "EUR", 120, 220, -0.25, 0),
    new MetricTemplate("Reduce", "open P1 bugs", "bugs", 25, 60, -0.6, 0)
  };
  private static final ZoneTemplate[] ZONES = {
    new ZoneTemplate(
        "Make onboarding a highlight for new customers",
        "customers still ask support how to start",
        "every step has a guide",
        "most customers finish onboarding unaided",
        "customers recommend onboarding in reviews"),
    new ZoneTemplate(
        "Be the team others ask for help with incident reviews",
        "reviews are skipped",
        "every incident has a review",
        "reviews name causes and owners",
        "other teams adopt our review format")
  };

  /** What each zone of a judged key result looks like. */
  private record ZoneTemplate(
      String title, String fail, String commit, String target, String stretch) {}

  private static final String[] MILESTONES = {
    "Publish the support handbook",
    "Launch self-service onboarding in all regions",
    "Complete the SOC 2 Type II audit",
    "Ship the new billing system",
    "Roll out the career framework to every team"
  };

  private final int objectives;
  private final int depth;
  private final long seed;
  private final Cycle cycle;
  private final int weeks;

  private OrganisationGenerator(int objectives, int depth, long seed, Cycle cycle, int weeks) {
    if (objectives < 1 || objectives > MAX_OBJECTIVES) {
      throw new IllegalArgumentException(
          "generator: objectives must be within 1.." + MAX_OBJECTIVES + ", was " + objectives);
    }
    if (depth < 1) {
      throw new IllegalArgumentException("generator: depth must be >= 1, was " + depth);
    }
    if (weeks < 0) {
      throw new IllegalArgumentException("generator: weeks must be >= 0, was " + weeks);
    }
    this.objectives = objectives;
    this.depth = depth;
    this.seed = seed;
    this.cycle = cycle;
    this.weeks = weeks;
  }

  /**
   * A generator of {@code objectives} objectives in an alignment tree {@code depth} levels deep
   * (company, department, team, then individuals), for Q4 2026 with twelve weekly check-ins.
   *
   * @throws IllegalArgumentException if {@code objectives} is not within 1..{@value
   *     #MAX_OBJECTIVES} or {@code depth} is below 1
   */
  public static OrganisationGenerator of(int objectives, int depth, long seed) {
    return new OrganisationGenerator(objectives, depth, seed, Cycle.quarter(2026, 4), 12);
  }

  /** Returns a copy generating OKRs for this cycle. */
  public OrganisationGenerator withCycle(Cycle cycle) {
    return new OrganisationGenerator(objectives, depth, seed, cycle, weeks);
  }

  /**
   * Returns a copy recording this many weekly check-ins per key result (capped at the cycle's
   * end); 0 gives a freshly set quarter.
   *
   * @throws IllegalArgumentException if {@code weeks} is negative
   */
  public OrganisationGenerator withWeeks(int weeks) {
    return new OrganisationGenerator(objectives, depth, seed, cycle, weeks);
  }

  /** Builds the document; the same parameters always give an equal set. */
  public OkrSet generate() {
    Random random = new Random(seed);
    int[] perLevel = levelSizes(objectives, Math.min(depth, objectives));
    List<Objective> result = new ArrayList<>(objectives);
    List<String> previousIds = new ArrayList<>();
    List<String> previousOwners = new ArrayList<>();
    int serial = 0;
    for (int level = 0; level < perLevel.length; level++) {
      List<String> ids = new ArrayList<>(perLevel[level]);
      List<String> owners = new ArrayList<>(perLevel[level]);
      for (int i = 0; i < perLevel[level]; i++) {
        serial++;
        // Children spread round-robin over the level above, so every parent gets some.
        int parentIndex = previousIds.isEmpty() ? -1 : i % previousIds.size();
        String parentOwner = parentIndex < 0 ? "" : previousOwners.get(parentIndex);
        String owner = owner(level, i, parentOwner);
        String id = prefix(level) + "-" + serial;
        Objective.Builder o =
            Objective.builder()
                .id(id)
                .title(objectiveTitle(level, serial, random))
                .owner(owner)
                .level(levelOf(level))
                .cycle(cycle.id())
                .type(random.nextInt(10) < 3 ? ObjectiveType.COMMITTED : ObjectiveType.ASPIRATIONAL);
        if (parentIndex >= 0) {
          o.parent(previousIds.get(parentIndex));
        }
        if (random.nextInt(8) == 0) {
          o.weight(BigDecimal.valueOf(2));
        }
        int krCount = 2 + random.nextInt(4);
        for (int k = 1; k <= krCount; k++) {
          o.addKeyResults(keyResult(id + "-kr" + k, random));
        }
        result.add(o.build());
        ids.add(id);
        owners.add(owner);
      }
      previousIds = ids;
      previousOwners = owners;
    }
    return OkrSet.builder().addCycles(cycle).addAllObjectives(result).build();
  }

  /**
   * How many objectives each level gets: geometric growth down the tree, each level at least one,
   * summing to {@code total}.
   */
  static int[] levelSizes(int total, int levels) {
    int[] sizes = new int[levels];
    if (levels == 1) {
      sizes[0] = total;
      return sizes;
    }
    double roots = Math.max(1, Math.min(4, Math.round(Math.pow(total, 1.0 / levels) / 2)));
    // growth g with roots * (1 + g + ... + g^(levels-1)) ~= total
    double lo = 1.0;
    double hi = Math.max(2.0, total);
    for (int i = 0; i < 100; i++) {
      double g = (lo + hi) / 2;
      double sum = 0;
      double term = roots;
      for (int l = 0; l < levels; l++) {
        sum += term;
        term *= g;
      }
      if (sum > total) {
        hi = g;
      } else {
        lo = g;
      }
    }
    int assigned = 0;
    double term = roots;
    for (int l = 0; l < levels - 1; l++) {
      sizes[l] = (int) Math.max(1, Math.min(Math.round(term), total - assigned - (levels - 1 - l)));
      assigned += sizes[l];
      term *= lo;
    }
    sizes[levels - 1] = total - assigned;
    return sizes;
  }

  private static String prefix(int level) {
    return switch (level) {
      case 0 -> "co";
      case 1 -> "dept";
      case 2 -> "team";
      default -> "ind";
    };
  }

  private static Level levelOf(int level) {
    return switch (level) {
      case 0 -> Level.COMPANY;
      case 1 -> Level.DEPARTMENT;
      case 2 -> Level.TEAM;
      default -> Level.INDIVIDUAL;
    };
  }

  private static String owner(int level, int index, String parentOwner) {
    return switch (level) {
      case 0 -> index == 0 ? "CEO" : "Leadership team";
      case 1 -> DEPARTMENTS[index % DEPARTMENTS.length];
      case 2 -> parentOwner + " / " + TEAMS[index % TEAMS.length];
      default -> PEOPLE[index % PEOPLE.length];
    };
  }

  private static String objectiveTitle(int level, int serial, Random random) {
    String[] pool = level == 0 ? COMPANY_OBJECTIVES : OBJECTIVES;
    return pool[random.nextInt(pool.length)] + (serial > pool.length ? " (" + serial + ")" : "");
  }

  private KeyResult keyResult(String id, Random random) {
    int pick = random.nextInt(10);
    if (pick < 4) {
      return metric(id, INCREASING[random.nextInt(INCREASING.length)], random);
    } else if (pick < 7) {
      return metric(id, DECREASING[random.nextInt(DECREASING.length)], random);
    } else if (pick < 9) {
      return threshold(id, random);
    }
    return random.nextBoolean() ? milestone(id, random) : zones(id, random);
  }

  /** A judged outcome: the zone reached climbs as the quarter goes, as far as this team gets. */
  private KeyResult zones(String id, Random random) {
    ZoneTemplate t = ZONES[random.nextInt(ZONES.length)];
    KeyResult.Builder kr =
        KeyResult.builder()
            .id(id)
            .kind(KeyResultKind.ZONES)
            .title(t.title())
            .zones(ZoneDescriptions.of(t.fail(), t.commit(), t.target(), t.stretch()));
    List<LocalDate> dates = checkInDates();
    // from the lowest zone up: fail, commit, target, stretch
    List<Zone> zones = List.of(Zone.FAIL, Zone.COMMIT, Zone.TARGET, Zone.STRETCH);
    int reached = random.nextInt(zones.size()); // the highest zone this key result gets to
    for (int i = 0; i < dates.size(); i++) {
      int zone = (int) Math.round(reached * (i + 1.0) / dates.size());
      kr.addCheckIns(
          CheckIn.builder()
              .date(dates.get(i))
              .zone(zones.get(zone))
              .confidence(round(0.4 + 0.15 * reached, 1))
              .build());
    }
    return kr.build();
  }

  private KeyResult metric(String id, MetricTemplate t, Random random) {
    BigDecimal baseline = round(t.low() + random.nextDouble() * (t.high() - t.low()), t.scale());
    BigDecimal target = round(baseline.doubleValue() * (1 + t.change()), t.scale());
    if (target.compareTo(baseline) == 0) {
      target = baseline.add(BigDecimal.ONE.movePointLeft(t.scale()).multiply(sign(t.change())));
    }
    String title =
        String.format(
            Locale.ROOT,
            "%s %s from %s to %s%s",
            t.verb(),
            t.what(),
            baseline.toPlainString(),
            target.toPlainString(),
            unitSuffix(t.unit()));
    KeyResult.Builder kr =
        KeyResult.builder()
            .id(id)
            .title(title)
            .kind(KeyResultKind.METRIC)
            .unit(t.unit())
            .baseline(Baseline.of(baseline, cycle.start()))
            .target(Target.of(target));
    // How far this key result will get by the end of the quarter: stretch goals often land ~0.7.
    double attainment = 0.2 + random.nextDouble() * 0.95;
    double confidence = 0.5;
    double span = target.doubleValue() - baseline.doubleValue();
    for (LocalDate date : checkInDates()) {
      double elapsed = fractionOfCycle(date);
      double noise = (random.nextDouble() - 0.5) * 0.08 * Math.abs(span);
      double value = baseline.doubleValue() + span * attainment * elapsed + noise;
      confidence = clamp(confidence + (attainment - 0.7) * 0.1 + (random.nextDouble() - 0.5) * 0.1);
      kr.addCheckIns(
          CheckIn.builder()
              .date(date)
              .value(round(value, t.scale()))
              .confidence(round(confidence, 1))
              .build());
    }
    return kr.build();
  }

  private KeyResult threshold(String id, Random random) {
    boolean atLeast = random.nextBoolean();
    KeyResult.Builder kr = KeyResult.builder().id(id).kind(KeyResultKind.THRESHOLD);
    BigDecimal bound;
    int scale;
    if (atLeast) {
      bound = new BigDecimal(random.nextBoolean() ? "99.9" : "99.5");
      scale = 2;
      kr.title("Keep uptime at or above " + bound.toPlainString() + "%")
          .unit("%")
          .target(Target.atLeast(bound));
    } else {
      bound = BigDecimal.valueOf(200 + 50L * random.nextInt(5));
      scale = 0;
      kr.title("Keep p95 page load time at or below " + bound.toPlainString() + " ms")
          .unit("ms")
          .target(Target.atMost(bound));
    }
    double reliability = random.nextDouble();
    for (LocalDate date : checkInDates()) {
      boolean ok = random.nextDouble() < 0.6 + 0.4 * reliability;
      double magnitude = atLeast ? 0.05 + random.nextDouble() * 0.08 : 5 + random.nextDouble() * 40;
      double value = bound.doubleValue() + (ok == atLeast ? magnitude : -magnitude);
      kr.addCheckIns(
          CheckIn.builder()
              .date(date)
              .value(round(value, scale))
              .confidence(round(ok ? 0.8 : 0.5, 1))
              .build());
    }
    return kr.build();
  }

  private KeyResult milestone(String id, Random random) {
    KeyResult.Builder kr =
        KeyResult.builder()
            .id(id)
            .kind(KeyResultKind.MILESTONE)
            .title(MILESTONES[random.nextInt(MILESTONES.length)]);
    List<LocalDate> dates = checkInDates();
    int doneAt = random.nextInt(dates.size() + 3); // beyond the list: not done yet
    for (int i = 0; i < dates.size(); i++) {
      kr.addCheckIns(CheckIn.ofDone(dates.get(i), i >= doneAt));
    }
    return kr.build();
  }

  private List<LocalDate> checkInDates() {
    List<LocalDate> dates = new ArrayList<>(weeks);
    for (int w = 1; w <= weeks; w++) {
      LocalDate d = cycle.start().plusWeeks(w);
      if (d.isAfter(cycle.end())) {
        break;
      }
      dates.add(d);
    }
    return dates;
  }

  private double fractionOfCycle(LocalDate date) {
    double days = cycle.lengthInDays() - 1.0;
    return days <= 0 ? 1.0 : (date.toEpochDay() - cycle.start().toEpochDay()) / days;
  }

  private static String unitSuffix(String unit) {
    if (unit.equals("%")) {
      return "%";
    }
    return unit.equals("score") || unit.equals("NPS") ? "" : " " + unit;
  }

  private static BigDecimal sign(double d) {
    return d < 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE;
  }

  private static double clamp(double confidence) {
    return Math.max(0.1, Math.min(0.9, confidence));
  }

  private static BigDecimal round(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
  }
}

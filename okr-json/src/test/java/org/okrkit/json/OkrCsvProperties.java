package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

/**
 * Sheets round-trip: a generated set that a sheet can carry (no losses reported) comes back
 * equal from its two sheets, and writing what was read gives the same text.
 */
class OkrCsvProperties {
  private static final OkrCsv CSV = OkrCsv.defaults();
  private static final String CHARS = "aZ09 -_\"'/,;\n\té漢{}[]:=+";
  private static final List<String> NUMBERS =
      List.of("4.1", "0.2", "10000", "4.10", "0", "-0.5", "1E+3", "0.000001", "123456789.987654321");

  @Provide
  Arbitrary<OkrSet> sheetSets() {
    return Arbitraries.longs().map(seed -> set(new Random(seed)));
  }

  @Property(tries = 300)
  void aSetASheetCanCarryComesBackEqual(@ForAll("sheetSets") OkrSet set) {
    assertEquals(List.of(), CSV.losses(set, true));
    String keyResults = CSV.writeKeyResults(set, true);
    String checkIns = CSV.writeCheckIns(set);
    OkrSet back = CSV.read(keyResults, checkIns);
    assertEquals(set, back);
    assertEquals(keyResults, CSV.writeKeyResults(back, true));
    assertEquals(checkIns, CSV.writeCheckIns(back));
  }

  @Property(tries = 200)
  void lossesAreExactlyWhatDoesNotComeBack(@ForAll("sheetSets") OkrSet set) {
    // a description is one thing a sheet cannot carry: reported, and the rest still round-trips
    if (set.objectives().isEmpty()) {
      return;
    }
    Objective first = set.objectives().get(0).withDescription("why it matters");
    OkrSet described = set.withObjectives(replaceFirst(set.objectives(), first));
    assertEquals(List.of("objective '" + first.id() + "': its description"), CSV.losses(described, true));
    assertEquals(set, CSV.read(CSV.writeKeyResults(described, true), CSV.writeCheckIns(described)));
  }

  private static List<Objective> replaceFirst(List<Objective> objectives, Objective first) {
    List<Objective> copy = new ArrayList<>(objectives);
    copy.set(0, first);
    return copy;
  }

  static OkrSet set(Random r) {
    List<Cycle> cycles = new ArrayList<>();
    int n = 1 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      cycles.add(r.nextBoolean() ? Cycle.quarter(2026 + i, 1 + r.nextInt(4))
          : Cycle.of("c" + i, LocalDate.of(2026, 1, 1).plusDays(i), LocalDate.of(2026, 6, 30)));
    }
    List<Objective> objectives = new ArrayList<>();
    int objectiveCount = 1 + r.nextInt(4);
    for (int i = 0; i < objectiveCount; i++) {
      Cycle cycle = cycles.get(i % cycles.size());
      Objective.Builder o = Objective.builder().id("o" + i).title(text(r)).cycle(cycle.id())
          .type(r.nextBoolean() ? ObjectiveType.COMMITTED : ObjectiveType.ASPIRATIONAL);
      if (r.nextBoolean()) {
        o.owner(text(r));
      }
      if (r.nextBoolean()) {
        o.level(List.of(Level.COMPANY, Level.DEPARTMENT, Level.TEAM, Level.INDIVIDUAL).get(r.nextInt(4)));
      }
      if (i > 0 && r.nextBoolean()) {
        o.parent("o" + r.nextInt(i));
      }
      int krs = r.nextInt(4);
      for (int k = 0; k < krs; k++) {
        o.addKeyResults(keyResult(r, "o" + i + "-k" + k, cycle));
      }
      objectives.add(o.build());
    }
    // every cycle is used by an objective, so the sheet carries it
    List<Cycle> used = new ArrayList<>();
    for (Cycle c : cycles) {
      if (objectives.stream().anyMatch(o -> o.cycle().equals(c.id()))) {
        used.add(c);
      }
    }
    return OkrSet.of(used, objectives);
  }

  private static KeyResult keyResult(Random r, String id, Cycle cycle) {
    KeyResultKind kind = List.of(KeyResultKind.METRIC, KeyResultKind.THRESHOLD, KeyResultKind.MILESTONE,
        KeyResultKind.ZONES).get(r.nextInt(4));
    KeyResult.Builder b = KeyResult.builder().id(id).title(text(r)).kind(kind);
    if (r.nextBoolean()) {
      b.unit(r.nextBoolean() ? "%" : text(r));
    }
    if (kind == KeyResultKind.METRIC || kind == KeyResultKind.THRESHOLD) {
      if (r.nextBoolean()) {
        b.baseline(Baseline.of(number(r)));
      }
      if (r.nextInt(4) > 0) {
        BigDecimal value = number(r);
        int shape = r.nextInt(3);
        b.target(kind == KeyResultKind.THRESHOLD
            ? (shape == 0 ? Target.atLeast(value) : shape == 1 ? Target.atMost(value)
                : Target.between(value, value.add(BigDecimal.TEN)))
            : shape == 0 ? Target.of(value)
                // levels: a commit with or without a stretch, or a stretch alone
                : shape == 1 ? Target.stepped(value, number(r), r.nextBoolean() ? number(r) : null)
                    : Target.stepped(value, null, number(r)));
      }
    }
    if (r.nextInt(3) == 0) {
      b.weight(new BigDecimal(r.nextBoolean() ? "2.50" : "1.0"));
    }
    if (r.nextInt(3) == 0) {
      b.putExtensions("x-ref", "\"" + text(r).replace("\\", "\\\\").replace("\"", "\\\"")
          .replace("\n", "\\n").replace("\t", "\\t") + "\"");
    }
    int checkIns = r.nextInt(4);
    for (int i = 0; i < checkIns; i++) {
      LocalDate date = cycle.start().plusDays(r.nextInt(60));
      CheckIn.Builder c = CheckIn.builder().date(date);
      if (kind == KeyResultKind.MILESTONE) {
        c.done(r.nextBoolean());
      } else if (kind == KeyResultKind.ZONES) {
        c.zone(List.of(Zone.FAIL, Zone.COMMIT, Zone.TARGET, Zone.STRETCH).get(r.nextInt(4)));
      } else if (r.nextInt(3) == 0) {
        c.delta(number(r));
      } else {
        c.value(number(r));
      }
      if (r.nextBoolean()) {
        c.confidence(new BigDecimal(r.nextBoolean() ? "0.7" : "0.25"));
      }
      if (r.nextBoolean()) {
        c.note(text(r));
      }
      b.addCheckIns(c.build());
    }
    return b.build();
  }

  private static BigDecimal number(Random r) {
    return new BigDecimal(NUMBERS.get(r.nextInt(NUMBERS.size())));
  }

  /** Text with something visible at both ends: a sheet strips nothing, but blank means absent. */
  private static String text(Random r) {
    StringBuilder s = new StringBuilder().append((char) ('a' + r.nextInt(26)));
    int n = r.nextInt(8);
    for (int i = 0; i < n; i++) {
      s.append(CHARS.charAt(r.nextInt(CHARS.length())));
    }
    return s.append((char) ('a' + r.nextInt(26))).toString();
  }
}

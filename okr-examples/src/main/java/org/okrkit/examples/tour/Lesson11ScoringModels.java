package org.okrkit.examples.tour;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;
import org.okrkit.model.ZoneDescriptions;
import org.okrkit.scoring.BandCredit;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringPolicy;

/**
 * Lesson 11: scoring models beyond the straight line. A target with commit and stretch levels is
 * scored on its anchors; a band is kept between two bounds; an outcome that is judged, not
 * counted, is scored by the zone it reached.
 */
public final class Lesson11ScoringModels implements Lesson {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  private static final LocalDate WEEK = LocalDate.of(2026, 11, 19);

  @Override
  public String title() {
    return "Scoring models: levels, bands and zones";
  }

  @Override
  public void run(PrintWriter out) {
    Scorer scorer = Scorer.defaults();
    KeyResult recommendations =
        KeyResult.builder()
            .id("shop-1")
            .title("Increase recommendations from 120 to 150 (commit 130, stretch 180)")
            .baseline(Baseline.of(120))
            .target(Target.stepped(BigDecimal.valueOf(150), BigDecimal.valueOf(130), BigDecimal.valueOf(180)))
            .build();
    out.println("COMMIT, TARGET AND STRETCH. Google asks for three levels of one number: what you");
    out.println("commit to, what you aim for, and what would amaze. OKR Kit scores them on anchors:");
    out.println("baseline 0, commit 0.3, target 0.7, stretch 1.0, a straight line between each pair.");
    out.println("  \"" + recommendations.title() + "\"");
    for (double value : new double[] {130, 140, 165}) {
      KeyResultScore s = scorer.score(recommendations.plusCheckIn(CheckIn.of(WEEK, value)), AS_OF);
      out.println("  at " + Fmt.plain(BigDecimal.valueOf(value)) + ": " + s.explanation());
    }
    out.println("  Reaching the target scores 0.70, the healthy score of a stretch goal; only the");
    out.println("  stretch scores 1.00. Without a stretch level the target is the 1.00 anchor.");
    KeyResult response =
        KeyResult.builder()
            .id("cs-2")
            .title("Reduce first response from 10 hours to 6 (commit 8.8, stretch 4)")
            .baseline(Baseline.of(10))
            .target(Target.stepped(BigDecimal.valueOf(6), new BigDecimal("8.8"), BigDecimal.valueOf(4)))
            .build();
    KeyResultScore down = scorer.score(response.plusCheckIn(CheckIn.of(WEEK, 5)), AS_OF);
    out.println("  Going down works the same way: \"" + response.title() + "\"");
    out.println("  at 5: " + down.explanation());
    out.println();

    KeyResult cover =
        KeyResult.threshold("ops-1", "Keep inventory cover between 10 and 20 days", Target.between(10, 20))
            .withUnit("days");
    out.println("A BAND keeps a number between two bounds: too little stock loses sales, too much");
    out.println("ties up cash.");
    out.println("  \"" + cover.title() + "\"");
    out.println("  at 15: " + scorer.score(cover.plusCheckIn(CheckIn.of(WEEK, 15)), AS_OF).explanation());
    KeyResult outside = cover.plusCheckIn(CheckIn.of(WEEK, 25));
    out.println("  at 25: " + scorer.score(outside, AS_OF).explanation());
    Scorer partial = Scorer.of(ScoringPolicy.defaults().withBandCredit(BandCredit.PARTIAL));
    out.println("  With partial band credit, 25 days is half a band's width out:");
    out.println("  at 25: " + partial.score(outside, AS_OF).explanation());
    out.println("  A document says which it uses once, in \"scoring\": {\"bandCredit\": \"partial\"},");
    out.println("  so okr score, okr report and okr lint all score it the same way.");
    out.println();

    KeyResult partners =
        KeyResult.builder()
            .id("shop-3")
            .title("Win design partners for the loyalty programme")
            .kind(KeyResultKind.ZONES)
            .zones(
                ZoneDescriptions.of(
                    "no partner has agreed to a pilot",
                    "one partner runs a pilot",
                    "two partners pay for the programme",
                    "a paying partner agrees to be a public reference"))
            .build();
    out.println("ZONES are for outcomes that are judged, not counted. The key result says in words");
    out.println("what fail, commit, target and stretch look like; a check-in records the zone reached.");
    out.println("  \"" + partners.title() + "\"");
    ZoneDescriptions zones = partners.zones().orElseThrow();
    out.println("  target looks like: " + zones.of(Zone.TARGET));
    KeyResultScore judged = scorer.score(partners.plusCheckIn(CheckIn.ofZone(WEEK, Zone.TARGET)), AS_OF);
    out.println("  checked in at target: " + judged.explanation());
    out.println();
    out.println("Every score carries its derivation: okr score --json prints the anchors, the band's");
    out.println("distance or the zone beside each number, so a script can check the arithmetic.");
  }

  /** Runs this lesson on its own. */
  public static void main(String[] args) {
    PrintWriter out = Tour.stdout();
    new Lesson11ScoringModels().run(out);
    out.flush();
  }
}

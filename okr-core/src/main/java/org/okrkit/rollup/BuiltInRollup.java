package org.okrkit.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.UndefinedReason;

/** The built-in {@link RollupStrategy}s, as enum singletons. */
enum BuiltInRollup implements RollupStrategy {
  WEIGHTED_MEAN {
    @Override
    public Derivation combine(
        String objectiveId, List<RollupItem> items, List<Derivation.Excluded> excluded) {
      List<Derivation.Contribution> c = new ArrayList<>(items.size());
      for (RollupItem i : items) {
        c.add(new Derivation.Contribution(i.id(), i.item(), i.weight(), i.score(), BigDecimal.ZERO));
      }
      return Derivation.WeightedMean.of(c, excluded);
    }

    @Override
    public String toString() {
      return "weighted mean";
    }
  },
  WEAKEST_LINK {
    @Override
    public Derivation combine(
        String objectiveId, List<RollupItem> items, List<Derivation.Excluded> excluded) {
      int weakestAt = 0;
      for (int k = 1; k < items.size(); k++) {
        // The first lowest wins a tie: its share is the whole result.
        if (items.get(k).score().compareTo(items.get(weakestAt).score()) < 0) {
          weakestAt = k;
        }
      }
      RollupItem weakest = items.get(weakestAt);
      List<Derivation.Contribution> c = new ArrayList<>(items.size());
      for (int k = 0; k < items.size(); k++) {
        RollupItem i = items.get(k);
        c.add(
            new Derivation.Contribution(
                i.id(), i.item(), i.weight(), i.score(), k == weakestAt ? i.score() : BigDecimal.ZERO));
      }
      return new Derivation.WeakestLink(c, excluded, weakest.id(), weakest.score());
    }

    @Override
    public String toString() {
      return "weakest link";
    }
  },
  SUM_OF_VALUES {
    @Override
    public Derivation combine(
        String objectiveId, List<RollupItem> items, List<Derivation.Excluded> excluded) {
      List<Derivation.Contribution> c = new ArrayList<>(items.size());
      List<Derivation.Excluded> left = new ArrayList<>(excluded);
      for (RollupItem i : items) {
        BigDecimal span = i.span().orElse(null);
        if (span == null || span.signum() == 0) {
          left.add(
              new Derivation.Excluded(
                  i.id(),
                  i.item(),
                  new Derivation.Undefined(
                      UndefinedReason.NO_VALUE, i.id(), Optional.empty(), Optional.empty(),
                      "'" + i.id() + "' has no value span (baseline to target) to add up")));
        } else {
          c.add(new Derivation.Contribution(i.id(), i.item(), span, i.score(), BigDecimal.ZERO));
        }
      }
      if (c.isEmpty()) {
        return new Derivation.Undefined(
            UndefinedReason.NO_VALUE, objectiveId, Optional.empty(), Optional.empty(),
            "objective '" + objectiveId + "': no item has a value span to add up (sum of values)");
      }
      return Derivation.WeightedMean.of(c, left);
    }

    @Override
    public String toString() {
      return "sum of values";
    }
  }
}

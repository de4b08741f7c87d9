package org.okrkit.validation;

import java.util.List;

/**
 * The families of built-in rules, in the order {@link ValidationPass} runs them on each element.
 * Every {@link Rule} but {@link Rule#CHECK_FAILED} (which the validator itself reports) belongs to
 * exactly one family; a test keeps it so.
 */
enum Family {
  /** Ids, references and the weights that make a set scorable. */
  STRUCTURE("structure") {
    @Override
    List<Rule> rules() {
      return StructureRules.RULES;
    }

    @Override
    RuleFamily create(Checking ctx) {
      return new StructureRules(ctx);
    }
  },
  /** Cycle dates and use. */
  CYCLES("cycles") {
    @Override
    List<Rule> rules() {
      return CycleRules.RULES;
    }

    @Override
    RuleFamily create(Checking ctx) {
      return new CycleRules(ctx);
    }
  },
  /** Parent links: dangling, looping, across cycles, across levels. */
  ALIGNMENT("alignment") {
    @Override
    List<Rule> rules() {
      return AlignmentRules.RULES;
    }

    @Override
    RuleFamily create(Checking ctx) {
      return new AlignmentRules(ctx);
    }
  },
  /** Objectives: their key results, owners and wording. */
  OBJECTIVES("objectives") {
    @Override
    List<Rule> rules() {
      return ObjectiveRules.RULES;
    }

    @Override
    RuleFamily create(Checking ctx) {
      return new ObjectiveRules(ctx);
    }
  },
  /** Key results: targets and baselines, wording. */
  KEY_RESULTS("key results") {
    @Override
    List<Rule> rules() {
      return KeyResultRules.RULES;
    }

    @Override
    RuleFamily create(Checking ctx) {
      return new KeyResultRules(ctx);
    }
  },
  /** Check-ins: their kind, dates and regularity. */
  CHECK_INS("check-ins") {
    @Override
    List<Rule> rules() {
      return CheckInRules.RULES;
    }

    @Override
    RuleFamily create(Checking ctx) {
      return new CheckInRules(ctx);
    }
  },
  /** End-of-cycle grades, computed with the validator's scorer. */
  GRADES("grades") {
    @Override
    List<Rule> rules() {
      return GradeRules.RULES;
    }

    @Override
    RuleFamily create(Checking ctx) {
      return new GradeRules(ctx);
    }
  },
  /** The cycle's life: close-outs, mid-cycle changes, carried links, initiatives and KPIs. */
  LIFECYCLE("lifecycle") {
    @Override
    List<Rule> rules() {
      return LifecycleRules.RULES;
    }

    @Override
    RuleFamily create(Checking ctx) {
      return new LifecycleRules(ctx);
    }
  };

  private final String displayName;

  Family(String displayName) {
    this.displayName = displayName;
  }

  /** The rules this family reports, as its class declares them. */
  abstract List<Rule> rules();

  /** A checker of this family for one validation. */
  abstract RuleFamily create(Checking ctx);

  /** The family's name in the docs, such as {@code key results}. */
  String displayName() {
    return displayName;
  }
}

package org.okrkit.validation;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A {@link LintRule} made by one of its factories: fixed metadata and one lambda. */
final class FunctionRule implements LintRule {
  private final String id;
  private final Severity defaultSeverity;
  private final String summary;
  private final @Nullable Function<KeyResultContext, List<Problem>> onKeyResult;
  private final @Nullable Function<ObjectiveContext, List<Problem>> onObjective;
  private final @Nullable Function<SetContext, List<Problem>> onSet;

  FunctionRule(
      String id,
      Severity defaultSeverity,
      String summary,
      @Nullable Function<KeyResultContext, List<Problem>> onKeyResult,
      @Nullable Function<ObjectiveContext, List<Problem>> onObjective,
      @Nullable Function<SetContext, List<Problem>> onSet) {
    UserRule.checkMetadata(id, defaultSeverity, summary);
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.summary = summary;
    this.onKeyResult = onKeyResult;
    this.onObjective = onObjective;
    this.onSet = onSet;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public List<Problem> checkKeyResult(KeyResultContext keyResult) {
    return onKeyResult == null ? List.of() : onKeyResult.apply(keyResult);
  }

  @Override
  public List<Problem> checkObjective(ObjectiveContext objective) {
    return onObjective == null ? List.of() : onObjective.apply(objective);
  }

  @Override
  public List<Problem> checkSet(SetContext set) {
    return onSet == null ? List.of() : onSet.apply(set);
  }

  /** The rule's id. */
  @Override
  public String toString() {
    return id;
  }
}

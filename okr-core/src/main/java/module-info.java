/**
 * OKR Kit core: the immutable OKR model, exact scoring, pacing and forecast, the alignment
 * roll-up and the validator. No runtime dependencies.
 */
module org.okrkit.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.okrkit.health;
  exports org.okrkit.lifecycle;
  exports org.okrkit.model;
  exports org.okrkit.rollup;
  exports org.okrkit.scoring;
  exports org.okrkit.text;
  exports org.okrkit.validation;
}

/**
 * OKR Kit core: the immutable OKR model, exact scoring, pacing and forecast, the alignment
 * roll-up and the validator. No runtime dependencies.
 *
 * <p>{@code org.okrkit.model.internal} (the model's stored parts, read without an {@code
 * Optional} each) is exported to okr-json's writer alone; it is not API.
 */
@SuppressWarnings("module") // org.okrkit.json is not on okr-core's module path
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
  exports org.okrkit.model.internal to
      org.okrkit.json;
}

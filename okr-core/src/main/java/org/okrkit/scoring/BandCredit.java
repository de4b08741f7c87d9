package org.okrkit.scoring;

/** How a band key result ("keep inventory cover between 10 and 20 days") scores outside its band. */
public enum BandCredit {
  /** 1.0 inside the band (bounds included), 0.0 outside (the default). */
  NONE,
  /**
   * 1.0 inside; outside, credit falling linearly with the distance to the band: {@code 1 −
   * distance / (atMost − atLeast)}, floored at 0.
   */
  PARTIAL
}

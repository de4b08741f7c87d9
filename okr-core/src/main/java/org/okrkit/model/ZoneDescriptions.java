package org.okrkit.model;

import org.immutables.value.Value;
import org.okrkit.internal.Checks;

/**
 * What each zone of a zones (ordinal) key result looks like, in words: "fail: no partner signed",
 * "commit: one pilot", "target: two paying partners", "stretch: a reference customer".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ZoneDescriptions {
  ZoneDescriptions() {}

  /** {@return what falling short of the commit level looks like (score 0)} */
  public abstract String fail();

  /**
   * What the committed level looks like (score 0.3).
   *
   * @return what the committed level looks like (score 0.3)
   */
  public abstract String commit();

  /**
   * What the target looks like (score 0.7).
   *
   * @return what the target looks like (score 0.7)
   */
  public abstract String target();

  /**
   * What the stretch looks like (score 1.0).
   *
   * @return what the stretch looks like (score 1.0)
   */
  public abstract String stretch();

  /**
   * The description of {@code zone}.
   *
   * @param zone the zone
   * @return the description of {@code zone}
   */
  public String of(Zone zone) {
    return switch (zone) {
      case FAIL -> fail();
      case COMMIT -> commit();
      case TARGET -> target();
      case STRETCH -> stretch();
    };
  }

  /**
   * The four descriptions.
   *
   * @param fail the fail
   * @param commit the commit
   * @param target the target
   * @param stretch the stretch
   * @return the four descriptions
   * @throws IllegalArgumentException if one is blank
   */
  public static ZoneDescriptions of(String fail, String commit, String target, String stretch) {
    return ImmutableZoneDescriptions.builder()
        .fail(fail)
        .commit(commit)
        .target(target)
        .stretch(stretch)
        .build();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("zones", "", "fail", fail());
    Checks.nonBlank("zones", "", "commit", commit());
    Checks.nonBlank("zones", "", "target", target());
    Checks.nonBlank("zones", "", "stretch", stretch());
  }
}

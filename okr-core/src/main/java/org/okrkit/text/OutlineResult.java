package org.okrkit.text;

import java.util.List;
import java.util.Objects;
import org.okrkit.model.OkrSet;

/**
 * An outline as read: the set of OKRs, and the warnings about key-result sentences read with less
 * than high confidence (empty unless reading was {@linkplain
 * OutlineOptions#withLenientReadings(boolean) lenient}).
 *
 * @param set the OKRs the outline holds
 * @param warnings the lines to check, in document order
 */
public record OutlineResult(OkrSet set, List<OutlineWarning> warnings) {
  /**
   * A result of this set and these warnings (copied).
   *
   * @param set the OKRs the outline holds
   * @param warnings the lines to check, in document order
   */
  public OutlineResult {
    Objects.requireNonNull(set, "set");
    warnings = List.copyOf(warnings);
  }
}

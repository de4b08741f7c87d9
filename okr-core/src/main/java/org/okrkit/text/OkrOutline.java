package org.okrkit.text;

import java.util.Objects;
import org.okrkit.model.OkrSet;

/**
 * OKRs as a Markdown outline, the way people keep them in notes:
 *
 * <pre>
 * # Q4 2026 (2026-10-01 – 2026-12-31)
 * ## Make happy customers the core of our growth  {owner: Customer Success, aligns: company-growth}
 * - Increase customer satisfaction from 4.1 to 4.8
 *   - 2026-11-01: 4.45 (confidence 0.7) wave 2 results
 * - Keep uptime at or above 99.9%
 * - [x] Publish the support handbook
 * </pre>
 *
 * <p>{@code #} headings are cycles, {@code ##} headings objectives, {@code - } items key results
 * (read with the {@link KeyResultParser}; {@code - [ ]} and {@code - [x]} are milestones) and
 * indented items check-ins (or mid-cycle changes); {@code # Initiatives} and {@code # KPIs}
 * sections list the set's initiatives and KPIs. Anything the text does not say, or says differently from the model, is
 * given in trailing {@code {key: value, …}} metadata, so that {@link #write(OkrSet)} followed by
 * {@link #read(CharSequence)} gives back an equal set.
 *
 * <p>Stateless and thread-safe.
 */
public final class OkrOutline {
  private OkrOutline() {}

  /**
   * Reads an outline into a set of OKRs.
   *
   * @param outline the outline
   * @return an outline into a set of OKRs
   * @throws OutlineException naming the line and column of the first problem and what was
   *     expected there
   */
  public static OkrSet read(CharSequence outline) {
    return read(outline, OutlineOptions.defaults()).set();
  }

  /**
   * Reads an outline with these options (limits, lenient readings) into a set of OKRs and the
   * warnings about key-result sentences read with less than high confidence.
   *
   * @param outline the outline
   * @param options the options
   * @return an outline with these options
   * @throws OutlineException naming the line and column of the first problem and what was
   *     expected there; a limit exceeded names the limit
   */
  public static OutlineResult read(CharSequence outline, OutlineOptions options) {
    Objects.requireNonNull(outline, "outline");
    Objects.requireNonNull(options, "options");
    return new OutlineReader(outline, options).read();
  }

  /**
   * Writes a set of OKRs as an outline that {@link #read(CharSequence)} reads back to an equal
   * set: plain sentences where the key-result parser reads them right, explicit metadata where
   * not.
   *
   * <p>Extension names with characters other than letters, digits, {@code -}, {@code _} and
   * {@code .} are written as quoted keys; a sentence the parser reads with less than high
   * confidence gets explicit metadata, so that it reads back without a warning. Every field of
   * the model is written: roll-up fields and close-outs as metadata, a retrospective as a
   * paragraph, changes beside the check-ins, initiatives and KPIs in their own sections.
   *
   * @param set the OKR set
   * @return writes a set of OKRs as an outline that {@link #read(CharSequence)} reads back to an
   *     equal set
   * @throws NullPointerException if {@code set} is null
   */
  public static String write(OkrSet set) {
    Objects.requireNonNull(set, "set");
    return new OutlineWriter(set).write();
  }
}

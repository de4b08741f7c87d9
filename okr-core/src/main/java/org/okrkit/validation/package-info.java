/**
 * The OKR linter: checks an {@link org.okrkit.model.OkrSet} for structural errors (a dangling
 * parent, an alignment cycle, a metric whose baseline equals its target…) and for departures from
 * OKR best practice (a key result that reads as an activity, an objective with a number in it…),
 * and reports every problem as a {@link org.okrkit.validation.Finding} with a stable rule id, a
 * severity, a location and a fix hint.
 *
 * <p>Start with {@link org.okrkit.validation.Validator#defaults()}; tune it with a {@link
 * org.okrkit.validation.RuleSet}, build it with your application's scorer through {@link
 * org.okrkit.validation.Validator#builder()}, and add rules of your own as {@link
 * org.okrkit.validation.LintRule}s (for the {@code okr} command, through a {@link
 * org.okrkit.validation.LintRuleProvider}). {@link org.okrkit.text.ActivityDetector} is the
 * activity-versus-result check on its own, for tools that parse key result sentences.
 */
@NullMarked
@OkrStyle
package org.okrkit.validation;

import org.jspecify.annotations.NullMarked;
import org.okrkit.internal.OkrStyle;

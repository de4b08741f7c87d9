package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.validation.Fixtures.AS_OF;
import static org.okrkit.validation.Fixtures.clean;
import static org.okrkit.validation.Fixtures.keyResult;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.KeyResult;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;

/**
 * Messages name the offending value, but a value the model allows (up to 10,000 digits) is shown
 * the way the model's own messages show it: short, in scientific notation.
 */
class ValidatorLongNumbersTest {

  @Test
  void tenThousandDigitTargetIsShortInTheMessage() {
    // was: the message carried all 10,000 digits
    BigDecimal huge = new BigDecimal("9".repeat(10_000));
    OkrSet set =
        keyResult(
            clean(),
            0,
            1,
            kr -> KeyResult.builder().from(kr).baseline(Optional.empty()).target(Target.of(huge)).build());
    List<Finding> found =
        Validator.defaults().validate(set, AS_OF).stream()
            .filter(f -> f.rule() == Rule.MISSING_BASELINE)
            .toList();
    assertEquals(1, found.size(), found::toString);
    String message = found.get(0).message();
    assertTrue(message.length() < 200, message);
    assertTrue(message.contains("9.9999999999999999999…E+9999"), message);
  }

  @Test
  void ordinaryNumbersStayInTheirPlainForm() {
    OkrSet set =
        keyResult(
            clean(),
            0,
            1,
            kr -> KeyResult.builder().from(kr).baseline(Optional.empty()).target(Target.of(new BigDecimal("150.50"))).build());
    Finding f =
        Validator.defaults().validate(set, AS_OF).stream()
            .filter(x -> x.rule() == Rule.MISSING_BASELINE)
            .findFirst()
            .orElseThrow();
    assertTrue(f.message().contains("a target of 150.50 but"), f.message());
  }
}

package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.model.CheckIn;
import org.okrkit.model.OkrSet;

/**
 * The reader's and writer's shortcuts (numbers read from the parser's text, dates by their
 * digits, places without a JsonLocation, decimals written through their own text) give exactly
 * what the general way gives: the same decimal with the same scale, the same day or the same
 * message, the same line and column, the same number text.
 */
class ReadingShortcutsProperties {
  private static final OkrJson JSON = OkrJson.defaults();
  private static final String CHECK_INS = "/objectives/0/keyResults/0/checkIns/";

  private static String document(List<String> checkIns, String separator) {
    String s = separator;
    return "{" + s + "\"okr\":" + s + "\"1.0\"," + s
        + "\"objectives\":[{\"id\":\"o\",\"title\":\"Tëst 😀 ünïcode\",\"cycle\":\"c\","
        + s + "\"keyResults\":[" + s + "{\"id\":\"k\",\"title\":\"K\"," + s + "\"checkIns\":["
        + s + String.join("," + s, checkIns) + s + "]}]}]" + s + "}";
  }

  private static List<OkrSet> readBothWays(String document) throws IOException {
    return List.of(
        JSON.read(document),
        JSON.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
  }

  private static CheckIn checkIn(OkrSet set, int index) {
    return set.objectives().get(0).keyResults().get(0).checkIns().get(index);
  }

  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMaxLength(20);
    Arbitrary<String> whole =
        Arbitraries.oneOf(
            Arbitraries.just("0"),
            Combinators.combine(Arbitraries.integers().between(1, 9), digits)
                .as((first, rest) -> first + rest));
    Arbitrary<String> fraction =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(20)
                .map(f -> "." + f));
    Arbitrary<String> exponent =
        Arbitraries.oneOf(
            Arbitraries.just(""), Arbitraries.just(""), Arbitraries.just(""),
            Combinators.combine(
                    Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"),
                    Arbitraries.integers().between(0, 30))
                .as((e, sign, n) -> e + sign + n));
    return Combinators.combine(Arbitraries.of("", "-"), whole, fraction, exponent)
        .as((sign, w, f, e) -> sign + w + f + e);
  }

  @Property(tries = 500)
  void numbersAreReadAsTheDecimalTheirTextSpells(@ForAll("numbers") String text)
      throws IOException {
    BigDecimal expected = new BigDecimal(text);
    String document = document(List.of("{\"date\":\"2026-10-08\",\"value\":" + text + "}",
        "{\"date\":\"2026-10-15\",\"value\":" + text + "}"), "");
    for (OkrSet set : readBothWays(document)) {
      BigDecimal first = checkIn(set, 0).value().orElseThrow();
      assertEquals(expected, first, text); // equals: the same digits and the same scale
      assertEquals(expected.scale(), first.scale(), text);
      assertEquals(first, checkIn(set, 1).value().orElseThrow(), text);
    }
  }

  @Property(tries = 200)
  void confidencesFromZeroToOneAreReadAsWritten(
      @ForAll @IntRange(min = 0, max = 100) int hundredths, @ForAll @IntRange(max = 3) int zeros)
      throws IOException {
    BigDecimal confidence = BigDecimal.valueOf(hundredths, 2).setScale(2 + zeros);
    String text = confidence.toPlainString();
    String document = document(
        List.of("{\"date\":\"2026-10-08\",\"value\":1,\"confidence\":" + text + "}"), "");
    for (OkrSet set : readBothWays(document)) {
      assertEquals(confidence, checkIn(set, 0).confidence().orElseThrow(), text);
    }
  }

  @Provide
  Arbitrary<String> dateShapes() {
    Arbitrary<String> two = Arbitraries.strings().withCharRange('0', '9').ofLength(2);
    Arbitrary<String> dateLike =
        Combinators.combine(
                Arbitraries.of("2026", "2024", "2025", "1900", "0000", "9999", "2100"),
                Arbitraries.oneOf(two, Arbitraries.of("01", "02", "10", "12")),
                Arbitraries.oneOf(two, Arbitraries.of("01", "28", "29", "30", "31")))
            .as((y, m, d) -> y + "-" + m + "-" + d);
    Arbitrary<String> other =
        Arbitraries.of("2026-1-08", "2026/10/08", "20261008xx", "2026-10-8 ", "+2026-10-08",
            "2026-10-0a", "２０２６-10-08", "2026-10-08T00", "");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, dateLike), net.jqwik.api.Tuple.of(1, other));
  }

  @Property(tries = 400)
  void datesAreReadAsIsoDatesOrRejectedWithTheirText(@ForAll("dateShapes") String text)
      throws IOException {
    LocalDate expected;
    try {
      expected = text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? LocalDate.parse(text) : null;
    } catch (DateTimeException e) {
      expected = null;
    }
    String checkIn = "{\"date\":\"" + text + "\",\"value\":1}";
    String document = document(List.of(checkIn, checkIn), "");
    if (expected != null) {
      for (OkrSet set : readBothWays(document)) {
        assertEquals(expected, checkIn(set, 0).date(), text);
        assertSame(checkIn(set, 0).date(), checkIn(set, 1).date(), text);
      }
      return;
    }
    for (String form : List.of("string", "bytes")) {
      OkrJsonException e =
          assertThrows(
              OkrJsonException.class,
              () -> {
                if (form.equals("string")) {
                  JSON.read(document);
                } else {
                  JSON.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
                }
              });
      assertEquals(2, e.problems().size(), e.detail());
      for (int i = 0; i < 2; i++) {
        assertEquals(CHECK_INS + i + "/date", e.problems().get(i).pointer(), e.detail());
        assertEquals("expected an ISO-8601 date (yyyy-mm-dd), got " + ReadMessages.quote(text),
            e.problems().get(i).message(), e.detail());
      }
    }
  }

  @Property(tries = 200)
  void problemsAreAtTheLineAndColumnJacksonGivesTheObject(
      @ForAll @IntRange(min = 1, max = 12) int count,
      @ForAll @IntRange(max = 11) int broken,
      @ForAll("separators") String separator)
      throws IOException {
    int bad = broken % count;
    List<String> checkIns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      checkIns.add(i == bad ? "{\"value\":" + i + "}"
          : "{\"date\":\"2026-10-" + (10 + i) + "\"," + separator + "\"value\":" + i + "}");
    }
    String document = document(checkIns, separator);
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    OkrJsonException fromText = assertThrows(OkrJsonException.class, () -> JSON.read(document));
    OkrJsonException fromBytes =
        assertThrows(OkrJsonException.class, () -> JSON.read(new ByteArrayInputStream(bytes)));
    JsonFactory factory = new JsonFactory();
    try (JsonParser text = factory.createParser(document);
        JsonParser raw = factory.createParser(bytes)) {
      assertAtCheckIn(fromText, text, bad);
      assertAtCheckIn(fromBytes, raw, bad);
    }
  }

  private static void assertAtCheckIn(OkrJsonException e, JsonParser p, int index)
      throws IOException {
    JsonLocation expected = JsonLocation.NA;
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      if (t == JsonToken.START_OBJECT
          && p.getParsingContext().getParent().pathAsPointer().toString()
              .equals(CHECK_INS + index)) {
        expected = p.currentTokenLocation();
        break;
      }
    }
    assertNotEquals(JsonLocation.NA, expected, "the check-in is in the document");
    assertEquals(1, e.problems().size(), e.detail());
    OkrJsonException.Problem problem = e.problems().get(0);
    assertEquals(CHECK_INS + index, problem.pointer(), e.detail());
    assertEquals(expected.getLineNr(), problem.line(), e.detail());
    assertEquals(expected.getColumnNr(), problem.column(), e.detail());
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("", " ", "\n", "\r\n", "\t", "\n    ", "\r", "  \n\n ");
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-100_000, 100_000).map(BigInteger::valueOf),
            Arbitraries.bigIntegers().between(
                BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-5, 30))
        .as(BigDecimal::new);
  }

  @Property(tries = 1000)
  void decimalsAreWrittenInTheirPlainFormUnlessTheScaleIsNegative(
      @ForAll("decimals") BigDecimal d) {
    String expected = d.scale() >= 0 ? d.toPlainString() : d.toString();
    assertEquals(expected, OkrWriter.number(d));
    assertEquals(expected, OkrWriter.number(d), "the second time, from the decimal's own text");
    assertEquals(d, new BigDecimal(OkrWriter.number(d)));
  }

  @Example
  void confidencesHeldPastTheFirstChunkAreSettledAndReportedInPlace() throws IOException {
    // more confidences than one chunk of the held arrays (512) before "scoring" names the scale
    int count = 1_300;
    int bad = 1_100;
    List<String> checkIns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      checkIns.add("{\"date\":\"2026-10-08\",\"value\":" + i + ",\"confidence\":"
          + (i == bad ? "11" : String.valueOf(i % 11)) + "}");
    }
    String body = document(checkIns, "\n");
    String good = body.substring(0, body.length() - 1).replace("\"confidence\":11}",
        "\"confidence\":10}") + ",\"scoring\":{\"confidenceScale\":\"0-10\"}}";
    for (OkrSet set : readBothWays(good)) {
      for (int i = 0; i < count; i++) {
        CheckIn c = checkIn(set, i);
        int given = i == bad ? 10 : i % 11;
        assertEquals(BigDecimal.valueOf(given).divide(BigDecimal.TEN).stripTrailingZeros()
            .compareTo(c.confidence().orElseThrow()), 0, "check-in " + i);
        assertEquals(String.valueOf(given), c.confidenceAsGiven().orElseThrow(), "check-in " + i);
      }
    }
    String wrong = body.substring(0, body.length() - 1)
        + ",\"scoring\":{\"confidenceScale\":\"0-10\"}}";
    OkrJsonException e = assertThrows(OkrJsonException.class, () -> JSON.read(wrong));
    assertEquals(1, e.problems().size(), e.detail());
    assertEquals(CHECK_INS + bad + "/confidence", e.problems().get(0).pointer());
    assertEquals(
        "expected a number from 0 to 10 (the document's confidenceScale 0-10), got 11",
        e.problems().get(0).message());
    int line = 1 + (int) wrong.substring(0, wrong.indexOf("\"confidence\":11")).chars()
        .filter(c -> c == '\n').count();
    assertEquals(line, e.problems().get(0).line(), e.detail());
  }

  @Provide
  Arbitrary<BigDecimal> smallDecimals() {
    Arbitrary<BigDecimal> compact =
        Combinators.combine(Arbitraries.longs().between(-9_999_999, 9_999_999),
                Arbitraries.integers().between(-2, 9))
            .as(BigDecimal::valueOf);
    // the same values made from a BigInteger, and with trailing zeros stripped
    Arbitrary<BigDecimal> fromBigInteger =
        compact.map(d -> new BigDecimal(d.unscaledValue(), d.scale()));
    return Arbitraries.oneOf(compact, fromBigInteger, compact.map(BigDecimal::stripTrailingZeros),
        decimals());
  }

  @Property(tries = 2000)
  void smallDecimalsAreWrittenFromTheirUnscaledValueWithoutABigInteger(
      @ForAll("smallDecimals") BigDecimal d) {
    long unscaled = OkrWriter.smallUnscaled(d);
    boolean small = d.scale() >= 0 && d.scale() <= 7 && d.precision() <= 7;
    if (!small) {
      assertEquals(OkrWriter.NOT_SMALL, unscaled, d.toString());
      return;
    }
    assertEquals(d.unscaledValue().longValueExact(), unscaled, d.toString());
    char[] into = new char[20];
    int n = OkrWriter.plainDigits(unscaled, d.scale(), into);
    assertEquals(d.toPlainString(), new String(into, 0, n));
  }
}

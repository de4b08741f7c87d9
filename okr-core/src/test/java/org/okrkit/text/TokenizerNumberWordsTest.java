package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Number words are read whatever their case, and the tokenizer's shortcut for words that cannot
 * open a number (decided from their first two letters) leaves every such word a word.
 */
class TokenizerNumberWordsTest {

  private static Token onlyNumber(String text) {
    List<Token> numbers = Tokenizer.tokenize(text).stream().filter(Token::isNum).toList();
    assertEquals(1, numbers.size(), () -> text + ": " + Tokenizer.tokenize(text));
    return numbers.get(0);
  }

  @Test
  void everySmallNumberWordIsReadInLowerUpperAndTitleCase() {
    for (Map.Entry<String, Integer> e : Lexicon.SMALL.entrySet()) {
      String w = e.getKey();
      String title = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      for (String form : List.of(w, w.toUpperCase(Locale.ROOT), title)) {
        Token t = onlyNumber("Hire " + form + " engineers");
        assertEquals(0, BigDecimal.valueOf(e.getValue()).compareTo(t.value), form);
        assertTrue(t.wordNumber, form);
      }
    }
  }

  @Test
  void anArticleBeforeAScaleWordOpensANumberInAnyCase() {
    assertEquals(0, BigDecimal.valueOf(12).compareTo(onlyNumber("Sell a dozen plans").value));
    assertEquals(
        0, BigDecimal.valueOf(1_000_000).compareTo(onlyNumber("A million users").value));
  }

  @Test
  void wordsNoNumberWordStartsWithStayWords() {
    List<Token> tokens = Tokenizer.tokenize("Delight customers with a fast, reliable product");
    assertTrue(tokens.stream().noneMatch(Token::isNum), tokens::toString);
    assertEquals("delight", tokens.get(0).lower);
  }
}

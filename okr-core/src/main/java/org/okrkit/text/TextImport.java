package org.okrkit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * Reads OKRs as people paste them from slides, wikis and e-mails: an objective line followed by
 * its key-result lines, numbered or bulleted, with owner prefixes ("CEO KR:", "KR1:", "Objective
 * 2:") stripped, into an {@link OkrSet}. Each key-result line is read by the {@link
 * KeyResultParser}; a line that cannot be read is reported with its line number, never dropped
 * silently.
 *
 * <pre>
 * Q4 2026
 * Objective 1: Delight our customers
 *   - KR1: Increase NPS from 30 to 45
 *   - KR2: Reduce churn from 5% to 3%
 * 2. Grow the business
 *   a) Reach $2M ARR
 * </pre>
 *
 * <p>A line is an objective when it says so ("Objective", "O1:", "Goal:", a {@code #} heading)
 * or when it is less indented than, or marked differently from, the key results under it; a
 * line is a key result when it says so ("KR", "Key result") or sits under an objective. A line
 * naming a quarter, half or year ("Q4 2026", "H1 2027 OKRs", "2026") sets the cycle. Pure and
 * thread-safe; linear in the document's length.
 */
public final class TextImport {

  /**
   * A line of the document that did not become part of the set.
   *
   * @param line the line number, from 1
   * @param text the line as written (stripped)
   * @param reason why it was not read, in plain words
   */
  public record UnreadLine(int line, String text, String reason) {

    /**
     * An unread line.
     *
     * @param line the line number, from 1
     * @param text the line as written (stripped)
     * @param reason why it was not read, in plain words
     * @throws IllegalArgumentException if {@code line} is below 1
     */
    public UnreadLine {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(reason, "reason");
      if (line < 1) {
        throw new IllegalArgumentException("unread line: line must be >= 1, was " + line);
      }
    }
  }

  /**
   * What a document gave: the OKR set, and every line that could not be read.
   *
   * @param set the objectives and key results read, in the document's order
   * @param unread the lines that are not in the set, in order
   */
  public record Result(OkrSet set, List<UnreadLine> unread) {

    /**
     * A result; the list is copied.
     *
     * @param set the objectives and key results read, in the document's order
     * @param unread the lines that are not in the set, in order
     */
    public Result {
      Objects.requireNonNull(set, "set");
      unread = List.copyOf(unread);
    }

    /**
     * True when every line of the document was read.
     *
     * @return {@code true} when every line of the document was read
     */
    public boolean isComplete() {
      return unread.isEmpty();
    }
  }

  /** The longest line read; longer lines are reported, not read (keeps the reader linear). */
  public static final int MAX_LINE_LENGTH = 10_000;

  private TextImport() {}

  /**
   * Reads a pasted document. Objectives belong to the cycle the document names, or to {@code
   * defaultCycle} when it names none.
   *
   * @param document the document
   * @param defaultCycle the default cycle
   * @return a pasted document
   */
  public static Result read(CharSequence document, Cycle defaultCycle) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(defaultCycle, "defaultCycle");
    return new Reader(document.toString(), defaultCycle).read();
  }

  /** One line as the reader sees it. */
  private record Line(int number, int indent, Marker marker, Prefix prefix, String text, String raw) {}

  /** The list marker a line starts with. */
  private enum Marker {
    NONE,
    BULLET,
    NUMBER,
    SUB_NUMBER,
    LETTER,
    HEADING
  }

  /** What an owner prefix says the line is. */
  private enum Prefix {
    NONE,
    OBJECTIVE,
    KEY_RESULT
  }

  private static final class Reader {
    private final String doc;
    private Cycle cycle;
    private boolean cycleNamed;
    private final List<UnreadLine> unread = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private @org.jspecify.annotations.Nullable Line objective;
    private final List<KeyResult> keyResults = new ArrayList<>();
    private @org.jspecify.annotations.Nullable Line lastKeyResult;
    private boolean blankSinceKeyResult;

    Reader(String doc, Cycle defaultCycle) {
      this.doc = doc;
      this.cycle = defaultCycle;
    }

    Result read() {
      int n = doc.length();
      int start = 0;
      int number = 0;
      if (n > 0 && doc.charAt(0) == '\uFEFF') {
        start = 1;
      }
      while (start <= n) {
        int end = doc.indexOf('\n', start);
        if (end < 0) {
          end = n;
        }
        number++;
        String raw = doc.substring(start, end);
        if (raw.endsWith("\r")) {
          raw = raw.substring(0, raw.length() - 1);
        }
        line(number, raw);
        start = end + 1;
        if (end == n) {
          break;
        }
      }
      finishObjective();
      List<Cycle> cycles = List.of(cycle);
      List<Objective> withCycle = new ArrayList<>();
      for (Objective o : objectives) {
        withCycle.add(o.withCycle(cycle.id()));
      }
      return new Result(OkrSet.of(cycles, withCycle), unread);
    }

    private void line(int number, String raw) {
      if (raw.isBlank()) {
        blankSinceKeyResult = true;
        return;
      }
      if (raw.length() > MAX_LINE_LENGTH) {
        unread.add(new UnreadLine(number, raw.strip().substring(0, 60) + "…",
            "longer than " + MAX_LINE_LENGTH + " characters"));
        return;
      }
      Line l = parse(number, raw);
      if (l.text.isEmpty()) {
        return; // a lone marker or prefix: "-", "KR1:"
      }
      Cycle named = l.prefix == Prefix.NONE ? cycleIn(l.text) : null;
      if (named != null) {
        if (cycleNamed && !named.id().equals(cycle.id())) {
          unread.add(new UnreadLine(number, l.raw, "a second cycle (" + named.id()
              + "): one document is read into one cycle, " + cycle.id()));
        } else {
          cycle = named;
          cycleNamed = true;
        }
        return;
      }
      if (isObjective(l)) {
        finishObjective();
        objective = l;
        lastKeyResult = null;
        blankSinceKeyResult = false;
        return;
      }
      if (objective == null) {
        unread.add(new UnreadLine(number, l.raw, "a key result before any objective"));
        return;
      }
      KeyResultReading r = KeyResultParser.parse(l.text);
      if (r.confidence() == ReadingConfidence.LOW) {
        unread.add(new UnreadLine(number, l.raw, "could not read the key result: "
            + String.join("; ", r.notes())));
        return;
      }
      String id = objectiveId() + "-kr" + (keyResults.size() + 1);
      keyResults.add(r.toKeyResult(id).withTitle(l.text));
      lastKeyResult = l;
      blankSinceKeyResult = false;
    }

    private String objectiveId() {
      return "o" + (objectives.size() + 1);
    }

    private void finishObjective() {
      Line o = objective;
      if (o == null) {
        return;
      }
      objectives.add(
          Objective.builder()
              .id(objectiveId())
              .title(o.text)
              .cycle(cycle.id())
              .keyResults(keyResults)
              .build());
      keyResults.clear();
      objective = null;
    }

    private boolean isObjective(Line l) {
      if (l.prefix != Prefix.NONE) {
        return l.prefix == Prefix.OBJECTIVE;
      }
      if (l.marker == Marker.HEADING) {
        return true;
      }
      Line o = objective;
      if (o == null) {
        // a bullet before any objective is a key result without one; anything else starts one
        return l.marker != Marker.BULLET;
      }
      Line k = lastKeyResult;
      if (k != null) {
        if (k.prefix == Prefix.KEY_RESULT || (blankSinceKeyResult && l.marker == Marker.NONE)) {
          // key results labelled "KR", or a plain line after a blank one: a new objective
          return true;
        }
        // the key results of this objective set the pattern: the same look is another one
        if (l.indent == k.indent && l.marker == k.marker) {
          return false;
        }
        return l.indent < k.indent || (l.indent == o.indent && l.marker == o.marker);
      }
      // the first line under an objective is its first key result, however it is marked
      return false;
    }

    private static Line parse(int number, String raw) {
      int i = 0;
      int indent = 0;
      int n = raw.length();
      while (i < n && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t' || raw.charAt(i) == '\u00A0')) {
        indent += raw.charAt(i) == '\t' ? 4 : 1;
        i++;
      }
      Marker marker = Marker.NONE;
      int j = i;
      if (j < n && raw.charAt(j) == '#') {
        while (j < n && raw.charAt(j) == '#') {
          j++;
        }
        marker = Marker.HEADING;
      } else if (j < n && "-*•◦▪–—+·►✓✔☐□".indexOf(raw.charAt(j)) >= 0
          && (j + 1 >= n || Character.isWhitespace(raw.charAt(j + 1)))) {
        j++;
        marker = Marker.BULLET;
        // "- [ ] …", "- [x] …": a checkbox is part of the bullet
        if (j + 3 < n && raw.charAt(j) == ' ' && raw.charAt(j + 1) == '['
            && raw.charAt(j + 3) == ']') {
          j += 4;
        }
      } else {
        int k = j;
        while (k < n && k - j < 4 && Character.isDigit(raw.charAt(k))) {
          k++;
        }
        if (k > j && k < n && raw.charAt(k) == '.' && k + 1 < n && Character.isDigit(raw.charAt(k + 1))) {
          // "1.1", "2.3.1": a sub-item
          int m = k;
          while (m < n && (Character.isDigit(raw.charAt(m)) || raw.charAt(m) == '.')) {
            m++;
          }
          if (m < n && (raw.charAt(m) == ' ' || raw.charAt(m) == ')' || raw.charAt(m) == ':')) {
            j = m + 1;
            marker = Marker.SUB_NUMBER;
          }
        } else if (k > j && k < n && (raw.charAt(k) == '.' || raw.charAt(k) == ')')
            && (k + 1 >= n || raw.charAt(k + 1) == ' ')) {
          j = k + 1;
          marker = Marker.NUMBER;
        } else if (j + 1 < n && Character.isLetter(raw.charAt(j)) && raw.charAt(j + 1) == ')'
            && (j + 2 >= n || raw.charAt(j + 2) == ' ')) {
          j += 2;
          marker = Marker.LETTER;
        } else if (j + 2 < n && raw.charAt(j) == '(' && Character.isLetterOrDigit(raw.charAt(j + 1))
            && raw.charAt(j + 2) == ')') {
          j += 3;
          marker = Marker.LETTER;
        }
      }
      String rest = raw.substring(j).strip();
      Prefix prefix = Prefix.NONE;
      int p = prefixEnd(rest);
      if (p > 0) {
        String head = rest.substring(0, p).toLowerCase(Locale.ROOT);
        prefix = head.contains("kr") || head.contains("key result") ? Prefix.KEY_RESULT
            : Prefix.OBJECTIVE;
        rest = rest.substring(p).strip();
      }
      return new Line(number, indent, marker, prefix, rest, raw.strip());
    }

    /**
     * The end of an owner prefix ("KR1:", "CEO KR:", "Key result 2 -", "Objective 3:", "O2.",
     * "Goal:"), or 0.
     */
    private static int prefixEnd(String s) {
      int n = s.length();
      int i = 0;
      int words = 0;
      boolean named = false;
      String previous = "";
      while (i < n && words < 4) {
        int w = i;
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || (s.charAt(i) == '.'
            && i + 1 < n && Character.isDigit(s.charAt(i + 1))))) {
          i++;
        }
        if (i == w) {
          break;
        }
        String word = s.substring(w, i).toLowerCase(Locale.ROOT);
        words++;
        if (isPrefixWord(word) || (word.equals("result") && previous.equals("key"))) {
          named = true;
        } else if (!(isOwner(word) || (named && isNumbering(word)))) {
          return 0;
        }
        previous = word;
        int q = i;
        while (q < n && s.charAt(q) == ' ') {
          q++;
        }
        if (named && q < n && (s.charAt(q) == ':' || s.charAt(q) == '-' || s.charAt(q) == '–'
            || s.charAt(q) == '.' || s.charAt(q) == ')')) {
          return q + 1;
        }
        if (q < n && s.charAt(q) == ':' && !named) {
          return 0;
        }
        i = q;
      }
      return 0;
    }

    private static boolean isPrefixWord(String w) {
      if (w.equals("kr") || w.equals("okr") || w.equals("objective") || w.equals("goal")
          || w.equals("o") || w.equals("obj")) {
        return true;
      }
      if ((w.startsWith("kr") || w.startsWith("o")) && w.length() > 1) {
        String rest = w.startsWith("kr") ? w.substring(2) : w.substring(1);
        return !rest.isEmpty() && isNumbering(rest);
      }
      return false;
    }

    private static boolean isNumbering(String w) {
      for (int i = 0; i < w.length(); i++) {
        if (!Character.isDigit(w.charAt(i)) && w.charAt(i) != '.') {
          return false;
        }
      }
      return !w.isEmpty();
    }

    /** A role or team before "KR" ("CEO KR:", "Sales team KR 2:"), or "key" of "key result". */
    private static boolean isOwner(String w) {
      return w.length() <= 12 && !w.isEmpty() && Character.isLetter(w.charAt(0));
    }

    /** The cycle a line names on its own ("Q4 2026", "2026 Q4 OKRs", "H1 2027"), or null. */
    private static @org.jspecify.annotations.Nullable Cycle cycleIn(String text) {
      String t = text.toLowerCase(Locale.ROOT).replace("okrs", "").replace("okr", "")
          .replace(":", " ").replace("-", " ").replace("/", " ").strip().replaceAll("\\s+", " ");
      if (t.length() > 20) {
        return null;
      }
      Integer year = null;
      Integer quarter = null;
      for (String p : t.split(" ", -1)) {
        if (p.matches("(19|20)\\d\\d")) {
          year = Integer.parseInt(p);
        } else if (p.matches("(fy)?(19|20)\\d\\d")) {
          year = Integer.parseInt(p.substring(2));
        } else if (p.matches("q[1-4]")) {
          quarter = p.charAt(1) - '0';
        } else if (!p.isEmpty()) {
          return null;
        }
      }
      if (year == null) {
        return null;
      }
      return quarter == null ? Cycle.year(year) : Cycle.quarter(year, quarter);
    }
  }
}

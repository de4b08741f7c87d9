package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The persistent vector against a plain list: full or sparse (a vector of nulls whose branches
 * are made as slots are written), every update and append reads back as the list's, and the
 * vector updated from is left as it was.
 */
class PersistentVectorProperties {
  @Property(tries = 300)
  void updatesAndAppendsReadBackAsAListDoes(
      @ForAll @IntRange(min = 0, max = 1200) int size,
      @ForAll boolean sparse,
      @ForAll("operations") List<int[]> operations) {
    Object[] start = new Object[size];
    if (!sparse) {
      for (int i = 0; i < size; i++) {
        start[i] = "v" + i;
      }
    }
    PersistentVector<Object> vector = sparse ? PersistentVector.ofNulls(size) : PersistentVector.of(start);
    List<Object> model = new ArrayList<>(Arrays.asList(start));
    for (int[] op : operations) {
      PersistentVector<Object> before = vector;
      List<Object> modelBefore = List.copyOf(nullsAsMarks(model));
      if (op[0] == 0 && !model.isEmpty()) {
        int at = op[1] % model.size();
        vector = vector.with(at, "w" + op[2]);
        model.set(at, "w" + op[2]);
      } else {
        vector = vector.plus("p" + op[2]);
        model.add("p" + op[2]);
      }
      assertEquals(modelBefore, nullsAsMarks(before), "the vector updated from is unchanged");
    }
    assertEquals(model.size(), vector.size());
    for (int i = 0; i < model.size(); i++) {
      assertEquals(model.get(i), vector.get(i), "slot " + i);
    }
  }

  @Property(tries = 50)
  void aSparseVectorReadsNullsWhereNothingWasWritten(@ForAll @IntRange(min = 1, max = 40_000) int size) {
    PersistentVector<Object> vector = PersistentVector.ofNulls(size).with(size - 1, "last");
    for (int i = 0; i < size - 1; i += 97) {
      assertNull(vector.get(i), "slot " + i);
    }
    assertEquals("last", vector.get(size - 1));
  }

  @Provide
  Arbitrary<List<int[]>> operations() {
    return Arbitraries.integers().between(0, 1)
        .flatMap(kind -> Arbitraries.integers().between(0, 100_000).list().ofSize(2)
            .map(xs -> new int[] {kind, xs.get(0), xs.get(1)}))
        .list().ofMaxSize(60);
  }

  private static List<Object> nullsAsMarks(List<Object> list) {
    List<Object> out = new ArrayList<>(list.size());
    for (Object o : list) {
      out.add(o == null ? "<null>" : o);
    }
    return out;
  }
}

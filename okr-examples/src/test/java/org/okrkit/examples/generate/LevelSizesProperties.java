package org.okrkit.examples.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LevelSizesProperties {
  @Property(tries = 300)
  void levelsSumToTheTotalAndNoneIsEmpty(
      @ForAll @IntRange(min = 1, max = 200_000) int total, @ForAll @IntRange(min = 1, max = 8) int depth) {
    int levels = Math.min(depth, total);
    int[] sizes = OrganisationGenerator.levelSizes(total, levels);
    assertEquals(levels, sizes.length);
    assertEquals(total, Arrays.stream(sizes).sum());
    assertTrue(Arrays.stream(sizes).allMatch(s -> s >= 1), Arrays.toString(sizes));
  }
}

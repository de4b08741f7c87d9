package org.okrkit.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.okrkit.model.Cycle;
import org.okrkit.model.OkrSet;

/** Looking up a cycle by id with an error that lists the cycles there are. */
final class Cycles {
  private Cycles() {}

  static Cycle require(OkrSet set, String id) {
    return set.cycle(id).orElseThrow(() -> unknown(set, id));
  }

  static IllegalArgumentException unknown(OkrSet set, String id) {
    List<String> ids = new ArrayList<>();
    for (Cycle c : set.cycles()) {
      if (ids.size() == 10) {
        ids.add("…");
        break;
      }
      ids.add(c.id());
    }
    return new IllegalArgumentException(
        "cycle '" + id + "': not in the set; its cycles are "
            + (ids.isEmpty() ? "none" : String.join(", ", ids)));
  }
}

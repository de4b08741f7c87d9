package org.okrkit.rollup;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Objective;

/**
 * A roll-up's nodes by position: the nodes of a columnar pass ({@link ColumnarNodes}, made when
 * read) under an overlay of the nodes an incremental edit recomputed or appended (a sparse
 * {@link PersistentVector}: an edit copies the path to its slot, whatever the size), or, without a
 * columnar pass, the overlay alone holding every node. Immutable and thread-safe.
 */
final class Nodes extends AbstractList<ObjectiveRollup> implements RandomAccess {
  private final @Nullable ColumnarNodes base;
  private final PersistentVector<ObjectiveRollup> overlay;
  // false while no node is overridden (a computation's own nodes): reads skip the overlay
  private final boolean overlaid;

  private Nodes(
      @Nullable ColumnarNodes base, PersistentVector<ObjectiveRollup> overlay, boolean overlaid) {
    this.base = base;
    this.overlay = overlay;
    this.overlaid = overlaid;
  }

  /** The nodes of a columnar pass, none yet overridden. */
  static Nodes over(ColumnarNodes base) {
    return new Nodes(base, PersistentVector.ofNulls(base.size()), false);
  }

  /** These nodes (the array is copied). */
  static Nodes of(ObjectiveRollup[] nodes) {
    return new Nodes(null, PersistentVector.of(nodes), true);
  }

  @Override
  public ObjectiveRollup get(int index) {
    ColumnarNodes columns = base;
    if (!overlaid && columns != null) {
      Objects.checkIndex(index, columns.size());
      return columns.node(index);
    }
    ObjectiveRollup r = overlay.get(index);
    if (r != null) {
      return r;
    }
    ColumnarNodes b = base;
    if (b == null) {
      throw new IllegalStateException("roll-up: no node at position " + index);
    }
    return b.node(index);
  }

  /** The objective at {@code index}, without making its node. */
  Objective objective(int index) {
    ObjectiveRollup r = overlaid ? overlay.get(index) : null;
    ColumnarNodes b = base;
    return r != null || b == null ? get(index).objective() : b.objective(index);
  }

  @Override
  public int size() {
    return overlay.size();
  }

  /** A copy with {@code node} at {@code index}, sharing every other node. */
  Nodes with(int index, ObjectiveRollup node) {
    return new Nodes(base, overlay.with(index, node), true);
  }

  /** A copy with {@code node} appended. */
  Nodes plus(ObjectiveRollup node) {
    return new Nodes(base, overlay.plus(node), true);
  }
}

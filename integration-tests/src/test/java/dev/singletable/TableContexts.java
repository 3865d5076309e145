package dev.singletable;

import dev.singletable.internal.table.TableContext;

/** Opens a table's internal context to tests of the runtime's internals in other packages. */
public final class TableContexts {

  private TableContexts() {}

  public static TableContext of(SingleTable table) {
    return table.context();
  }
}

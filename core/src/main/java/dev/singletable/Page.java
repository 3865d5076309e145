package dev.singletable;

import java.util.List;

/**
 * One page of a query result and the cursor to the next page.
 *
 * <p>As in DynamoDB, a page that ends exactly where the data ends may still have a cursor; the
 * page after it is then empty with no cursor. Immutable and thread-safe.
 *
 * @param <T> the item type
 * @param items the items of this page, in sort-key order (reversed for descending queries)
 * @param cursor an opaque cursor to pass to {@link KeyQuery#after(String)} for the next page, or
 *     {@code null} on the last page
 */
public record Page<T>(List<T> items, String cursor) {

  /** Creates a page; {@code items} is copied. */
  public Page {
    items = List.copyOf(items);
  }

  /** Returns whether a next page may exist ({@link #cursor()} is not {@code null}). */
  public boolean hasNext() {
    return cursor != null;
  }
}

package dev.singletable;

import java.util.List;

/**
 * One page of a query result and the cursor to the next page.
 *
 * <p>As in DynamoDB, a page that ends exactly where the data ends may still have a cursor; the
 * page after it is then empty with no cursor. A mixed page ({@link TableQuery#page()}) reads as
 * {@link Items} with {@link Items#of(Page)}. Immutable and thread-safe.
 *
 * @param <T> the item type
 * @param items the items of this page, in sort-key order (reversed for descending queries)
 * @param cursor an opaque, URL-safe cursor to pass to {@link KeyQuery#after(String)} of the same
 *     query for the next page, or {@code null} on the last page; another query refuses it (see
 *     {@link KeyQuery}), and with {@link TableOptions.Builder#cursorKey} it is encrypted
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

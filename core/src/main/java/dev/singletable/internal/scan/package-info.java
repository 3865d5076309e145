/**
 * Scans of a whole table or of one entity's items, in parallel segments, with cursors that cover
 * every segment ({@code EntityTable.scan()}, {@code SingleTable.scan()}). <b>Not API:</b> it
 * changes without notice.
 */
package dev.singletable.internal.scan;

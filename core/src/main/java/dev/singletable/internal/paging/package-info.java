/**
 * What queries and scans share: the paging loop up to a limit ({@link
 * dev.singletable.internal.paging.PageLoop}) and the filter and projection expressions of a read
 * ({@link dev.singletable.internal.paging.ReadExpressions}). <b>Not API:</b> it changes without
 * notice.
 */
package dev.singletable.internal.paging;

/**
 * The paging loop queries and scans share. <b>Not API:</b> it changes without notice.
 */
package dev.singletable.internal.paging;

/**
 * Batches: {@code BatchWriteItem} and {@code BatchGetItem} of any size, chunked to DynamoDB's
 * limits, sent in parallel, with unprocessed items and keys retried under a budget and thrown,
 * never dropped, when it is spent.
 *
 * <p><b>Not API.</b> These types change without notice between versions.
 */
package dev.singletable.internal.batch;

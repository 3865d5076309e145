/**
 * Reads DynamoDB Streams records into typed changes ({@code SingleTable.changeEvent}) through the
 * runtime's one mapping path. <b>Not API:</b> it changes without notice.
 */
package dev.singletable.internal.stream;

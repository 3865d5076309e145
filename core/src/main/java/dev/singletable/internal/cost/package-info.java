/**
 * What an item costs: its size by DynamoDB's rules ({@link dev.singletable.internal.cost.ItemSize}),
 * the write request units a put of it consumes in the table and each index it lands in
 * ({@link dev.singletable.internal.cost.WriteUnitEstimator}), and the consumed capacity DynamoDB
 * reports, handed to the table's listener ({@link dev.singletable.internal.cost.CapacityReports}).
 *
 * <p><b>Not API.</b> These types change without notice between versions.
 */
package dev.singletable.internal.cost;

package dev.singletable.benchmarks.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * DynamoDB Streams records for the stream benchmarks, as a stream delivers them: attribute values
 * written out, not rendered by any mapper, so that reading a record costs nothing a mapper would
 * have loaded before.
 */
public final class SampleRecords {

  private SampleRecords() {}

  /**
   * Returns the INSERT of {@link SampleOrders#typical()} on table {@code bench}, with view type
   * {@code NEW_AND_OLD_IMAGES}: its new image is the item {@code OrderSchema} writes for that
   * order (the benchmarks module's tests check it).
   */
  public static Record orderInserted() {
    Map<String, AttributeValue> keys = new HashMap<>(4);
    keys.put("PK", AttributeValue.fromS("USER#u-1842"));
    keys.put("SK", AttributeValue.fromS("ORDER#2026-01-08#o-000007"));
    Map<String, AttributeValue> image = new HashMap<>(keys);
    image.put("GSI1PK", AttributeValue.fromS("STATUS#CANCELLED"));
    image.put("GSI1SK", AttributeValue.fromS("ORDER#2026-01-08#o-000007"));
    image.put("entityType", AttributeValue.fromS("Order"));
    image.put("userId", AttributeValue.fromS("u-1842"));
    image.put("date", AttributeValue.fromS("2026-01-08"));
    image.put("orderId", AttributeValue.fromS("o-000007"));
    image.put("status", AttributeValue.fromS("CANCELLED"));
    image.put("totalCents", AttributeValue.fromN("5006"));
    image.put("itemCount", AttributeValue.fromN("3"));
    image.put("currency", AttributeValue.fromS("EUR"));
    image.put("express", AttributeValue.fromBool(false));
    image.put("createdAt", AttributeValue.fromS("2026-03-15T10:15:37.123Z"));
    image.put("note", AttributeValue.fromS("Leave the parcel with the neighbour at number 12 if nobody answers."));
    image.put("tags", AttributeValue.fromL(List.of(
        AttributeValue.fromS("gift"), AttributeValue.fromS("fragile"), AttributeValue.fromS("priority"))));
    image.put("quantities", AttributeValue.fromM(Map.of(
        "sku-1001", AttributeValue.fromN("1"), "sku-2002", AttributeValue.fromN("2"),
        "sku-3003", AttributeValue.fromN("5"))));
    return Record.builder()
        .eventID("c81e728d9d4c2f636f067f89cc14862c")
        .eventName(OperationType.INSERT)
        .eventVersion("1.1")
        .eventSource("aws:dynamodb")
        .awsRegion("eu-west-1")
        .dynamodb(StreamRecord.builder()
            .approximateCreationDateTime(Instant.ofEpochSecond(1_773_569_737L))
            .keys(keys)
            .newImage(image)
            .sequenceNumber("111100000000000000000001")
            .sizeBytes(412L)
            .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
            .build())
        .build();
  }
}

package dev.singletable.benchmarks.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The stream record a handler receives for the insert of {@link SampleOrders#typical()}, as
 * DynamoDB Streams delivers it ({@code NEW_AND_OLD_IMAGES}). Written out attribute by attribute
 * with the SDK's model classes only, so that building it loads none of the classes a reader of it
 * loads (key renderers, {@code java.time} parsing, schemas): the stream cold start benchmarks build
 * it inside the measured call, as the Lambda runtime builds the event before the handler runs.
 */
public final class SampleStreamRecords {

  private SampleStreamRecords() {}

  /** Returns the INSERT record of the typical order. */
  public static Record orderInsert() {
    Map<String, AttributeValue> image = new HashMap<>(32);
    image.put("PK", AttributeValue.fromS("USER#u-1842"));
    image.put("SK", AttributeValue.fromS("ORDER#2026-01-08#o-000007"));
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
        "sku-1001", AttributeValue.fromN("1"), "sku-2002", AttributeValue.fromN("2"), "sku-3003", AttributeValue.fromN("5"))));
    return Record.builder()
        .eventID("c4ca4238a0b923820dcc509a6f75849b")
        .eventName(OperationType.INSERT)
        .eventVersion("1.1")
        .eventSource("aws:dynamodb")
        .awsRegion("us-east-1")
        .dynamodb(d -> d
            .approximateCreationDateTime(Instant.ofEpochSecond(1773569737L))
            .keys(Map.of("PK", image.get("PK"), "SK", image.get("SK")))
            .newImage(image)
            .sequenceNumber("4421584500000000017450439091")
            .sizeBytes(412L)
            .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES))
        .build();
  }
}

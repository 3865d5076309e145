package dev.singletable.lambda;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Converts a stream record of the Lambda events library
 * ({@code com.amazonaws.services.lambda.runtime.events.models.dynamodb.Record}, such as a
 * {@code DynamodbEvent.DynamodbStreamRecord}) to the AWS SDK for Java v2's
 * {@link Record}: the one {@code DynamoDbStreamsClient.getRecords} returns and
 * {@link dev.singletable.SingleTable#changeEvent(Record)} reads. Every field of the record carries
 * over: {@code eventID}, {@code eventName}, {@code eventVersion}, {@code eventSource},
 * {@code awsRegion}, {@code userIdentity} and the {@code dynamodb} part (keys, images, approximate
 * creation time, sequence number, size, view type); the Lambda-only {@code eventSourceARN} has no
 * place in the SDK's record.
 *
 * <p>Stateless and thread-safe.
 */
public final class LambdaStreamRecords {

  private LambdaStreamRecords() {}

  /**
   * Converts a record; an unknown {@code eventName} or view type carries over as the SDK's
   * {@code UNKNOWN_TO_SDK_VERSION}.
   *
   * @throws IllegalArgumentException if an attribute value holds no type, naming its path
   */
  public static Record toSdk(com.amazonaws.services.lambda.runtime.events.models.dynamodb.Record record) {
    Record.Builder converted = Record.builder()
        .eventID(record.getEventID())
        .eventName(record.getEventName())
        .eventVersion(record.getEventVersion())
        .eventSource(record.getEventSource())
        .awsRegion(record.getAwsRegion());
    Identity identity = record.getUserIdentity();
    if (identity != null) {
      converted.userIdentity(software.amazon.awssdk.services.dynamodb.model.Identity.builder()
          .principalId(identity.getPrincipalId()).type(identity.getType()).build());
    }
    StreamRecord stream = record.getDynamodb();
    if (stream != null) {
      // Builders, not the SDK's consumer overloads: a handler's first record spins no lambda class.
      converted.dynamodb(software.amazon.awssdk.services.dynamodb.model.StreamRecord.builder()
          .approximateCreationDateTime(stream.getApproximateCreationDateTime() == null ? null
              : stream.getApproximateCreationDateTime().toInstant())
          .keys(LambdaAttributeValues.toSdk(stream.getKeys()))
          .newImage(LambdaAttributeValues.toSdk(stream.getNewImage()))
          .oldImage(LambdaAttributeValues.toSdk(stream.getOldImage()))
          .sequenceNumber(stream.getSequenceNumber())
          .sizeBytes(stream.getSizeBytes())
          .streamViewType(stream.getStreamViewType())
          .build());
    }
    return converted.build();
  }
}

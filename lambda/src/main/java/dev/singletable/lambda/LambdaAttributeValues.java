package dev.singletable.lambda;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts the attribute values of the Lambda events library
 * ({@code com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue}, the model a
 * {@code DynamodbEvent} holds) to the AWS SDK for Java v2's
 * ({@code software.amazon.awssdk.services.dynamodb.model.AttributeValue}), which singletable and the
 * enhanced client read: every type, {@code S}, {@code N}, {@code B}, {@code SS}, {@code NS},
 * {@code BS}, {@code M}, {@code L}, {@code NULL} and {@code BOOL}, nested to any depth. Binary
 * values are copied; the event's buffers are not read past (their positions stay).
 *
 * <p>Stateless and thread-safe.
 */
public final class LambdaAttributeValues {

  private LambdaAttributeValues() {}

  /**
   * Converts an item, such as a stream record's {@code NewImage}; {@code null} gives {@code null}.
   *
   * @throws IllegalArgumentException if a value holds no type, naming its attribute path
   */
  public static Map<String, AttributeValue> toSdk(
      Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> item) {
    return item == null ? null : map(item, "");
  }

  /**
   * Converts one value.
   *
   * @throws IllegalArgumentException if the value (or one nested in it) holds no type
   */
  public static AttributeValue toSdk(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value) {
    return value(value, "the value");
  }

  // Paths are joined with String.concat and lists built with loops: `+` and lambdas would spin
  // classes on a fresh JVM's first record (a Lambda handler's cold start).
  private static Map<String, AttributeValue> map(
      Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> item, String path) {
    Map<String, AttributeValue> converted = new LinkedHashMap<>();
    for (Map.Entry<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> entry
        : item.entrySet()) {
      String name = entry.getKey();
      converted.put(name, value(entry.getValue(), path.isEmpty() ? name : path.concat(".").concat(name)));
    }
    return converted;
  }

  private static AttributeValue value(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value,
      String path) {
    if (value == null) {
      throw new IllegalArgumentException("Attribute " + path + " has no value");
    }
    if (value.getS() != null) {
      return AttributeValue.fromS(value.getS());
    }
    if (value.getN() != null) {
      return AttributeValue.fromN(value.getN());
    }
    if (value.getB() != null) {
      return AttributeValue.fromB(bytes(value.getB()));
    }
    if (value.getSS() != null) {
      return AttributeValue.fromSs(List.copyOf(value.getSS()));
    }
    if (value.getNS() != null) {
      return AttributeValue.fromNs(List.copyOf(value.getNS()));
    }
    if (value.getBS() != null) {
      List<SdkBytes> binaries = new ArrayList<>(value.getBS().size());
      for (ByteBuffer binary : value.getBS()) {
        binaries.add(bytes(binary));
      }
      return AttributeValue.fromBs(binaries);
    }
    if (value.getM() != null) {
      return AttributeValue.fromM(map(value.getM(), path));
    }
    if (value.getL() != null) {
      List<AttributeValue> list = new ArrayList<>();
      for (int i = 0; i < value.getL().size(); i++) {
        list.add(value(value.getL().get(i), path.concat("[").concat(Integer.toString(i)).concat("]")));
      }
      return AttributeValue.fromL(list);
    }
    if (value.getNULL() != null) {
      return AttributeValue.fromNul(value.getNULL());
    }
    if (value.getBOOL() != null) {
      return AttributeValue.fromBool(value.getBOOL());
    }
    throw new IllegalArgumentException("Attribute " + path + " holds no DynamoDB type (S, N, B, SS, NS, BS, M, L,"
        + " NULL or BOOL): " + value);
  }

  private static SdkBytes bytes(ByteBuffer buffer) {
    return SdkBytes.fromByteBuffer(buffer.asReadOnlyBuffer());
  }
}

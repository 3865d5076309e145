package dev.singletable.internal.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sizes by DynamoDB's rules. The expected values were measured on DynamoDB Local (the largest
 * filler that keeps a put at 1 write unit); ItemSizeAgreesWithDynamoDbLocal in integration-tests
 * checks random items the same way.
 */
class ItemSizeTest {

  @ParameterizedTest
  @CsvSource({
      "0, 1", "1, 2", "12, 2", "99, 2", "100, 2", "101, 3", "123, 3", "1234, 3", "1000, 2", "1E+3, 2",
      "0.5, 2", "0.05, 2", "1.5, 3", "12.5, 3", "12.50, 3", "10.5, 3", "1.05, 3", "0.123, 3", "0.0123, 3",
      "123.45, 4", "1000.1, 4", "0.1E-5, 2", "1.25E+30, 3", "12345678901234567890, 11",
      "-1, 3", "-12, 3", "-123, 4", "-1.5, 4", "-0.001, 3", "0012, 2"})
  void numbersTakeOneBytePerPairOfDigitsAlignedOnThePointPlusOne(String number, int bytes) {
    assertThat(ItemSize.number(number)).isEqualTo(bytes);
  }

  @Test
  void everyTypeCountsItsNameAndValue() {
    assertThat(ItemSize.attribute("v", AttributeValue.fromS("é"))).isEqualTo(3);
    assertThat(ItemSize.attribute("v", AttributeValue.fromS("\uD83D\uDE00"))).isEqualTo(5); // a 4-byte emoji
    assertThat(ItemSize.attribute("v", AttributeValue.fromBool(true))).isEqualTo(2);
    assertThat(ItemSize.attribute("v", AttributeValue.fromNul(true))).isEqualTo(2);
    assertThat(ItemSize.attribute("v", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[3])))).isEqualTo(4);
    assertThat(ItemSize.attribute("v", AttributeValue.fromL(List.of()))).isEqualTo(4);
    assertThat(ItemSize.attribute("v", AttributeValue.fromL(List.of(AttributeValue.fromS("ab"), AttributeValue.fromN("1")))))
        .isEqualTo(10);
    assertThat(ItemSize.attribute("v", AttributeValue.fromM(Map.of()))).isEqualTo(4);
    assertThat(ItemSize.attribute("v", AttributeValue.fromM(Map.of("kk", AttributeValue.fromS("ab"), "j", AttributeValue.fromN("1")))))
        .isEqualTo(13);
    assertThat(ItemSize.attribute("v", AttributeValue.fromSs(List.of("ab", "c")))).isEqualTo(4);
    assertThat(ItemSize.attribute("v", AttributeValue.fromNs(List.of("1", "12")))).isEqualTo(5);
    assertThat(ItemSize.attribute("v", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[2]))))).isEqualTo(3);
  }

  @Test
  void anItemIsTheSumOfItsAttributesAndItsLargestAreNamedLargestFirst() {
    Map<String, AttributeValue> item = Map.of("PK", AttributeValue.fromS("USER#u1"), "SK", AttributeValue.fromS("PROFILE"),
        "bio", AttributeValue.fromS("x".repeat(100)), "age", AttributeValue.fromN("42"));
    assertThat(ItemSize.of(item)).isEqualTo(9 + 9 + 103 + 5);
    assertThat(ItemSize.largest(item)).containsExactly(Map.entry("bio", 103L), Map.entry("PK", 9L),
        Map.entry("SK", 9L), Map.entry("age", 5L));
  }
}

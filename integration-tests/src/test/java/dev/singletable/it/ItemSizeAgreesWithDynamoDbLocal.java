package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.internal.cost.ItemSize;
import dev.singletable.testing.DynamoDbLocal;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * {@link ItemSize} counts bytes exactly as DynamoDB Local does: a random item of every attribute
 * type, padded by our count to exactly 1,024 bytes, costs 1 write unit, and with one byte more, 2.
 */
class ItemSizeAgreesWithDynamoDbLocal {

  private static final String TABLE = "item-size";
  private static final AtomicInteger KEYS = new AtomicInteger();
  private static DynamoDbLocal local;
  private static DynamoDbClient client;

  @BeforeContainer
  static void start() {
    local = DynamoDbLocal.start();
    client = local.client();
    client.createTable(r -> r.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(AttributeDefinition.builder().attributeName("PK").attributeType(ScalarAttributeType.S).build())
        .keySchema(KeySchemaElement.builder().attributeName("PK").keyType(KeyType.HASH).build()));
  }

  @AfterContainer
  static void stop() {
    client.close();
    local.close();
  }

  @Property(tries = 60)
  void anItemOfExactlyOneKilobyteCostsOneUnitAndOneByteMoreTwo(@ForAll("attributes") Map<String, AttributeValue> attributes) {
    Map<String, AttributeValue> item = new HashMap<>(attributes);
    item.put("PK", AttributeValue.fromS("k" + KEYS.incrementAndGet()));
    long unpadded = ItemSize.of(item) + "pad".length();
    assertThat(unpadded).as("the generated attributes leave room to pad").isLessThan(1024);

    item.put("pad", AttributeValue.fromS("x".repeat((int) (1024 - unpadded))));
    assertThat(ItemSize.of(item)).isEqualTo(1024);
    assertThat(unitsOfPut(item)).isEqualTo(1.0);
    item.put("pad", AttributeValue.fromS("x".repeat((int) (1025 - unpadded))));
    assertThat(unitsOfPut(item)).isEqualTo(2.0);
  }

  private static double unitsOfPut(Map<String, AttributeValue> item) {
    return client.putItem(r -> r.tableName(TABLE).item(item).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
        .consumedCapacity().capacityUnits();
  }

  @Provide
  Arbitrary<Map<String, AttributeValue>> attributes() {
    return Arbitraries.maps(names(), value(2)).ofMaxSize(6).filter(attributes -> ItemSize.of(attributes) < 900);
  }

  private static Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('é', 'ß', '€').ofMinLength(1).ofMaxLength(6)
        .filter(name -> !name.equals("pad"));
  }

  private static Arbitrary<AttributeValue> value(int depth) {
    Arbitrary<AttributeValue> strings = Arbitraries.strings().withCharRange(' ', '~').withChars('é', '€', '中')
        .ofMinLength(1).ofMaxLength(12).map(AttributeValue::fromS);
    Arbitrary<AttributeValue> numbers = number().map(n -> AttributeValue.fromN(n.toString()));
    Arbitrary<AttributeValue> binaries = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(12)
        .map(b -> AttributeValue.fromB(SdkBytes.fromByteArray(b)));
    Arbitrary<AttributeValue> flags = Arbitraries.of(AttributeValue.fromBool(true), AttributeValue.fromBool(false),
        AttributeValue.fromNul(true));
    Arbitrary<AttributeValue> stringSets = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).set().ofMinSize(1)
        .ofMaxSize(4).map(s -> AttributeValue.fromSs(List.copyOf(s)));
    Arbitrary<AttributeValue> numberSets = number().map(BigDecimal::stripTrailingZeros).set().ofMinSize(1).ofMaxSize(4)
        .map(s -> AttributeValue.fromNs(s.stream().map(BigDecimal::toString).toList()));
    if (depth == 0) {
      return Arbitraries.oneOf(strings, numbers, binaries, flags, stringSets, numberSets);
    }
    Arbitrary<AttributeValue> lists = value(depth - 1).list().ofMaxSize(3).map(AttributeValue::fromL);
    Arbitrary<AttributeValue> maps = Arbitraries.maps(names(), value(depth - 1)).ofMaxSize(3).map(AttributeValue::fromM);
    return Arbitraries.oneOf(strings, numbers, binaries, flags, stringSets, numberSets, lists, maps);
  }

  /** Numbers of up to 38 significant digits, negative, fractional, or with a large exponent. */
  private static Arbitrary<BigDecimal> number() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(BigDecimal::valueOf),
        Arbitraries.bigIntegers().between(new java.math.BigInteger("-" + "9".repeat(38)), new java.math.BigInteger("9".repeat(38)))
            .map(BigDecimal::new),
        Arbitraries.longs().between(-999_999_999L, 999_999_999L).flatMap(unscaled -> Arbitraries.integers().between(-20, 20)
            .map(scale -> BigDecimal.valueOf(unscaled, scale))));
  }
}

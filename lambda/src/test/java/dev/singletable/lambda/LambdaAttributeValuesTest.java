package dev.singletable.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The Lambda events library's attribute values become the SDK v2's, every type, at any depth. */
class LambdaAttributeValuesTest {

  private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue lambda() {
    return new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
  }

  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyTypeConverts() {
    assertThat(LambdaAttributeValues.toSdk(lambda().withS("a"))).isEqualTo(AttributeValue.fromS("a"));
    assertThat(LambdaAttributeValues.toSdk(lambda().withN("-1.5E3"))).isEqualTo(AttributeValue.fromN("-1.5E3"));
    assertThat(LambdaAttributeValues.toSdk(lambda().withB(bytes("hi")))).isEqualTo(AttributeValue.fromB(SdkBytes.fromUtf8String("hi")));
    assertThat(LambdaAttributeValues.toSdk(lambda().withSS("a", "b"))).isEqualTo(AttributeValue.fromSs(List.of("a", "b")));
    assertThat(LambdaAttributeValues.toSdk(lambda().withNS("1", "2"))).isEqualTo(AttributeValue.fromNs(List.of("1", "2")));
    assertThat(LambdaAttributeValues.toSdk(lambda().withBS(bytes("x"), bytes("y"))))
        .isEqualTo(AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"), SdkBytes.fromUtf8String("y"))));
    assertThat(LambdaAttributeValues.toSdk(lambda().withNULL(true))).isEqualTo(AttributeValue.fromNul(true));
    assertThat(LambdaAttributeValues.toSdk(lambda().withBOOL(false))).isEqualTo(AttributeValue.fromBool(false));
    assertThat(LambdaAttributeValues.toSdk(lambda().withL(lambda().withS("a"), lambda().withL(lambda().withN("1")))))
        .isEqualTo(AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromL(List.of(AttributeValue.fromN("1"))))));
    assertThat(LambdaAttributeValues.toSdk(lambda().withM(Map.of("k", lambda().withM(Map.of("n", lambda().withBOOL(true)))))))
        .isEqualTo(AttributeValue.fromM(Map.of("k", AttributeValue.fromM(Map.of("n", AttributeValue.fromBool(true))))));
  }

  @Test
  void emptyCollectionsStayEmptyOfTheirType() {
    assertThat(LambdaAttributeValues.toSdk(lambda().withL(List.of()))).isEqualTo(AttributeValue.fromL(List.of()));
    assertThat(LambdaAttributeValues.toSdk(lambda().withM(Map.of()))).isEqualTo(AttributeValue.fromM(Map.of()));
  }

  @Test
  void binaryValuesAreCopiedWithoutMovingTheEventsBuffers() {
    ByteBuffer buffer = bytes("hello");
    buffer.position(1);

    AttributeValue converted = LambdaAttributeValues.toSdk(lambda().withB(buffer));

    assertThat(converted.b().asUtf8String()).isEqualTo("ello");
    assertThat(buffer.position()).isEqualTo(1);
    buffer.put(1, (byte) 'E');
    assertThat(converted.b().asUtf8String()).isEqualTo("ello");
  }

  @Test
  void aValueWithoutATypeIsRefusedNamingItsPath() {
    Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> item =
        Map.of("lines", lambda().withL(lambda().withS("ok"), lambda().withM(Map.of("qty", lambda()))));

    assertThatThrownBy(() -> LambdaAttributeValues.toSdk(item))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Attribute lines[1].qty holds no DynamoDB type");
    assertThat(LambdaAttributeValues.toSdk(
        (Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue>) null)).isNull();
  }

  @Property(tries = 300)
  void anySdkValueComesBackFromItsLambdaForm(@ForAll("values") AttributeValue value) {
    assertThat(LambdaAttributeValues.toSdk(toLambda(value))).isEqualTo(value);
  }

  @Provide
  Arbitrary<AttributeValue> values() {
    return value(3);
  }

  private static Arbitrary<AttributeValue> value(int depth) {
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(8);
    Arbitrary<String> number = Arbitraries.bigDecimals().between(java.math.BigDecimal.valueOf(-1e9), java.math.BigDecimal.valueOf(1e9))
        .ofScale(3).map(java.math.BigDecimal::toPlainString);
    Arbitrary<SdkBytes> binary = Arbitraries.bytes().array(byte[].class).ofMaxSize(6).map(SdkBytes::fromByteArray);
    List<Arbitrary<AttributeValue>> scalars = List.of(
        text.map(AttributeValue::fromS),
        number.map(AttributeValue::fromN),
        binary.map(AttributeValue::fromB),
        text.list().ofMinSize(1).ofMaxSize(3).uniqueElements().map(AttributeValue::fromSs),
        number.list().ofMinSize(1).ofMaxSize(3).uniqueElements().map(AttributeValue::fromNs),
        binary.list().ofMinSize(1).ofMaxSize(3).uniqueElements().map(AttributeValue::fromBs),
        Arbitraries.just(AttributeValue.fromNul(true)),
        Arbitraries.of(true, false).map(AttributeValue::fromBool));
    if (depth == 0) {
      return Arbitraries.oneOf(scalars);
    }
    Arbitrary<AttributeValue> inner = Arbitraries.lazy(() -> value(depth - 1));
    List<Arbitrary<AttributeValue>> all = new ArrayList<>(scalars);
    all.add(inner.list().ofMaxSize(3).map(AttributeValue::fromL));
    all.add(Arbitraries.maps(text, inner).ofMaxSize(3).map(AttributeValue::fromM));
    return Arbitraries.oneOf(all);
  }

  /** The inverse conversion, written against the Lambda model's own setters. */
  private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue toLambda(AttributeValue value) {
    var lambda = lambda();
    switch (value.type()) {
      case S -> lambda.setS(value.s());
      case N -> lambda.setN(value.n());
      case B -> lambda.setB(value.b().asByteBuffer());
      case SS -> lambda.setSS(value.ss());
      case NS -> lambda.setNS(value.ns());
      case BS -> lambda.setBS(value.bs().stream().map(SdkBytes::asByteBuffer).toList());
      case NUL -> lambda.setNULL(value.nul());
      case BOOL -> lambda.setBOOL(value.bool());
      case L -> lambda.setL(value.l().stream().map(LambdaAttributeValuesTest::toLambda).toList());
      case M -> {
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> map = new LinkedHashMap<>();
        value.m().forEach((k, v) -> map.put(k, toLambda(v)));
        lambda.setM(map);
      }
      default -> throw new AssertionError(value);
    }
    return lambda;
  }
}

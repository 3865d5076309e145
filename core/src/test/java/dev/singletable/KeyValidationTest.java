package dev.singletable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.internal.KeyArbitraries;
import dev.singletable.internal.KeyEncoding;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link PartitionKey}, {@link SortKey} and {@link PrimaryKey}: what they accept and reject. */
class KeyValidationTest {

  private static final String GRINNING = "\uD83D\uDE00"; // U+1F600, 4 UTF-8 bytes

  @Test
  void partitionKeyRejectsAnEmptyValueAsDocumented() {
    // PartitionKey.of's Javadoc: "@throws IllegalArgumentException if the value is empty"; DynamoDB
    // rejects empty key values, and a template "<userId>" with userId "" renders one.
    assertThatThrownBy(() -> PartitionKey.of(null, "PK", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartitionKey.of("GSI1", "GSI1PK", "", "<status>"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sortKeyRejectsAnEmptyFullValueNamingTheTemplateButAcceptsTheEmptyPrefix() {
    assertThatThrownBy(() -> SortKey.of(null, "SK", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sort key SK");
    assertThatThrownBy(() -> SortKey.of(null, "SK", "", false, "<name>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"<name>\"")
        .hasMessageContaining("empty string");
    assertThat(SortKey.prefix(null, "SK", "").value()).isEmpty();
    assertThat(SortKey.of(null, "SK", "", true, "ORDER#<date>").isPrefix()).isTrue();
  }

  @Test
  void partitionKeyAcceptsUpTo2048Utf8Bytes() {
    assertThat(PartitionKey.of(null, "PK", "a".repeat(2048)).value()).hasSize(2048);
    assertThat(PartitionKey.of(null, "PK", "\u00E9".repeat(1024)).value()).hasSize(1024);   // 2 bytes each
    assertThat(PartitionKey.of(null, "PK", "\uE000".repeat(682)).value()).hasSize(682);    // 2046 bytes
    assertThat(PartitionKey.of(null, "PK", GRINNING.repeat(512)).value()).hasSize(1024);   // 2048 bytes
  }

  @Test
  void partitionKeyRejectsMoreThan2048Utf8BytesNamingTheSizeAndTemplate() {
    assertThatThrownBy(() -> PartitionKey.of(null, "PK", "a".repeat(2049)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2049 bytes")
        .hasMessageContaining("2048");
    assertThatThrownBy(() -> PartitionKey.of(null, "PK", "\u00E9".repeat(1025), "USER#<userId>"))
        .hasMessageContaining("2050 bytes")
        .hasMessageContaining("\"USER#<userId>\"");
    assertThatThrownBy(() -> PartitionKey.of(null, "PK", "\uE000".repeat(683))).hasMessageContaining("2049 bytes");
    assertThatThrownBy(() -> PartitionKey.of(null, "PK", GRINNING.repeat(513))).hasMessageContaining("2052 bytes");
  }

  @Test
  void sortKeyAndPrefixAcceptUpTo1024Utf8Bytes() {
    assertThat(SortKey.of(null, "SK", "a".repeat(1024)).value()).hasSize(1024);
    assertThat(SortKey.of(null, "SK", GRINNING.repeat(256)).value()).hasSize(512);
    assertThatThrownBy(() -> SortKey.of(null, "SK", "a".repeat(1025)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1025 bytes")
        .hasMessageContaining("1024");
    assertThatThrownBy(() -> SortKey.prefix(null, "SK", "\uE000".repeat(342))).hasMessageContaining("1026 bytes");
    assertThatThrownBy(() -> SortKey.of(null, "SK", GRINNING.repeat(257))).hasMessageContaining("1028 bytes");
  }

  @Provide
  Arbitrary<String> longValues() {
    // 200..1100 code points of 1 to 4 UTF-8 bytes: sizes on both sides of both limits
    return KeyArbitraries.codePoints().list().ofMinSize(200).ofMaxSize(1100).map(KeyArbitraries::fromCodePoints);
  }

  @Property(tries = 300)
  void keysAreAcceptedExactlyWhenTheirUtf8SizeIsWithinDynamoDbsLimit(@ForAll("longValues") String value) {
    int bytes = KeyEncoding.utf8Length(value);
    assertThat(accepts(() -> PartitionKey.of(null, "PK", value))).isEqualTo(bytes <= PartitionKey.MAX_BYTES);
    assertThat(accepts(() -> SortKey.of(null, "SK", value))).isEqualTo(bytes <= SortKey.MAX_BYTES);
    assertThat(accepts(() -> SortKey.prefix(null, "SK", value))).isEqualTo(bytes <= SortKey.MAX_BYTES);
  }

  private static boolean accepts(Runnable make) {
    try {
      make.run();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void nullAttributeOrValueIsRejected() {
    assertThatThrownBy(() -> PartitionKey.of(null, "PK", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PartitionKey.of(null, null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SortKey.of(null, "SK", null)).isInstanceOf(NullPointerException.class);
  }

  private final PartitionKey pk = PartitionKey.of(null, "PK", "USER#u1");
  private final SortKey sk = SortKey.of(null, "SK", "ORDER#2026-03-15#o1");

  @Test
  void primaryKeyOfTwoTableKeysExposesThemForBothClients() {
    PrimaryKey key = PrimaryKey.of(pk, sk);

    assertThat(key.partitionKey()).isSameAs(pk);
    assertThat(key.sortKey()).isSameAs(sk);
    assertThat(key.toAttributeMap()).isEqualTo(Map.of(
        "PK", AttributeValue.fromS("USER#u1"), "SK", AttributeValue.fromS("ORDER#2026-03-15#o1")));
    assertThat(key.toEnhancedKey().partitionKeyValue().s()).isEqualTo("USER#u1");
    assertThat(key.toEnhancedKey().sortKeyValue()).hasValueSatisfying(v -> assertThat(v.s()).isEqualTo(sk.value()));
    assertThat(key).isEqualTo(PrimaryKey.of(PartitionKey.of(null, "PK", "USER#u1"), SortKey.of(null, "SK", sk.value())))
        .hasSameHashCodeAs(PrimaryKey.of(PartitionKey.of(null, "PK", "USER#u1"), SortKey.of(null, "SK", sk.value())))
        .isNotEqualTo(PrimaryKey.of(pk, SortKey.of(null, "SK", "PROFILE")));
  }

  @Test
  void primaryKeyRejectsIndexKeysOnEitherSide() {
    PartitionKey gsiPk = PartitionKey.of("GSI1", "GSI1PK", "STATUS#PENDING");
    SortKey gsiSk = SortKey.of("GSI1", "GSI1SK", "ORDER#2026-03-15#o1");
    SortKey lsiSk = SortKey.of("LSI1", "LSI1SK", "AMOUNT#0000000042");

    assertThatThrownBy(() -> PrimaryKey.of(gsiPk, sk))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table keys, not index keys")
        .hasMessageContaining("GSI1");
    assertThatThrownBy(() -> PrimaryKey.of(pk, gsiSk)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrimaryKey.of(pk, lsiSk))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LSI1");
    assertThatThrownBy(() -> PrimaryKey.of(gsiPk, gsiSk)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void primaryKeyRejectsASortKeyPrefixAndNulls() {
    assertThatThrownBy(() -> PrimaryKey.of(pk, SortKey.prefix(null, "SK", "ORDER#")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("full sort key, not a prefix");
    assertThatThrownBy(() -> PrimaryKey.of(null, sk)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PrimaryKey.of(pk, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void keysAreEqualByIndexAttributeValueAndPrefixFlagNotByTemplate() {
    assertThat(PartitionKey.of(null, "PK", "U", "USER#<id>")).isEqualTo(PartitionKey.of(null, "PK", "U"))
        .hasSameHashCodeAs(PartitionKey.of(null, "PK", "U"))
        .isNotEqualTo(PartitionKey.of("GSI1", "PK", "U"))
        .isNotEqualTo(PartitionKey.of(null, "GSI1PK", "U"));
    assertThat(SortKey.of(null, "SK", "A")).isEqualTo(SortKey.of(null, "SK", "A", false, "<a>"))
        .isNotEqualTo(SortKey.prefix(null, "SK", "A"))
        .isNotEqualTo(SortKey.of("LSI1", "SK", "A"));
  }
}

package dev.singletable.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.InvalidKeyException;
import dev.singletable.PartitionKey;
import dev.singletable.SortKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link KeyField}: the keys it wraps and the message listing every missing placeholder. */
class KeyFieldTest {

  private final KeyField pk = KeyField.partition("Order", null, "PK", "USER#<userId>", '#');
  private final KeyField sk = KeyField.sort("Order", null, "SK", "ORDER#<date>#<orderId>", '#');

  @Test
  void missingListsEveryNullPlaceholderWithItsAttributeAndTemplate() {
    InvalidKeyException e = KeyField.missing(new String[] {"userId", "date", "orderId"},
        new Object[] {null, LocalDate.of(2026, 3, 15), null}, pk, sk);

    assertThat(e.entity()).isEqualTo("Order");
    assertThat(e.missingPlaceholders()).containsExactly("userId", "orderId");
    assertThat(e).hasMessage("Order key cannot be rendered: PK template \"USER#<userId>\" needs <userId>;"
        + " SK template \"ORDER#<date>#<orderId>\" needs <orderId>, which are null");
  }

  @Test
  void missingListsSeveralPlaceholdersOfOneAttributeInTemplateOrder() {
    InvalidKeyException e = KeyField.missing(new String[] {"orderId", "userId", "date"},
        new Object[] {null, "u1", null}, pk, sk);

    assertThat(e.missingPlaceholders()).containsExactlyInAnyOrder("date", "orderId");
    assertThat(e.getMessage())
        .contains("SK template \"ORDER#<date>#<orderId>\" needs <date>, <orderId>")
        .doesNotContain("PK template")
        .endsWith(", which are null");
  }

  @Test
  void missingOfOnePlaceholderSaysWhichIsNullAndNamesTheIndex() {
    KeyField gsiPk = KeyField.partition("Order", "GSI1", "GSI1PK", "STATUS#<status>", '#');
    KeyField gsiSk = KeyField.sort("Order", "GSI1", "GSI1SK", "ORDER#<date>#<orderId>", '#');

    InvalidKeyException e = KeyField.missing(new String[] {"status", "date", "orderId"},
        new Object[] {null, "d", "o"}, gsiPk, gsiSk);

    assertThat(e.missingPlaceholders()).containsExactly("status");
    assertThat(e).hasMessage(
        "Order key on index GSI1 cannot be rendered: GSI1PK template \"STATUS#<status>\" needs <status>, which is null");
  }

  @Test
  void wrapsRenderedValuesInKeysThatRememberIndexAttributeAndTemplate() {
    KeyField gsiSk = KeyField.sort("Order", "GSI1", "GSI1SK", "ORDER#<date>#<orderId>", '#');

    PartitionKey partition = pk.partitionKey("USER#u1");
    SortKey full = gsiSk.sortKey("ORDER#2026-03-15#o1");
    SortKey prefix = gsiSk.sortKeyPrefix("ORDER#");

    assertThat(partition.indexName()).isEmpty();
    assertThat(partition.attributeName()).isEqualTo("PK");
    assertThat(partition.value()).isEqualTo("USER#u1");
    assertThat(partition.template()).contains("USER#<userId>");
    assertThat(full.indexName()).contains("GSI1");
    assertThat(full.attributeName()).isEqualTo("GSI1SK");
    assertThat(full.isPrefix()).isFalse();
    assertThat(prefix.isPrefix()).isTrue();
    assertThat(prefix.value()).isEqualTo("ORDER#");
    assertThat(prefix.template()).contains("ORDER#<date>#<orderId>");
  }

  @Test
  void exposesItsParsedTemplateAndEncoding() {
    KeyField field = KeyField.sort("User", null, "SK", "PROFILE", '+');
    assertThat(field.entity()).isEqualTo("User");
    assertThat(field.indexName()).isNull();
    assertThat(field.attributeName()).isEqualTo("SK");
    assertThat(field.template()).isEqualTo(KeyTemplate.parse("PROFILE", '+'));
    assertThat(field.encoding().delimiter()).isEqualTo('+');
  }

  @Test
  void rejectsAMalformedTemplateOrAnUnsupportedDelimiter() {
    assertThatThrownBy(() -> KeyField.partition("User", null, "PK", "USER#<id", '#'))
        .isInstanceOf(TemplateSyntaxException.class);
    assertThatThrownBy(() -> KeyField.partition("User", null, "PK", "USER:<id>", ':'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("':'");
  }

  @Test
  void checkedRefusesEmptyAndOversizedKeysNamingEntityAttributeAndTemplate() {
    KeyField gsiPk = KeyField.partition("Product", "GSI1", "GSI1PK", "<category>", '#');
    KeyField gsiSk = KeyField.sort("Product", "GSI1", "GSI1SK", "<name>", '#');

    assertThat(gsiPk.checked("toys")).isEqualTo("toys");
    assertThatThrownBy(() -> gsiPk.checked(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Product key attribute GSI1PK of template \"<category>\" renders an empty string");
    assertThat(gsiPk.checked("x".repeat(2048))).hasSize(2048);
    assertThatThrownBy(() -> gsiPk.checked("x".repeat(2049))).hasMessageContaining("2049 bytes");
    assertThatThrownBy(() -> gsiSk.checked("x".repeat(1025))).hasMessageContaining("at most 1024");
  }

  enum Status { PENDING, SHIPPED, IN_TRANSIT }

  @Test
  void rendersAndParsesOnePlaceholderInItsTemplatesFormatOrTheDefaultForm() {
    KeyField field = KeyField.sort("Order", null, "SK",
        "ORDER#<at:iso-millis>#<n:unpadded>#<status:lower>#<name:raw>#<date>", '#');
    Instant at = Instant.parse("2026-03-15T10:03:03.369Z");

    assertThat(field.renderValue("at", at)).isEqualTo("2026-03-15T10:03:03.369Z");
    assertThat(field.renderValue("n", 3)).isEqualTo("3");
    assertThat(field.renderValue("status", Status.IN_TRANSIT)).isEqualTo("in_transit");
    assertThat(field.renderValue("name", "a b$c")).isEqualTo("a b$c");
    assertThat(field.renderValue("date", LocalDate.of(2026, 3, 15))).isEqualTo("2026-03-15");
    assertThat(field.parseValue("at", "2026-03-15T10:03:03.369Z", Instant.class)).isEqualTo(at);
    assertThat(field.parseValue("n", "3", Integer.class)).isEqualTo(3);
    assertThat(field.parseValue("n", "-12", long.class)).isEqualTo(-12L);
    assertThat(field.parseValue("status", "in_transit", Status.class)).isEqualTo(Status.IN_TRANSIT);
    assertThat(field.parseValue("name", "a b$c", String.class)).isEqualTo("a b$c");
    assertThat(field.parseValue("date", "2026-03-15", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 15));
  }

  @Test
  void aValueTheFormatCannotHoldIsRefusedNamingEntityAttributeTemplateAndValue() {
    KeyField field = KeyField.sort("Order", "GSI1", "GSI1SK", "ORDER#<at:iso-millis>#<n:padded(3)>#<name:raw>", '#');

    assertThatThrownBy(() -> field.renderValue("at", Instant.parse("2026-03-15T10:03:03.369001Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Order key attribute GSI1SK template \"ORDER#<at:iso-millis>#<n:padded(3)>#<name:raw>\""
            + " cannot render <at> = 2026-03-15T10:03:03.369001Z: Instant 2026-03-15T10:03:03.369001Z has digits below"
            + " the millisecond, which format iso-millis cannot render; truncate it first");
    assertThatThrownBy(() -> field.renderValue("n", 1000))
        .hasMessageContaining("cannot render <n> = 1000: Value 1000 does not fit format padded(3)");
    assertThatThrownBy(() -> field.renderValue("name", "a#b"))
        .hasMessageContaining("contains the delimiter '#' at index 1, which format raw cannot render");
    assertThatThrownBy(() -> field.renderValue("n", "7")).hasMessageContaining("cannot render <n> = 7");
    assertThatThrownBy(() -> field.parseValue("n", "07", int.class))
        .hasMessageContaining("cannot read <n> from \"07\": \"07\" is not a key value of format padded(3)");
    assertThatThrownBy(() -> field.renderValue("other", 1)).hasMessageContaining("has no placeholder <other>");
  }

  @Test
  void spelledEnumsNeedTheirSpellingsWithoutTheDelimiter() {
    KeyField field = KeyField.partition("Order", "GSI1", "GSI1PK", "STATUS#<status:spelled>", '#');
    KeySpellings spellings = KeySpellings.of(Status.values(), "pending", "shipped", "in transit");
    KeyField spelled = field.withSpelling("status", spellings);

    assertThat(spelled.renderValue("status", Status.IN_TRANSIT)).isEqualTo("in transit");
    assertThat(spelled.parseValue("status", "shipped", Status.class)).isEqualTo(Status.SHIPPED);
    assertThatThrownBy(() -> spelled.parseValue("status", "SHIPPED", Status.class))
        .hasMessageContaining("\"SHIPPED\" is no key spelling of " + Status.class.getName());
    assertThatThrownBy(() -> field.renderValue("status", Status.PENDING))
        .hasMessageContaining("Format spelled needs the spellings");
    assertThatThrownBy(() -> field.withSpelling("status", KeySpellings.of(Status.values(), "p", "s#", "t")))
        .hasMessageContaining("contains the delimiter '#'");
    assertThatThrownBy(() -> KeySpellings.of(Status.values(), "p", "p", "t")).hasMessageContaining("used twice");
    assertThatThrownBy(() -> KeySpellings.of(Status.values(), "p", "s")).hasMessageContaining("has 3 constants but 2");
  }

  @Test
  void anUnknownFormatFailsWhenTheFieldIsMade() {
    assertThatThrownBy(() -> KeyField.sort("Order", null, "SK", "<at:iso-micros>", '#'))
        .hasMessage("Order SK template \"<at:iso-micros>\" names format \"iso-micros\", which does not exist");
  }

  @Test
  void holdingFindsTheFirstFieldThatNamesAPlaceholder() {
    KeyField gsiPk = KeyField.partition("Order", "GSI1", "GSI1PK", "STATUS#<status>", '#');
    KeyField gsiSk = KeyField.sort("Order", "GSI1", "GSI1SK", "ORDER#<date>#<orderId>", '#');

    assertThat(KeyField.holding(List.of(gsiPk, gsiSk), "date")).isSameAs(gsiSk);
    assertThat(KeyField.holding(List.of(gsiPk, gsiSk), "status")).isSameAs(gsiPk);
    assertThatThrownBy(() -> KeyField.holding(List.of(gsiPk), "date")).hasMessageContaining("<date>");
  }
}

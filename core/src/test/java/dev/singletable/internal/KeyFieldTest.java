package dev.singletable.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.InvalidKeyException;
import dev.singletable.PartitionKey;
import dev.singletable.SortKey;
import java.time.LocalDate;
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
}

package dev.singletable.it.models;

import static dev.singletable.it.models.AccountAttributes.BALANCE;
import static dev.singletable.it.models.AccountAttributes.CREATED_AT;
import static dev.singletable.it.models.AccountAttributes.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Condition;
import dev.singletable.ConditionFailedException;
import dev.singletable.InvalidKeyException;
import dev.singletable.MalformedItemException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Properties stored under other names, converted by the user's converters or not stored at all:
 * items hold the attribute names; keys, conditions, filters, projections and updates (which
 * name properties in templates and attributes in items) agree.
 */
class RenamedAttributesTest extends ShippingFixture {

  private static final Instant SINCE = Instant.parse("2026-03-15T10:00:00Z");
  private static final Account ANN = new Account("a1", "ann@example.com", SINCE, "gold", new Money(1250, "EUR"), 7, 0);

  @Test
  void itemsHoldTheAttributeNamesAndTheUsersConversions() {
    accounts.put(ANN);

    Map<String, AttributeValue> item = raw("a1");

    assertThat(item).containsEntry("account_id", AttributeValue.fromS("a1"))
        .containsEntry("email_address", AttributeValue.fromS("ann@example.com"))
        .containsEntry("created_at", AttributeValue.fromS("2026-03-15T10:00:00Z"))
        .containsEntry("balance", AttributeValue.fromS("1250 EUR"))
        .containsEntry("plan", AttributeValue.fromS("gold"))
        .containsEntry("entity_type", AttributeValue.fromS("Account"))
        .containsEntry("GSI1PK", AttributeValue.fromS("EMAIL#ann@example.com"))
        .doesNotContainKeys("accountId", "email", "createdAt", "loginsThisSession", "entityType");
    assertThat(accounts.get(AccountKeys.key("a1")))
        .contains(new Account("a1", "ann@example.com", SINCE, "gold", new Money(1250, "EUR"), 0, 1));
  }

  @Test
  void aRenamedVersionIsCheckedAndIncrementedUnderItsAttributeName() {
    accounts.put(ANN);
    Account read = accounts.get(AccountKeys.key("a1")).orElseThrow();

    Account updated = accounts.update(AccountKeys.key("a1")).set(BALANCE, new Money(1, "EUR")).execute();

    assertThat(raw("a1")).containsEntry("row_version", AttributeValue.fromN("2")).doesNotContainKey("version");
    assertThat(updated.version()).isEqualTo(2);
    assertThatThrownBy(() -> accounts.put(read)).isInstanceOf(dev.singletable.VersionConflictException.class);
  }

  @Test
  void aRenamedKeyPlaceholderIsTakenFromTheKeyAndMustAgreeWithIt() {
    Map<String, AttributeValue> other = new HashMap<>(AccountSchema.INSTANCE.tableSchema().itemToMap(ANN, true));
    other.remove("account_id");
    client.putItem(r -> r.tableName(shipping.tableName()).item(other));

    assertThat(accounts.get(AccountKeys.key("a1")).orElseThrow().accountId()).isEqualTo("a1");

    other.put("account_id", AttributeValue.fromS("victim"));
    client.putItem(r -> r.tableName(shipping.tableName()).item(other));
    assertThatThrownBy(() -> accounts.get(AccountKeys.key("a1")))
        .isInstanceOf(MalformedItemException.class)
        .hasMessageContaining("account_id");
  }

  @Test
  void aRenamedIndexPlaceholderUpdatedThroughUpdateKeepsTheIndexTrue() {
    accounts.put(ANN);

    Account moved = accounts.update(AccountKeys.key("a1"))
        .set(AccountUpdate.email("ann@new.example"))
        .with(CREATED_AT, SINCE)
        .execute();

    assertThat(moved.email()).isEqualTo("ann@new.example");
    assertThat(raw("a1")).containsEntry("GSI1PK", AttributeValue.fromS("EMAIL#ann@new.example"))
        .containsEntry("email_address", AttributeValue.fromS("ann@new.example"));
    assertThat(accounts.query(AccountKeys.gsi1Pk("ann@new.example")).list()).extracting(Account::accountId)
        .containsExactly("a1");
    assertThat(accounts.query(AccountKeys.gsi1Pk("ann@example.com")).list()).isEmpty();
  }

  @Test
  void aRenamedPlaceholderTheUpdateCannotRenderIsNamedByItsProperty() {
    accounts.put(ANN);

    assertThatThrownBy(() -> accounts.update(AccountKeys.key("a1")).set(AccountUpdate.email("x@example.com")).execute())
        .isInstanceOf(InvalidKeyException.class)
        .hasMessageContaining("GSI1")
        .hasMessageContaining("<createdAt>");
    assertThatThrownBy(() -> accounts.update(AccountKeys.key("a1")).set(AccountUpdate.email("x@example.com"))
            .with(CREATED_AT, SINCE.plusSeconds(1)).execute())
        .isInstanceOf(ConditionFailedException.class);
    assertThatThrownBy(() -> accounts.update(AccountKeys.key("a1")).set(AccountAttributes.ACCOUNT_ID, "a2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placeholder of the primary key");
    assertThat(raw("a1")).containsEntry("email_address", AttributeValue.fromS("ann@example.com"));
  }

  @Test
  void anUpsertWritesTheKeyPropertiesUnderTheirAttributeNames() {
    accounts.update(AccountKeys.key("a9")).set(BALANCE, new Money(5, "USD")).execute();

    assertThat(raw("a9")).containsEntry("account_id", AttributeValue.fromS("a9"))
        .containsEntry("balance", AttributeValue.fromS("5 USD"))
        .containsEntry("entity_type", AttributeValue.fromS("Account"));
  }

  @Test
  void conditionsFiltersAndProjectionsUseAttributeNamesAndConverters() {
    accounts.put(ANN);
    accounts.put(new Account("a2", "bob@example.com", SINCE, "gold", new Money(99, "EUR"), 0, 0));

    assertThat(accounts.query(AccountKeys.byPlanGsiPk("gold")).rows(EMAIL)).extracting(row -> row.get(EMAIL))
        .containsExactly("ann@example.com", "bob@example.com");
    assertThat(accounts.query(AccountKeys.pk("a1")).filter(Condition.eq(BALANCE, new Money(1250, "EUR"))).list())
        .extracting(Account::accountId).containsExactly("a1");
    assertThatThrownBy(() -> accounts.query(AccountKeys.byPlanGsiPk("gold")).rows(BALANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[balance]");
    accounts.put(accounts.get(AccountKeys.key("a1")).orElseThrow(), Condition.beginsWith(EMAIL, "ann@"));
    assertThatThrownBy(() -> accounts.delete(AccountKeys.key("a2"), Condition.eq(CREATED_AT, SINCE.plusSeconds(1))))
        .isInstanceOf(ConditionFailedException.class);
    assertThat(accounts.query(AccountKeys.byPlanGsiPk("gold")).keys()).hasSize(2);
    assertThat(List.of(AccountAttributes.PLAN.name(), EMAIL.name())).containsExactly("plan", "email_address");
  }

  private Map<String, AttributeValue> raw(String accountId) {
    return client.getItem(r -> r.tableName(shipping.tableName()).key(AccountKeys.key(accountId).toAttributeMap())).item();
  }
}

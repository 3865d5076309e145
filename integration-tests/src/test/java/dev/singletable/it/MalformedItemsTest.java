package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Condition;
import dev.singletable.ConditionFailedException;
import dev.singletable.ItemAlreadyExistsException;
import dev.singletable.Items;
import dev.singletable.MalformedItemException;
import dev.singletable.PrimaryKey;
import dev.singletable.ReadPolicy;
import dev.singletable.TableOptions;
import dev.singletable.WriteAppliedException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items other code wrote in shapes the generated schema does not write (issue 12, points 1 and 3):
 * every read names the entity, the key, the attribute, what it found and the Java type expected,
 * from every read path; and a write over such an item reports its own outcome.
 */
class MalformedItemsTest extends StoreFixture {

  private static final LocalDate DAY = LocalDate.parse("2026-03-15");
  private static final PrimaryKey KEY = PurchaseKeys.key("u1", DAY, "o1");

  static Stream<Arguments> malformedAttributes() {
    return Stream.of(
        Arguments.of("total", AttributeValue.fromS("abc"), "S \"abc\"", "Long"),
        Arguments.of("total", AttributeValue.fromN("1.5"), "N 1.5", "Long"),
        Arguments.of("total", AttributeValue.fromN("99999999999999999999"), "N 99999999999999999999", "Long"),
        Arguments.of("flaggedAt", AttributeValue.fromN("5"), "N 5", "Instant"),
        Arguments.of("tags", AttributeValue.fromM(Map.of("a", AttributeValue.fromS("b"))), "M [a]", "List"),
        Arguments.of("status", AttributeValue.fromS("REFUND"), "S \"REFUND\"", "Status"));
  }

  /** Writes an order with the generated schema, then overwrites one attribute as other code would. */
  private Map<String, AttributeValue> writeWith(String attribute, AttributeValue value) {
    Purchase order = Purchase.of("u1", DAY.toString(), "o1", Status.PENDING, 100);
    Map<String, AttributeValue> item = rawOf(order);
    item.put(attribute, value);
    putRaw(item);
    return item;
  }

  @ParameterizedTest
  @MethodSource("malformedAttributes")
  void everyReadPathNamesTheEntityKeyAttributeFoundAndExpected(String attribute, AttributeValue value, String found,
      String expected) {
    writeWith(attribute, value);

    List<Runnable> reads = List.of(
        () -> purchases.get(KEY),
        () -> purchases.query(PurchaseKeys.pk("u1")).list(),
        () -> store.query(PurchaseKeys.pk("u1")).items(),
        () -> store.query(PurchaseKeys.pk("u1")).list(StoreItem.class),
        () -> store.query(PurchaseKeys.pk("u1")).page());
    for (Runnable read : reads) {
      assertThatThrownBy(read::run)
          .isInstanceOf(MalformedItemException.class)
          .hasMessageContaining("PK=USER#u1, SK=ORDER#2026-03-15#o1")
          .hasMessageContaining("cannot be read as a Purchase")
          .hasMessageContaining("attribute " + attribute + " holds " + found)
          .hasMessageContaining(expected)
          .satisfies(e -> assertThat(((MalformedItemException) e).attribute()).isEqualTo(attribute))
          .satisfies(e -> assertThat(((MalformedItemException) e).item()).containsEntry(attribute, value));
    }
  }

  @Test
  void everyAttributeAtFaultIsListedAtOnce() {
    Purchase order = Purchase.of("u1", DAY.toString(), "o1", Status.PENDING, 100);
    Map<String, AttributeValue> item = rawOf(order);
    item.put("total", AttributeValue.fromS("abc"));
    item.put("status", AttributeValue.fromS("REFUND"));
    putRaw(item);

    assertThatThrownBy(() -> purchases.get(KEY))
        .isInstanceOfSatisfying(MalformedItemException.class, e -> assertThat(e.problems())
            .extracting(MalformedItemException.Problem::attribute).containsExactlyInAnyOrder("total", "status"));
  }

  @Test
  void aMixedQuerySkipsOrKeepsAMalformedItemWhenItsPolicySaysSo() {
    writeWith("total", AttributeValue.fromS("abc"));
    customers.put(new Customer("u1", "Ann", "ann@example.com", null));

    Items skipped = store.query(CustomerKeys.pk("u1")).onMalformedItems(ReadPolicy.SKIP).items();
    Items kept = store.withOptions(TableOptions.builder().malformedItems(ReadPolicy.KEEP_RAW).build())
        .query(CustomerKeys.pk("u1")).items();

    assertThat(skipped.list()).containsExactly(new Customer("u1", "Ann", "ann@example.com", null));
    assertThat(skipped.unrecognized()).isEmpty();
    assertThat(kept.list()).hasSize(1);
    assertThat(kept.unrecognized()).singleElement()
        .satisfies(raw -> assertThat(raw).containsEntry("total", AttributeValue.fromS("abc")));
    assertThat(purchases.query(PurchaseKeys.pk("u1")).onMalformedItems(ReadPolicy.SKIP).list()).isEmpty();
  }

  @Test
  void createAndConditionalPutOverAnUnreadableItemReportTheirOwnOutcome() {
    writeWith("total", AttributeValue.fromS("abc"));
    Purchase order = Purchase.of("u1", DAY.toString(), "o1", Status.SHIPPED, 5);

    assertThatThrownBy(() -> purchases.create(order))
        .isInstanceOfSatisfying(ItemAlreadyExistsException.class, e -> {
          assertThat(e.currentItem(Purchase.class)).isEmpty();
          assertThat(e.currentValues()).containsEntry("total", AttributeValue.fromS("abc"));
        });
    assertThatThrownBy(() -> purchases.put(order, Condition.eq(PurchaseAttributes.STATUS, Status.SHIPPED)))
        .isInstanceOfSatisfying(ConditionFailedException.class, e -> {
          assertThat(e).hasMessageContaining("cannot be read as a Purchase").hasMessageContaining("total");
          assertThat(e.currentValues()).containsEntry("total", AttributeValue.fromS("abc"));
        });
    assertThat(rawItem()).containsEntry("total", AttributeValue.fromS("abc")); // nothing was written
  }

  @Test
  void deleteAndUpdateOfAnUnreadableItemSayTheyTookEffect() {
    writeWith("total", AttributeValue.fromS("abc"));

    assertThatThrownBy(() -> purchases.update(KEY).set(PurchaseUpdate.status(Status.SHIPPED)).execute())
        .isInstanceOfSatisfying(WriteAppliedException.class, e -> {
          assertThat(e).hasMessageContaining("took effect").hasMessageContaining("Do not retry");
          assertThat(e.item()).containsEntry("status", AttributeValue.fromS("SHIPPED"));
          assertThat(e.getCause()).isInstanceOf(MalformedItemException.class);
        });
    assertThat(rawItem()).containsEntry("status", AttributeValue.fromS("SHIPPED"));

    assertThatThrownBy(() -> purchases.delete(KEY))
        .isInstanceOfSatisfying(WriteAppliedException.class, e -> assertThat(e.key()).isEqualTo(KEY));
    assertThat(rawItem()).isEmpty();
  }

  private Map<String, AttributeValue> rawItem() {
    return client.getItem(r -> r.tableName(store.tableName()).key(KEY.toAttributeMap()).consistentRead(true)).item();
  }
}

package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.EntitySchema;
import dev.singletable.Page;
import dev.singletable.SingleTable;
import dev.singletable.TableOptions;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One partition holding 5,000 items of three entity types (a profile, 2,500 orders, 2,499 follows),
 * read in pages of 97: every item comes back exactly once, in sort key order, for entity and mixed
 * queries, ascending and descending, with readable and with sealed cursors.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class LargeCollectionTest {

  private static final int PAGE = 97;
  private static final byte[] KEY = "a cursor key of thirty-two bytes".getBytes(StandardCharsets.US_ASCII);
  private static SingleTable plain;
  private static SingleTable sealed;
  private static List<String> expectedOrders;
  private static List<String> expectedFollows;
  private static List<String> expectedAll;

  @BeforeAll
  static void fiveThousandItemsInOnePartition(DynamoDbClient client) {
    plain = StoreSchema.table(client, DynamoDbLocal.uniqueTableName("large"));
    plain.createTable();
    sealed = plain.withOptions(TableOptions.builder().cursorKey(KEY).build());
    List<WriteRequest> writes = new ArrayList<>();
    expectedOrders = new ArrayList<>();
    expectedFollows = new ArrayList<>();
    Customer profile = new Customer("u1", "Ann", "ann@example.com", null);
    writes.add(put(CustomerSchema.INSTANCE, profile));
    for (int i = 0; i < 2500; i++) {
      Purchase order = Purchase.of("u1", LocalDate.parse("2020-01-01").plusDays(i % 700).toString(),
          String.format("o%05d", i), Status.PENDING, i);
      writes.add(put(PurchaseSchema.INSTANCE, order));
      expectedOrders.add(sortKey(order));
    }
    for (int i = 0; i < 2499; i++) {
      Follow follow = new Follow("u1", String.format("f%05d", 2499 - i), null);
      writes.add(put(FollowSchema.INSTANCE, follow));
      expectedFollows.add(sortKey(follow));
    }
    for (int i = 0; i < writes.size(); i += 25) {
      List<WriteRequest> batch = writes.subList(i, Math.min(writes.size(), i + 25));
      var response = client.batchWriteItem(r -> r.requestItems(java.util.Map.of(plain.tableName(), batch)));
      assertThat(response.unprocessedItems()).isEmpty();
    }
    expectedOrders.sort(Comparator.naturalOrder()); // ASCII keys: String order is DynamoDB's byte order
    expectedFollows.sort(Comparator.naturalOrder());
    expectedAll = Stream.of(expectedFollows, expectedOrders, List.of(sortKey(profile))).flatMap(List::stream).toList();
    assertThat(expectedAll).hasSize(5000);
  }

  private static <T> WriteRequest put(EntitySchema<T> schema, T item) {
    return WriteRequest.builder().putRequest(PutRequest.builder().item(schema.tableSchema().itemToMap(item, true))
        .build()).build();
  }

  private static String sortKey(Object item) {
    if (item instanceof Customer) {
      return CustomerKeys.sk().value();
    }
    if (item instanceof Purchase p) {
      return PurchaseKeys.sk(p.date(), p.orderId()).value();
    }
    return FollowKeys.sk(((Follow) item).to()).value();
  }

  static Stream<Arguments> readings() {
    List<Arguments> readings = new ArrayList<>();
    for (boolean withKey : List.of(false, true)) {
      for (boolean descending : List.of(false, true)) {
        readings.add(Arguments.of("orders", withKey, descending));
        readings.add(Arguments.of("mixed", withKey, descending));
      }
    }
    readings.add(Arguments.of("follows", false, false)); // the entity that starts the collection
    return readings.stream();
  }

  @ParameterizedTest(name = "{0}, cursor key {1}, descending {2}")
  @MethodSource("readings")
  void everyItemComesBackOnceInSortKeyOrder(String what, boolean withKey, boolean descending) {
    SingleTable table = withKey ? sealed : plain;
    Function<String, Page<?>> page = switch (what) {
      case "orders" -> cursor -> direction(table.entity(Purchase.class).query(PurchaseKeys.pk("u1")), descending)
          .limit(PAGE).after(cursor).page();
      case "follows" -> cursor -> direction(table.entity(Follow.class).query(FollowKeys.pk("u1")), descending)
          .limit(PAGE).after(cursor).page();
      default -> cursor -> direction(table.query(CustomerKeys.pk("u1")), descending).limit(PAGE).after(cursor).page();
    };
    List<String> expected = new ArrayList<>(switch (what) {
      case "orders" -> expectedOrders;
      case "follows" -> expectedFollows;
      default -> expectedAll;
    });
    if (descending) {
      java.util.Collections.reverse(expected);
    }

    List<String> seen = new ArrayList<>();
    int pages = 0;
    String cursor = null;
    do {
      Page<?> next = page.apply(cursor);
      assertThat(next.items().size()).isLessThanOrEqualTo(PAGE);
      next.items().forEach(item -> seen.add(sortKey(item)));
      cursor = next.cursor();
      pages++;
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isBetween(expected.size() / PAGE, expected.size() / PAGE + 2);
  }

  private static <Q extends dev.singletable.KeyQuery<Q>> Q direction(Q query, boolean descending) {
    return descending ? query.descending() : query;
  }
}

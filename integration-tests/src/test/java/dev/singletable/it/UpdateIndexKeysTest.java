package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.Assignment;
import dev.singletable.PartitionKey;
import dev.singletable.SortKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * For every combination of changed index key placeholders of an entity with two GSIs and an LSI,
 * from every starting state, the updated item is found by exactly the index queries it should be
 * found by, and by no other.
 */
class UpdateIndexKeysTest extends StoreFixture {

  private static final Instant FLAG_TIME = Instant.parse("2026-03-20T11:42:00.123Z");

  /** One change of a placeholder: what the update sends, and what it does to the record. */
  private record Change(String name, Assignment<Purchase> assignment, java.util.function.UnaryOperator<Purchase> effect) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Change> CHANGES = List.of(
      new Change("status=SHIPPED", PurchaseUpdate.status(Status.SHIPPED), p -> p.withStatus(Status.SHIPPED)),
      new Change("status=null", PurchaseUpdate.status(null), p -> p.withStatus(null)),
      new Change("flaggedAt=t", PurchaseUpdate.flaggedAt(FLAG_TIME), p -> p.flagged(FLAG_TIME)),
      new Change("flaggedAt=null", PurchaseUpdate.flaggedAt(null), p -> p.flagged(null)),
      new Change("total=9000", PurchaseUpdate.total(9000),
          p -> new Purchase(p.userId(), p.date(), p.orderId(), p.status(), 9000, p.flaggedAt(), p.tags(), p.quantities())));

  static Stream<Arguments> combinations() {
    List<Purchase> starts = List.of(
        Purchase.of("u1", "2026-03-15", "o1", Status.PENDING, 100),
        Purchase.of("u1", "2026-03-15", "o1", Status.PENDING, 100).flagged(Instant.parse("2026-03-16T00:00:00Z")),
        Purchase.of("u1", "2026-03-15", "o1", null, 100));
    List<Arguments> arguments = new ArrayList<>();
    for (Purchase start : starts) {
      // Every subset of {status, flaggedAt, total}, with each value choice for the chosen ones.
      for (Change status : List.of(CHANGES.get(0), CHANGES.get(1))) {
        for (Change flag : List.of(CHANGES.get(2), CHANGES.get(3))) {
          for (int mask = 1; mask < 8; mask++) {
            List<Change> chosen = new ArrayList<>();
            if ((mask & 1) != 0) {
              chosen.add(status);
            }
            if ((mask & 2) != 0) {
              chosen.add(flag);
            }
            if ((mask & 4) != 0) {
              chosen.add(CHANGES.get(4));
            }
            arguments.add(Arguments.of(start, chosen));
          }
        }
      }
    }
    return arguments.stream().distinct();
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("combinations")
  void theItemIsFoundByExactlyTheIndexQueriesItShouldBe(Purchase start, List<Change> changes) {
    purchases.put(start);
    Purchase expected = start;
    for (Change change : changes) {
      expected = change.effect().apply(expected);
    }

    Purchase returned = purchases.update(PurchaseKeys.key(start.userId(), start.date(), start.orderId()))
        .setAll(changes.stream().map(Change::assignment).toList())
        .patch()
        .execute();

    assertThat(returned).isEqualTo(expected);
    assertThat(purchases.get(PurchaseKeys.key(start.userId(), start.date(), start.orderId()))).contains(expected);
    for (String index : List.of("GSI1", "GSI2", "LSI1")) {
      IndexKey before = IndexKey.of(start, index);
      IndexKey after = IndexKey.of(expected, index);
      if (after != null) {
        assertThat(query(after)).as("%s finds the updated item under its new key", index).containsExactly(expected);
      }
      if (before != null && !before.equals(after)) {
        assertThat(query(before)).as("%s no longer finds it under its old key", index).isEmpty();
      }
    }
  }

  private List<Purchase> query(IndexKey key) {
    return purchases.query(key.partition()).eq(key.sort()).list();
  }

  /** An index key as the generated schema renders it for a record, or null (sparse: not in the index). */
  private record IndexKey(PartitionKey partition, SortKey sort) {
    static IndexKey of(Purchase item, String index) {
      Map<String, AttributeValue> map = PurchaseSchema.INSTANCE.tableSchema().itemToMap(item, true);
      boolean local = index.startsWith("LSI");
      String pkAttribute = local ? "PK" : index + "PK";
      AttributeValue sk = map.get(index + "SK");
      if (sk == null || map.get(pkAttribute) == null) {
        return null;
      }
      return new IndexKey(PartitionKey.of(index, pkAttribute, map.get(pkAttribute).s()),
          SortKey.of(index, index + "SK", sk.s()));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof IndexKey k && Objects.equals(k.partition, partition) && Objects.equals(k.sort, sort);
    }

    @Override
    public int hashCode() {
      return Objects.hash(partition, sort);
    }
  }
}

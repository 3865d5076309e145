package dev.singletable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.internal.batch.BatchReader;
import dev.singletable.internal.read.ItemReader;
import dev.singletable.it.Purchase;
import dev.singletable.it.Status;
import dev.singletable.it.StoreHandles;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Hydration reads each item once, whatever the keys repeat (DynamoDB refuses a batch with a key twice). */
@ExtendWith(DynamoDbLocalExtension.class)
class BatchReaderTest {

  @Test
  void repeatedKeysAreReadOnceAndReturnedOnceInOrder(DynamoDbClient client) {
    SingleTable store = StoreHandles.table(client, DynamoDbLocal.uniqueTableName("hydrator"));
    store.createTable();
    var first = StoreHandles.purchase("u1", "2026-03-15", "o1", Status.PENDING);
    var second = StoreHandles.purchase("u1", "2026-03-16", "o2", Status.SHIPPED);
    StoreHandles.putPurchases(store, first, second);
    PrimaryKey a = StoreHandles.keyOf(first);
    PrimaryKey b = StoreHandles.keyOf(second);

    ItemReader reader = new ItemReader(store.definition(), ReadPolicy.FAIL, ReadPolicy.FAIL);
    List<Purchase> items = BatchReader.read(store.context(), StoreHandles.purchaseSchema(), List.of(b, a, b, a), false,
        reader);

    assertThat(items).containsExactly(second, first);
  }
}

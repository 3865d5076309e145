package dev.singletable.it;

import dev.singletable.EntityTable;
import java.util.HashMap;
import java.util.Map;
import dev.singletable.SingleTable;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Gives each test a fresh {@link Store} table on the shared DynamoDB Local. */
@ExtendWith(DynamoDbLocalExtension.class)
abstract class StoreFixture {

  DynamoDbClient client;
  SingleTable store;
  EntityTable<Customer> customers;
  EntityTable<Purchase> purchases;
  EntityTable<Product> products;
  EntityTable<Sample> samples;
  EntityTable<Visit> visits;
  EntityTable<Follow> follows;

  @BeforeEach
  void createTable(DynamoDbClient client) {
    this.client = client;
    this.store = StoreSchema.table(client, DynamoDbLocal.uniqueTableName("store"));
    store.createTable();
    this.customers = store.entity(Customer.class);
    this.purchases = store.entity(Purchase.class);
    this.products = store.entity(Product.class);
    this.samples = store.entity(Sample.class);
    this.visits = store.entity(Visit.class);
    this.follows = store.entity(Follow.class);
  }

  /** Writes {@code item} as other code would: with the raw client, unchecked. */
  void putRaw(Map<String, AttributeValue> item) {
    client.putItem(r -> r.tableName(store.tableName()).item(item));
  }

  /** What the generated schema writes for {@code order}, as a map a test may change before {@link #putRaw}. */
  static Map<String, AttributeValue> rawOf(Purchase order) {
    return new HashMap<>(PurchaseSchema.INSTANCE.tableSchema().itemToMap(order, true));
  }

  /** A table handle whose physical table does not exist: any request sent would fail. */
  SingleTable missingTable() {
    return StoreSchema.table(client, DynamoDbLocal.uniqueTableName("never-created"));
  }
}

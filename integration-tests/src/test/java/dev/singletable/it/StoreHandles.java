package dev.singletable.it;

import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import java.time.LocalDate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The test design's generated types, for tests in other packages (the records are public, their helpers not). */
public final class StoreHandles {

  private StoreHandles() {}

  public static SingleTable table(DynamoDbClient client, String tableName) {
    return StoreSchema.table(client, tableName);
  }

  public static Purchase purchase(String userId, String date, String orderId, Status status) {
    return Purchase.of(userId, date, orderId, status, 1);
  }

  public static void putPurchases(SingleTable table, Purchase... purchases) {
    for (Purchase purchase : purchases) {
      table.entity(Purchase.class).put(purchase);
    }
  }

  public static PrimaryKey keyOf(Purchase purchase) {
    return PurchaseKeys.key(purchase.userId(), LocalDate.from(purchase.date()), purchase.orderId());
  }

  public static EntitySchema<Purchase> purchaseSchema() {
    return PurchaseSchema.INSTANCE;
  }
}

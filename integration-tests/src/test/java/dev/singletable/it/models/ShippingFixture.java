package dev.singletable.it.models;

import dev.singletable.EntityTable;
import dev.singletable.SingleTable;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Gives each test a fresh {@link Shipping} table on the shared DynamoDB Local. */
@ExtendWith(DynamoDbLocalExtension.class)
abstract class ShippingFixture {

  DynamoDbClient client;
  SingleTable shipping;
  EntityTable<Shipment> shipments;
  EntityTable<Account> accounts;

  @BeforeEach
  void createTable(DynamoDbClient client) {
    this.client = client;
    this.shipping = ShippingSchema.table(client, DynamoDbLocal.uniqueTableName("shipping"));
    shipping.createTable();
    this.shipments = shipping.entity(Shipment.class);
    this.accounts = shipping.entity(Account.class);
  }
}

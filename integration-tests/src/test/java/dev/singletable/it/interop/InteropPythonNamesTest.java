package dev.singletable.it.interop;

import static dev.singletable.it.interop.JsonItems.plus;
import static dev.singletable.it.interop.JsonItems.shape;
import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.EntityTable;
import dev.singletable.SingleTable;
import dev.singletable.it.interop.named.NamedCustomer;
import dev.singletable.it.interop.named.NamedCustomerKeys;
import dev.singletable.it.interop.named.NamedCustomerUpdate;
import dev.singletable.it.interop.named.NamedSeed003ShopSchema;
import dev.singletable.it.interop.named.NamedShopOrder;
import dev.singletable.it.interop.named.NamedShopOrderKeys;
import dev.singletable.it.interop.seed003.OrderState;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import dev.singletable.testing.DynamoDbServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Seed 003's snake_case attributes under Java names:
 * read, updated and written by singletable, printed by the seed's own Python reads.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class InteropPythonNamesTest {

  @Test
  void snakeCaseAttributesUnderJavaNames(DynamoDbServer server, DynamoDbClient client) {
    String tableName = DynamoDbLocal.uniqueTableName("ECommerceApp");
    SeedPython python = new SeedPython(server, "unused", tableName);
    SeedPython.Run written = python.run("seed003_single_table.py");
    SingleTable shop = NamedSeed003ShopSchema.table(client, tableName);
    EntityTable<NamedCustomer> customers = shop.entity(NamedCustomer.class);
    EntityTable<NamedShopOrder> orders = shop.entity(NamedShopOrder.class);

    assertThat(customers.get(NamedCustomerKeys.key("CUST-42")))
        .contains(new NamedCustomer("CUST-42", "Alex Rivera", "alex@example.com", "Gold"));
    assertThat(orders.get(NamedShopOrderKeys.key("CUST-42", LocalDate.of(2024, 1, 15), "ORD-001")).orElseThrow()
        .totalUsd()).isEqualByComparingTo("59.99");

    customers.update(NamedCustomerKeys.key("CUST-42")).set(NamedCustomerUpdate.loyaltyTier("Platinum")).patch().execute();
    orders.put(new NamedShopOrder("CUST-42", LocalDate.of(2024, 9, 1), "ORD-004", new BigDecimal("99.5"), OrderState.SHIPPED));

    SeedPython.Run read = python.run("seed003_single_table_reads.py");
    assertThat(read.printed()).contains("All items for CUST-42 (4 total):", "ORDER#2024-09-01#ORD-004 | $99.5 | SHIPPED");
    Map<String, AttributeValue> profile = bySortKey(read.items(0), "PROFILE");
    assertThat(profile).containsEntry("loyalty_tier", AttributeValue.fromS("Platinum")).doesNotContainKey("loyaltyTier");
    assertThat(shape(bySortKey(read.items(0), "ORDER#2024-09-01#ORD-004")))
        .isEqualTo(plus(shape(bySortKey(written.items(0), "ORDER#2024-06-10#ORD-003")), "S", "customerId", "orderDate",
            "orderId"));
  }

  private static Map<String, AttributeValue> bySortKey(List<JsonNode> wireItems, String sortKey) {
    return wireItems.stream().map(JsonItems::fromWire).filter(item -> item.get("SK").s().equals(sortKey))
        .findFirst().orElseThrow();
  }
}

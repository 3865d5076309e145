package dev.singletable.it.interop.seed003;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Seed 003's order in the single table, type {@code 'Order'}, in its customer's collection after
 * the profile. {@code total_usd} is named as the Python's attribute; {@code InteropPythonNamesTest}
 * reads it under a Java name with {@code @AttributeName}.
 */
@Entity("Order")
@Key(pk = "CUSTOMER#<customerId:raw>", sk = "ORDER#<orderDate>#<orderId:raw>")
public record ShopOrder(String customerId, LocalDate orderDate, String orderId, BigDecimal total_usd,
    OrderState status) {}

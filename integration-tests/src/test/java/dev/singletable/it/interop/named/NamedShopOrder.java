package dev.singletable.it.interop.named;

import dev.singletable.annotation.AttributeName;
import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import dev.singletable.it.interop.seed003.OrderState;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Seed 003's order in the single table, its attribute {@code total_usd} renamed. */
@Entity("Order")
@Key(pk = "CUSTOMER#<customerId:raw>", sk = "ORDER#<orderDate>#<orderId:raw>")
public record NamedShopOrder(String customerId, LocalDate orderDate, String orderId,
    @AttributeName("total_usd") BigDecimal totalUsd, OrderState status) {}

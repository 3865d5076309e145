package dev.singletable.it.interop.seed003;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order of seed 003's {@code Orders} table, its components named as the Python's attributes
 * ({@code total_usd}); {@code InteropPythonNamesTest} reads the same items under Java names with
 * {@code @AttributeName}.
 *
 * @param total_usd the Python's {@code Decimal('59.99')}
 * @param status stored under {@code status}, the partition key of the seed's {@code StatusByDate-GSI}:
 *     the key {@code <status>} is the stored name, so the attribute is written once and an order
 *     without a status is not in the index
 * @param items product names, a list of strings
 */
@Entity
@Key(pk = "<customerId:raw>", sk = "<orderDate>#<orderId:raw>")
@Key(index = "StatusByDate-GSI", pk = "<status>", sk = "<orderDate>#<orderId:raw>")
public record CustomerOrder(String customerId, LocalDate orderDate, String orderId, BigDecimal total_usd,
    OrderState status, List<String> items) {}

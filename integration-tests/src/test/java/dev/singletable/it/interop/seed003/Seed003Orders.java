package dev.singletable.it.interop.seed003;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Projection;
import dev.singletable.annotation.Table;

/**
 * Seed 003's first table, {@code Orders}, described as its Python creates and writes it: the keys
 * are plain attributes, {@code customer_id} and {@code order_date_order_id} = {@code
 * <date>#<orderId>}; its items carry no type attribute (read by the shape of their keys).
 *
 * <p>The seed's {@code StatusByDate-GSI} is keyed on plain attributes too: the partition key
 * {@code status}, which the Python updates alone ({@code SET #s = :new_status}), and the table's
 * own sort key. {@link CustomerOrder} stores its {@code status} property under that attribute and
 * gives the index the key {@code <status>}, which renders exactly the stored name: the attribute
 * is both the property and the key, written once, so the Python's updates keep the index true and
 * singletable's move an order within it.
 *
 * <p>The Python creates the index with {@code INCLUDE customer_id, total_usd}; the design declares
 * it {@code KEYS_ONLY}. A design that declares {@code INCLUDE} expects the type attribute in the
 * index too ({@code createTable} always adds it, and typed queries filter on it), which the
 * Python's index lacks: its queries fail ({@code Secondary index StatusByDate-GSI does not project
 * one or more filter attributes: [entityType]}) and {@code createTable}'s check of the existing
 * table reports {@code GSI StatusByDate-GSI projects INCLUDE [customer_id, total_usd], designed
 * INCLUDE [customer_id, total_usd, entityType]}. {@code KEYS_ONLY} is narrower than the real
 * projection, which the check accepts, and its queries tell the entity by its index key
 * templates: they give keys ({@code keys()}) and whole orders ({@code hydrate()}).
 */
@Table(name = "Orders", partitionKey = "customer_id", sortKey = "order_date_order_id",
    entities = CustomerOrder.class,
    indexes = @Index(name = "StatusByDate-GSI", partitionKey = "status", sortKey = "order_date_order_id",
        projection = Projection.KEYS_ONLY))
public interface Seed003Orders {}

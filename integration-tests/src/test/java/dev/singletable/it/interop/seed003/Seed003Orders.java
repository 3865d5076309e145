package dev.singletable.it.interop.seed003;

import dev.singletable.annotation.Table;

/**
 * Seed 003's first table, {@code Orders}, described as its Python creates and writes it: the keys
 * are plain attributes, {@code customer_id} and {@code order_date_order_id} = {@code
 * <date>#<orderId>}; its items carry no type attribute (read by the shape of their keys).
 *
 * <p>The seed's {@code StatusByDate-GSI} is keyed on the plain attribute {@code status}, which
 * the Python updates alone ({@code SET #s = :new_status}). singletable renders index keys from
 * templates and reserves their attribute names, so it cannot also hold {@code status} as a
 * property: the design leaves that index out and keeps {@code status} a property, and DynamoDB
 * puts every order singletable writes into the index all the same. (Declaring the index with a
 * property of another name would write that name beside {@code status}, and the Python's updates
 * of {@code status} alone would leave it stale.)
 */
@Table(name = "Orders", partitionKey = "customer_id", sortKey = "order_date_order_id",
    entities = CustomerOrder.class)
public interface Seed003Orders {}

package dev.singletable.it.interop.seed001;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Table;

/**
 * Seed 001's table described exactly as its JavaScript writes it (integration-tests
 * {@code src/test/interop/node/seed001.mjs}): {@code PK}/{@code SK}, GSI1 (users by email, orders
 * by status), the sparse GSI2 of flagged orders, and the type attribute {@code entityType} with
 * the JavaScript's type names. Sessions and page-view shards carry no type attribute there and
 * are read by the shape of their keys. Every string id is {@code raw}: the JavaScript's template
 * literals do not escape, so singletable writes the same text and refuses an id that holds the
 * delimiter, which the JavaScript would write ambiguously.
 */
@Table(name = "seed001",
    entities = {User.class, Order.class, OrderItem.class, Session.class, PageViewShard.class},
    indexes = {@Index(name = "GSI1"), @Index(name = "GSI2")})
public interface Seed001 {}

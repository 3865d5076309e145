package dev.singletable.it;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Projection;
import dev.singletable.annotation.Table;

/**
 * The test design: the e-commerce table of seeds 001 and 003 plus an entity of every placeholder
 * type, a bean, an INCLUDE and a KEYS_ONLY index.
 */
@Table(name = "store",
    entities = {Customer.class, Purchase.class, Product.class, Sample.class, Visit.class, Follow.class},
    indexes = {
        @Index(name = "GSI1"),
        @Index(name = "GSI2"),
        @Index(name = "LSI1", local = true),
        @Index(name = "ByCategory-GSI", projection = Projection.INCLUDE, nonKeyAttributes = {"name"}),
        @Index(name = "Keys-GSI", projection = Projection.KEYS_ONLY),
        @Index(name = "Inverted", partitionKey = "SK", sortKey = "PK")
    })
public interface Store {}

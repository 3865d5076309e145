package dev.singletable.it.models;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Projection;
import dev.singletable.annotation.Table;

/**
 * The test design of real domain models: nested documents ({@link Shipment}), renamed, ignored
 * and converted properties ({@link Account}), on a table whose type attribute is
 * {@code entity_type}, as an existing table's may be.
 */
@Table(name = "shipping", entities = {Shipment.class, Account.class}, typeAttribute = "entity_type",
    indexes = {
        @Index(name = "GSI1"),
        @Index(name = "ByPlan-GSI", projection = Projection.INCLUDE, nonKeyAttributes = {"email_address"})
    })
public interface Shipping {}

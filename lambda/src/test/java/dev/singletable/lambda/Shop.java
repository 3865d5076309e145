package dev.singletable.lambda;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Table;

/** The test design: members and their orders, orders by status on GSI1. */
@Table(name = "shop", entities = {Member.class, Order.class}, indexes = @Index(name = "GSI1"))
public interface Shop {}

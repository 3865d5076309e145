package dev.singletable.it.tx;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Table;

/**
 * The design of the transaction, version, TTL and timestamp tests: seed 001's loyalty points
 * (members), a versioned counter bean (seed 003's race), sessions and coupons that expire.
 */
@Table(name = "ledger", entities = {Member.class, Counter.class, Session.class, Coupon.class},
    indexes = @Index(name = "GSI1"))
public interface Ledger {}

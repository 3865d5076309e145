package dev.singletable.it.interop.ttl;

import dev.singletable.annotation.Table;

/** Seed 001's table seen through its sessions with a time to live. */
@Table(name = "seed001", entities = ExpiringSession.class)
public interface TtlSeed001 {}

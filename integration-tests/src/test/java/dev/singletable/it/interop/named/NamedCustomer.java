package dev.singletable.it.interop.named;

import dev.singletable.annotation.AttributeName;
import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/** Seed 003's customer profile, its attributes {@code full_name} and {@code loyalty_tier} renamed. */
@Entity("Customer")
@Key(pk = "CUSTOMER#<customerId:raw>", sk = "PROFILE")
public record NamedCustomer(String customerId, @AttributeName("full_name") String fullName, String email,
    @AttributeName("loyalty_tier") String loyaltyTier) {}

package dev.singletable.it.interop.seed003;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/**
 * Seed 003's customer profile, its components named as the Python's attributes ({@code
 * full_name}, {@code loyalty_tier}); {@code InteropPythonNamesTest} reads the same items under
 * Java names with {@code @AttributeName}.
 */
@Entity("Customer")
@Key(pk = "CUSTOMER#<customerId:raw>", sk = "PROFILE")
public record Customer(String customerId, String full_name, String email, String loyalty_tier) {}

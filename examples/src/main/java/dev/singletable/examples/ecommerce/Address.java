package dev.singletable.examples.ecommerce;

/**
 * A shipping address: a nested document, stored as a map inside its order (no item of its own).
 *
 * @param country an ISO 3166 country code
 */
public record Address(String name, String street, String city, String postalCode, String country) {}

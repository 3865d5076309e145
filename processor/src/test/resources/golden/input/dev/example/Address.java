package dev.example;

import dev.singletable.annotation.AttributeName;

/** A nested document: a record stored as a map inside an order. */
public record Address(String street, String city, @AttributeName("zip_code") String zip, int floor) {}

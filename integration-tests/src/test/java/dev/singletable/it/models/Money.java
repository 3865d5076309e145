package dev.singletable.it.models;

/** A type of the user's domain, stored by their own converter. */
public record Money(long cents, String currency) {}

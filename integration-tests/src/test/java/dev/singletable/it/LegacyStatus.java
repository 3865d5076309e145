package dev.singletable.it;

/** Written in keys in lower case, as seed 001's JavaScript writes {@code STATUS#pending}. */
public enum LegacyStatus { PENDING, SHIPPED }

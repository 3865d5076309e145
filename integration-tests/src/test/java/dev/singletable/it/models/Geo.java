package dev.singletable.it.models;

/** A document inside a document. */
public record Geo(double lat, double lon) {}

package dev.singletable.it;

import dev.singletable.annotation.Table;

/** A second, small table: entities that need no place in {@link Store}. */
@Table(name = "gauges", entities = Gauge.class)
public interface Gauges {}

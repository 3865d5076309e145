package dev.singletable.it.plainkeys;

/** Where a delivery is; stored by its name, which is also its key in {@code ByStage}. */
public enum Stage { LOADED, OUT, DELIVERED }

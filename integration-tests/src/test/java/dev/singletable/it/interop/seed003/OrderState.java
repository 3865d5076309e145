package dev.singletable.it.interop.seed003;

/** An order's status as seed 003's Python writes it: the constants' own names, {@code 'SHIPPED'}. */
public enum OrderState { PROCESSING, SHIPPED, DELIVERED }

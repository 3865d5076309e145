package dev.singletable.it;

public enum Status { PENDING, SHIPPED, DELIVERED }

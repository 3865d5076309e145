package dev.example;
public enum OrderStatus { PENDING, SHIPPED, DELIVERED }

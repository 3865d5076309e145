package dev.example;
import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Index;
import dev.singletable.annotation.Key;
import dev.singletable.annotation.Table;
@Table(name = "ecommerce", entities = {User.class, Order.class, Product.class, Session.class},
       indexes = {@Index(name = "GSI1"), @Index(name = "GSI2"), @Index(name = "LSI1", local = true)})
public interface Shop {}

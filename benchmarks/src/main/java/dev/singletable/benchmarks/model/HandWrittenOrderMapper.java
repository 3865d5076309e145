package dev.singletable.benchmarks.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link Order} to and from {@code Map<String, AttributeValue>} as a careful person writes it with
 * the low-level client: the floor of the mapping benchmarks, since no schema can do less.
 *
 * <p>Same work as the schemas where it matters: it writes the same attributes in the same
 * representation as {@code OrderSchema} and {@code TableSchema.fromImmutableClass} (strings as
 * {@code S}, numbers as {@code N}, the boolean as {@code BOOL}, the list as {@code L}, the map as
 * {@code M}, dates and instants as ISO strings), renders the key attributes with the same
 * generated {@code OrderKeys} renderers, leaves out {@code null} attributes as
 * {@code itemToMap(item, true)} does, and leaves out the GSI1 keys when a placeholder is
 * {@code null}. Reading, it skips the key and type attributes: a person would, and the schemas
 * convert them only to drop them. The benchmarks module's tests check that all three agree.
 */
public final class HandWrittenOrderMapper {

  private HandWrittenOrderMapper() {}

  /** Returns the item's attributes, key attributes and type attribute included. */
  public static Map<String, AttributeValue> toMap(Order o) {
    Map<String, AttributeValue> m = new HashMap<>(32);
    m.put("PK", AttributeValue.fromS(OrderKeys.renderPk(o.userId())));
    m.put("SK", AttributeValue.fromS(OrderKeys.renderSk(o.date(), o.orderId())));
    if (o.status() != null && o.date() != null && o.orderId() != null) {
      m.put("GSI1PK", AttributeValue.fromS(OrderKeys.renderGsi1Pk(o.status())));
      m.put("GSI1SK", AttributeValue.fromS(OrderKeys.renderGsi1Sk(o.date(), o.orderId())));
    }
    m.put("entityType", AttributeValue.fromS(OrderSchema.TYPE_NAME));
    putS(m, "userId", o.userId());
    if (o.date() != null) {
      m.put("date", AttributeValue.fromS(o.date().toString()));
    }
    putS(m, "orderId", o.orderId());
    if (o.status() != null) {
      m.put("status", AttributeValue.fromS(o.status().name()));
    }
    m.put("totalCents", AttributeValue.fromN(Long.toString(o.totalCents())));
    m.put("itemCount", AttributeValue.fromN(Integer.toString(o.itemCount())));
    putS(m, "currency", o.currency());
    m.put("express", AttributeValue.fromBool(o.express()));
    if (o.createdAt() != null) {
      m.put("createdAt", AttributeValue.fromS(o.createdAt().toString()));
    }
    putS(m, "note", o.note());
    if (o.tags() != null) {
      List<AttributeValue> tags = new ArrayList<>(o.tags().size());
      for (String tag : o.tags()) {
        tags.add(AttributeValue.fromS(tag));
      }
      m.put("tags", AttributeValue.fromL(tags));
    }
    if (o.quantities() != null) {
      Map<String, AttributeValue> quantities = new HashMap<>(o.quantities().size() * 2);
      for (Map.Entry<String, Integer> e : o.quantities().entrySet()) {
        quantities.put(e.getKey(), AttributeValue.fromN(e.getValue().toString()));
      }
      m.put("quantities", AttributeValue.fromM(quantities));
    }
    return m;
  }

  /** Returns the primary key attributes {@code PK} and {@code SK} of an order, for GetItem. */
  public static Map<String, AttributeValue> key(Order o) {
    return Map.of(
        "PK", AttributeValue.fromS(OrderKeys.renderPk(o.userId())),
        "SK", AttributeValue.fromS(OrderKeys.renderSk(o.date(), o.orderId())));
  }

  /** Returns the order an item holds; missing attributes become {@code null}, zero or false. */
  public static Order fromMap(Map<String, AttributeValue> m) {
    AttributeValue date = m.get("date");
    AttributeValue status = m.get("status");
    AttributeValue totalCents = m.get("totalCents");
    AttributeValue itemCount = m.get("itemCount");
    AttributeValue express = m.get("express");
    AttributeValue createdAt = m.get("createdAt");
    return new Order(
        s(m, "userId"),
        date == null ? null : LocalDate.parse(date.s()),
        s(m, "orderId"),
        status == null ? null : OrderStatus.valueOf(status.s()),
        totalCents == null ? 0L : Long.parseLong(totalCents.n()),
        itemCount == null ? 0 : Integer.parseInt(itemCount.n()),
        s(m, "currency"),
        express != null && express.bool(),
        createdAt == null ? null : Instant.parse(createdAt.s()),
        s(m, "note"),
        tags(m.get("tags")),
        quantities(m.get("quantities")));
  }

  private static void putS(Map<String, AttributeValue> m, String name, String value) {
    if (value != null) {
      m.put(name, AttributeValue.fromS(value));
    }
  }

  private static String s(Map<String, AttributeValue> m, String name) {
    AttributeValue value = m.get(name);
    return value == null ? null : value.s();
  }

  private static List<String> tags(AttributeValue value) {
    if (value == null) {
      return null;
    }
    List<AttributeValue> l = value.l();
    List<String> tags = new ArrayList<>(l.size());
    for (AttributeValue tag : l) {
      tags.add(tag.s());
    }
    return tags;
  }

  private static Map<String, Integer> quantities(AttributeValue value) {
    if (value == null) {
      return null;
    }
    Map<String, AttributeValue> m = value.m();
    Map<String, Integer> quantities = new HashMap<>(m.size() * 2);
    for (Map.Entry<String, AttributeValue> e : m.entrySet()) {
      quantities.put(e.getKey(), Integer.valueOf(e.getValue().n()));
    }
    return quantities;
  }
}

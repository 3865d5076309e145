package dev.singletable.internal.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * What a cursor belongs to: the request it continues, as a SHA-256 digest of everything that
 * decides which items the request reads and in which order (table, index, key condition with the
 * partition key and the sort condition, filter, their names and values, direction, and the entity
 * type or "mixed"), plus the key attributes its {@code LastEvaluatedKey} holds. A cursor keeps only
 * the key values the scope does not fix: the partition key of the queried index is the query's own.
 *
 * <p>Page size ({@code Limit}), consistency, projection and {@code Select} are not part of it, so a
 * cursor from {@code page()} continues {@code list()}, {@code keys()} or {@code count()} of the same
 * query. Values are serialized canonically (map keys and set elements sorted), so the same query
 * gets the same scope in every JVM. The digest is computed on first use, when a cursor is read or
 * written, so a query that returns no cursor never loads a message digest. <b>Not API.</b>
 * Immutable (its digest computed once) and thread-safe.
 */
public final class CursorScope {

  private final byte[] canonical;
  private final List<String> storedAttributes;
  private final Map<String, String> fixed;
  private final String description;
  private volatile byte[] digest;

  private CursorScope(byte[] canonical, List<String> storedAttributes, Map<String, String> fixed, String description) {
    this.canonical = canonical;
    this.storedAttributes = List.copyOf(storedAttributes);
    this.fixed = Map.copyOf(fixed);
    this.description = description;
  }

  /**
   * Returns the scope of a built {@code Query} request.
   *
   * @param request the request, with its key condition, filter and direction
   * @param entityType the entity type name the query returns, or {@code null} for a mixed query
   * @param keyAttributes the key attributes of the queried index's items, table keys first
   * @param partitionAttribute the queried index's partition key attribute
   * @param partitionValue the query's partition key value
   * @param description the query for messages, such as {@code a query of Order on table shop}
   */
  public static CursorScope of(QueryRequest request, String entityType, Iterable<String> keyAttributes,
      String partitionAttribute, String partitionValue, String description) {
    Canonical out = new Canonical();
    out.text("singletable query cursor 1");
    out.text(request.tableName());
    out.text(request.indexName());
    out.text(entityType);
    out.text(request.keyConditionExpression());
    out.text(request.filterExpression());
    out.text(String.valueOf(request.scanIndexForward()));
    out.names(request.expressionAttributeNames());
    out.values(request.expressionAttributeValues());
    List<String> stored = new ArrayList<>();
    for (String attribute : keyAttributes) {
      if (!attribute.equals(partitionAttribute)) {
        stored.add(attribute);
      }
    }
    out.text(String.join(",", stored));
    return new CursorScope(out.bytes(), stored, Map.of(partitionAttribute, partitionValue), description);
  }

  /**
   * Returns the scope of the same query over a sharded partition: its partition key is the logical
   * one ({@code STATUS#PENDING#<shard>}), each shard fixes its own, and its cursors hold a position
   * per shard ({@link ShardCursors}). Bound to the shard count too, so that no cursor of a query
   * of one partition continues a sharded one, nor the other way round.
   */
  CursorScope forShards(int shards) {
    Canonical out = new Canonical();
    out.bytes(canonical);
    out.text("sharded " + shards);
    return new CursorScope(out.bytes(), storedAttributes, Map.of(), description);
  }

  /** Returns the SHA-256 digest of the scope. */
  byte[] digest() {
    byte[] result = digest;
    if (result == null) {
      try {
        result = MessageDigest.getInstance("SHA-256").digest(canonical);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Every JDK has SHA-256", e);
      }
      digest = result;
    }
    return result.clone();
  }

  /** Returns the key attributes a cursor stores, in order. */
  List<String> storedAttributes() {
    return storedAttributes;
  }

  /** Returns the key attributes whose values the scope fixes, with their values. */
  Map<String, String> fixed() {
    return fixed;
  }

  /** Returns the query for messages. */
  String description() {
    return description;
  }

  /**
   * A length-prefixed, type-tagged serialization, digested with SHA-256: two different inputs never
   * serialize alike, and equal values serialize alike whatever the order of their maps and sets.
   */
  private static final class Canonical {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    void text(String text) {
      if (text == null) {
        out.write(0);
        return;
      }
      out.write(1);
      bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(byte[] bytes) {
      Varints.write(out, bytes.length);
      out.writeBytes(bytes);
    }

    void names(Map<String, String> names) {
      Map<String, String> sorted = new TreeMap<>(names == null ? Map.of() : names);
      Varints.write(out, sorted.size());
      sorted.forEach((name, attribute) -> {
        text(name);
        text(attribute);
      });
    }

    void values(Map<String, AttributeValue> values) {
      Map<String, AttributeValue> sorted = new TreeMap<>(values == null ? Map.of() : values);
      Varints.write(out, sorted.size());
      sorted.forEach((name, value) -> {
        text(name);
        value(value);
      });
    }

    void value(AttributeValue value) {
      Objects.requireNonNull(value, "attribute value");
      AttributeValue.Type type = value.type();
      text(type.name());
      switch (type) {
        case S -> text(value.s());
        case N -> text(value.n());
        case B -> bytes(value.b().asByteArray());
        case BOOL -> text(String.valueOf(value.bool()));
        case NUL -> text(String.valueOf(value.nul()));
        case SS -> sortedTexts(value.ss());
        case NS -> sortedTexts(value.ns());
        case BS -> sortedTexts(value.bs().stream().map(b -> java.util.HexFormat.of().formatHex(b.asByteArray())).toList());
        case L -> {
          Varints.write(out, value.l().size());
          value.l().forEach(this::value);
        }
        case M -> values(value.m());
        default -> throw new IllegalArgumentException("Cannot bind a cursor to a value of unknown type " + value);
      }
    }

    private void sortedTexts(List<String> texts) {
      List<String> sorted = new ArrayList<>(texts);
      sorted.sort(null);
      Varints.write(out, sorted.size());
      sorted.forEach(this::text);
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}

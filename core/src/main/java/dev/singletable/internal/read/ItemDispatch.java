package dev.singletable.internal.read;

import dev.singletable.EntitySchema;
import dev.singletable.TableDefinition;
import dev.singletable.internal.KeyField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Finds the entity of a raw item: by its type attribute, or, when it has none (items written by
 * other code, such as seed 001's sessions), by the shape of its primary key against every
 * entity's key templates. The processor's key-space analysis proves that no two entities of a
 * table can render the same primary key, so a key fits at most one entity's templates.
 * <b>Not API.</b> Thread-safe.
 */
public final class ItemDispatch {

  /**
   * The entity of an item, or why there is none.
   *
   * @param schema the entity's schema, or {@code null} when the item is of no entity
   * @param typeName the type attribute's value, or {@code null} when the item has none
   * @param byKey whether the entity was found by the key's shape (no type attribute)
   * @param reason why there is no entity, for messages; {@code null} when there is one
   */
  public record Match(EntitySchema<?> schema, String typeName, boolean byKey, String reason) {

    /** Returns whether the item is of an entity of the table. */
    public boolean isKnown() {
      return schema != null;
    }
  }

  private final TableDefinition definition;

  public ItemDispatch(TableDefinition definition) {
    this.definition = definition;
  }

  /** Returns the entity of {@code item}. */
  public Match of(Map<String, AttributeValue> item) {
    AttributeValue type = item.get(definition.typeAttribute());
    if (type != null && !Boolean.TRUE.equals(type.nul())) {
      if (type.s() == null) {
        return new Match(null, null, false, "its type attribute " + definition.typeAttribute() + " holds "
            + AttributeText.describe(type) + ", not a string");
      }
      // No lambdas on the way of a known item: a stream handler's first record spins each one.
      Optional<EntitySchema<?>> schema = definition.entity(type.s());
      if (schema.isPresent()) {
        return new Match(schema.get(), type.s(), false, null);
      }
      return new Match(null, type.s(), false, "its type " + definition.typeAttribute() + " = \""
          + type.s() + "\" names no entity of the table, whose types are "
          + definition.entities().stream().map(EntitySchema::typeName).toList());
    }
    List<EntitySchema<?>> fitting = new ArrayList<>();
    for (EntitySchema<?> schema : definition.entities()) {
      if (fitsPrimaryKey(schema, item)) {
        fitting.add(schema);
      }
    }
    if (fitting.size() == 1) {
      return new Match(fitting.get(0), null, true, null);
    }
    return new Match(null, null, false, "it has no type attribute " + definition.typeAttribute() + " and its key fits "
        + (fitting.isEmpty() ? "no entity's key templates"
            : "the key templates of " + fitting.stream().map(s -> s.entityClass().getSimpleName()).toList()));
  }

  /** Returns whether the item's table key attributes are renderings of the entity's primary key templates. */
  public static boolean fitsPrimaryKey(EntitySchema<?> schema, Map<String, AttributeValue> item) {
    for (KeyField field : schema.keyFields()) {
      if (field.indexName() == null && KeyProperties.parse(schema, field, item) == null) {
        return false;
      }
    }
    return true;
  }
}

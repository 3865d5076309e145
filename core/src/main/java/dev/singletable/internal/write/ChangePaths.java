package dev.singletable.internal.write;

import dev.singletable.Attribute;
import dev.singletable.EntitySchema;
import dev.singletable.internal.KeyField;
import java.util.Collection;

/**
 * The checks an update makes of the paths it changes, before any request: DynamoDB refuses two
 * changes of overlapping paths in one update expression, and {@code ADD} and {@code DELETE} below
 * the top level; an index key placeholder (or a part of one) whose new value the update cannot know
 * would leave the index key stale. Each failure is an {@link IllegalArgumentException} naming the
 * attribute, and the placeholder and template where one is at fault. <b>Not API.</b>
 */
public final class ChangePaths {

  private ChangePaths() {}

  /** Returns the key of a change in the update's maps: the attribute name, or the document path. */
  public static String key(Attribute<?, ?> attribute) {
    return attribute.path().toString();
  }

  /** Refuses a change of a path that one of {@code touched} already changes, or is inside, or holds. */
  public static void refuseOverlap(String entity, Collection<Attribute<?, ?>> touched, Attribute<?, ?> attribute) {
    for (Attribute<?, ?> other : touched) {
      if (other.path().equals(attribute.path())) {
        throw new IllegalArgumentException("Update of " + entity + " changes " + attribute
            + " twice; DynamoDB refuses overlapping paths in one update");
      }
      if (other.path().overlaps(attribute.path())) {
        throw new IllegalArgumentException("Update of " + entity + " changes " + other + " and " + attribute
            + ", and one is inside the other; DynamoDB refuses overlapping paths in one update. Change one of them");
      }
    }
  }

  /** Refuses {@code action} ({@code ADD}, {@code DELETE}) of a document member: DynamoDB changes top-level attributes only. */
  public static void refuseNested(Attribute<?, ?> attribute, String action) {
    if (attribute.path().isNested()) {
      throw new IllegalArgumentException("Cannot " + action + " " + attribute + ": DynamoDB's " + action
          + " changes top-level attributes only, not a member of a document. Set the new value instead");
    }
  }

  /**
   * Refuses a change of an index key placeholder, or of a part of one, whose new value would be
   * unknown before the request. Templates name properties; the attribute's name is matched through
   * {@link EntitySchema#attributeName}.
   */
  public static void refusePlaceholder(EntitySchema<?> schema, Attribute<?, ?> attribute, String operation) {
    for (KeyField field : schema.keyFields()) {
      for (String placeholder : field.template().placeholders()) {
        if (schema.attributeName(placeholder).equals(attribute.name())) {
          throw new IllegalArgumentException("Cannot " + operation + " " + attribute + ": it is placeholder <"
              + placeholder + "> of " + field.attributeName() + " template \"" + field.template().template()
              + "\", and its new value would be unknown, leaving the index key stale. Set the new value instead");
        }
      }
    }
  }
}

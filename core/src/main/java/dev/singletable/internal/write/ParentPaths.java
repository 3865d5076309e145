package dev.singletable.internal.write;

import dev.singletable.ConditionFailedException;
import dev.singletable.internal.document.DocumentPaths;
import dev.singletable.internal.expression.AttributePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What nested changes of an update need from the stored item. DynamoDB does not create the maps
 * and lists of a document path: {@code SET shippingAddress.city = :v} on an item without
 * {@code shippingAddress} fails, and {@code SET lineItems[7] = :v} on a shorter list appends the
 * value at its end instead. So an update requires, by condition, the map or list that holds each
 * nested path, and the element itself when a path sets one by index; when the condition fails on
 * such a path, {@link #explain} names it. <b>Not API.</b>
 */
public final class ParentPaths {

  private ParentPaths() {}

  /** Returns the paths that must exist for the update's nested sets, removes and appends. */
  public static List<AttributePath> required(UpdateSpec update) {
    Set<AttributePath> required = new LinkedHashSet<>();
    update.sets().forEach((name, value) -> require(required, update.touched().get(name).path(), value != null));
    update.appends().forEach((name, value) -> require(required, update.touched().get(name).path(), true));
    return List.copyOf(required);
  }

  private static void require(Set<AttributePath> required, AttributePath path, boolean writes) {
    if (!path.isNested()) {
      return;
    }
    required.add(path.parent());
    if (writes && path.endsWithIndex()) {
      required.add(path);
    }
  }

  /**
   * Returns the exception for a failed condition of the update: {@code failure} itself, or, when
   * the current item lacks a path the update needs, a {@link ConditionFailedException} that names
   * those paths. Subclasses (an item not found, a version conflict) are returned as they are.
   */
  public static RuntimeException explain(UpdateSpec update, ConditionFailedException failure) {
    if (failure.getClass() != ConditionFailedException.class) {
      return failure;
    }
    Map<String, AttributeValue> current = failure.currentValues();
    List<String> missing = new ArrayList<>();
    for (AttributePath path : required(update)) {
      if (DocumentPaths.valueAt(current, path) == null) {
        missing.add(path.toString());
      }
    }
    if (missing.isEmpty()) {
      return failure;
    }
    return new ConditionFailedException(failure.getMessage() + ". The item has no " + String.join(", no ", missing)
        + ", which the update's nested changes need: DynamoDB does not create the maps and lists of a document path"
        + " (and appends a list element set past the end). Set the whole top-level attribute instead",
        failure.key(), failure.currentItem(Object.class).orElse(null), current, failure.getCause());
  }
}

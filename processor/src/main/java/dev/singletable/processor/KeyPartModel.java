package dev.singletable.processor;

import dev.singletable.internal.KeyTemplate;
import java.util.List;

/**
 * One key attribute of an entity: a partition key or sort key template bound to its attribute.
 *
 * @param attributeName the key attribute, such as {@code GSI1PK}
 * @param template the parsed template
 * @param placeholders the properties of the placeholders, in template order
 * @param formats how each placeholder renders, in the same order
 */
record KeyPartModel(String attributeName, KeyTemplate template, List<PropertyModel> placeholders,
    List<ValueFormat> formats) {

  /**
   * Whether this key attribute stores its one placeholder's property (seed 003's {@code status}
   * as its index's partition key): the attribute is that property's own ({@link IndexKeyProperties}
   * checked that the two render the same text).
   */
  boolean storesProperty() {
    return placeholders.size() == 1 && placeholders.get(0).attributeName().equals(attributeName);
  }

  /** How the placeholder of {@code property} renders. */
  ValueFormat format(PropertyModel property) {
    return formats.get(placeholders.indexOf(property));
  }
}

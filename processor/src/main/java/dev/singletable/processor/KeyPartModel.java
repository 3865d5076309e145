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

  /** How the placeholder of {@code property} renders. */
  ValueFormat format(PropertyModel property) {
    return formats.get(placeholders.indexOf(property));
  }
}

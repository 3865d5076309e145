package dev.singletable.internal.document;

import dev.singletable.internal.DefaultConverters;
import dev.singletable.internal.expression.AttributePath;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Follows a document path ({@code lineItems[2].quantity}) through converters, to convert a value
 * at the path as the schema stores it, and through a stored item, to read the value there.
 * <b>Not API.</b> Thread-safe.
 */
public final class DocumentPaths {

  private DocumentPaths() {}

  /**
   * Returns the converter of the values at {@code path}, starting from the converter of its
   * top-level attribute: a document's member converter, a list's element converter, a map's value
   * converter. The SDK's own list and map converters (of default-converted elements) hold their
   * element type, whose converter is the default provider's.
   *
   * @throws IllegalArgumentException if a step does not fit the value it steps into
   */
  @SuppressWarnings("unchecked") // the part's converter converts the part's values
  public static AttributeConverter<Object> converterAt(AttributeConverter<?> root, AttributePath path) {
    AttributeConverter<?> converter = root;
    List<AttributePath.Step> steps = path.steps();
    for (int i = 1; i < steps.size(); i++) {
      AttributePath.Step step = steps.get(i);
      AttributeConverter<?> part = converter instanceof NestedConverter nested ? nested.converterAt(step)
          : defaultPart(converter.type(), step);
      if (part == null) {
        throw new IllegalArgumentException("Path " + path + " has no part " + step + ": the value before it is a "
            + converter.type().rawClass().getSimpleName());
      }
      converter = part;
    }
    return (AttributeConverter<Object>) converter;
  }

  /** The element converter of a default-converted list, or the value converter of such a map. */
  private static AttributeConverter<?> defaultPart(EnhancedType<?> type, AttributePath.Step step) {
    List<EnhancedType<?>> parameters = type.rawClassParameters();
    if (step.isIndex() && List.class.isAssignableFrom(type.rawClass()) && parameters.size() == 1) {
      return DefaultConverters.of(parameters.get(0));
    }
    if (!step.isIndex() && Map.class.isAssignableFrom(type.rawClass()) && parameters.size() == 2) {
      return DefaultConverters.of(parameters.get(1));
    }
    return null;
  }

  /**
   * Returns the value stored at {@code path} in {@code item}, or {@code null} if it is absent,
   * {@code NUL}, or a step does not fit (a member of a non-map, an index past a list's end).
   */
  public static AttributeValue valueAt(Map<String, AttributeValue> item, AttributePath path) {
    AttributeValue value = item.get(path.root());
    List<AttributePath.Step> steps = path.steps();
    for (int i = 1; i < steps.size() && value != null; i++) {
      AttributePath.Step step = steps.get(i);
      if (step.isIndex()) {
        value = value.hasL() && step.index() < value.l().size() ? value.l().get(step.index()) : null;
      } else {
        value = value.hasM() ? value.m().get(step.name()) : null;
      }
    }
    return value == null || Boolean.TRUE.equals(value.nul()) ? null : value;
  }
}

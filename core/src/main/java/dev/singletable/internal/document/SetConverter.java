package dev.singletable.internal.document;

import dev.singletable.internal.expression.AttributePath;
import java.util.LinkedHashSet;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;

/**
 * A set of documents (or of other values DynamoDB sets cannot hold), stored as a DynamoDB list
 * (L) in the set's iteration order: DynamoDB's sets hold only strings, numbers and binaries.
 * Read back into a {@link LinkedHashSet} in stored order. <b>Not API.</b> Immutable and
 * thread-safe.
 *
 * @param <E> the element type
 */
public final class SetConverter<E> extends CollectionConverter<Set<E>, E> {

  private SetConverter(AttributeConverter<E> elements) {
    super(elements, EnhancedType.setOf(elements.type()), LinkedHashSet::new);
  }

  /** Returns the converter of sets of elements that {@code elements} converts. */
  public static <E> SetConverter<E> of(AttributeConverter<E> elements) {
    return new SetConverter<>(elements);
  }

  /** A set has no paths into it: its order is not the user's. */
  @Override
  public AttributeConverter<?> converterAt(AttributePath.Step step) {
    return null;
  }
}

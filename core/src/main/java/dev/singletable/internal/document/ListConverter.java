package dev.singletable.internal.document;

import dev.singletable.internal.expression.AttributePath;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;

/**
 * A list whose elements the SDK's default provider cannot convert (documents, {@code YearMonth},
 * lists of them...), stored as a DynamoDB list (L) as the SDK stores lists: each element through
 * its converter, a {@code null} element as {@code NUL}. <b>Not API.</b> Immutable and thread-safe.
 *
 * @param <E> the element type
 */
public final class ListConverter<E> extends CollectionConverter<List<E>, E> {

  private ListConverter(AttributeConverter<E> elements) {
    super(elements, EnhancedType.listOf(elements.type()), ArrayList::new);
  }

  /** Returns the converter of lists of elements that {@code elements} converts. */
  public static <E> ListConverter<E> of(AttributeConverter<E> elements) {
    return new ListConverter<>(elements);
  }

  @Override
  public AttributeConverter<?> converterAt(AttributePath.Step step) {
    return step.isIndex() ? elements() : null;
  }
}

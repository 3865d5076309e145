package dev.singletable.internal.document;

import dev.singletable.internal.expression.AttributePath;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;

/**
 * A converter whose values have parts that a document path reaches: the members of a document,
 * the elements of a list, the values of a map. Conditions and updates of {@code address.city}
 * convert their value with the part's converter. <b>Not API.</b>
 */
public interface NestedConverter {

  /** Returns the converter of the part at {@code step}, or {@code null} if the values have no such part. */
  AttributeConverter<?> converterAt(AttributePath.Step step);
}

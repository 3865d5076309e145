package dev.singletable.internal;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.DefaultAttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;

/**
 * The enhanced client's default converters, for generated schemas, built the first time one is
 * asked for. <b>Not API.</b>
 *
 * <p>{@link DefaultAttributeConverterProvider#create()} instantiates every converter the SDK has
 * (about 130 classes) and starts SLF4J: about 35 ms of a fresh JVM, which a mapper of one item
 * does not need. Generated schemas write and read the common types directly ({@link
 * AttributeValues}, {@link TextValues}) and ask here only for the rest: converters of other
 * types, readers of other representations (a number stored as {@code S}) and {@code
 * converterForAttribute}. A schema that never needs one never builds the provider.
 *
 * <p>Thread-safe: the provider is created once, when the JVM initializes this class.
 */
public final class DefaultConverters {

  private static final AttributeConverterProvider PROVIDER = DefaultAttributeConverterProvider.create();

  private DefaultConverters() {}

  /**
   * Returns the default provider's converter for {@code type}, the one the SDK's static and
   * reflective schemas use.
   *
   * @throws IllegalStateException if the provider has none
   */
  public static <T> AttributeConverter<T> of(EnhancedType<T> type) {
    return PROVIDER.converterFor(type);
  }

  /** Returns the default provider's converter for {@code type}; see {@link #of(EnhancedType)}. */
  public static <T> AttributeConverter<T> of(Class<T> type) {
    return of(EnhancedType.of(type));
  }
}

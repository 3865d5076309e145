package dev.singletable.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;

/**
 * Stores a property with an enhanced-client {@link AttributeConverter} of your own: for a type of
 * your domain, a money or a Joda type, or another representation of a supported type.
 *
 * <pre>{@code
 * public record Order(..., @Convert(MoneyConverter.class) Money total) {}
 *
 * public final class MoneyConverter implements AttributeConverter<Money> {
 *   public static final MoneyConverter INSTANCE = new MoneyConverter(); // or a public no-arg constructor
 *   ...
 * }
 * }</pre>
 *
 * <p>The converter must be an {@code AttributeConverter<P>} of exactly the property's (boxed) type
 * {@code P}, in a public top-level or static nested class with a public static final
 * {@code INSTANCE} field of its own type, or a public no-argument constructor; the generated
 * schema creates it once and uses it for writes, reads, conditions and updates. Checked at
 * compile time. A converted property may be a key template placeholder only if its type is one
 * keys can render (the key renders the value itself; the converter stores the attribute).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Convert {

  /** The converter class. */
  Class<? extends AttributeConverter<?>> value();
}

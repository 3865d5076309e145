package dev.singletable.it;

import dev.singletable.internal.YearAttributeConverter;
import dev.singletable.internal.YearMonthAttributeConverter;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.ImmutableAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * The test oracle for generated table schemas: the SDK's own {@code StaticImmutableTableSchema},
 * built (with reflection, in the test only) over a record's components with the default
 * converters. The generated schema must write and read the record's attributes exactly as this.
 */
final class StaticSchemaOracle {

  private StaticSchemaOracle() {}

  /** Collects constructor arguments while an item is read. */
  static final class Arguments {
    final Object[] values;

    Arguments(int size) {
      values = new Object[size];
    }
  }

  /** A computed string attribute (a key or the type attribute) with its key tags. */
  record Computed<T>(String name, java.util.function.Function<T, String> getter,
      software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTag... tags) {}

  /** The oracle over the record's components only. */
  static <T extends Record> TableSchema<T> of(Class<T> type) {
    return of(type, List.of());
  }

  /**
   * The SDK's own document type of a record: its static schema (components stored under
   * {@code names}, nested documents of {@code documents}' types), null members left out, an empty
   * map read as an object. What singletable's generated document converters must match.
   */
  static <T extends Record> EnhancedType<T> documentOf(Class<T> type, Map<String, String> names,
      Map<Class<?>, EnhancedType<?>> documents) {
    return documentOf(type, of(type, List.of(), names, documents));
  }

  /** The SDK's document type over a hand-built schema, configured as singletable stores documents. */
  static <T> EnhancedType<T> documentOf(Class<T> type, TableSchema<T> schema) {
    return EnhancedType.documentOf(type, schema, c -> c.ignoreNulls(true).preserveEmptyObject(true));
  }

  /**
   * The oracle over the record's components and, first, computed attributes such as the key
   * attributes with their key tags: what the processor used to generate from the static builders.
   */
  static <T extends Record> TableSchema<T> of(Class<T> type, List<Computed<T>> computed) {
    return of(type, computed, Map.of(), Map.of());
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // attribute types come from the record's components
  private static <T extends Record> TableSchema<T> of(Class<T> type, List<Computed<T>> computed, Map<String, String> names,
      Map<Class<?>, EnhancedType<?>> documents) {
    RecordComponent[] components = type.getRecordComponents();
    Constructor<T> constructor;
    try {
      constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    StaticImmutableTableSchema.Builder<T, Arguments> builder = StaticImmutableTableSchema.builder(type, Arguments.class)
        .newItemBuilder(() -> new Arguments(components.length), arguments -> construct(constructor, components, arguments));
    for (Computed<T> attribute : computed) {
      builder.addAttribute(String.class, a -> a.name(attribute.name()).getter(attribute.getter())
          .setter((arguments, value) -> { }).tags(attribute.tags()));
    }
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      int index = i;
      EnhancedType attributeType = enhancedType(component.getGenericType(), documents);
      ImmutableAttribute.Builder attribute = ImmutableAttribute.builder(EnhancedType.of(type), EnhancedType.of(Arguments.class), attributeType)
          .name(names.getOrDefault(component.getName(), component.getName()))
          .getter(item -> invoke(component, item))
          .setter((arguments, value) -> ((Arguments) arguments).values[index] = value);
      if (component.getType() == YearMonth.class) {
        attribute.attributeConverter(YearMonthAttributeConverter.INSTANCE);
      } else if (component.getType() == Year.class) {
        attribute.attributeConverter(YearAttributeConverter.INSTANCE);
      }
      builder.addAttribute((ImmutableAttribute<T, Arguments, ?>) attribute.build());
    }
    return builder.build();
  }

  static EnhancedType<?> enhancedType(Type type, Map<Class<?>, EnhancedType<?>> documents) {
    if (type instanceof ParameterizedType generic) {
      Type[] arguments = generic.getActualTypeArguments();
      if (generic.getRawType() == List.class) {
        return EnhancedType.listOf(enhancedType(arguments[0], documents));
      }
      if (generic.getRawType() == Set.class) {
        return EnhancedType.setOf(enhancedType(arguments[0], documents));
      }
      if (generic.getRawType() == Map.class) {
        return EnhancedType.mapOf(enhancedType(arguments[0], documents), enhancedType(arguments[1], documents));
      }
    }
    Class<?> raw = (Class<?>) type;
    return documents.containsKey(raw) ? documents.get(raw) : EnhancedType.of(raw.isPrimitive() ? box(raw) : raw);
  }

  private static Class<?> box(Class<?> primitive) {
    return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
  }

  private static Object invoke(RecordComponent component, Object item) {
    try {
      return component.getAccessor().invoke(item);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T construct(Constructor<T> constructor, RecordComponent[] components, Arguments arguments) {
    Object[] values = arguments.values.clone();
    for (int i = 0; i < values.length; i++) {
      Class<?> type = components[i].getType();
      if (values[i] == null && type.isPrimitive()) {
        values[i] = type == boolean.class ? false : type == char.class ? '\0' : defaultNumber(type);
      }
    }
    try {
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object defaultNumber(Class<?> type) {
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0D;
    }
    if (type == float.class) {
      return 0F;
    }
    if (type == short.class) {
      return (short) 0;
    }
    if (type == byte.class) {
      return (byte) 0;
    }
    return 0;
  }
}

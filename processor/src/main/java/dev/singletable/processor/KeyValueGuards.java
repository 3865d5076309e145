package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * The guards a generated key method puts around rendering its values: a null check that names
 * every missing value at once, and a catch that adds the entity, attribute and template to a value
 * the key encoding refuses, so that no error names only the value.
 */
final class KeyValueGuards {

  private static final ClassName KEY_FIELD = ClassName.get("dev.singletable.internal", "KeyField");
  private static final ClassName INVALID_KEY = ClassName.get("dev.singletable", "InvalidKeyException");

  private KeyValueGuards() {}

  /**
   * Whether rendering one of the values can be refused (a lone surrogate or U+10FFFF in a string,
   * a year outside 0000-9999, a value a format cannot hold), so the renderer adds the key's context
   * to the refusal, as it does for a null value. Numbers, booleans, UUIDs and enum names never are.
   */
  static boolean refusable(List<PropertyModel> values, KeyPartModel part) {
    for (PropertyModel value : values) {
      ValueFormat format = part.formats().get(part.placeholders().indexOf(value));
      if (!format.isStandard()) {
        return true;
      }
      switch (value.keyValueType()) {
        case INT, LONG, BOOLEAN, UUID, ENUM -> { }
        default -> {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code try { <statement>; } catch (IllegalArgumentException e) { throw FIELD.refused(e); }}. */
  static CodeBlock withContext(CodeBlock statement, CodeBlock field) {
    return CodeBlock.builder()
        .beginControlFlow("try")
        .addStatement(statement)
        .nextControlFlow("catch ($T refused)", IllegalArgumentException.class)
        .addStatement("throw $L.refused(refused)", field)
        .endControlFlow()
        .build();
  }

  /** The {@code @throws} line of a key method, when one of its values can be null. */
  static CodeBlock throwsDoc(List<PropertyModel> values) {
    return values.stream().allMatch(PropertyModel::isPrimitive)
        ? CodeBlock.of("")
        : CodeBlock.of("\n@throws $T if a value is {@code null}\n", INVALID_KEY);
  }

  /** {@code if (a == null || b == null) throw KeyField.missing(names, values, fields)}, or nothing. */
  static CodeBlock nullCheck(List<PropertyModel> values, CodeBlock fields) {
    List<PropertyModel> nullable = values.stream().filter(p -> !p.isPrimitive()).toList();
    if (nullable.isEmpty()) {
      return CodeBlock.of("");
    }
    CodeBlock condition = CodeBlock.join(nullable.stream().map(p -> CodeBlock.of("$N == null", p.name())).toList(), " || ");
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", condition)
        .addStatement("throw $T.missing($L, new $T[] {$L}, $L)", KEY_FIELD,
            Generated.stringArray(nullable.stream().map(PropertyModel::name).toList()), Object.class,
            arguments(nullable), fields)
        .endControlFlow()
        .build();
  }

  static CodeBlock arguments(List<PropertyModel> properties) {
    return CodeBlock.join(properties.stream().map(p -> CodeBlock.of("$N", p.name())).toList(), ", ");
  }
}

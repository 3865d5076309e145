package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XAttributes}: one typed attribute handle per property ({@code Attribute},
 * {@code NumberAttribute}, {@code ListAttribute} or {@code SetAttribute}), for conditions,
 * filters, projections and updates.
 */
final class AttributesWriter {

  static final ClassName ATTRIBUTE = ClassName.get("dev.singletable", "Attribute");
  private static final ClassName NUMBER_ATTRIBUTE = ClassName.get("dev.singletable", "NumberAttribute");
  private static final ClassName LIST_ATTRIBUTE = ClassName.get("dev.singletable", "ListAttribute");
  private static final ClassName SET_ATTRIBUTE = ClassName.get("dev.singletable", "SetAttribute");
  private static final Set<String> NUMBERS = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
      "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal", "java.math.BigInteger");

  private AttributesWriter() {}

  /** Returns the generated class of an entity's attribute handles. */
  static ClassName className(EntityModel entity) {
    return Names.sibling(entity.type(), "Attributes");
  }

  /** Returns the constant name of each property's handle: {@code flaggedAt} to {@code FLAGGED_AT}. */
  static java.util.Map<String, String> constantNames(EntityModel entity) {
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (PropertyModel property : entity.properties()) {
      String name = Names.unique(Names.constantCase(property.name()), taken);
      taken.add(name);
      names.put(property.name(), name);
    }
    return names;
  }

  static JavaFile write(EntityModel entity) {
    TypeSpec.Builder type = Generated.publicFinalClass(className(entity))
        .addJavadoc("Typed attribute handles of {@link $T}, for conditions, filters, projections and updates.\n",
            entity.type())
        .addJavadoc("\n<p>A misspelt attribute or a value of the wrong type is a compile error. Immutable and thread-safe.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    java.util.Map<String, String> constants = constantNames(entity);
    for (PropertyModel property : entity.properties()) {
      TypeName value = property.boxedType();
      String factory;
      TypeName handle;
      if (value instanceof ParameterizedTypeName generic && generic.rawType().canonicalName().equals("java.util.List")) {
        handle = ParameterizedTypeName.get(LIST_ATTRIBUTE, entity.type(), generic.typeArguments().get(0));
        factory = "listOf";
      } else if (value instanceof ParameterizedTypeName generic && generic.rawType().canonicalName().equals("java.util.Set")) {
        handle = ParameterizedTypeName.get(SET_ATTRIBUTE, entity.type(), generic.typeArguments().get(0));
        factory = "setOf";
      } else if (value instanceof ClassName name && NUMBERS.contains(name.canonicalName())) {
        handle = ParameterizedTypeName.get(NUMBER_ATTRIBUTE, entity.type(), value);
        factory = property.isPrimitive() ? "primitiveNumber" : "numeric";
      } else {
        handle = ParameterizedTypeName.get(ATTRIBUTE, entity.type(), value);
        factory = property.isPrimitive() ? "primitive" : "of";
      }
      type.addField(FieldSpec.builder(handle, constants.get(property.name()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Attribute {@code $L} of {@link $T}.\n", property.name(), entity.type())
          .initializer("$T.$L($T.class, $S)", ATTRIBUTE, factory, entity.type(), property.name())
          .build());
    }
    return JavaFile.builder(entity.type().packageName(), type.build()).skipJavaLangImports(true).build();
  }
}

package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XAttributes}: one typed attribute handle per stored property ({@link Handles}),
 * for conditions, filters, projections and updates.
 */
final class AttributesWriter {

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

  /** "Attribute {@code created_at} (property {@code createdAt}) of {@link Order}." */
  static CodeBlock javadoc(PropertyModel property, TypeName owner) {
    String renamed = property.attributeName().equals(property.name()) ? ""
        : " (property {@code " + property.name() + "})";
    String kind = property.shape() instanceof ValueShape.Document ? "Document" : "Attribute";
    return CodeBlock.of("$L {@code $L}$L of {@link $T}.\n", kind, Generated.javadocText(property.attributeName()),
        renamed, owner);
  }

  static JavaFile write(EntityModel entity) {
    TypeSpec.Builder type = Generated.publicFinalClass(className(entity))
        .addJavadoc("Typed attribute handles of {@link $T}, for conditions, filters, projections and updates.\n",
            entity.type())
        .addJavadoc("\n<p>A misspelt attribute or a value of the wrong type is a compile error. Immutable and thread-safe.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    java.util.Map<String, String> constants = constantNames(entity);
    for (PropertyModel property : entity.properties()) {
      type.addField(FieldSpec.builder(Handles.type(property, entity.type()), constants.get(property.name()),
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc(javadoc(property, entity.type()))
          .initializer(Handles.initializer(property, CodeBlock.of("$T.class", entity.type())))
          .build());
    }
    return JavaFile.builder(entity.type().packageName(), type.build()).skipJavaLangImports(true).build();
  }
}

package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XUpdate}: a typed setter per property that an update may change, for
 * {@code Update.set(...)}. Primary key placeholders get none: DynamoDB keys cannot change, so
 * trying is a compile error; nor do {@code @Version}, {@code @CreatedAt} and {@code @UpdatedAt},
 * which singletable writes itself. Each setter's Javadoc names the index keys that follow the change.
 */
final class UpdateWriter {

  private static final ClassName ASSIGNMENT = ClassName.get("dev.singletable", "Assignment");
  private static final ClassName UPDATE = ClassName.get("dev.singletable", "Update");

  private UpdateWriter() {}

  static JavaFile write(EntityModel entity) {
    ClassName attributes = AttributesWriter.className(entity);
    Map<String, String> constants = AttributesWriter.constantNames(entity);
    Set<String> propertyNames = entity.properties().stream().map(PropertyModel::name)
        .collect(Collectors.toSet());
    Set<String> primary = new HashSet<>();
    entity.primaryKey().allPlaceholders().forEach(p -> primary.add(p.name()));
    String example = entity.properties().stream().map(PropertyModel::name).filter(n -> !primary.contains(n))
        .findFirst().map(n -> ": {@code set(" + Names.sibling(entity.type(), "Update").simpleName() + "." + n + "(...))}")
        .orElse(" (it has no property outside its primary key)");
    TypeSpec.Builder type = Generated.publicFinalClass(Names.sibling(entity.type(), "Update"))
        .addJavadoc("Typed setters of {@link $T} for {@link $T#set}$L.\n", entity.type(), UPDATE, example)
        .addJavadoc("\n<p>Primary key properties have no setter: DynamoDB keys cannot change. All members are static\n")
        .addJavadoc("and thread-safe.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        // Parameters are named after properties: a type with such a simple name must be qualified.
        .alwaysQualify(propertyNames.toArray(String[]::new));
    CodeBlock attributesReference = Generated.typeReference(attributes, propertyNames);
    for (PropertyModel property : entity.properties()) {
      if (primary.contains(property.name()) || entity.managed().kindOf(property.name())
          .filter(ManagedProperties.Kind::writtenByLibrary).isPresent()) {
        continue; // keys cannot change; versions and timestamps are singletable's to write
      }
      type.addMethod(MethodSpec.methodBuilder(property.name())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(ParameterizedTypeName.get(ASSIGNMENT, entity.type()))
          .addParameter(property.type(), property.name())
          .addJavadoc("Sets {@code $L} of {@link $T}$L.\n", property.name(), entity.type(),
              property.isPrimitive() ? "" : "; {@code null} removes it")
          .addJavadoc(followingKeys(entity, property))
          .addStatement("return $L.$N.set($N)", attributesReference, constants.get(property.name()), property.name())
          .build());
    }
    return JavaFile.builder(entity.type().packageName(), type.build()).skipJavaLangImports(true).build();
  }

  /** "Keys of GSI1 (STATUS#<status>, ...) are rendered again." for the keys that use the property. */
  private static String followingKeys(EntityModel entity, PropertyModel property) {
    List<String> keys = new ArrayList<>();
    for (KeyModel key : entity.keys()) {
      if (!key.isPrimary() && key.allPlaceholders().contains(property)) {
        keys.add(key.index().name());
      }
    }
    return keys.isEmpty() ? "" : "\n<p>The keys of " + String.join(", ", keys)
        + " follow the change in the same request" + (property.isPrimitive() ? "" : "; {@code null} takes the item out of them")
        + ".\n";
  }
}

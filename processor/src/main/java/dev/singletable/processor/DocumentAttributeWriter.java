package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XAttribute<T>}: the typed handle of a nested document {@code X} wherever an entity
 * {@code T} holds it, an {@code Attribute<T, X>} with a method per stored member returning the
 * member's handle at the path below ({@code SHIPPING_ADDRESS.city()} is
 * {@code shippingAddress.city}). A member named like a method of {@code Attribute} ({@code name},
 * {@code path}...) gets the method {@code nameMember()}.
 */
final class DocumentAttributeWriter {

  /** Methods of {@code Attribute} and {@code Object} without parameters, which a member method would clash with. */
  private static final Set<String> TAKEN = Set.of("name", "path", "entityClass", "isNullable", "hashCode", "toString",
      "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  private DocumentAttributeWriter() {}

  static JavaFile write(DocumentModel document) {
    TypeVariableName entity = TypeVariableName.get("T");
    ClassName self = document.handleClass();
    ParameterizedTypeName attribute = ParameterizedTypeName.get(Handles.ATTRIBUTE, entity, document.type());
    TypeSpec.Builder handle = Generated.publicFinalClass(self)
        .addTypeVariable(entity)
        .superclass(attribute)
        .addJavadoc("The typed handle of document {@link $T} in an attribute of entity {@code T}: a method per\n",
            document.type())
        .addJavadoc("member returns the member's handle at its document path, for conditions, filters and\n")
        .addJavadoc("updates. Immutable and thread-safe.\n")
        .addJavadoc("\n@param <T> the entity class\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Makes the handle of the document at the place of {@code at}; generated code calls this.\n")
            .addParameter(attribute, "at")
            .addStatement("super(at)")
            .build());
    Set<String> methods = new HashSet<>(TAKEN);
    for (PropertyModel property : document.properties()) {
      String name = TAKEN.contains(property.name()) ? Names.unique(property.name() + "Member", methods) : property.name();
      methods.add(name);
      handle.addMethod(MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC)
          .returns(Handles.type(property, entity))
          .addJavadoc(AttributesWriter.javadoc(property, document.type()))
          .addStatement("return $L", Handles.initializer(property, CodeBlock.of("this")))
          .build());
    }
    return JavaFile.builder(self.packageName(), handle.build()).skipJavaLangImports(true).build();
  }
}

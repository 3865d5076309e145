package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XDocument}: the reflection-free attribute converter of a nested document, a map
 * (M) with an entry per non-null stored property under its attribute name, one statement per
 * property, as {@link MapperWriter} writes an entity's table schema. Entities and documents that
 * hold the document share it.
 */
final class DocumentWriter {

  private static final String HOLDER = "Converters";
  private static final ClassName DOCUMENT_CONVERTER = ClassName.get("dev.singletable.internal.document", "DocumentConverter");
  private static final TypeName VALUE_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), AttributeCodec.ATTRIBUTE_VALUE);
  private static final TypeName ANY_CONVERTER =
      ParameterizedTypeName.get(PropertyConverters.CONVERTER, WildcardTypeName.subtypeOf(Object.class));

  private final DocumentModel document;
  private final PropertyConverters converters;
  private final Set<String> names = new HashSet<>();

  private DocumentWriter(DocumentModel document) {
    this.document = document;
    document.declared().forEach(p -> names.add(p.name()));
    Set<String> taken = new HashSet<>(Set.of("INSTANCE", "MEMBERS"));
    Map<String, String> fields = new LinkedHashMap<>();
    for (PropertyModel property : document.properties()) {
      String field = Names.unique(Names.constantCase(property.name()) + "_CONVERTER", taken);
      taken.add(field);
      fields.put(property.name(), field);
    }
    this.converters = new PropertyConverters(document.properties(), fields, HOLDER);
  }

  static JavaFile write(DocumentModel document) {
    return new DocumentWriter(document).build();
  }

  private JavaFile build() {
    ClassName type = document.type();
    ClassName self = document.converterClass();
    TypeSpec.Builder converter = Generated.publicFinalClass(self)
        .superclass(ParameterizedTypeName.get(DOCUMENT_CONVERTER, type))
        .addJavadoc("The reflection-free attribute converter of document {@link $T}: a map (M) with an entry per\n", type)
        .addJavadoc("non-null property, under its attribute name; an absent entry reads as {@code null}, 0 or\n")
        .addJavadoc("{@code false}. Immutable and thread-safe.\n")
        .addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The converter of {@link $T}.\n", type)
            .initializer("new $T()", self)
            .build());
    converters.addEagerFields(converter);
    return JavaFile.builder(self.packageName(), converter
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addStatement("super($T.class)", type).build())
            .addMethod(write())
            .addMethod(read())
            .addMethod(MethodSpec.methodBuilder("member").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
                .returns(ANY_CONVERTER).addParameter(String.class, "attributeName")
                .addStatement("return $N.MEMBERS.get(attributeName)", HOLDER).build())
            .addType(holder())
            .build())
        .skipJavaLangImports(true).build();
  }

  /** The holder of the default provider's converters and of every member's converter by attribute name. */
  private TypeSpec holder() {
    TypeSpec.Builder holder = TypeSpec.classBuilder(HOLDER)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The converters of the SDK's default provider, built when first used: mapping documents of\n"
            + "common types does not need them.\n");
    converters.addHolderFields(holder);
    List<CodeBlock> members = converters.entries();
    return holder.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                ANY_CONVERTER), "MEMBERS", Modifier.STATIC, Modifier.FINAL)
            .initializer(members.isEmpty() ? CodeBlock.of("$T.of()", Map.class)
                : CodeBlock.of("$T.ofEntries(\n$>$>$L$<$<)", Map.class, CodeBlock.join(members, ",\n")))
            .build())
        .build();
  }

  private MethodSpec write() {
    String item = unique("document");
    String map = unique("map");
    MethodSpec.Builder method = MethodSpec.methodBuilder("write").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(VALUE_MAP).addParameter(document.type(), item)
        .addStatement("$T $N = new $T<>($L)", VALUE_MAP, map, HashMap.class, document.properties().size() * 4 / 3 + 1);
    for (PropertyModel property : document.properties()) {
      CodeBlock value = AttributeCodec.of(property).write(property, CodeBlock.of("$N.$N()", item, property.getter()),
          converters.reference(property));
      method.addStatement("$T.put($N, $S, $L, true)", AttributeCodec.VALUES, map, property.attributeName(), value);
    }
    return method.addStatement("return $N", map).build();
  }

  private MethodSpec read() {
    String map = unique("map");
    String item = unique("document");
    MethodSpec.Builder method = MethodSpec.methodBuilder("read").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(document.type()).addParameter(VALUE_MAP, map);
    Instantiation.returnNew(method, document.type(), document.record(), document.declared(), item,
        property -> AttributeCodec.of(property).read(property, map, converters.reference(property)));
    return method.build();
  }

  private String unique(String base) {
    return Names.unique(base, names);
  }
}

package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XSchema}: the entity's {@code EntitySchema} with an enhanced-client
 * {@code TableSchema} built from the static builders (no reflection). Records map through a
 * generated builder ({@code StaticImmutableTableSchema}), beans through their setters
 * ({@code StaticTableSchema}).
 */
final class EntitySchemaWriter {

  private static final String MAPPER = "software.amazon.awssdk.enhanced.dynamodb.mapper";
  private static final ClassName ENTITY_SCHEMA = ClassName.get("dev.singletable", "EntitySchema");
  private static final ClassName PRIMARY_KEY = ClassName.get("dev.singletable", "PrimaryKey");
  private static final ClassName TABLE_SCHEMA = ClassName.get("software.amazon.awssdk.enhanced.dynamodb", "TableSchema");
  private static final ClassName IMMUTABLE_SCHEMA = ClassName.get(MAPPER, "StaticImmutableTableSchema");
  private static final ClassName STATIC_SCHEMA = ClassName.get(MAPPER, "StaticTableSchema");
  private static final ClassName TAGS = ClassName.get(MAPPER, "StaticAttributeTags");
  private static final ClassName KEY_FIELD = ClassName.get("dev.singletable.internal", "KeyField");
  private static final String BUILDER = "Builder";

  private final EntityModel entity;
  private final ClassName builder;

  private EntitySchemaWriter(EntityModel entity) {
    this.entity = entity;
    this.builder = entity.schemaClass().nestedClass(BUILDER);
  }

  static JavaFile write(EntityModel entity) {
    return new EntitySchemaWriter(entity).build();
  }

  private JavaFile build() {
    ClassName type = entity.type();
    TypeName schemaType = ParameterizedTypeName.get(ENTITY_SCHEMA, type);
    TypeSpec.Builder schema = Generated.publicFinalClass(entity.schemaClass())
        .addSuperinterface(schemaType)
        .addJavadoc("The reflection-free schema of {@link $T}, stored as type {@code $S} in table {@code $L}.\n",
            type, entity.typeName(), entity.table().tableName())
        .addJavadoc("\n<p>Its table schema writes every property as an attribute of the same name, the key\n")
        .addJavadoc("attributes rendered from {@link $T} (an index key is left out when one of its\n", entity.keysClass())
        .addJavadoc("placeholders is {@code null}: a sparse index) and the type attribute {@code $L}.\n",
            entity.table().typeAttribute())
        .addJavadoc("Immutable and thread-safe.\n")
        .addField(FieldSpec.builder(schemaType, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The schema of {@link $T}.\n", type)
            .initializer("new $T()", entity.schemaClass())
            .build())
        .addField(FieldSpec.builder(String.class, "TYPE_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Type name of {@link $T}, stored in attribute {@code $L}.\n", type, entity.table().typeAttribute())
            .initializer("$S", entity.typeName())
            .build())
        .addField(ParameterizedTypeName.get(TABLE_SCHEMA, type), "tableSchema", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("this.tableSchema = $L", tableSchemaExpression())
            .build())
        .addMethod(override("entityClass", ParameterizedTypeName.get(ClassName.get(Class.class), type))
            .addStatement("return $T.class", type).build())
        .addMethod(override("typeName", ClassName.get(String.class)).addStatement("return TYPE_NAME").build())
        .addMethod(override("tableSchema", ParameterizedTypeName.get(TABLE_SCHEMA, type))
            .addStatement("return tableSchema").build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), KEY_FIELD), "KEY_FIELDS",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", List.class, keyFields())
            .build())
        .addMethod(override("keyFields", ParameterizedTypeName.get(ClassName.get(List.class), KEY_FIELD))
            .addStatement("return KEY_FIELDS").build())
        .addMethod(override("primaryKey", PRIMARY_KEY)
            .addParameter(type, "item")
            .addStatement("return $T.key($L)", entity.keysClass(), getters(entity.primaryKey().allPlaceholders()))
            .build());
    for (KeyModel key : entity.keys()) {
      if (key.isPrimary() || !key.index().local()) {
        schema.addMethod(keyGetter(key, true));
      }
      schema.addMethod(keyGetter(key, false));
    }
    if (entity.record()) {
      schema.addType(recordBuilder());
    }
    return JavaFile.builder(entity.schemaClass().packageName(), schema.build()).skipJavaLangImports(true).build();
  }

  private CodeBlock tableSchemaExpression() {
    CodeBlock.Builder code = CodeBlock.builder();
    if (entity.record()) {
      code.add("$T.builder($T.class, $T.class)\n", IMMUTABLE_SCHEMA, entity.type(), builder)
          .add(".newItemBuilder($T::new, $T::build)\n", builder, builder);
    } else {
      code.add("$T.builder($T.class)\n", STATIC_SCHEMA, entity.type())
          .add(".newItemSupplier($T::new)\n", entity.type());
    }
    for (Map.Entry<String, KeyAttribute> key : keyAttributes().entrySet()) {
      code.add(".addAttribute($T.class, a -> a.name($S)\n", String.class, key.getKey())
          .indent().indent()
          .add(".getter($T::$N)\n", entity.schemaClass(), key.getValue().getter())
          .add(".setter((item, value) -> {})\n")
          .add(".tags($L))\n", CodeBlock.join(key.getValue().tags(), ", "))
          .unindent().unindent();
    }
    code.add(".addAttribute($T.class, a -> a.name($S).getter(item -> TYPE_NAME).setter((item, value) -> {}))\n",
        String.class, entity.table().typeAttribute());
    for (PropertyModel property : entity.properties()) {
      code.add(".addAttribute($L, a -> a.name($S)", property.attributeType(), property.name())
          .add(".getter($T::$N)", entity.type(), property.getter())
          .add(".setter($T::$N)", entity.record() ? builder : entity.type(), setterName(property));
      if (property.converter() != null) {
        code.add(".attributeConverter($L)", property.converter());
      }
      code.add(")\n");
    }
    return code.add(".build()").build();
  }

  /** The XKeys fields of every key part, table first, in the order EntitySchema.keyFields() promises. */
  private CodeBlock keyFields() {
    List<CodeBlock> fields = new ArrayList<>();
    for (KeyModel key : entity.keys()) {
      fields.add(CodeBlock.of("$T.$N", entity.keysClass(), KeysWriter.fieldName(key, true)));
      fields.add(CodeBlock.of("$T.$N", entity.keysClass(), KeysWriter.fieldName(key, false)));
    }
    return CodeBlock.join(fields, ", ");
  }

  /** The computed key attributes of the entity, in order, with their getter and tags. */
  private record KeyAttribute(String getter, List<CodeBlock> tags) {}

  private Map<String, KeyAttribute> keyAttributes() {
    Map<String, KeyAttribute> attributes = new LinkedHashMap<>();
    for (KeyModel key : entity.keys()) {
      if (key.isPrimary()) {
        List<CodeBlock> tags = new ArrayList<>(List.of(CodeBlock.of("$T.primaryPartitionKey()", TAGS)));
        for (KeyModel other : entity.keys()) {
          if (!other.isPrimary() && other.index().local()) {
            tags.add(CodeBlock.of("$T.secondaryPartitionKey($S)", TAGS, other.index().name()));
          }
        }
        attributes.put(key.partition().attributeName(), new KeyAttribute(getterName(key, true), tags));
        attributes.put(key.sort().attributeName(), new KeyAttribute(getterName(key, false),
            List.of(CodeBlock.of("$T.primarySortKey()", TAGS))));
      } else {
        if (!key.index().local()) {
          attributes.put(key.partition().attributeName(), new KeyAttribute(getterName(key, true),
              List.of(CodeBlock.of("$T.secondaryPartitionKey($S)", TAGS, key.index().name()))));
        }
        attributes.put(key.sort().attributeName(), new KeyAttribute(getterName(key, false),
            List.of(CodeBlock.of("$T.secondarySortKey($S)", TAGS, key.index().name()))));
      }
    }
    return attributes;
  }

  /**
   * A key attribute's getter: the primary key throws on a {@code null} placeholder (via the
   * renderer); an index key returns {@code null}, which leaves the item out of the sparse index.
   */
  private MethodSpec keyGetter(KeyModel key, boolean partition) {
    KeyPartModel part = partition ? key.partition() : key.sort();
    MethodSpec.Builder method = MethodSpec.methodBuilder(getterName(key, partition))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(entity.type(), "item");
    if (!key.isPrimary()) {
      // An LSI's partition key is the table's, always present: only its sort key can be missing.
      List<PropertyModel> placeholders = key.index().local() ? key.sort().placeholders() : key.allPlaceholders();
      List<PropertyModel> nullable = placeholders.stream().filter(p -> !p.isPrimitive()).toList();
      if (!nullable.isEmpty()) {
        method.addComment("A null placeholder leaves the item out of sparse index $L.", key.index().name())
            .beginControlFlow("if ($L)", CodeBlock.join(
                nullable.stream().map(p -> CodeBlock.of("item.$N() == null", p.getter())).toList(), " || "))
            .addStatement("return null")
            .endControlFlow();
      }
    }
    return method.addStatement("return $T.$N($L)", entity.keysClass(), KeysWriter.rendererName(key, partition),
            getters(part.placeholders()))
        .build();
  }

  private TypeSpec recordBuilder() {
    TypeSpec.Builder type = TypeSpec.classBuilder(BUILDER)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Collects attribute values while an item is read; builds the record at the end.\n");
    List<CodeBlock> arguments = new ArrayList<>();
    for (PropertyModel property : entity.properties()) {
      type.addField(property.boxedType(), property.name(), Modifier.PRIVATE);
      type.addMethod(MethodSpec.methodBuilder(setterName(property))
          .addParameter(property.boxedType(), property.name())
          .addStatement("this.$N = $N", property.name(), property.name())
          .build());
      arguments.add(property.isPrimitive()
          ? CodeBlock.of("$N == null ? $L : $N", property.name(), defaultValue(property.type()), property.name())
          : CodeBlock.of("$N", property.name()));
    }
    return type.addMethod(MethodSpec.methodBuilder("build")
            .returns(entity.type())
            .addStatement("return new $T($L)", entity.type(), CodeBlock.join(arguments, ", "))
            .build())
        .build();
  }

  private MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  private static CodeBlock getters(List<PropertyModel> properties) {
    return CodeBlock.join(properties.stream().map(p -> CodeBlock.of("item.$N()", p.getter())).toList(), ", ");
  }

  private String setterName(PropertyModel property) {
    return entity.record() ? "set" + Names.capitalize(property.name()) : property.setter();
  }

  private static String getterName(KeyModel key, boolean partition) {
    return KeysWriter.memberName(key, partition) + "Of";
  }

  private static String defaultValue(TypeName primitive) {
    if (primitive.equals(TypeName.BOOLEAN)) {
      return "false";
    }
    if (primitive.equals(TypeName.CHAR)) {
      return "'\\0'";
    }
    if (primitive.equals(TypeName.LONG)) {
      return "0L";
    }
    if (primitive.equals(TypeName.FLOAT)) {
      return "0F";
    }
    if (primitive.equals(TypeName.DOUBLE)) {
      return "0D";
    }
    return primitive.equals(TypeName.INT) ? "0" : "(" + primitive + ") 0";
  }
}

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
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XSchema}: the entity's {@code EntitySchema}, whose enhanced-client
 * {@code TableSchema} is generated code ({@link MapperWriter}): no reflection, and no lambdas
 * assembled at run time.
 */
final class EntitySchemaWriter {

  private static final ClassName ENTITY_SCHEMA = ClassName.get("dev.singletable", "EntitySchema");
  private static final ClassName PRIMARY_KEY = ClassName.get("dev.singletable", "PrimaryKey");
  private static final ClassName TABLE_SCHEMA = ClassName.get("software.amazon.awssdk.enhanced.dynamodb", "TableSchema");
  private static final ClassName KEY_FIELD = ClassName.get("dev.singletable.internal", "KeyField");

  private final EntityModel entity;

  private EntitySchemaWriter(EntityModel entity) {
    this.entity = entity;
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
        .addJavadoc("\n<p>Its table schema writes every stored property as an attribute of its name (or of its\n")
        .addJavadoc("{@code @AttributeName}), the key attributes rendered from {@link $T} (an index key is left\n",
            entity.keysClass())
        .addJavadoc("out when one of its placeholders is {@code null}: a sparse index) and the type attribute {@code $L}.\n",
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
            .addStatement("this.tableSchema = new $N()", MapperWriter.CLASS_NAME)
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
    attributeNames().ifPresent(schema::addMethod);
    addManagedAttributes(schema);
    for (KeyModel key : entity.keys()) {
      if (key.isPrimary() || !key.index().local()) {
        schema.addMethod(keyGetter(key, true));
      }
      schema.addMethod(keyGetter(key, false));
    }
    schema.addType(new MapperWriter(entity, keyGetters()).write());
    return JavaFile.builder(entity.schemaClass().packageName(), schema.build()).skipJavaLangImports(true).build();
  }

  /** Overrides {@code versionAttribute()} and the like for each property singletable writes or reads itself. */
  private void addManagedAttributes(TypeSpec.Builder schema) {
    TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), ClassName.get(String.class));
    for (ManagedProperties.Kind kind : ManagedProperties.Kind.values()) {
      String property = entity.managed().of(kind);
      if (property == null) {
        continue;
      }
      String method = Names.lowerCamel(kind.annotation) + "Attribute";
      String field = Names.constantCase(method);
      schema.addField(FieldSpec.builder(optional, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.of($S)", Optional.class, entity.attributeOf(property)).build())
          .addMethod(override(method, optional).addStatement("return $N", field).build());
    }
  }

  /**
   * {@code attributeName(property)} for the properties stored under another name
   * ({@code @AttributeName}); without any, the interface's identity default stands.
   */
  private java.util.Optional<MethodSpec> attributeNames() {
    List<PropertyModel> renamed = entity.properties().stream().filter(p -> !p.attributeName().equals(p.name())).toList();
    if (renamed.isEmpty()) {
      return java.util.Optional.empty();
    }
    CodeBlock.Builder cases = CodeBlock.builder();
    renamed.forEach(p -> cases.add("case $S -> $S;\n", p.name(), p.attributeName()));
    cases.add("default -> property;\n");
    return java.util.Optional.of(override("attributeName", ClassName.get(String.class))
        .addParameter(String.class, "property")
        .addCode("return switch (property) {\n$>$L$<};\n", cases.build())
        .build());
  }

  /**
   * The computed key attributes, in order (table keys, then each index's; an LSI's partition key
   * is the table's), with the name of the static getter that renders each.
   */
  private Map<String, String> keyGetters() {
    Map<String, String> getters = new LinkedHashMap<>();
    for (KeyModel key : entity.keys()) {
      if (key.isPrimary() || !key.index().local()) {
        getters.putIfAbsent(key.partition().attributeName(), getterName(key, true));
      }
      // An attribute shared by two keys has one template (KeyAttributeConflicts): the first
      // getter, the table's when it is the table's attribute, decides whether it may be absent.
      getters.putIfAbsent(key.sort().attributeName(), getterName(key, false));
    }
    return getters;
  }

  /** The XKeys fields of every key part, table first, in the order EntitySchema.keyFields() promises. */
  private CodeBlock keyFields() {
    List<CodeBlock> fields = new ArrayList<>();
    for (KeyModel key : entity.keys()) {
      fields.add(CodeBlock.of("$T.$N", entity.keysClass(), KeyMemberNames.fieldName(key, true)));
      fields.add(CodeBlock.of("$T.$N", entity.keysClass(), KeyMemberNames.fieldName(key, false)));
    }
    return CodeBlock.join(fields, ", ");
  }

  /**
   * A key attribute's getter: the primary key throws on a {@code null} placeholder (via the
   * renderer); an index key returns {@code null}, which leaves the item out of the sparse index.
   * An index key attribute that stores a property ({@code <status>}) is that property's value:
   * {@code null} only when the property is, whatever the index's other placeholders hold (the
   * item is out of the index then anyway, since DynamoDB needs both of its keys), so that no put
   * drops the property.
   */
  private MethodSpec keyGetter(KeyModel key, boolean partition) {
    KeyPartModel part = partition ? key.partition() : key.sort();
    MethodSpec.Builder method = MethodSpec.methodBuilder(getterName(key, partition))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(entity.type(), "item");
    if (!key.isPrimary()) {
      // An LSI's partition key is the table's, always present: only its sort key can be missing.
      List<PropertyModel> placeholders = part.storesProperty() ? part.placeholders()
          : key.index().local() ? key.sort().placeholders() : key.allPlaceholders();
      List<PropertyModel> nullable = placeholders.stream().filter(p -> !p.isPrimitive()).toList();
      if (!nullable.isEmpty()) {
        method.addComment("A null placeholder leaves the item out of sparse index $L.", key.index().name())
            .beginControlFlow("if ($L)", CodeBlock.join(
                nullable.stream().map(p -> CodeBlock.of("item.$N() == null", p.getter())).toList(), " || "))
            .addStatement("return null")
            .endControlFlow();
      }
    }
    return method.addStatement("return $T.$N($L)", entity.keysClass(), KeyMemberNames.rendererName(key, partition),
            values(key, part))
        .build();
  }

  /**
   * The values of a key part's placeholders, from the item: its getters, and a derived shard
   * computed from the item's primary key ({@code OrderKeys.GSI1_PK.shardOf(pkOf(item), skOf(item))}).
   */
  private CodeBlock values(KeyModel key, KeyPartModel part) {
    KeyModel primary = entity.primaryKey();
    return CodeBlock.join(part.placeholders().stream().map(p -> key.isDerivedShard(p)
        ? CodeBlock.of("$T.$N.shardOf($N(item), $N(item))", entity.keysClass(), KeyMemberNames.fieldName(key, true),
            getterName(primary, true), getterName(primary, false))
        : CodeBlock.of("item.$N()", p.getter())).toList(), ", ");
  }

  private MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  private static CodeBlock getters(List<PropertyModel> properties) {
    return CodeBlock.join(properties.stream().map(p -> CodeBlock.of("item.$N()", p.getter())).toList(), ", ");
  }

  private static String getterName(KeyModel key, boolean partition) {
    return KeyMemberNames.memberName(key, partition) + "Of";
  }
}

package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code TSchema}: the table's {@code TableDefinition}, its {@code table(...)} factories and
 * {@code streamReader()}.
 */
final class TableSchemaWriter {

  private static final ClassName SINGLE_TABLE = ClassName.get("dev.singletable", "SingleTable");
  private static final ClassName STREAM_READER = ClassName.get("dev.singletable", "StreamReader");
  private static final ClassName TABLE_DEFINITION = ClassName.get("dev.singletable", "TableDefinition");
  private static final ClassName INDEX_DEFINITION = ClassName.get("dev.singletable", "IndexDefinition");
  private static final ClassName PROJECTION = ClassName.get("dev.singletable.annotation", "Projection");
  private static final ClassName CLIENT = ClassName.get("software.amazon.awssdk.services.dynamodb", "DynamoDbClient");

  private TableSchemaWriter() {}

  static JavaFile write(TableModel table, List<EntityModel> entities) {
    CodeBlock.Builder definition = CodeBlock.builder()
        .add("$T.builder(TABLE_NAME)\n", TABLE_DEFINITION)
        .indent().indent()
        .add(".partitionKey($S)\n", table.partitionKey())
        .add(".sortKey($S)\n", table.sortKey())
        .add(".typeAttribute($S)\n", table.typeAttribute())
        .add(".delimiter($L)\n", "'" + (table.delimiter() == '\'' ? "\\'" : table.delimiter()) + "'");
    for (IndexModel index : table.indexes()) {
      CodeBlock nonKey = CodeBlock.of("$T.of($L)", List.class,
          CodeBlock.join(index.nonKeyAttributes().stream().map(a -> CodeBlock.of("$S", a)).toList(), ", "));
      if (index.local()) {
        definition.add(".addIndex($T.local($S, $S, $T.$L, $L))\n", INDEX_DEFINITION, index.name(),
            index.sortKey(), PROJECTION, index.projection(), nonKey);
      } else {
        definition.add(".addIndex($T.global($S, $S, $S, $T.$L, $L))\n", INDEX_DEFINITION, index.name(),
            index.partitionKey(), index.sortKey(), PROJECTION, index.projection(), nonKey);
      }
    }
    for (EntityModel entity : entities) {
      definition.add(".addEntity($T.INSTANCE)\n", entity.schemaClass());
    }
    definition.add(".build()").unindent().unindent();

    TypeSpec type = Generated.publicFinalClass(table.schemaClass())
        .addJavadoc("The single-table {@code $L} declared by {@link $T}.\n", table.tableName(), table.type())
        .addJavadoc("\n<p>{@link #table(DynamoDbClient)} binds it to a client; {@link #streamReader()} reads its stream\n")
        .addJavadoc("records without one. All members are static and thread-safe.\n")
        .addField(FieldSpec.builder(String.class, "TABLE_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The default physical table name.\n")
            .initializer("$S", table.tableName())
            .build())
        .addField(FieldSpec.builder(TABLE_DEFINITION, "DEFINITION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The table's design: keys, indexes and entities.\n")
            .initializer(definition.build())
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("table")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(SINGLE_TABLE)
            .addJavadoc("Returns the table {@code $L} on {@code client}. Sends no request.\n", table.tableName())
            .addParameter(CLIENT, "client")
            .addStatement("return table(client, TABLE_NAME)")
            .build())
        .addMethod(MethodSpec.methodBuilder("table")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(SINGLE_TABLE)
            .addJavadoc("Returns this design on the physical table {@code tableName}, for example per stage\n")
            .addJavadoc("or per test. Sends no request.\n")
            .addParameter(CLIENT, "client")
            .addParameter(String.class, "tableName")
            .addStatement("return $T.create(client, tableName, DEFINITION)", SINGLE_TABLE)
            .build())
        .addMethod(MethodSpec.methodBuilder("streamReader")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(STREAM_READER)
            .addJavadoc("Returns a reader of this design's DynamoDB Streams records, which needs no client: for a\n")
            .addJavadoc("stream handler that only reads the records it is given. Sends no request.\n")
            .addStatement("return $T.of(DEFINITION)", STREAM_READER)
            .build())
        .build();
    return JavaFile.builder(table.schemaClass().packageName(), type).skipJavaLangImports(true).build();
  }
}

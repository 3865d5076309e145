package dev.singletable.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** What every generated class has: {@code @Generated} (no date), {@code @SingletableGenerated}. */
final class Generated {

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName SINGLETABLE_GENERATED = ClassName.get("dev.singletable.internal", "SingletableGenerated");

  private Generated() {}

  /** Starts a {@code public final} class with the generated-code annotations. */
  static TypeSpec.Builder publicFinalClass(ClassName name) {
    return TypeSpec.classBuilder(name)
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", SingletableProcessor.class.getCanonicalName())
            .build())
        .addAnnotation(SINGLETABLE_GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
  }

  /** Returns text (an attribute name) safe inside a Javadoc comment: no comment end, no entities. */
  static String javadocText(String text) {
    return text.replace("&", "&amp;").replace("*/", "*&#47;").replace("@", "&#64;");
  }

  /**
   * A reference to {@code type} in code where variables named {@code variables} are in scope:
   * written by its canonical name when a variable has its simple name, which would shadow it
   * (JavaPoet's {@code alwaysQualify} does not qualify types of the file's own package).
   */
  static CodeBlock typeReference(ClassName type, Set<String> variables) {
    return variables.contains(type.simpleName()) ? CodeBlock.of("$L", type.canonicalName()) : CodeBlock.of("$T", type);
  }

  /** Returns {@code new String[] {"a", "b"}}. */
  static CodeBlock stringArray(List<String> values) {
    return CodeBlock.of("new $T[] {$L}", String.class,
        CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", "));
  }
}

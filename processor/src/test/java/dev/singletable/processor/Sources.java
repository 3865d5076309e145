package dev.singletable.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import com.google.testing.compile.JavaFileObjects;

/** Small sources for negative tests: a table and entities in package {@code test}. */
final class Sources {

  static final String IMPORTS = String.join("\n",
      "import dev.singletable.annotation.*;",
      "import java.time.*;",
      "import java.util.*;");

  private Sources() {}

  /** A source {@code test.<name>} with the annotation imports and the given lines. */
  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceString("test." + name,
        "package test;\n" + IMPORTS + "\n" + String.join("\n", lines) + "\n");
  }

  /** A table {@code Shop} of the given entities with GSI1, GSI2 and LSI1. */
  static JavaFileObject shop(String... entities) {
    return source("Shop",
        "@Table(name = \"shop\", entities = {" + String.join(", ", entities) + "},",
        "    indexes = {@Index(name = \"GSI1\"), @Index(name = \"GSI2\"), @Index(name = \"LSI1\", local = true)})",
        "public interface Shop {}");
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new SingletableProcessor()).compile(sources);
  }
}

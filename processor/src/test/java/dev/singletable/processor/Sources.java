package dev.singletable.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

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

  /**
   * A record entity {@code test.<name>} with the given components and {@code @Key} lines:
   * {@code entity("User", "String userId", "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")")}.
   */
  static JavaFileObject entity(String name, String components, String... keys) {
    List<String> lines = new ArrayList<>(List.of("@Entity"));
    lines.addAll(List.of(keys));
    lines.add("public record " + name + "(" + components + ") {}");
    return source(name, lines.toArray(new String[0]));
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

  /**
   * javac with the processor and the classes of an earlier compilation on the class path, as in a
   * module that depends on another one. {@code directory} receives those classes.
   */
  static Compiler withClassesOf(Compilation earlier, Path directory) throws IOException {
    for (JavaFileObject file : earlier.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = directory.resolve(file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    classPath.add(directory.toFile());
    return javac().withProcessors(new SingletableProcessor()).withClasspath(classPath);
  }
}

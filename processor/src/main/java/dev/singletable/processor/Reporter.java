package dev.singletable.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * Reports {@link Diagnostic}s (errors, warnings, notes) on elements, annotations and annotation
 * values, counting errors.
 *
 * <p>javac cannot place a message on one of several repeated annotations: it only knows the
 * synthesized container, which has no source position. Under javac this class then finds the
 * annotation's source tree through the {@link Trees} API and reports there; under other compilers
 * it falls back to the element.
 */
final class Reporter {

  private final Messager messager;
  private final Trees trees;
  private int errors;

  Reporter(ProcessingEnvironment environment) {
    this.messager = environment.getMessager();
    this.trees = treesOrNull(environment);
  }

  private static Trees treesOrNull(ProcessingEnvironment environment) {
    try {
      return Trees.instance(environment);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
  }

  void error(Diagnostic diagnostic, Element element, Object... args) {
    error(diagnostic, element, null, null, args);
  }

  void error(Diagnostic diagnostic, Element element, AnnotationMirror annotation, AnnotationValue value,
      Object... args) {
    errors++;
    print(Kind.ERROR, diagnostic.format(args), element, annotation, value);
  }

  /**
   * A mistake that costs but works: javac's {@code -Werror} turns it into an error. A design that
   * means it acknowledges it with {@code @SuppressWarnings("<id>")} on the element or a type that
   * encloses it, as javac's own lint warnings are acknowledged.
   */
  void warning(Diagnostic diagnostic, Element element, AnnotationMirror annotation, AnnotationValue value,
      Object... args) {
    if (!suppressed(diagnostic, element)) {
      print(Kind.WARNING, diagnostic.format(args), element, annotation, value);
    }
  }

  /**
   * Whether {@code @SuppressWarnings} names the diagnostic's id on the element or an enclosing
   * one. The annotation has source retention: an element read from a class file (a type compiled
   * earlier, reprocessed by an incremental build) no longer carries it.
   */
  private static boolean suppressed(Diagnostic diagnostic, Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && List.of(suppress.value()).contains(diagnostic.id())) {
        return true;
      }
    }
    return false;
  }

  void note(Diagnostic diagnostic, Element element, Object... args) {
    print(Kind.NOTE, diagnostic.format(args), element, null, null);
  }

  private void print(Kind kind, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    if (annotation != null && !element.getAnnotationMirrors().contains(annotation)
        && printOnRepeatedAnnotation(kind, message, element, annotation, value)) {
      return;
    }
    messager.printMessage(kind, message, element, annotation, value);
  }

  void internal(Element element, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    error(Diagnostic.INTERNAL, element, element, e, trace);
  }

  /** Returns the number of errors reported so far; compare before and after a step. */
  int errorCount() {
    return errors;
  }

  /** Reports on the source tree of an annotation held in a container; false if not found. */
  private boolean printOnRepeatedAnnotation(Kind kind, String message, Element element, AnnotationMirror annotation,
      AnnotationValue value) {
    if (trees == null) {
      return false;
    }
    TreePath path = trees.getPath(element);
    if (path == null || !(path.getLeaf() instanceof ClassTree type)) {
      return false;
    }
    int index = indexInContainer(element, annotation);
    String simpleName = annotation.getAnnotationType().asElement().getSimpleName().toString();
    int seen = 0;
    for (AnnotationTree tree : type.getModifiers().getAnnotations()) {
      String name = tree.getAnnotationType().toString();
      if (!(name.equals(simpleName) || name.endsWith("." + simpleName)) || seen++ != index) {
        continue;
      }
      Tree target = value == null ? tree : argument(tree, attributeName(annotation, value));
      trees.printMessage(kind, message, target == null ? tree : target, path.getCompilationUnit());
      return true;
    }
    return false;
  }

  private static int indexInContainer(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      for (AnnotationValue value : container.getElementValues().values()) {
        if (value.getValue() instanceof List<?> list) {
          for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof AnnotationValue nested && nested.getValue() == annotation) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private static String attributeName(AnnotationMirror annotation, AnnotationValue value) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : annotation.getElementValues().entrySet()) {
      if (entry.getValue() == value) {
        return entry.getKey().getSimpleName().toString();
      }
    }
    return null;
  }

  private static ExpressionTree argument(AnnotationTree annotation, String attribute) {
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment && assignment.getVariable().toString().equals(attribute)) {
        return assignment.getExpression();
      }
    }
    return null;
  }
}

package dev.singletable.testing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The DynamoDB implementations tests can run on, chosen for a test run by the system property
 * {@value #PROPERTY} or, when it is not set, the environment variable
 * {@value #ENVIRONMENT_VARIABLE}: {@code local} (the default) or {@code moto}.
 *
 * <pre>
 * mvn -B -ntp -pl integration-tests -am verify -Dsingletable.backend=moto
 * </pre>
 *
 * <p>Where an implementation deviates from DynamoDB's documented behaviour in a way a test can
 * observe, {@link #deviatesOn(Deviation)} says so, and docs/testing.md lists it with the
 * documentation it deviates from. Thread-safe (immutable).
 */
public enum Backend {

  /** DynamoDB Local in this JVM, started with {@code -sharedDb} (see {@link DynamoDbLocal}). */
  LOCAL("local", () -> DynamoDbLocal.builder().sharedDb(true).start(), EnumSet.noneOf(Deviation.class)),

  /**
   * moto's server, a {@code python3 -m moto.server} process (see {@link MotoServer}); it deviates
   * from DynamoDB's documentation on every {@link Deviation} (moto 5.2.1).
   */
  MOTO("moto", MotoServer::start, EnumSet.allOf(Deviation.class));

  /** System property that chooses the backend: {@value}. */
  public static final String PROPERTY = "singletable.backend";

  /** Environment variable that chooses the backend when the property is not set: {@value}. */
  public static final String ENVIRONMENT_VARIABLE = "SINGLETABLE_BACKEND";

  private final String id;
  private final Supplier<DynamoDbServer> starter;
  private final Set<Deviation> deviations;

  Backend(String id, Supplier<DynamoDbServer> starter, Set<Deviation> deviations) {
    this.id = id;
    this.starter = starter;
    this.deviations = deviations;
  }

  /** Returns the name that chooses this backend, such as {@code moto}. */
  public String id() {
    return id;
  }

  /**
   * Returns whether this backend departs from DynamoDB's documented behaviour in the way
   * {@code deviation} describes, so that a test asserts what it does instead.
   */
  public boolean deviatesOn(Deviation deviation) {
    return deviations.contains(deviation);
  }

  /**
   * Starts a server of this backend.
   *
   * @throws IllegalStateException if it cannot start (the message says what is missing)
   */
  public DynamoDbServer start() {
    return starter.get();
  }

  /**
   * Returns the backend chosen for this run: the system property {@value #PROPERTY}, else the
   * environment variable {@value #ENVIRONMENT_VARIABLE}, else {@link #LOCAL}. Case and surrounding
   * blanks are ignored; an empty value counts as not set.
   *
   * @throws IllegalArgumentException if the value names no backend (the message lists them)
   */
  public static Backend chosen() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return named(property, "system property " + PROPERTY);
    }
    String variable = System.getenv(ENVIRONMENT_VARIABLE);
    if (variable != null && !variable.isBlank()) {
      return named(variable, "environment variable " + ENVIRONMENT_VARIABLE);
    }
    return LOCAL;
  }

  /**
   * Returns the backend whose {@link #id()} is {@code name}, ignoring case and surrounding blanks.
   *
   * @param source where the name comes from, for the error message
   * @throws IllegalArgumentException if no backend has that name
   */
  static Backend named(String name, String source) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (Backend backend : values()) {
      if (backend.id.equals(wanted)) {
        return backend;
      }
    }
    throw new IllegalArgumentException(source + " is \"" + name + "\", which names no DynamoDB backend; use one of "
        + Arrays.stream(values()).map(Backend::id).collect(Collectors.joining(", ")));
  }
}

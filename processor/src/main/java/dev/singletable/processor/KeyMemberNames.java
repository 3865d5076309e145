package dev.singletable.processor;

/**
 * The names of what {@code XKeys} declares for each key part, shared by the writers that refer to
 * them (the schema, the design sheet, the shard methods): {@code pk}, {@code renderGsi1Sk},
 * {@code GSI1_PK}, {@code GSI1_PK_TEMPLATE}.
 */
final class KeyMemberNames {

  private KeyMemberNames() {}

  /** Base name of a key part's members: {@code pk}, {@code sk}, {@code gsi1Pk}, {@code lsi1Sk}. */
  static String memberName(KeyModel key, boolean partition) {
    String part = partition ? "Pk" : "Sk";
    return key.isPrimary() ? part.toLowerCase() : key.index().methodPrefix() + part;
  }

  /** Name of the package-private renderer of a key part: {@code renderPk}, {@code renderGsi1Sk}. */
  static String rendererName(KeyModel key, boolean partition) {
    return "render" + Names.capitalize(memberName(key, partition));
  }

  /** The template constant of a key part: {@code SK_TEMPLATE}, {@code GSI1_PK_TEMPLATE}. */
  static String templateConstant(KeyModel key, boolean partition) {
    return (key.isPrimary() ? "" : key.index().constantPrefix() + "_") + (partition ? "PK" : "SK") + "_TEMPLATE";
  }

  /** The {@code KeyField} constant of a key part: {@code PK}, {@code GSI1_SK}. */
  static String fieldName(KeyModel key, boolean partition) {
    return (key.isPrimary() ? "" : key.index().constantPrefix() + "_") + (partition ? "PK" : "SK");
  }

  /** Where a key part lives, for messages: empty for the table, {@code " on GSI gsi1"} otherwise. */
  static String where(KeyModel key) {
    return key.isPrimary() ? "" : " on " + (key.index().local() ? "LSI " : "GSI ") + key.index().name();
  }
}

package dev.singletable.processor;

import java.util.List;

/**
 * A validated {@code @Index}.
 *
 * @param name the index name
 * @param local whether it is an LSI
 * @param partitionKey the GSI partition key attribute, {@code null} for an LSI
 * @param sortKey the sort key attribute
 * @param projection the name of the {@code Projection} constant
 * @param nonKeyAttributes the attributes of an INCLUDE projection
 * @param methodPrefix the lower camel prefix of generated key methods, such as {@code gsi1}
 * @param constantPrefix the prefix of generated constants, such as {@code GSI1}
 */
record IndexModel(
    String name,
    boolean local,
    String partitionKey,
    String sortKey,
    String projection,
    List<String> nonKeyAttributes,
    String methodPrefix,
    String constantPrefix) {}

package dev.singletable.internal.stream;

import dev.singletable.ChangeEvent;
import dev.singletable.PrimaryKey;
import dev.singletable.SingletableException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * A stream record as {@link ChangeReader} read it, which {@code ChangeEvent} presents. <b>Not API.</b>
 *
 * @param record the record
 * @param kind what happened to the item
 * @param entityClass the item's entity, or {@code null} when {@code failure} is set
 * @param key the item's primary key
 * @param oldItem the old image read as the entity, or {@code null}
 * @param newItem the new image read as the entity, or {@code null}
 * @param oldImage the record's old image, or {@code null} when it has none
 * @param newImage the record's new image, or {@code null} when it has none
 * @param failure why the images are not an entity's, when the read policy keeps them raw
 */
public record StreamChange(
    Record record,
    ChangeEvent.Kind kind,
    Class<?> entityClass,
    PrimaryKey key,
    Object oldItem,
    Object newItem,
    Map<String, AttributeValue> oldImage,
    Map<String, AttributeValue> newImage,
    SingletableException failure) {}

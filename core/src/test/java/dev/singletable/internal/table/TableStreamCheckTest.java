package dev.singletable.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** A designed stream must exist with at least the designed images; one not designed is fine. */
class TableStreamCheckTest {

  private static CreateTableRequest designed(StreamViewType viewType) {
    return CreateTableRequest.builder().tableName("shop")
        .streamSpecification(viewType == null ? null
            : StreamSpecification.builder().streamEnabled(true).streamViewType(viewType).build())
        .build();
  }

  private static TableDescription existing(StreamViewType viewType) {
    return TableDescription.builder()
        .streamSpecification(viewType == null ? null
            : StreamSpecification.builder().streamEnabled(true).streamViewType(viewType).build())
        .build();
  }

  private static List<String> differences(StreamViewType designed, StreamViewType existing) {
    return TableDesignCheck.differences(designed(designed), existing(existing));
  }

  @Test
  void noDesignedStreamAcceptsAnyTable() {
    assertThat(differences(null, null)).isEmpty();
    assertThat(differences(null, StreamViewType.KEYS_ONLY)).isEmpty();
  }

  @Test
  void aMissingOrDisabledStreamIsADifference() {
    assertThat(differences(StreamViewType.NEW_IMAGE, null))
        .containsExactly("the table has no stream, designed one of view type NEW_IMAGE (UpdateTable with a"
            + " StreamSpecification enables it)");
    TableDescription disabled = TableDescription.builder()
        .streamSpecification(StreamSpecification.builder().streamEnabled(false).build()).build();
    assertThat(TableDesignCheck.differences(designed(StreamViewType.KEYS_ONLY), disabled)).hasSize(1);
  }

  @Test
  void aStreamServesTheViewTypesWhoseImagesItHolds() {
    for (StreamViewType want : List.of(StreamViewType.NEW_AND_OLD_IMAGES, StreamViewType.NEW_IMAGE,
        StreamViewType.OLD_IMAGE, StreamViewType.KEYS_ONLY)) {
      assertThat(differences(want, StreamViewType.NEW_AND_OLD_IMAGES)).isEmpty();
      assertThat(differences(want, want)).isEmpty();
    }
    assertThat(differences(StreamViewType.KEYS_ONLY, StreamViewType.OLD_IMAGE)).isEmpty();
    assertThat(differences(StreamViewType.NEW_IMAGE, StreamViewType.OLD_IMAGE))
        .containsExactly("the table's stream has view type OLD_IMAGE, designed NEW_IMAGE (a stream's view type cannot"
            + " change: disable it, then enable it with the designed view type)");
    assertThat(differences(StreamViewType.NEW_AND_OLD_IMAGES, StreamViewType.KEYS_ONLY)).hasSize(1);
  }
}

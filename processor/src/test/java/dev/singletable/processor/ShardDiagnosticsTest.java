package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.entity;
import static dev.singletable.processor.Sources.shop;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Write sharding is checked where it is declared: a count from 2 to 100, a placeholder the key's
 * templates name, in the primary key's sort key (an int property) or a GSI's partition key
 * (derived, no property), in a format that holds every shard; ten or fewer unpadded shards sort.
 */
class ShardDiagnosticsTest {

  private static final String COMPONENTS = "String pageId, int shard, long views, String status, String orderId";

  private static JavaFileObject views(String... keys) {
    return entity("PageViews", COMPONENTS, keys);
  }

  @Test
  void aCounterAndAShardedIndexCompileWithoutWarnings() {
    JavaFileObject views = views(
        "@Key(pk = \"PAGE#<pageId>\", sk = \"VIEWS#<shard:unpadded>\", shards = 10)",
        "@Key(index = \"GSI1\", pk = \"STATUS#<status>#<bucket:unpadded>\", sk = \"ORDER#<orderId>\", shards = 12,"
            + " shard = \"bucket\")",
        "@Key(index = \"GSI2\", pk = \"S#<status>#<slot:padded(2)>\", sk = \"<orderId>\", shards = 100,"
            + " shard = \"slot\")");

    assertThat(compile(shop("PageViews.class"), views)).hadErrorCount(0);
    assertThat(compile(shop("PageViews.class"), views(
        "@Key(pk = \"PAGE#<pageId>\", sk = \"VIEWS#<shard:unpadded>\", shards = 10)",
        "@Key(index = \"GSI1\", pk = \"STATUS#<status>#<bucket>\", sk = \"ORDER#<orderId>\", shards = 4,"
            + " shard = \"bucket\")"))).succeededWithoutWarnings();
  }

  @Test
  void moreThanTenUnpaddedShardsDoNotSort() {
    JavaFileObject views = views("@Key(pk = \"PAGE#<pageId>\", sk = \"VIEWS#<shard:unpadded>\", shards = 11)");

    assertThat(compile(shop("PageViews.class"), views))
        .hadWarningContaining("[SingletableUnorderedFormat] Sort key template \"VIEWS#<shard:unpadded>\"")
        .inFile(views).onLineContaining("shards = 11");
  }

  @Test
  void aCountOutOfRangeIsAnError() {
    JavaFileObject one = views("@Key(pk = \"PAGE#<pageId>\", sk = \"VIEWS#<shard>\", shards = 1)");
    JavaFileObject many = views("@Key(pk = \"PAGE#<pageId>\", sk = \"VIEWS#<shard>\", shards = 101)");

    assertThat(compile(shop("PageViews.class"), one))
        .hadErrorContaining("[SingletableShardCount] @Key of PageViews has shards = 1. A sharded key spreads its writes"
            + " over 2 to 100 shards: give a count in that range, or remove shards from a key that is not sharded.")
        .inFile(one).onLineContaining("shards = 1");
    assertThat(compile(shop("PageViews.class"), many))
        .hadErrorContaining("[SingletableShardCount] @Key of PageViews has shards = 101.")
        .inFile(many).onLineContaining("shards = 101");
  }

  @Test
  void aShardPlaceholderWithoutACountIsAnError() {
    JavaFileObject views = views("@Key(pk = \"PAGE#<pageId>\", sk = \"VIEWS#<shard>\", shard = \"shard\")");

    assertThat(compile(shop("PageViews.class"), views))
        .hadErrorContaining("[SingletableShardWithoutCount] @Key of PageViews names shard placeholder <shard> but gives"
            + " no shards, so the key is not sharded.")
        .inFile(views).onLineContaining("shard = \"shard\"");
  }

  @Test
  void aCountWithoutItsPlaceholderIsAnError() {
    JavaFileObject views = views("@Key(pk = \"PAGE#<pageId>\", sk = \"VIEWS#<views>\", shards = 10)");

    assertThat(compile(shop("PageViews.class"), views))
        .hadErrorContaining("[SingletableShardPlaceholder] @Key of PageViews has shards = 10, but its templates"
            + " \"PAGE#<pageId>\" and \"VIEWS#<views>\" name no placeholder <shard>, which holds the shard. Put <shard>"
            + " in the sort key (sk = \"VIEWS#<shard>\"), or name the placeholder that holds the shard with"
            + " shard = \"...\".")
        .inFile(views).onLineContaining("shards = 10");
  }

  @Test
  void aShardInTheWrongKeyPartIsAnError() {
    JavaFileObject primaryPartition = views("@Key(pk = \"PAGE#<pageId>#<shard>\", sk = \"VIEWS\", shards = 10)");
    JavaFileObject indexSort = views("@Key(pk = \"PAGE#<pageId>\", sk = \"VIEWS\")",
        "@Key(index = \"GSI1\", pk = \"STATUS#<status>\", sk = \"ORDER#<orderId>#<part>\", shards = 4,"
            + " shard = \"part\")");
    JavaFileObject local = views("@Key(pk = \"PAGE#<pageId>\", sk = \"VIEWS\")",
        "@Key(index = \"LSI1\", sk = \"ORDER#<orderId>#<shard>\", shards = 4)");

    assertThat(compile(shop("PageViews.class"), primaryPartition))
        .hadErrorContaining("[SingletableShardPlacement] @Key of PageViews puts shard placeholder <shard> in the primary"
            + " key's partition key: every shard would be a partition of its own, which no one query reads. Put <shard>"
            + " in the sort key (sk = \"VIEWS#<shard:unpadded>\")")
        .inFile(primaryPartition).onLineContaining("shards = 10");
    assertThat(compile(shop("PageViews.class"), indexSort))
        .hadErrorContaining("[SingletableShardPlacement] @Key(index = \"GSI1\") of PageViews puts shard placeholder"
            + " <part> in the sort key of GSI GSI1: which does not spread writes: they still land in one partition."
            + " Put <part> in the GSI's partition key (pk = \"STATUS#<status>#<part>\").")
        .inFile(indexSort).onLineContaining("shards = 4");
    assertThat(compile(shop("PageViews.class"), local))
        .hadErrorContaining("[SingletableShardPlacement] @Key(index = \"LSI1\") of PageViews puts shard placeholder"
            + " <shard> in LSI LSI1: an LSI shares the table's partition key, so its writes cannot spread.")
        .inFile(local).onLineContaining("shards = 4");
  }

  @Test
  void aCounterShardIsAnIntProperty() {
    JavaFileObject views = views("@Key(pk = \"PAGE#<pageId>\", sk = \"VIEWS#<views>\", shards = 10, shard = \"views\")");

    assertThat(compile(shop("PageViews.class"), views))
        .hadErrorContaining("[SingletableShardType] Shard placeholder <views> of @Key template \"VIEWS#<views>\" names"
            + " property views of PageViews, which is long. A shard is a number from 0 to 9: make views an int.")
        .inFile(views).onLineContaining("shards = 10");
  }

  @Test
  void anIndexShardIsNoProperty() {
    JavaFileObject views = views("@Key(pk = \"PAGE#<pageId>\", sk = \"VIEWS\")",
        "@Key(index = \"GSI1\", pk = \"STATUS#<status>#<shard>\", sk = \"ORDER#<orderId>\", shards = 4)");

    Compilation compilation = compile(shop("PageViews.class"), views);

    assertThat(compilation)
        .hadErrorContaining("[SingletableShardProperty] Shard placeholder <shard> of GSI GSI1's template"
            + " \"STATUS#<status>#<shard>\" names property shard of PageViews, but the shard of a GSI partition is"
            + " derived from the item's primary key")
        .inFile(views).onLineContaining("shards = 4");
  }

  @Test
  void theFormatHoldsEveryShard() {
    JavaFileObject views = views("@Key(pk = \"PAGE#<pageId>\", sk = \"VIEWS#<shard:padded(1)>\", shards = 12)");

    assertThat(compile(shop("PageViews.class"), views))
        .hadErrorContaining("[SingletableShardFormat] Shard placeholder <shard> of @Key template"
            + " \"VIEWS#<shard:padded(1)>\" renders as padded(1), which cannot hold shard 11 of 12. Write"
            + " <shard:padded(2)>, <shard:unpadded> or <shard>.")
        .inFile(views).onLineContaining("shards = 12");
  }
}

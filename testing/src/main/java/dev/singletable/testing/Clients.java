package dev.singletable.testing;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClientBuilder;

/** The client settings every test server shares. Thread-safe (stateless). */
final class Clients {

  /** Region of the clients this module builds; moto keeps one database per region. */
  static final Region REGION = Region.US_EAST_1;

  private Clients() {}

  /** A builder for {@code endpoint}: {@link #REGION}, dummy static credentials, URL connection HTTP client. */
  static DynamoDbClientBuilder builderFor(URI endpoint) {
    return configured(DynamoDbClient.builder(), endpoint);
  }

  /** A DynamoDB Streams client builder for {@code endpoint}, configured as {@link #builderFor}. */
  static DynamoDbStreamsClientBuilder streamsBuilderFor(URI endpoint) {
    return configured(DynamoDbStreamsClient.builder(), endpoint);
  }

  private static <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configured(B builder, URI endpoint) {
    return builder
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create());
  }
}

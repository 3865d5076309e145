package dev.singletable.testing;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** The client settings every test server shares. Thread-safe (stateless). */
final class Clients {

  /** Region of the clients this module builds; moto keeps one database per region. */
  static final Region REGION = Region.US_EAST_1;

  private Clients() {}

  /** A builder for {@code endpoint}: {@link #REGION}, dummy static credentials, URL connection HTTP client. */
  static DynamoDbClientBuilder builderFor(URI endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create());
  }
}

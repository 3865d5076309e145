package dev.singletable.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client for the AWS SDK that records DynamoDB's responses once and then replays them
 * without a server, so that ClientOverheadBenchmark measures only what runs in the client: the
 * SDK's marshalling and signing, and the library or hand-written mapping.
 *
 * <p>Responses are kept per operation ({@code X-Amz-Target}) in the order recorded and replayed in
 * that order, cyclically: a workload that repeats the recorded requests (the same puts, gets and
 * query pages, in the same order) gets back byte for byte what DynamoDB Local answered, checksum
 * header included. Not thread-safe: one benchmark thread.
 */
final class ReplayHttpClient implements SdkHttpClient {

  private record Response(SdkHttpResponse head, byte[] body) {}

  private final SdkHttpClient recordFrom;
  private final Map<String, List<Response>> responses = new HashMap<>();
  private final Map<String, Integer> next = new HashMap<>();

  private ReplayHttpClient(SdkHttpClient recordFrom) {
    this.recordFrom = recordFrom;
  }

  /** Returns a client that sends requests with {@code delegate} and records the responses. */
  static ReplayHttpClient recording(SdkHttpClient delegate) {
    return new ReplayHttpClient(delegate);
  }

  /** Returns a client that replays what this one recorded, and sends nothing. */
  ReplayHttpClient replaying() {
    ReplayHttpClient replay = new ReplayHttpClient(null);
    replay.responses.putAll(responses);
    return replay;
  }

  /** Returns the number of responses recorded for an operation such as {@code Query}. */
  int recorded(String operation) {
    return responses.getOrDefault("DynamoDB_20120810." + operation, List.of()).size();
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
    if (recordFrom == null) {
      return executable(() -> replay(target));
    }
    ExecutableHttpRequest sent = recordFrom.prepareRequest(request);
    return executable(() -> {
      HttpExecuteResponse response = sent.call();
      byte[] body = response.responseBody().map(ReplayHttpClient::readAll).orElse(new byte[0]);
      Response recorded = new Response(response.httpResponse(), body);
      responses.computeIfAbsent(target, t -> new ArrayList<>()).add(recorded);
      return toSdk(recorded);
    });
  }

  private HttpExecuteResponse replay(String target) {
    List<Response> forTarget = responses.get(target);
    if (forTarget == null) {
      throw new IllegalStateException("No recorded response for " + target);
    }
    int index = next.merge(target, 1, Integer::sum) - 1;
    return toSdk(forTarget.get(index % forTarget.size()));
  }

  private static HttpExecuteResponse toSdk(Response response) {
    return HttpExecuteResponse.builder()
        .response(response.head())
        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(response.body())))
        .build();
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Call {
    HttpExecuteResponse call() throws IOException;
  }

  private static ExecutableHttpRequest executable(Call call) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        return call.call();
      }

      @Override
      public void abort() {}
    };
  }

  @Override
  public String clientName() {
    return "Replay";
  }

  @Override
  public void close() {
    if (recordFrom != null) {
      recordFrom.close();
    }
  }
}

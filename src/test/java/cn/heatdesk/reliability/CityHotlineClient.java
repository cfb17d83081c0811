package cn.heatdesk.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends 12345 deliveries (R-SYS-1) over real HTTP, as the city hotline does: {@code POST
 * /api/v1/integrations/city-hotline/orders} with {@code X-Api-Key}. Answers are read with a pattern, so that the
 * tests depend on nothing but the wire format.
 */
final class CityHotlineClient {

    static final String PATH = "/api/v1/integrations/city-hotline/orders";

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");

    /** One answer: the HTTP status and, for 200 and 201, the order's id and number. */
    record Answer(int status, Long id, String number) {
        boolean acknowledged() {
            return (status == 200 || status == 201) && id != null && number != null;
        }
    }

    private final HttpClient http;
    private final String baseUrl;
    private final String apiKey;

    CityHotlineClient(String baseUrl, String apiKey) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(60)).build();
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    static String body(String externalId, Instant receivedAt, String kind) {
        String at = receivedAt.atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString();
        return """
                {"externalId": "%s", "receivedAt": "%s", "kind": "%s", "callerName": "王女士",
                 "callerPhone": "13912345678", "address": "测试路1号", "accountNumber": null, "description": "家中暖气不热"}
                """.formatted(externalId, at, kind);
    }

    private HttpRequest request(String body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + PATH)).timeout(Duration.ofSeconds(150))
                .header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    CompletableFuture<Answer> sendAsync(String body) {
        return http.sendAsync(request(body), HttpResponse.BodyHandlers.ofString()).thenApply(CityHotlineClient::answer);
    }

    Answer send(String body) throws Exception {
        return answer(http.send(request(body), HttpResponse.BodyHandlers.ofString()));
    }

    private static Answer answer(HttpResponse<String> response) {
        Matcher id = ID.matcher(response.body());
        Matcher number = NUMBER.matcher(response.body());
        return new Answer(response.statusCode(), id.find() ? Long.valueOf(id.group(1)) : null,
                number.find() ? number.group(1) : null);
    }
}

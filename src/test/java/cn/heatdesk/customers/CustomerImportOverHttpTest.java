package cn.heatdesk.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.H2Test;

/**
 * The upload limits as a real servlet container applies them (MockMvc skips multipart parsing): a file
 * over 50 MB gets the API's 400 problem, and a file within the limit reaches the import.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@H2Test
class CustomerImportOverHttpTest {

    static final String USER = "http-import-market";
    static final String PASSWORD = "http-import-password";

    @LocalServerPort
    int port;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void account() {
        directory.createAccount(USER, "陈静", StaffRole.MARKET_SERVICE, PASSWORD);
    }

    @AfterEach
    void removeAccount() {
        jdbc.sql("DELETE FROM customer_import_job WHERE imported_by = :u").param("u", USER).update();
        jdbc.sql("DELETE FROM staff_account WHERE username = :u").param("u", USER).update();
    }

    HttpResponse<String> upload(String fileName, byte[] content) throws Exception {
        String boundary = "heatdesk-boundary-7f3a";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/customers/imports"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("R-SYS-4: over real HTTP, a file over 50 MB is 400 FILE_TOO_LARGE naming the field")
    void refusesAFileOverFiftyMegabytesWithAProblem() throws Exception {
        byte[] big = new byte[50 * 1024 * 1024 + 1024];
        Arrays.fill(big, (byte) 'a');

        HttpResponse<String> response = upload("大.csv", big);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"FILE_TOO_LARGE\"").contains("\"field\":\"file\"");
    }

    @Test
    void acceptsAFileWithinTheLimit() throws Exception {
        HttpResponse<String> response = upload("户.csv", "户号,小区\r\nA1,某小区\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"fileName\":\"户.csv\"");
        long id = ((Number) JsonPath.read(response.body(), "$.id")).longValue();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT status FROM customer_import_job WHERE id = :id").param("id", id).query(String.class).single(),
                status -> status.equals("FAILED") || status.equals("SUCCEEDED"));
    }
}

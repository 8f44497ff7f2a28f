package vn.danvan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser, as far as the server can tell: cookies, the CSRF token of the last page, form posts,
 * no JavaScript. Redirects are not followed, so tests see them.
 */
public class WebSession {

    private final String base;
    private final HttpClient client;
    private String csrfToken;
    private String basicAuth;

    public WebSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Uses HTTP Basic on every request instead of a session, as a script would. */
    public WebSession withBasicAuth(String username, String password) {
        basicAuth = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Signs in through the login form; returns the response to the form post. */
    public Response login(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    public Response get(String path) {
        return send(request(path).header("Accept", "text/html,application/json;q=0.9").GET().build());
    }

    public Response getJson(String path) {
        return send(request(path).header("Accept", "application/json").GET().build());
    }

    /** Posts a form with the CSRF token of the last page seen. */
    public Response postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null && !all.containsKey("_csrf")) {
            all.put("_csrf", csrfToken);
        }
        return postFormRaw(path, all);
    }

    /** Posts a form exactly as given: no CSRF token is added. */
    public Response postFormRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Response postJson(String path, String json) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json").header("Accept", "application/json");
        if (csrfToken != null && basicAuth == null) {
            builder.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Posts a multipart form with one file and the CSRF token of the last page (unless using Basic auth). */
    public Response postFile(String path, String field, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----danvan" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null && basicAuth == null) {
            all.putIfAbsent("_csrf", csrfToken);
        }
        all.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(field).append("\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html,application/json;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Response postFile(String path, String field, Path file, Map<String, String> fields) throws IOException {
        return postFile(path, field, file.getFileName().toString(), Files.readAllBytes(file), fields);
    }

    public String csrfToken() {
        return csrfToken;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (basicAuth != null) {
            builder.header("Authorization", basicAuth);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Response result = new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                    response.body(), response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
            String contentType = result.contentType();
            if (contentType.startsWith("text/html")) {
                Element meta = result.html().selectFirst("meta[name=_csrf]");
                Element input = result.html().selectFirst("input[name=_csrf]");
                if (meta != null) {
                    csrfToken = meta.attr("content");
                } else if (input != null) {
                    csrfToken = input.attr("value");
                }
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the server answered. */
    public record Response(int status, String body, byte[] bytes, String location, String contentType) {

        public Document html() {
            return Jsoup.parse(body);
        }

        /** Text of the first element matching a CSS selector, or null. */
        public String text(String cssSelector) {
            Element element = html().selectFirst(cssSelector);
            return element == null ? null : element.text();
        }
    }
}
